// The session the user is building, kept in versioned local storage. What comes back from storage is
// untrusted: it is validated like any imported file, and a bad copy is dropped with a notice, never half-used.
import { useSyncExternalStore } from 'react';
import { readSession } from '../engine/session';
import type { Lang, Session } from '../engine/types';
import { isLang } from '../i18n';

export const STORAGE_KEY = 'copy-doctor:session:v1';
export const LANG_KEY = 'copy-doctor:lang';
export const THEME_KEY = 'copy-doctor:theme';
export const WALKTHROUGH_KEY = 'copy-doctor:walkthrough:v1';
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

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: Theme[] = ['system', 'light', 'dark'];

function loadTheme(): Theme {
  // A host page can pick the theme for an embedded copy: `?embed=1&theme=dark` (not remembered).
  const asked = typeof window !== 'undefined' ? new URLSearchParams(window.location.search).get('theme') : null;
  if (asked === 'light' || asked === 'dark' || asked === 'system') return asked;
  const stored = storage()?.getItem(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** Light or dark on the root element; "system" leaves it to prefers-color-scheme (src/index.css). */
function applyTheme(theme: Theme) {
  if (typeof document === 'undefined') return;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

type Text = { en: string; 'zh-TW': string };
/** Walkthrough mode: an example loaded for a demo, with its explanation for each step. */
export interface Walkthrough {
  exampleId: string;
  title: Text;
  steps: Record<string, Text>;
}

const isText = (x: unknown): x is Text =>
  typeof x === 'object' && x !== null && typeof (x as Text).en === 'string' && typeof (x as Text)['zh-TW'] === 'string';

/** Stored walkthrough state is untrusted too: anything off shape is dropped. */
export function readWalkthrough(x: unknown): Walkthrough | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const w = x as Record<string, unknown>;
  if (typeof w.exampleId !== 'string' || !isText(w.title) || typeof w.steps !== 'object' || w.steps === null) return undefined;
  const steps: Record<string, Text> = {};
  for (const [k, val] of Object.entries(w.steps)) if (k !== '__proto__' && isText(val)) steps[k] = { en: val.en, 'zh-TW': val['zh-TW'] };
  return { exampleId: w.exampleId, title: { en: w.title.en, 'zh-TW': w.title['zh-TW'] }, steps };
}

function loadWalkthrough(): Walkthrough | undefined {
  try {
    const raw = storage()?.getItem(WALKTHROUGH_KEY);
    return raw ? readWalkthrough(JSON.parse(raw)) : undefined;
  } catch {
    return undefined;
  }
}

function persistWalkthrough(w: Walkthrough | undefined) {
  try {
    if (w) storage()?.setItem(WALKTHROUGH_KEY, JSON.stringify(w));
    else storage()?.removeItem(WALKTHROUGH_KEY);
  } catch {
    // keep working in memory
  }
}

interface State {
  session: Session;
  lang: Lang;
  notice: RestoreNotice;
  theme: Theme;
  walkthrough: Walkthrough | undefined;
}

const initial = load();
let state: State = { session: initial.session, lang: loadLang(), notice: initial.notice, theme: loadTheme(), walkthrough: loadWalkthrough() };
applyTheme(state.theme);
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
  /** Replace the whole session (an example, a share link, a file). Walkthrough mode goes with it unless given. */
  replace(session: Session, walkthrough?: Walkthrough) {
    persist(session);
    persistWalkthrough(walkthrough);
    emit({ ...state, session, notice: undefined, walkthrough });
  },
  reset() {
    storage()?.removeItem(STORAGE_KEY);
    persistWalkthrough(undefined);
    emit({ ...state, session: emptySession(), notice: undefined, walkthrough: undefined });
  },
  leaveWalkthrough() {
    persistWalkthrough(undefined);
    emit({ ...state, walkthrough: undefined });
  },
  setTheme(theme: Theme) {
    try {
      if (theme === 'system') storage()?.removeItem(THEME_KEY);
      else storage()?.setItem(THEME_KEY, theme);
    } catch {
      // ignore
    }
    applyTheme(theme);
    emit({ ...state, theme });
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
