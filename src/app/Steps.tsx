// Every step but the start page, loaded on demand with the engine and its words.
import { loadWords } from '../i18n/load';
import { STEP_PARTS } from '../i18n/words';
import { TREE, type StepId } from '../wizard/tree';
import { nextStep, pathFrom, stepPosition } from '../wizard/next';
import { TriageStep } from '../features/triage/TriageStep';
import { FactsStep } from '../features/facts/FactsStep';
import { CheckStep } from '../features/check/CheckStep';
import { ResultsStep } from '../features/results/ResultsStep';
import { ExamplesStep } from '../features/examples/ExamplesStep';
import type { StepProps } from '../components/StepFrame';
import { useEffect, useState } from 'react';
import { diagnoseNow, useDiagnosis, wizardContext, type DiagnosisState } from '../lib/diagnosis';
import { store, useAppState } from '../lib/store';
import { useKnowledge } from '../lib/knowledge';
import { PackErrorPage } from './PackErrorPage';
import { useT } from '../lib/i18n';

await loadWords(STEP_PARTS);

const VIEWS = {
  triage: TriageStep,
  facts: FactsStep,
  check: CheckStep,
  results: ResultsStep,
  examples: ExamplesStep,
} as const;

export default function Steps({ stepId }: { stepId: Exclude<StepId, 'start'> }) {
  const t = useT();
  const knowledge = useKnowledge();
  if (knowledge.isError) return <PackErrorPage error={knowledge.error} />;
  if (knowledge.isPending) return <p role="status">{t('app.loadingPack')}</p>;
  return <Step stepId={stepId} />;
}

function Step({ stepId }: { stepId: Exclude<StepId, 'start'> }) {
  const t = useT();
  const state = useDiagnosis();
  // Only before the first verdict of a new session (the engine's worker is starting, or a whole session was
  // replaced): never a verdict of another session.
  if (!state) return <p role="status">{t('app.checking')}</p>;
  return (
    <>
      <Checked stepId={stepId} state={state} />
      <Rechecking pending={state.pending} />
    </>
  );
}

function Checked({ stepId, state }: { stepId: Exclude<StepId, 'start'>; state: DiagnosisState }) {
  const { session } = useAppState();
  const { diagnosis, checked } = state;
  const knowledge = useKnowledge().data;

  const node = TREE[stepId];
  const ctx = wizardContext(session.answers, diagnosis);
  const path = pathFrom('start', ctx);
  const at = path.indexOf(stepId);
  const props: StepProps = {
    node,
    position: stepPosition(stepId, ctx),
    back: at > 0 ? path[at - 1] : 'start',
    // Where Continue leads is decided on the session as it is now, not on the verdict shown (which may be a
    // moment behind a paste), so a quick Continue after pasting a copy job still skips the facts step.
    next: (answers) => {
      const now = store.get().session;
      const fresh = wizardContext({ ...now.answers, ...answers }, diagnoseNow(now, knowledge));
      return nextStep(stepId, fresh);
    },
    diagnosis,
    session,
    checked,
  };
  const View = VIEWS[node.kind as keyof typeof VIEWS];
  return <View key={stepId} {...props} />;
}

/**
 * Says that the verdict on screen is the previous one while a newer session is being checked: only when that takes
 * a noticeable while (most checks take a few milliseconds), so it does not flicker at every keystroke.
 */
function Rechecking({ pending }: { pending: boolean }) {
  const t = useT();
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const id = window.setTimeout(() => setLate(true), RECHECK_NOTICE_MS);
    return () => {
      window.clearTimeout(id);
      setLate(false);
    };
  }, [pending]);
  const on = pending && late;
  return (
    <div
      role="status"
      className={
        on
          ? 'pointer-events-none fixed bottom-3 right-3 z-10 rounded border-2 border-accent bg-bg px-3 py-1 text-sm font-semibold text-fg shadow print:hidden'
          : 'sr-only'
      }
    >
      {on ? t('app.rechecking') : ''}
    </div>
  );
}

const RECHECK_NOTICE_MS = 200;
