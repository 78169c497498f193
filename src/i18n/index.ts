// Message catalogs, one per language, filled part by part as the words are loaded (`./load` in the app, every part
// at once in the CLI and the tests). The engine emits codes and params only; this layer turns them into words.
import type { Params } from '../engine/types';
import { LANGS, type Lang } from './langs';

export { LANGS, LANGUAGES, isLang, matchLang, type Lang } from './langs';

type Catalog = Record<string, string>;
export const catalogs = Object.fromEntries(LANGS.map((l) => [l, {}])) as Record<Lang, Catalog>;

/** Add one part's words to a language's catalog. */
export function addWords(lang: Lang, words: Catalog) {
  Object.assign(catalogs[lang], words);
}

/** Words that data files carry in several languages (the knowledge pack, the examples): English, and others. */
export type Localized = { en: string } & Partial<Record<Lang, string>>;

/** The words in `lang`, or the English ones when the data has none in that language. */
export function inLang(text: Localized, lang: Lang): string {
  return text[lang] ?? text.en;
}

/** True when the key has words in a loaded catalog (every language has the same keys). */
export function hasKey(key: string): boolean {
  return LANGS.some((l) => key in catalogs[l]);
}

/**
 * Look a key up and fill {name} placeholders. A key the language lacks falls back to English when English is
 * loaded; an unknown key shows itself, so a gap is visible, never silent. A param may come in several languages:
 * `name@zh-TW` is used for {name} in zh-TW, `name` itself otherwise (words from the knowledge pack, which carries
 * its own translations).
 */
export function t(lang: Lang, key: string, params?: Params): string {
  const template = catalogs[lang][key] ?? catalogs.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const localized = params[`${name}@${lang}`];
    if (localized !== undefined) return String(localized);
    return name in params ? String(params[name]) : m;
  });
}
