import type { Finding, PasteKey } from '../engine/types';
import { useT } from '../lib/i18n';
import { Prose } from './Prose';

const SEVERITY_ICON: Record<Finding['severity'], string> = {
  error: '✗',
  'security-warning': '⚠',
  warning: '!',
  suggestion: 'i',
};

/** Findings with their place in the paste; choosing the place moves the cursor there. */
export function FindingList({ findings, onLocate }: {
  findings: Finding[];
  onLocate?: (input: PasteKey, offset: number, length: number) => void;
}) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <ul className="space-y-2">
      {findings.map((f, i) => {
        const loc = f.location;
        const canLocate = onLocate && loc && loc.input !== 'facts' && loc.offset !== undefined;
        return (
          <li key={`${f.code}-${i}`} className="rounded border border-line p-3">
            <p>
              <span className={`mr-2 font-bold ${f.severity === 'error' ? 'text-fail' : f.severity === 'suggestion' ? 'text-muted' : 'text-warn'}`}>
                <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
                {t(`severity.${f.severity}`)}
              </span>
              <Prose text={f.message} />
            </p>
            {f.params?.source !== undefined && f.params.checkedOn !== undefined && (
              <p className="mt-1 text-sm text-muted">
                {t('finding.source', { date: f.params.checkedOn })}{' '}
                {/^https:\/\//.test(String(f.params.source)) ? (
                  <a className="text-accent underline" href={String(f.params.source)} target="_blank" rel="noreferrer">
                    {String(f.params.source)}
                  </a>
                ) : (
                  String(f.params.source)
                )}
              </p>
            )}
            <p className="mt-1 text-sm text-muted">
              <code>{f.code}</code>
              {loc?.line !== undefined && (
                <>
                  {' · '}
                  {canLocate ? (
                    <button
                      type="button"
                      className="text-accent underline"
                      onClick={() => onLocate(loc.input as PasteKey, loc.offset!, loc.length ?? 0)}
                    >
                      {t('finding.goTo', { line: loc.line, column: (loc.column ?? 0) + 1, input: t(`paste.${loc.input}.short`) })}
                    </button>
                  ) : (
                    t('finding.at', { line: loc.line, column: (loc.column ?? 0) + 1, input: t(`paste.${loc.input}.short`) })
                  )}
                </>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
