// What a share link or a session file brings, shown before it replaces anything: the accounts (and whether they
// are stand-ins), the Regions, the resource type, which inputs were pasted, how many answers.
import { useT } from '../../lib/i18n';
import { summarizeSession } from '../../engine/share/share';
import type { Session } from '../../engine/types';

export function SessionPreview({ session, label }: { session: Session; label: string }) {
  const t = useT();
  const sum = summarizeSession(session);
  const none = <span className="text-muted">{t('share.preview.none')}</span>;
  const role = (r: 'source' | 'destination') => t('share.preview.labelled', { label: t(`share.preview.${r}`) });
  return (
    <div role="group" aria-label={label} className="space-y-2">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 rounded border border-line p-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('share.preview.accounts')}</dt>
        <dd className="mb-2 sm:mb-0">
          {sum.accounts.length === 0
            ? none
            : sum.accounts.map((a) => (
                <span key={a.role} className="mr-4 inline-block">
                  {role(a.role)}
                  <code className="font-mono">{a.id}</code>
                  {a.standIn && t('share.preview.standIn')}
                </span>
              ))}
        </dd>
        <dt className="font-semibold">{t('share.preview.regions')}</dt>
        <dd className="mb-2 sm:mb-0">
          {sum.regions.length === 0
            ? none
            : sum.regions.map((r) => (
                <span key={r.role} className="mr-4 inline-block">
                  {role(r.role)}
                  <code className="font-mono">{r.region}</code>
                </span>
              ))}
        </dd>
        <dt className="font-semibold">{t('share.preview.resourceType')}</dt>
        <dd className="mb-2 sm:mb-0">{sum.resourceType ? <code className="font-mono">{sum.resourceType}</code> : none}</dd>
        <dt className="font-semibold">{t('share.preview.pastes')}</dt>
        <dd className="mb-2 sm:mb-0">
          {sum.pastes.length === 0 ? (
            none
          ) : (
            <ul className="list-disc pl-5">
              {sum.pastes.map((p) => (
                <li key={p}>{t(`paste.${p}.label`)}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-semibold">{t('share.preview.answers')}</dt>
        <dd>{sum.answers}</dd>
      </dl>
      {sum.standIns && <p className="max-w-prose">{t('share.preview.standIns')}</p>}
    </div>
  );
}
