import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { diagnose } from '../engine/diagnose';
import type { Diagnosis, Session } from '../engine/types';
import { localizeDiagnosis } from '../i18n/full';
import type { WizardContext } from '../wizard/next';
import { useKnowledge } from './knowledge';
import { useAppState } from './store';

/** How often, at most, the engine re-checks while the user keeps typing. */
const CHECK_INTERVAL_MS = 300;

/**
 * A value that follows `value` at once after a quiet spell (a paste, a click), and at most every `ms` while it
 * keeps changing (typing), with the last change always delivered.
 */
function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - Date.now();
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
  }, [value, ms]);
  return shown;
}

/**
 * The engine's verdict on the session, in the chosen language, and the session it was computed from.
 * Typing never waits for it: the engine runs at most every 300 ms while the text keeps changing, and React
 * renders its verdict as a deferred update after the keystroke.
 */
export function useDiagnosis(): { diagnosis: Diagnosis; checked: Session } {
  const { session, lang } = useAppState();
  const pack = useKnowledge().data;
  const checked = useDeferredValue(useThrottled(session, CHECK_INTERVAL_MS));
  const diagnosis = useMemo(() => localizeDiagnosis(diagnose(checked, pack), lang), [checked, pack, lang]);
  return { diagnosis, checked };
}

export function wizardContext(answers: Record<string, string>, d: Diagnosis): WizardContext {
  return {
    answers,
    pastedFacts: Object.fromEntries(Object.entries(d.facts).flatMap(([k, v]) => (v && v.from !== 'facts' ? [[k, v.value]] : []))),
    triagedChecks: d.triage.flatMap((m) => m.checks),
    notApplicable: d.checks.filter((c) => c.status === 'not-applicable').map((c) => c.id),
  };
}
