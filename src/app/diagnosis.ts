import { useDeferredValue, useMemo } from 'react';
import { diagnose } from '../engine/diagnose';
import type { Diagnosis, Session } from '../engine/types';
import { localizeDiagnosis } from '../i18n/full';
import type { WizardContext } from '../wizard/next';
import { useKnowledge } from './knowledge';
import { useAppState } from './store';

/**
 * The engine's verdict on the session, in the chosen language, and the session it was computed from.
 * Deferred so typing never waits for it: React renders the new verdict after the keystroke.
 */
export function useDiagnosis(): { diagnosis: Diagnosis; checked: Session } {
  const { session, lang } = useAppState();
  const pack = useKnowledge().data;
  const checked = useDeferredValue(session);
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
