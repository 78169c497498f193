// The languages Copy Doctor speaks, one line each: the code names a folder beside this file that holds its words
// (the same files as `en/`, each typed against the English one), and the value is the language's own name.
export const LANGUAGES = {
  en: 'English',
  'zh-TW': '繁體中文',
} as const;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];

export function isLang(s: unknown): s is Lang {
  return typeof s === 'string' && Object.hasOwn(LANGUAGES, s);
}
