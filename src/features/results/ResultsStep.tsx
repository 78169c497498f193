import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { StepFrame, type StepProps } from '../../components/StepFrame';
import { StatusBadge } from '../../components/StatusBadge';
import { Prose } from '../../components/Prose';
import { CopyPathDiagram } from '../../components/CopyPathDiagram';
import { FindingList } from '../../components/FindingList';
import { FixPanel, type FixRendering } from '../../components/FixPanel';
import { inputLabel, stepForNeed } from '../../components/needs';
import { useT } from '../../lib/i18n';
import { checkStepId, TREE } from '../../wizard/tree';
import type { CheckResult, Diagnosis, Session, Status, TriageMatch } from '../../engine/types';
import { hasKey } from '../../i18n';
import { ResultsActions } from './ResultsActions';
import { fixRenderings } from './exports';
import { orderChecks, summaryLine } from './order';

// The gather scripts arrive with the results page's own chunk, after the checks are shown.
const GatherPanel = lazy(() => import('./GatherPanel'));

const GROUPS: { key: string; statuses: Status[] }[] = [
  { key: 'results.toFix', statuses: ['fail'] },
  { key: 'results.warnings', statuses: ['warn'] },
  { key: 'results.needInput', statuses: ['unknown'] },
  { key: 'results.passed', statuses: ['pass', 'not-applicable'] },
];

export function ResultsStep(step: StepProps) {
  const t = useT();
  const checks = orderChecks(step.diagnosis.checks);
  const failing = checks.filter((c) => c.status === 'fail');
  return (
    <StepFrame step={step} title={t('step.results.title')} hideContinue>
      <div className="space-y-2">
        <p className="text-lg font-semibold">{summaryLine(t, checks)}</p>
        <p className="max-w-prose">{failing.length > 0 ? t('results.intro.fail') : t('results.intro.ok')}</p>
      </div>
      <AlsoSays diagnosis={step.diagnosis} checks={checks} />
      <CopyPathDiagram diagnosis={step.diagnosis} session={step.checked} />
      <ResultsActions diagnosis={step.diagnosis} session={step.session} />
      <Suspense fallback={<p className="text-sm text-muted">{t('gather.panel.loading')}</p>}>
        <GatherPanel diagnosis={step.diagnosis} session={step.session} />
      </Suspense>
      {GROUPS.map((g) => {
        const items = checks.filter((c) => g.statuses.includes(c.status));
        if (items.length === 0) return null;
        const id = `group-${g.statuses[0]}`;
        return (
          <section key={g.key} aria-labelledby={id} className="space-y-4">
            <h2 id={id} className="text-xl font-bold">
              {t(g.key)}
            </h2>
            <ol className="space-y-4">
              {items.map((c, i) => (
                <CheckItem key={c.id} check={c} diagnosis={step.diagnosis} session={step.session} order={g.statuses[0] === 'fail' ? i + 1 : undefined} />
              ))}
            </ol>
          </section>
        );
      })}
    </StepFrame>
  );
}

/** Where a check item quotes a triage match: under a check that did not pass (see CheckItem). */
const shownUnder = (m: TriageMatch, checks: CheckResult[]) => checks.some((c) => c.status !== 'pass' && c.status !== 'not-applicable' && m.checks.includes(c.id));

/**
 * Triage matches no check item shows (a maintenance window, a quota: entries that only say where to look), with the
 * message's title and the places to look at, so the results page does not drop them.
 */
function AlsoSays({ diagnosis, checks }: { diagnosis: Diagnosis; checks: CheckResult[] }) {
  const t = useT();
  const matches = diagnosis.triage.filter((m) => !shownUnder(m, checks) && (m.lookAt?.length ?? 0) > 0);
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby="results-also-says" className="space-y-2 rounded border border-line p-3 sm:p-4">
      <h2 id="results-also-says" className="text-xl font-bold">
        {t('results.alsoSays')}
      </h2>
      <ul className="space-y-3">
        {matches.map((m) => (
          <li key={m.messageId}>
            <h3 className="font-semibold">{hasKey(`error.${m.messageId}.title`) ? t(`error.${m.messageId}.title`) : m.messageId}</h3>
            <p className="text-sm text-muted">{t('triage.lookAt')}</p>
            <ul className="list-disc pl-6">
              {m.lookAt!.map((place) => (
                <li key={place}><Prose text={t(`lookAt.${place}`)} /></li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CheckItem({ check: c, diagnosis, session, order }: { check: CheckResult; diagnosis: Diagnosis; session: Session; order?: number }) {
  const t = useT();
  const title = t(`check.${c.id}.title`);
  const matches = c.status === 'pass' || c.status === 'not-applicable' ? [] : diagnosis.triage.filter((m) => m.checks.includes(c.id));
  const quoted = matches.length > 0 ? diagnosis.statusMessage : undefined;
  const renderings: FixRendering[] = c.fix ? fixRenderings(c, diagnosis, t) : [];
  return (
    <li className="check-item space-y-3 rounded border border-line p-3 sm:p-4">
      <h3 className="flex flex-wrap items-center gap-3 text-lg font-bold">
        <StatusBadge status={c.status} />
        <span>
          {order !== undefined && <span className="text-muted">{t('results.order', { n: order })} · </span>}
          {title}
        </span>
      </h3>
      {quoted && (
        <div className="space-y-1">
          <p className="font-semibold">{t('results.errorQuote')}</p>
          <blockquote className="whitespace-pre-wrap break-words border-l-4 border-line pl-3 font-mono text-sm">{quoted}</blockquote>
          {matches.map((m) =>
            hasKey(`error.${m.messageId}.title`) ? (
              <p key={m.messageId} className="text-sm text-muted">
                {t('results.errorKind', { title: t(`error.${m.messageId}.title`) })}
              </p>
            ) : null,
          )}
        </div>
      )}
      <FindingList findings={c.findings} />
      {c.status === 'unknown' && <Needs check={c} />}
      {c.fix && <FixPanel fix={c.fix} pastes={session.pastes} renderings={renderings} headingLevel={4} />}
      <Link to={`/step/${checkStepId(c.id)}`} className="inline-block text-accent underline print:hidden">
        {c.status === 'unknown' ? t('results.provide', { check: title }) : t('results.change', { check: title })}
      </Link>
    </li>
  );
}

function Needs({ check }: { check: CheckResult }) {
  const t = useT();
  const needs = check.needs ?? [];
  if (needs.length === 0) return <p>{t('results.needsNothing')}</p>;
  return (
    <div>
      <p className="font-semibold">{t('results.needs')}</p>
      <ul className="list-disc pl-6">
        {needs.map((n) => {
          const to = stepForNeed(check.id, n);
          return (
            <li key={n}>
              <Link to={`/step/${to}`} className="text-accent underline">
                {t('results.goToStep', { input: inputLabel(t, n), step: t(TREE[to].titleKey) })}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
