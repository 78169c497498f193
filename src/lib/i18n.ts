import { useCallback } from 'react';
import type { Params } from '../engine/types';
import { t } from '../i18n';
import { useAppState } from './store';

export type Translate = (key: string, params?: Params) => string;

export function useT(): Translate {
  const { lang } = useAppState();
  return useCallback((key: string, params?: Params) => t(lang, key, params), [lang]);
}
