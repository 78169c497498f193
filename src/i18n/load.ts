// Loading the words in the app: only the chosen language's, and each part only when a screen needs it. Vite turns
// every `<lang>/<part>.ts` into its own small chunk.
import { addWords } from './index';
import type { Lang } from './langs';
import type { Part } from './words';

type Module = { default: Record<string, string> };
const FILES = import.meta.glob<Module>(['./*/*.ts', '!./*/*.test.ts']);

const asked = new Set<Part>();
const loaded = new Map<string, Promise<void>>();
let current: Lang = 'en';

function loadPart(lang: Lang, part: Part): Promise<void> {
  // A language folder without this part (a translation in progress) falls back to the English words.
  const file = FILES[`./${lang}/${part}.ts`] ? `./${lang}/${part}.ts` : `./en/${part}.ts`;
  const into: Lang = file.startsWith(`./${lang}/`) ? lang : 'en';
  let p = loaded.get(file);
  if (!p) {
    p = FILES[file]!().then((m) => addWords(into, m.default));
    p.catch(() => loaded.delete(file));
    loaded.set(file, p);
  }
  return p;
}

/** The language the app speaks now (the last one `loadLanguage` was given). */
export function currentLang(): Lang {
  return current;
}

/**
 * Make `lang` the language, once every part asked for so far, plus `parts`, has its words in it. The promise fails
 * when a chunk cannot be fetched; the language then stays as it was.
 */
export async function loadLanguage(lang: Lang, parts: readonly Part[] = []): Promise<void> {
  for (const p of parts) asked.add(p);
  // A screen may ask for a part while the switch is on its way: go round until nothing new was asked for.
  let count: number;
  do {
    count = asked.size;
    await Promise.all([...asked].map((p) => loadPart(lang, p)));
  } while (asked.size !== count);
  current = lang;
}

/** Load `parts` in the current language (a lazily loaded screen asks for its words this way). */
export function loadWords(parts: readonly Part[]): Promise<void> {
  return loadLanguage(current, parts);
}
