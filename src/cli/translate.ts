// Messages for the CLI: every part of each language's words (the screens' and the engine's), read from the
// language's folder in src/i18n.
import { readdirSync } from 'node:fs';
import type { Params } from '../engine/types';
import { addWords, t, type Lang } from '../i18n';

export async function loadWords(langs: readonly Lang[]): Promise<void> {
  for (const folder of langs) {
    const dir = new URL(`../i18n/${folder}/`, import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
      const part = (await import(new URL(file, dir).href)) as { default: Record<string, string> };
      addWords(folder, part.default);
    }
  }
}

export function makeTranslate(lang: Lang): (key: string, params?: Params) => string {
  return (key, params) => t(lang, key, params);
}
