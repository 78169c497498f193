import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { diagnose } from '../engine/diagnose';
import type { KnowledgePack } from '../engine/knowledge/schema';
import type { Diagnosis, Session } from '../engine/types';
import { localizeDiagnosis } from '../i18n/localize';
import type { WizardContext } from '../wizard/next';
import { engine } from './engineClient';
import { useKnowledge } from './knowledge';
import { useAppState } from './store';

/** How often, at most, the engine re-checks while the user keeps typing. */
const CHECK_INTERVAL_MS = 300;

/**
 * A value that follows `value` at once after a quiet spell (a paste, a click) or when `urgent` changes, and at most
 * every `ms` while it keeps changing (typing), with the last change always delivered.
 */
function useThrottled<T>(value: T, ms: number, urgent: unknown): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  const lastUrgent = useRef(urgent);
  useEffect(() => {
    const now = urgent !== lastUrgent.current;
    lastUrgent.current = urgent;
    const wait = now ? 0 : last.current + ms - Date.now();
    const deliver = () => {
      last.current = Date.now();
      setShown(value);
    };
    if (wait <= 0) {
      deliver();
      return;
    }
    const id = window.setTimeout(deliver, wait);
    return () => window.clearTimeout(id);
  }, [value, ms, urgent]);
  return shown;
}

interface Result {
  session: Session;
  pack: KnowledgePack | undefined;
  generation: number;
  /** Codes and params only; words are filled per language on the main thread. */
  raw: Diagnosis;
}

/** The latest diagnosis, kept across remounts (the start page and back): shown again at once if it still fits. */
let latest: Result | undefined;

export interface DiagnosisState {
  diagnosis: Diagnosis;
  /** The session the diagnosis was computed from (a moment behind the one being edited). */
  checked: Session;
  /** A newer session is being diagnosed: the verdict shown is the previous one. */
  pending: boolean;
}

/**
 * The engine's verdict on the session, in the chosen language. The engine runs in a worker (engineClient.ts) at
 * most every 300 ms while the text keeps changing; until a new verdict arrives the previous one stays on screen
 * (`pending` says so). Undefined only before the first verdict of this session (a new one, or a replaced one).
 */
export function useDiagnosis(): DiagnosisState | undefined {
  const { session, lang, generation } = useAppState();
  const pack = useKnowledge().data;
  // The session and the generation it belongs to travel together; a new generation is checked at once.
  const edited = useMemo(() => ({ session, generation }), [session, generation]);
  const wanted = useThrottled(edited, CHECK_INTERVAL_MS, generation);
  const [result, setResult] = useState<Result | undefined>(latest);

  useEffect(() => {
    if (latest && latest.session === wanted.session && latest.pack === pack) return;
    return engine().request(wanted.session, pack, (raw) => {
      const r: Result = { session: wanted.session, pack, generation: wanted.generation, raw };
      latest = r;
      // Rendering a verdict (a corrected policy and its diff) may take a while: typing is never held up by it.
      startTransition(() => setResult(r));
    });
  }, [wanted, pack]);

  const shown = result && result.generation === generation ? result : undefined;
  const diagnosis = useMemo(() => (shown ? localizeDiagnosis(shown.raw, lang) : undefined), [shown, lang]);
  if (!shown || !diagnosis) return undefined;
  return { diagnosis, checked: shown.session, pending: shown.session !== session || shown.pack !== pack };
}

/**
 * The diagnosis of the session as it is right now, for a decision that cannot wait (where Continue leads): the
 * latest verdict when it is of this very session, else the engine on the main thread (within the size caps a
 * diagnosis takes milliseconds; see the README's figures).
 */
export function diagnoseNow(session: Session, pack: KnowledgePack | undefined): Diagnosis {
  if (latest && latest.session === session && latest.pack === pack) return latest.raw;
  return diagnose(session, pack);
}

export function wizardContext(answers: Record<string, string>, d: Diagnosis): WizardContext {
  return {
    answers,
    pastedFacts: Object.fromEntries(Object.entries(d.facts).flatMap(([k, v]) => (v && v.from !== 'facts' ? [[k, v.value]] : []))),
    triagedChecks: d.triage.flatMap((m) => m.checks),
    notApplicable: d.checks.filter((c) => c.status === 'not-applicable').map((c) => c.id),
  };
}
