import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';

// Property tests are repeatable by default: the same seed on every machine, so CI judges the code, not the dice.
// `npm run test:explore` draws a new seed each run (printed on failure by fast-check) to look further;
// FC_SEED=<n> repeats one.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.FC_EXPLORE ? Date.now() % 2_147_483_647 : 20261202;
fc.configureGlobal({ seed });
