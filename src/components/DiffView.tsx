import { diffLines } from 'diff';
import { useMemo } from 'react';
import { useT } from '../app/i18n';

/** A unified line diff; additions and removals carry a sign and words, not colour alone. */
export function DiffView({ before, after, label }: { before: string; after: string; label: string }) {
  const t = useT();
  const parts = useMemo(() => diffLines(before.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n')), [before, after]);
  return (
    <figure className="rounded border border-line">
      <figcaption className="border-b border-line bg-surface px-3 py-1 text-sm font-semibold">{label}</figcaption>
      <pre className="p-0 text-xs leading-5 sm:text-sm sm:leading-6">
        {parts.flatMap((p, i) =>
          p.value
            .replace(/\n$/, '')
            .split('\n')
            .map((line, j) => (
              <div
                key={`${i}-${j}`}
                className={p.added ? 'bg-pass/10 text-pass' : p.removed ? 'bg-fail/10 text-fail' : ''}
              >
                <span className="inline-block w-4 select-none text-center sm:w-6" aria-hidden="true">
                  {p.added ? '+' : p.removed ? '−' : ' '}
                </span>
                {(p.added || p.removed) && <span className="sr-only">{p.added ? t('diff.added') : t('diff.removed')}</span>}
                <code className="whitespace-pre-wrap break-all">{line}</code>
              </div>
            )),
        )}
      </pre>
    </figure>
  );
}
