// The session the user is building, kept in versioned local storage. What comes back from storage is
// untrusted: it is validated like any imported file (size caps included), and a bad copy is dropped with a notice,
// never half-used. Saving never fails silently: a full quota, or another tab saving a different session, is shown
// with a choice (docs/decisions/0008-caps-and-the-engine-worker.md).
import { useSyncExternalStore } from 'react';
import { LIMITS, overBytes, sessionSizeProblem, utf8Length, type SizeProblem } from '../engine/limits';
import { readSession } from '../engine/session';
import type { Session } from '../engine/types';
import { LANGS, isLang, matchLang, type Lang, type Localized } from '../i18n';
import { loadLanguage } from '../i18n/load';

export const STORAGE_KEY = 'copy-doctor:session:v1';
export const LANG_KEY = 'copy-doctor:lang';
export const THEME_KEY = 'copy-doctor:theme';
export const WALKTHROUGH_KEY = 'copy-doctor:walkthrough:v1';
export const emptySession = (): Session => ({ format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {} });

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (privacy mode, sandboxed iframe): the app still works, it just forgets on reload
  }
}

/**
 * Why the saved session was not restored: damaged or from another version (dropped), or over a size cap (not
 * read, not run, and left in storage until the next save, so the user can still download it).
 */
export type RestoreNotice = 'restore-failed' | { kind: 'too-large'; problem: SizeProblem } | undefined;

/** The stored text of a session refused for its size, for "download it" (never parsed, never diagnosed). */
let refusedText: string | undefined;

function readStored(raw: string | null | undefined): { session: Session; notice: RestoreNotice } {
  refusedText = undefined;
  if (!raw) return { session: emptySession(), notice: undefined };
  // Over the cap: refused before JSON.parse, so a huge copy costs nothing on every reload.
  if (overBytes(raw, LIMITS.sessionBytes)) {
    refusedText = raw;
    return { session: emptySession(), notice: { kind: 'too-large', problem: { code: 'session-too-large', size: utf8Length(raw), max: LIMITS.sessionBytes } } };
  }
  try {
    const read = readSession(JSON.parse(raw));
    if (read.ok) return { session: read.session, notice: undefined };
    if (read.size) {
      refusedText = raw;
      return { session: emptySession(), notice: { kind: 'too-large', problem: read.size } };
    }
  } catch {
    // fall through: a damaged copy is dropped
  }
  storage()?.removeItem(STORAGE_KEY);
  return { session: emptySession(), notice: 'restore-failed' };
}

function load(): { session: Session; notice: RestoreNotice } {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(STORAGE_KEY);
  } catch {
    raw = undefined;
  }
  const read = readStored(raw);
  lastSaved = raw ?? null;
  return read;
}

function loadLang(): Lang {
  const stored = storage()?.getItem(LANG_KEY);
  if (isLang(stored)) return stored;
  const nav = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return matchLang(nav);
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

type Text = Localized;
/** Walkthrough mode: an example loaded for a demo, with its explanation for each step. */
export interface Walkthrough {
  exampleId: string;
  title: Text;
  steps: Record<string, Text>;
}

/** English words and, by language, others: only strings under known language codes are kept. */
function readText(x: unknown): Text | undefined {
  if (typeof x !== 'object' || x === null || typeof (x as Text).en !== 'string') return undefined;
  const given = x as Record<string, unknown>;
  const text: Text = { en: given.en as string };
  for (const lang of LANGS) if (typeof given[lang] === 'string') text[lang] = given[lang];
  return text;
}

/** Stored walkthrough state is untrusted too: anything off shape is dropped. */
export function readWalkthrough(x: unknown): Walkthrough | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const w = x as Record<string, unknown>;
  const title = readText(w.title);
  if (typeof w.exampleId !== 'string' || !title || typeof w.steps !== 'object' || w.steps === null) return undefined;
  const steps: Record<string, Text> = {};
  for (const [k, val] of Object.entries(w.steps)) {
    const text = readText(val);
    if (k !== '__proto__' && text) steps[k] = text;
  }
  return { exampleId: w.exampleId, title, steps };
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

export type SaveProblem = 'quota' | 'refused' | undefined;

interface State {
  session: Session;
  lang: Lang;
  notice: RestoreNotice;
  theme: Theme;
  walkthrough: Walkthrough | undefined;
  /** Another tab saved a different session: this tab stops saving until the user loads that one or keeps this one. */
  otherTab: boolean;
  /** Local storage refused the last save (full, or refused outright): changes are kept in this page only. */
  saveProblem: SaveProblem;
  /** The user has read the save problem and dismissed it (until saving works again and fails again). */
  saveProblemDismissed: boolean;
  /** The last change was refused because the session would pass a size cap (paste boxes show their own). */
  refused: SizeProblem | undefined;
  /** Counts whole replacements (an example, a link, a file, start over, the other tab's session): a diagnosis of
   * an earlier generation is never shown for this one, not even while the new one computes. */
  generation: number;
}

/** What local storage held when this tab last read or wrote it: a storage event with this value is no news. */
let lastSaved: string | null = null;

const initial = load();
let state: State = {
  session: initial.session,
  lang: loadLang(),
  notice: initial.notice,
  theme: loadTheme(),
  walkthrough: loadWalkthrough(),
  otherTab: false,
  saveProblem: undefined,
  saveProblemDismissed: false,
  refused: undefined,
  generation: 0,
};
applyTheme(state.theme);
const listeners = new Set<() => void>();

function emit(next: State) {
  state = next;
  listeners.forEach((l) => l());
}

function isQuotaError(e: unknown): boolean {
  if (typeof DOMException === 'undefined' || !(e instanceof DOMException)) return false;
  // Chrome and Safari say QuotaExceededError (legacy code 22); Firefox used NS_ERROR_DOM_QUOTA_REACHED (1014).
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** Save the session (its JSON, when the caller has it). Says whether it worked; never throws. */
function persist(session: Session, json = JSON.stringify(session)): SaveProblem {
  const area = storage();
  if (!area) return undefined; // blocked storage (privacy mode, some frames): the app works and forgets on reload
  try {
    area.setItem(STORAGE_KEY, json);
    lastSaved = json;
    refusedText = undefined;
    return undefined;
  } catch (e) {
    return isQuotaError(e) ? 'quota' : 'refused';
  }
}

/** Save unless another tab's session is waiting for the user's choice (saving now would overwrite it unasked). */
function save(session: Session, json?: string): Pick<State, 'saveProblem' | 'saveProblemDismissed'> {
  if (state.otherTab) return { saveProblem: state.saveProblem, saveProblemDismissed: state.saveProblemDismissed };
  const saveProblem = persist(session, json);
  return { saveProblem, saveProblemDismissed: saveProblem ? state.saveProblemDismissed : false };
}

/** Another tab wrote the session key: if it holds something other than this tab's session, ask. */
function onStorage(e: StorageEvent) {
  if (e.key !== STORAGE_KEY && e.key !== null) return;
  let now: string | null;
  try {
    now = storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return;
  }
  if (now === lastSaved) return;
  if (now === JSON.stringify(state.session)) {
    lastSaved = now;
    return;
  }
  if (!state.otherTab) emit({ ...state, otherTab: true });
}

if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);

export const store = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /**
   * Change the session. A change that would take it past a size cap is not made: the problem is returned (and,
   * unless `quiet`, shown as a notice; paste boxes pass quiet and show it beside the box).
   */
  update(change: (s: Session) => Session, options: { quiet?: boolean } = {}): SizeProblem | undefined {
    const session = change(state.session);
    const json = JSON.stringify(session);
    const problem = sessionSizeProblem(session, json);
    if (problem) {
      if (!options.quiet) emit({ ...state, refused: problem });
      return problem;
    }
    const overwriting = refusedText !== undefined;
    const saved = save(session, json);
    // The refused copy is gone once a save replaced it: its notice (which offers to download it) goes too.
    const notice = overwriting && refusedText === undefined ? undefined : state.notice;
    emit({ ...state, session, refused: undefined, notice, ...saved });
    return undefined;
  },
  /** Replace the whole session (an example, a share link, a file). Walkthrough mode goes with it unless given. */
  replace(session: Session, walkthrough?: Walkthrough) {
    const saved = save(session);
    if (!state.otherTab) persistWalkthrough(walkthrough);
    emit({ ...state, session, notice: undefined, walkthrough, refused: undefined, generation: state.generation + 1, ...saved });
  },
  reset() {
    if (!state.otherTab) {
      try {
        storage()?.removeItem(STORAGE_KEY);
        lastSaved = null;
      } catch {
        // ignore
      }
      persistWalkthrough(undefined);
    }
    refusedText = undefined;
    emit({ ...state, session: emptySession(), notice: undefined, walkthrough: undefined, refused: undefined, generation: state.generation + 1 });
  },
  /** Another tab saved a different session: take it (validated like any stored copy). */
  loadOtherTab() {
    const read = load();
    emit({
      ...state,
      session: read.session,
      notice: read.notice,
      walkthrough: loadWalkthrough(),
      otherTab: false,
      refused: undefined,
      generation: state.generation + 1,
    });
  },
  /** Another tab saved a different session: keep this one, and save it over the other. */
  keepThisTab() {
    state = { ...state, otherTab: false };
    persistWalkthrough(state.walkthrough);
    emit({ ...state, ...save(state.session) });
  },
  /** The stored text refused for its size, for the user to download (undefined once anything was saved over it). */
  refusedText: () => refusedText,
  dismissRefused() {
    emit({ ...state, refused: undefined });
  },
  dismissSaveProblem() {
    emit({ ...state, saveProblemDismissed: true });
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
  /** Switch once the language's words are in (only the parts already shown are loaded); fails if they cannot be fetched. */
  async setLang(lang: Lang) {
    await loadLanguage(lang);
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
/** Returns the size problem when the text was refused; the paste box shows it beside itself. */
export const setPaste = (key: keyof Session['pastes'], value: string) =>
  store.update((s) => ({ ...s, pastes: { ...s.pastes, [key]: value } }), { quiet: true });
