import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { isStepId, TREE } from '../wizard/tree';
import { nextStep, stepPosition, type WizardContext } from '../wizard/next';
import { StartStep } from '../features/start/StartStep';
import { useT } from '../lib/i18n';
import { useAppState } from '../lib/store';
import { NotFound } from './NotFound';

// The start page needs neither the engine nor the knowledge pack; every other step loads them on demand.
const Steps = lazy(() => import('./Steps'));

export function StepPage() {
  const { stepId } = useParams();
  const { session } = useAppState();
  const t = useT();
  if (!isStepId(stepId)) return <NotFound />;
  if (stepId !== 'start')
    return (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <Steps stepId={stepId} />
      </Suspense>
    );
  // Before any paste, the path depends on the answers alone.
  const ctx: WizardContext = { answers: session.answers, pastedFacts: {}, triagedChecks: [] };
  return (
    <StartStep
      node={TREE.start}
      position={stepPosition('start', ctx)}
      next={(answers) => nextStep('start', { ...ctx, answers: { ...ctx.answers, ...answers } })}
      session={session}
    />
  );
}
