import { diffLines } from 'diff';
import { useMemo, useState } from 'react';
import { useT } from '../lib/i18n';

/** Unchanged lines shown around each change; longer unchanged runs fold into one line that opens them. */
const CONTEXT = 3;

type Row = { kind: 'added' | 'removed' | 'same'; text: string } | { kind: 'fold'; from: number; count: number };

function rows(before: string, after: string, open: ReadonlySet<number>): Row[] {
  const lines: { kind: 'added' | 'removed' | 'same'; text: string }[] = [];
  for (const p of diffLines(before.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n')))
    for (const text of p.value.replace(/\n$/, '').split('\n')) lines.push({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text });
  const near = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.kind === 'same') return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(lines.length - 1, i + CONTEXT); j++) near[j] = true;
  });
  const out: Row[] = [];
  for (let i = 0; i < lines.length; ) {
    if (near[i] || lines[i]!.kind !== 'same') {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && !near[end]) end++;
    if (end - i <= 1 || open.has(i)) out.push(...lines.slice(i, end));
    else out.push({ kind: 'fold', from: i, count: end - i });
    i = end;
  }
  return out;
}

/**
 * A unified line diff; additions and removals carry a sign and words, not colour alone. Long unchanged runs
 * are folded (a 32 KB policy with one new statement shows the new statement, not a thousand lines).
 */
export function DiffView({ before, after, label }: { before: string; after: string; label: string }) {
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const shown = useMemo(() => rows(before, after, open), [before, after, open]);
  return (
    <figure className="rounded border border-line">
      <figcaption className="border-b border-line bg-surface px-3 py-1 text-sm font-semibold">{label}</figcaption>
      <pre className="p-0 text-xs leading-5 sm:text-sm sm:leading-6">
        {shown.map((r, i) =>
          r.kind === 'fold' ? (
            <div key={`fold-${r.from}`} className="bg-surface">
              <button
                type="button"
                className="w-full px-2 py-0.5 text-left font-sans text-muted underline"
                onClick={() => setOpen((o) => new Set(o).add(r.from))}
              >
                {t('diff.unchanged', { count: r.count })}
              </button>
            </div>
          ) : (
            <div key={i} className={r.kind === 'added' ? 'bg-pass/10 text-pass' : r.kind === 'removed' ? 'bg-fail/10 text-fail' : ''}>
              <span className="inline-block w-4 select-none text-center sm:w-6" aria-hidden="true">
                {r.kind === 'added' ? '+' : r.kind === 'removed' ? '−' : ' '}
              </span>
              {r.kind !== 'same' && <span className="sr-only">{r.kind === 'added' ? t('diff.added') : t('diff.removed')}</span>}
              <code className="whitespace-pre-wrap break-all">{r.text}</code>
            </div>
          ),
        )}
      </pre>
    </figure>
  );
}
