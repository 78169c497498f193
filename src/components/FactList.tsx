import type { Diagnosis } from '../engine/types';
import { useT } from '../lib/i18n';

export function FactList({ facts }: { facts: Diagnosis['facts'] }) {
  const t = useT();
  const rows = Object.entries(facts).filter(([, f]) => f !== undefined);
  if (rows.length === 0) return null;
  return (
    <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([key, f]) => (
        <div key={key} className="contents">
          <dt className="font-semibold">{t(`fact.${key}`)}</dt>
          <dd className="break-all font-mono text-sm">
            {f!.value}
            {f!.from !== 'facts' && <span className="ml-2 font-sans text-muted">({t('fact.from', { input: t(`paste.${f!.from}.short`) })})</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
