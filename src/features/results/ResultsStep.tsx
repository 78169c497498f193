import { Link } from 'react-router';
import { StepFrame, type StepProps } from '../../components/StepFrame';
import { StatusBadge } from '../../components/StatusBadge';
import { FindingList } from '../../components/FindingList';
import { FixPanel } from '../../components/FixPanel';
import { useT } from '../../app/i18n';
import { checkStepId } from '../../wizard/tree';
import type { Status } from '../../engine/types';

/** Failures first, then what needs input, then the rest. */
const ORDER: Status[] = ['fail', 'warn', 'unknown', 'pass', 'not-applicable'];

export function ResultsStep(step: StepProps) {
  const t = useT();
  const checks = [...step.diagnosis.checks].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const count = (s: Status) => checks.filter((c) => c.status === s).length;
  return (
    <StepFrame step={step} title={t('step.results.title')} hideContinue>
      <p className="text-lg font-semibold" aria-live="polite">
        {t('results.summary', { fail: count('fail'), warn: count('warn'), pass: count('pass'), unknown: count('unknown') })}
      </p>
      <ol className="space-y-4">
        {checks.map((c) => (
          <li key={c.id} className="space-y-3 rounded border border-line p-4">
            <h2 className="flex flex-wrap items-center gap-3 text-xl font-bold">
              <StatusBadge status={c.status} /> {t(`check.${c.id}.title`)}
            </h2>
            <FindingList findings={c.findings} />
            {c.fix && <FixPanel fix={c.fix} pastes={step.session.pastes} />}
            <Link to={`/step/${checkStepId(c.id)}`} className="inline-block text-accent underline">
              {c.status === 'unknown' ? t('results.provide', { check: t(`check.${c.id}.title`) }) : t('results.change', { check: t(`check.${c.id}.title`) })}
            </Link>
          </li>
        ))}
      </ol>
    </StepFrame>
  );
}
