import type { Fix, Pastes } from '../engine/types';
import { useT } from '../lib/i18n';
import { CopyButton, DownloadButton } from './CopyButton';
import { DiffView } from './DiffView';
import { FormatTabs } from './FormatTabs';

/** One rendering of a fix in a deployment format (the engine's `renderings()` output). */
export interface FixRendering {
  format: 'json' | 'aws-cli' | 'terraform' | 'cloudformation';
  fileName: string;
  text: string;
  language: string;
}

const FORMATS: FixRendering['format'][] = ['json', 'aws-cli', 'terraform', 'cloudformation'];

/**
 * The corrected documents beside what was pasted, as a diff, then the commands in order, each with the account and
 * Region to run it in, then the same fix in every deployment format the engine renders.
 */
export function FixPanel({ fix, pastes, renderings = [], headingLevel = 3 }: {
  fix: Fix;
  pastes: Pastes;
  renderings?: FixRendering[];
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useT();
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const H2 = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  // Where the commands run, as the diagnosis resolved it (the same place the scripts and snippets name).
  const place = fix.runInPlace ?? { account: fix.runInAccount, accountId: fix.accountId, region: fix.region };
  const account = place.account ? t(`account.${place.account}`) : fix.runIn;
  const where = [place.accountId, place.region].filter(Boolean).join(', ');
  const runIn = t('fix.commandWhere', { account, where: where ? ` (${where})` : '' });
  // Tabs only when there is a document to show in more than one format; commands alone are listed below.
  const formats = fix.documents.length > 0 ? FORMATS.filter((f) => f === 'json' || renderings.some((r) => r.format === f)) : [];
  const documents = fix.documents.map((doc) => (
    <div key={doc.input + doc.fileName} className="fix-block space-y-2">
      {pastes[doc.input] && !doc.adds ? (
        <DiffView before={pastes[doc.input] ?? ''} after={doc.text} label={t('fix.diffLabel', { file: doc.fileName })} />
      ) : (
        <figure className="rounded border border-line">
          <figcaption className="border-b border-line bg-surface px-3 py-1 text-sm font-semibold">
            {t('fix.inline', { file: doc.fileName })}
          </figcaption>
          <pre className="whitespace-pre-wrap break-all p-3 text-sm">
            <code>{doc.text}</code>
          </pre>
        </figure>
      )}
      <div className="flex flex-wrap gap-3 print:hidden">
        <CopyButton text={doc.text} label={t('fix.copyDocument', { file: doc.fileName })} />
        <DownloadButton text={doc.text} fileName={doc.fileName} label={t('fix.download', { file: doc.fileName })} />
      </div>
    </div>
  ));
  return (
    <div className="fix-panel space-y-4 rounded border-2 border-accent p-2 sm:p-4">
      <H className="text-lg font-bold">{fix.summary}</H>
      {fix.needsReview && (
        <p className="rounded border-2 border-warn p-2 font-semibold text-warn">{t('fix.needsReview')}</p>
      )}
      {formats.length > 1 ? (
        <div className="space-y-2">
          <H2 className="font-semibold print:hidden">{t('fix.formats')}</H2>
          <FormatTabs
            label={t('fix.formats')}
            tabs={formats.map((f) => ({
              id: f,
              label: t(`fix.format.${f}`),
              // The JSON tab is the corrected documents beside the pasted ones; the others are the engine's renderings.
              content:
                f === 'json'
                  ? documents
                  : renderings
                      .filter((r) => r.format === f)
                      .map((r) => (
                        <div key={r.fileName} className="fix-block space-y-2">
                          <figure className="rounded border border-line">
                            <figcaption className="border-b border-line bg-surface px-3 py-1 text-sm font-semibold">
                              <code>{r.fileName}</code>
                            </figcaption>
                            <pre className="whitespace-pre-wrap break-all p-3 text-sm">
                              <code>{r.text}</code>
                            </pre>
                          </figure>
                          <div className="flex flex-wrap gap-3 print:hidden">
                            <CopyButton text={r.text} label={t('fix.copyRendering', { format: t(`fix.format.${f}`), file: r.fileName })} />
                            <DownloadButton
                              text={r.text}
                              fileName={r.fileName}
                              label={t('fix.downloadRendering', { format: t(`fix.format.${f}`), file: r.fileName })}
                            />
                          </div>
                        </div>
                      )),
            }))}
          />
        </div>
      ) : (
        documents
      )}
      {fix.commands.length > 0 && (
        <div className="space-y-2">
          <H2 className="font-semibold">{t('fix.commandsTitle')}</H2>
          <ol className="space-y-3">
            {fix.commands.map((c, i) => (
              <li key={c} className="fix-block space-y-1">
                <p className="text-sm font-semibold">
                  {i + 1}. {runIn}
                </p>
                <pre className="whitespace-pre-wrap break-all rounded bg-surface p-3 text-sm">
                  <code>{c}</code>
                </pre>
                <span className="print:hidden">
                  <CopyButton text={c} label={fix.commands.length > 1 ? `${t('fix.copyCommand')} ${i + 1}` : t('fix.copyCommand')} />
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
