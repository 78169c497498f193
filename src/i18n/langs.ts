// The languages Copy Doctor speaks, one line each: the code names a folder beside this file that holds its words
// (the same files as `en/`, each typed against the English one); `name` is the language's own name, and `matches`
// the browser language tags it is chosen for.
export const LANGUAGES = {
  en: { name: 'English', matches: /^en(-|$)/i },
  'zh-TW': { name: '繁體中文', matches: /^zh-(TW|HK|MO|Hant)(-|$)/i },
} as const;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];

export function isLang(s: unknown): s is Lang {
  return typeof s === 'string' && Object.hasOwn(LANGUAGES, s);
}

/** The language for the browser's preferred tags, in their order; English when none matches. */
export function matchLang(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const lang = LANGS.find((l) => LANGUAGES[l].matches.test(tag));
    if (lang) return lang;
  }
  return 'en';
}
