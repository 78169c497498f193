// Messages for the CLI: the app's merged catalog (src/i18n), completed by the parts it may not merge yet.
import { t } from '../i18n';
import { checkMessages } from '../i18n/parts/checks';
import { grammarMessages } from '../i18n/parts/grammar';
import { moreCheckMessages } from '../i18n/parts/moreChecks';
import { triageMessages } from '../i18n/parts/triage';
import type { Lang, Params } from '../engine/types';

const parts = [checkMessages, moreCheckMessages, grammarMessages, triageMessages];

function fill(template: string, params?: Params): string {
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
}

export function makeTranslate(lang: Lang): (key: string, params?: Params) => string {
  const local: Record<string, string> = Object.assign({}, ...parts.map((p) => p[lang] as Record<string, string>));
  const localEn: Record<string, string> = Object.assign({}, ...parts.map((p) => p.en as Record<string, string>));
  return (key, params) => {
    const merged = t(lang, key, params);
    if (merged !== key) return merged;
    const template = local[key] ?? localEn[key];
    return template === undefined ? key : fill(template, params);
  };
}
