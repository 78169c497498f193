import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';
import { addWords, isLang } from './i18n';

// Property tests are repeatable by default: the same seed on every machine, so CI judges the code, not the dice.
// `npm run test:explore` draws a new seed each run (printed on failure by fast-check) to look further;
// FC_SEED=<n> repeats one.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.FC_EXPLORE ? Date.now() % 2_147_483_647 : 20261202;
fc.configureGlobal({ seed });

// Every language's words, for the tests that render messages (the app loads them part by part, `src/i18n/load.ts`).
const words = import.meta.glob<{ default: Record<string, string> }>(['./i18n/*/*.ts', '!./i18n/*/*.test.ts'], { eager: true });
for (const [file, m] of Object.entries(words)) {
  const lang = file.split('/')[2];
  if (isLang(lang)) addWords(lang, m.default);
}
