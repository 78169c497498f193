// What is still missing, grouped by the account that holds it, and per account the read-only gather script that reads
// it (bash for CloudShell, PowerShell), written by the engine (src/engine/gather/scripts.ts). The check results
// and what each `unknown` check needs come from the diagnosis; this only groups them.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useT, type Translate } from '../../lib/i18n';
import { CopyButton, DownloadButton } from '../../components/CopyButton';
import { FormatTabs } from '../../components/FormatTabs';
import { inputLabel, stepForNeed } from '../../components/needs';
import { GATHER_ROLES, type GatherRole } from '../../engine/gather/bundle';
import { missingByAccount, type Missing } from '../../engine/gather/missing';
import { gatherFacts, gatherScript, type GatherFactKey, type GatherScript, type Shell } from '../../engine/gather/scripts';
import type { Diagnosis, Session } from '../../engine/types';

const factWords = (t: Translate, key: GatherFactKey) => t(`gather.fact.${key}`);

export default function GatherPanel({ diagnosis, session }: { diagnosis: Diagnosis; session: Session }) {
  const t = useT();
  const missing = useMemo(() => missingByAccount(diagnosis), [diagnosis]);
  const facts = useMemo(() => gatherFacts(session), [session]);
  const roles = GATHER_ROLES.filter((r) => missing[r].length > 0);
  const nothing = roles.length === 0 && missing.yourself.length === 0;
  return (
    <section aria-labelledby="gather-title" className="gather-panel space-y-4 rounded border border-line p-4 print:hidden">
      <h2 id="gather-title" className="text-xl font-bold">
        {t('gather.panel.title')}
      </h2>
      {nothing ? (
        <p>{t('gather.panel.none')}</p>
      ) : (
        <>
          {roles.length > 0 && <p className="max-w-prose">{t('gather.panel.intro')}</p>}
          {roles.map((role) => (
            <AccountScripts key={role} role={role} missing={missing[role]} scripts={{ bash: gatherScript(facts, role, 'bash'), powershell: gatherScript(facts, role, 'powershell') }} />
          ))}
          {missing.yourself.length > 0 && (
            <section aria-labelledby="gather-yourself" className="space-y-2">
              <h3 id="gather-yourself" className="text-lg font-bold">
                {t('gather.panel.yourself')}
              </h3>
              <p className="text-sm text-muted">{t('gather.panel.yourselfHint')}</p>
              <MissingList items={missing.yourself} />
            </section>
          )}
        </>
      )}
    </section>
  );
}

function MissingList({ items }: { items: Missing[] }) {
  const t = useT();
  return (
    <ul className="list-disc space-y-1 pl-6">
      {items.map((m) => {
        const to = stepForNeed(m.checks[0]!, m.need);
        return (
          <li key={m.need}>
            <Link to={`/step/${to}`} className="text-accent underline">
              {inputLabel(t, m.need)}
            </Link>{' '}
            <span className="text-sm text-muted">({t('gather.panel.forChecks', { checks: m.checks.map((c) => t(`check.${c}.title`)).join(', ') })})</span>
          </li>
        );
      })}
    </ul>
  );
}

function AccountScripts({ role, missing, scripts }: { role: GatherRole; missing: Missing[]; scripts: Record<Shell, GatherScript> }) {
  const t = useT();
  const roleWord = t(`gather.role.${role}`);
  const id = `gather-${role}`;
  const s = scripts.bash;
  const where =
    s.accountId && s.region ? t('gather.panel.accountId', { id: s.accountId, region: s.region })
    : s.accountId ? t('gather.panel.regionUnknown', { id: s.accountId })
    : t('gather.panel.accountUnknown', { role: roleWord });
  const needs = s.needs.filter((n) => !s.rejected.some((r) => r.fact === n));
  return (
    <section aria-labelledby={id} className="space-y-3 rounded border border-line p-3">
      <h3 id={id} className="text-lg font-bold">
        {t('gather.panel.account', { role: roleWord })}
      </h3>
      <p className="font-semibold">{where}</p>
      <p className="border-l-4 border-pass pl-2">{t('gather.panel.readOnly')}</p>
      <div>
        <p className="font-semibold">{t('gather.panel.missing')}</p>
        <MissingList items={missing} />
      </div>
      {needs.length > 0 && (
        <p className="border-l-4 border-warn pl-2">
          {t('gather.panel.needsFacts', { list: needs.map((n) => factWords(t, n)).join(', ') })}{' '}
          <Link to={`/step/facts`} className="text-accent underline">
            {t('gather.panel.factsLink')}
          </Link>
        </p>
      )}
      {s.rejected.length > 0 && <p className="border-l-4 border-warn pl-2">{t('gather.panel.rejected', { list: s.rejected.map((r) => factWords(t, r.fact)).join(', ') })}</p>}
      <FormatTabs
        label={t('gather.panel.shells', { role: roleWord })}
        tabs={(['bash', 'powershell'] as const).map((shell) => ({
          id: `${role}-${shell}`,
          label: t(`gather.panel.${shell}`),
          content: <Script script={scripts[shell]} label={t('gather.panel.scriptLabel', { shell: t(`gather.panel.${shell}`), role: roleWord })} />,
        }))}
      />
    </section>
  );
}

function Script({ script, label }: { script: GatherScript; label: string }) {
  const t = useT();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <CopyButton text={script.text} label={t('gather.panel.copy')} />
        <DownloadButton text={script.text} fileName={script.fileName} label={t('gather.panel.download', { file: script.fileName })} />
      </div>
      <details>
        <summary className="cursor-pointer font-semibold">{label}</summary>
        <pre className="mt-2 whitespace-pre-wrap break-words rounded border border-line bg-surface p-3 font-mono text-xs">
          <code>{script.text}</code>
        </pre>
      </details>
    </div>
  );
}
