// Messages for the CLI come from the same merged catalogs as the app.
import { t } from '../i18n/full';
import type { Lang, Params } from '../engine/types';

export function makeTranslate(lang: Lang): (key: string, params?: Params) => string {
  return (key, params) => t(lang, key, params);
}
