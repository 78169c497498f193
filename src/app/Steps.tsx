// Every step but the start page, loaded on demand with the engine and its catalogs.
import '../i18n/full';
import { TREE, type StepId } from '../wizard/tree';
import { nextStep, pathFrom, stepPosition } from '../wizard/next';
import { TriageStep } from '../features/triage/TriageStep';
import { FactsStep } from '../features/facts/FactsStep';
import { CheckStep } from '../features/check/CheckStep';
import { ResultsStep } from '../features/results/ResultsStep';
import { ExamplesStep } from '../features/examples/ExamplesStep';
import type { StepProps } from '../components/StepFrame';
import { useDiagnosis, wizardContext } from './diagnosis';
import { store, useAppState } from './store';
import { diagnose } from '../engine/diagnose';
import { useKnowledge } from './knowledge';
import { PackErrorPage } from './PackErrorPage';
import { useT } from './i18n';

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
  const { session } = useAppState();
  const { diagnosis, checked } = useDiagnosis();
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
      const fresh = wizardContext({ ...now.answers, ...answers }, diagnose(now, knowledge));
      return nextStep(stepId, fresh);
    },
    diagnosis,
    session,
    checked,
  };
  const View = VIEWS[node.kind as keyof typeof VIEWS];
  return <View key={stepId} {...props} />;
}
