import { useT } from '../../app/i18n';
import { DownloadButton } from '../../components/CopyButton';
import type { Diagnosis, Session } from '../../engine/types';
import { diagnosisJson, FILES } from './exports';

/** Copy and download everything at once: all fixes, the report, the diagnosis. Not printed. */
export function ResultsActions({ diagnosis }: { diagnosis: Diagnosis; session: Session }) {
  const t = useT();
  return (
    <section aria-labelledby="results-actions" className="results-actions space-y-2 rounded border border-line p-4 print:hidden">
      <h2 id="results-actions" className="text-lg font-bold">
        {t('results.actions')}
      </h2>
      <div className="flex flex-wrap items-center gap-3">
        <DownloadButton text={diagnosisJson(diagnosis)} fileName={FILES.diagnosis} label={t('results.downloadDiagnosis')} />
        <button type="button" className="rounded border border-line px-3 py-1 text-sm font-semibold" onClick={() => window.print()}>
          {t('results.print')}
        </button>
      </div>
    </section>
  );
}
