// Messages for the CLI: every catalog (the screens' words and the engine's), through src/i18n/full.
import { t } from '../i18n/full';
import type { Lang, Params } from '../engine/types';

export function makeTranslate(lang: Lang): (key: string, params?: Params) => string {
  return (key, params) => t(lang, key, params);
}
