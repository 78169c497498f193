import type { Status } from '../engine/types';
import { useT } from '../lib/i18n';

const STYLE: Record<Status, { icon: string; cls: string }> = {
  pass: { icon: '✓', cls: 'border-pass text-pass' },
  fail: { icon: '✗', cls: 'border-fail text-fail' },
  warn: { icon: '!', cls: 'border-warn text-warn' },
  unknown: { icon: '?', cls: 'border-unknown text-unknown' },
  'not-applicable': { icon: '–', cls: 'border-line text-muted' },
};

/** Status as an icon and a word, never colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  const s = STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border-2 px-2 py-0.5 text-sm font-bold ${s.cls}`}>
      <span aria-hidden="true">{s.icon}</span>
      {t(`status.${status}`)}
    </span>
  );
}
