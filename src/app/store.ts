// The session the user is building, kept in versioned local storage. What comes back from storage is
// untrusted: it is validated like any imported file, and a bad copy is dropped with a notice, never half-used.
import { useSyncExternalStore } from 'react';
import { readSession } from '../engine/session';
import type { Lang, Session } from '../engine/types';
import { isLang } from '../i18n';

export const STORAGE_KEY = 'copy-doctor:session:v1';
export const LANG_KEY = 'copy-doctor:lang';
const MAX_STORED = 2_000_000;

export const emptySession = (): Session => ({ format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {} });

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (privacy mode, sandboxed iframe): the app still works, it just forgets on reload
  }
}

export type RestoreNotice = 'restore-failed' | undefined;

function load(): { session: Session; notice: RestoreNotice } {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return { session: emptySession(), notice: undefined };
  try {
    if (raw.length > MAX_STORED) throw new Error('too large');
    const read = readSession(JSON.parse(raw));
    if (read.ok) return { session: read.session, notice: undefined };
  } catch {
    // fall through: a damaged copy is dropped
  }
  storage()?.removeItem(STORAGE_KEY);
  return { session: emptySession(), notice: 'restore-failed' };
}

function loadLang(): Lang {
  const stored = storage()?.getItem(LANG_KEY);
  if (isLang(stored)) return stored;
  const nav = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return nav.some((l) => /^zh-(TW|HK|MO|Hant)/i.test(l)) ? 'zh-TW' : 'en';
}

interface State {
  session: Session;
  lang: Lang;
  notice: RestoreNotice;
}

const initial = load();
let state: State = { session: initial.session, lang: loadLang(), notice: initial.notice };
const listeners = new Set<() => void>();

function emit(next: State) {
  state = next;
  listeners.forEach((l) => l());
}

function persist(session: Session) {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // quota or blocked storage: keep working in memory
  }
}

export const store = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  update(change: (s: Session) => Session) {
    const session = change(state.session);
    persist(session);
    emit({ ...state, session });
  },
  replace(session: Session) {
    persist(session);
    emit({ ...state, session, notice: undefined });
  },
  reset() {
    storage()?.removeItem(STORAGE_KEY);
    emit({ ...state, session: emptySession(), notice: undefined });
  },
  setLang(lang: Lang) {
    try {
      storage()?.setItem(LANG_KEY, lang);
    } catch {
      // ignore
    }
    emit({ ...state, lang });
  },
  dismissNotice() {
    emit({ ...state, notice: undefined });
  },
};

export function useAppState(): State {
  return useSyncExternalStore(store.subscribe, store.get);
}

export const setFact = (key: keyof Session['facts'], value: string) =>
  store.update((s) => ({ ...s, facts: { ...s.facts, [key]: value } }));
export const setAnswer = (key: string, value: string) =>
  store.update((s) => ({ ...s, answers: { ...s.answers, [key]: value } }));
export const setPaste = (key: keyof Session['pastes'], value: string) =>
  store.update((s) => ({ ...s, pastes: { ...s.pastes, [key]: value } }));
