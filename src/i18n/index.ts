// Message catalogs (en, zh-TW) with typed keys. The engine emits codes and params only;
// this layer turns them into words, for the UI and the CLI alike.
import type { Lang, Params } from '../engine/types';
// The start page carries only the screens' own words; the engine's catalogs (findings, triage, checks)
// arrive with the engine's chunk and are added by `./full`.
import { uiMessages } from './parts/ui';
import { chromeMessages } from './parts/chrome';
import { anyPasteMessages } from './parts/anyPaste';

type Catalog = Record<string, string>;
export const catalogs: Record<Lang, Catalog> = {
  en: { ...uiMessages.en, ...chromeMessages.en, ...anyPasteMessages.en },
  'zh-TW': { ...uiMessages['zh-TW'], ...chromeMessages['zh-TW'], ...anyPasteMessages['zh-TW'] },
};

export function addCatalogs(parts: { en: Catalog; 'zh-TW': Catalog }[]) {
  for (const p of parts) {
    Object.assign(catalogs.en, p.en);
    Object.assign(catalogs['zh-TW'], p['zh-TW']);
  }
}

export type UiKey = keyof typeof uiMessages.en;
export const LANGS: Lang[] = ['en', 'zh-TW'];

export function isLang(s: unknown): s is Lang {
  return s === 'en' || s === 'zh-TW';
}

export function hasKey(key: string): boolean {
  return key in catalogs.en;
}

/**
 * Look a key up and fill {name} placeholders. An unknown key shows itself, so a gap is visible, never silent. A param
 * may come in several languages: `name@zh-TW` is used for {name} in zh-TW, `name` itself otherwise (words from the
 * knowledge pack, which carries both languages).
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
