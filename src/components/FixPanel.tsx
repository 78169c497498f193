import type { Fix, Pastes } from '../engine/types';
import { useT } from '../app/i18n';
import { CopyButton, DownloadButton } from './CopyButton';
import { DiffView } from './DiffView';

/** The corrected documents beside what was pasted, then the commands, with the account to run them in. */
export function FixPanel({ fix, pastes, headingLevel = 3 }: { fix: Fix; pastes: Pastes; headingLevel?: 2 | 3 }) {
  const t = useT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const account = fix.runInAccount ? t(`account.${fix.runInAccount}`) : fix.runIn;
  const where = [fix.accountId, fix.region].filter(Boolean).join(', ');
  return (
    <div className="space-y-4 rounded border-2 border-accent p-4">
      <H className="text-lg font-bold">{fix.summary}</H>
      {fix.needsReview && (
        <p className="rounded border-2 border-warn p-2 font-semibold text-warn">{t('fix.needsReview')}</p>
      )}
      {fix.documents.map((doc) => (
        <div key={doc.input + doc.fileName} className="space-y-2">
          <DiffView
            before={pastes[doc.input] ?? ''}
            after={doc.text}
            label={t('fix.diffLabel', { file: doc.fileName })}
          />
          <div className="flex flex-wrap gap-3">
            <CopyButton text={doc.text} label={t('fix.copyDocument', { file: doc.fileName })} />
            <DownloadButton text={doc.text} fileName={doc.fileName} label={t('fix.download', { file: doc.fileName })} />
          </div>
        </div>
      ))}
      {fix.commands.length > 0 && (
        <div className="space-y-2">
          <p className="font-semibold">
            {t('fix.runIn', { account, where: where ? ` (${where})` : '' })}
          </p>
          {fix.commands.map((c) => (
            <div key={c} className="space-y-1">
              <pre className="whitespace-pre-wrap break-all rounded bg-surface p-3 text-sm">
                <code>{c}</code>
              </pre>
              <CopyButton text={c} label={t('fix.copyCommand')} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
