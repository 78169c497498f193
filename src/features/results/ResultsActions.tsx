import { useMemo } from 'react';
import { useT } from '../../lib/i18n';
import { CopyButton, DownloadButton } from '../../components/CopyButton';
import type { Diagnosis, Session } from '../../engine/types';
import { allFixes, diagnosisJson, FILES, report } from './exports';

/** Copy and download everything at once: all fixes, the report, the diagnosis. Not printed. */
export function ResultsActions({ diagnosis, session }: { diagnosis: Diagnosis; session: Session }) {
  const t = useT();
  const hasFixes = diagnosis.checks.some((c) => c.fix);
  const fixes = useMemo(() => allFixes(diagnosis, t), [diagnosis, t]);
  const md = useMemo(() => report(diagnosis, session, t), [diagnosis, session, t]);
  const json = useMemo(() => diagnosisJson(diagnosis), [diagnosis]);
  return (
    <section aria-labelledby="results-actions" className="results-actions space-y-3 rounded border border-line p-4 print:hidden">
      <h2 id="results-actions" className="text-lg font-bold">
        {t('results.actions')}
      </h2>
      {hasFixes ? (
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton text={fixes} label={t('results.copyAll')} />
          <DownloadButton text={fixes} fileName={FILES.allFixes} label={t('results.downloadAll')} />
        </div>
      ) : (
        <p>{t('results.noFixes')}</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <DownloadButton text={md} fileName={FILES.report} label={t('results.downloadReport')} />
        <DownloadButton text={json} fileName={FILES.diagnosis} label={t('results.downloadDiagnosis')} />
        <button type="button" className="rounded border border-line px-3 py-1 text-sm font-semibold" onClick={() => window.print()}>
          {t('results.print')}
        </button>
      </div>
    </section>
  );
}
