// The copy path as a picture: the three accounts, who and what takes part in the copy, and on each step the check
// that decides it with its status (a colour, a line pattern, an icon and a word: never colour alone). Each label is
// a link to its check's step. The picture is an image with a title; the links lie over it as real links; a list
// after it says the same in words. Two hand-made layouts, picked by the width the picture gets (not the window's).
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { copyPath, type CopyPath, type PathAccountId, type PathArrow, type PathNodeId, PATH_NODE_IDS } from '../engine/report/copyPath';
import type { CheckId, Diagnosis, Session, Status } from '../engine/types';
import { checkStepId, isStepId } from '../wizard/tree';
import { useT, type Translate } from '../lib/i18n';
import { useAppState } from '../lib/store';
import { FONTS, layoutCopyPath, type Labels, type Layout, type Mode, type Pill, type TextLine } from './copyPathLayout';

const STATUSES: Status[] = ['fail', 'warn', 'unknown', 'pass', 'not-applicable'];

/** How each status draws: its colour, its line (solid, dashed, dotted) and its weight. */
const LOOK: Record<Status, { color: string; dash?: string; width: number }> = {
  fail: { color: 'var(--cd-fail)', width: 3.5 },
  warn: { color: 'var(--cd-warn)', dash: '10 5', width: 2.5 },
  unknown: { color: 'var(--cd-unknown)', dash: '4 4', width: 2 },
  pass: { color: 'var(--cd-pass)', width: 2 },
  'not-applicable': { color: 'var(--cd-muted)', dash: '1 5', width: 2 },
};

function accountWords(t: Translate, path: CopyPath, id: PathAccountId): { title: string; ids: string[] } {
  const a = path.accounts[id];
  const ids = [a.accountId ?? t('diagram.idUnknown'), a.region].filter((s): s is string => !!s);
  return { title: t(`diagram.account.${id}`), ids };
}

export function diagramLabels(t: Translate, path: CopyPath): Labels {
  const node = Object.fromEntries(
    PATH_NODE_IDS.map((id) => {
      const n = path.nodes[id];
      const values = [n.detail, n.value].filter((s): s is string => !!s);
      return [id, { title: t(`diagram.node.${id}`), values }];
    }),
  ) as Labels['node'];
  return {
    account: { source: accountWords(t, path, 'source'), destination: accountWords(t, path, 'destination'), management: accountWords(t, path, 'management') },
    node,
    status: Object.fromEntries(STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<Status, string>,
    check: (id) => t(`check.${id}.title`),
  };
}

/** A node in words, with its account: "Source KMS key 0b7f… (Source account 210987654321 · eu-west-1)". */
function nodeWords(t: Translate, path: CopyPath, labels: Labels, id: PathNodeId, withAccount: boolean): string {
  const n = labels.node[id];
  const name = [n.title, ...n.values].join(' ');
  const account = path.nodes[id].account;
  if (!withAccount || account === 'both') return name;
  const a = labels.account[account];
  return t('diagram.nodeIn', { node: name, account: [a.title, a.ids.join(', ')].join(' ') });
}

/** The arrows in words, for the list after the picture and the links' names. */
export function arrowSentences(t: Translate, path: CopyPath, labels: Labels): { arrow: PathArrow; item: string; link: string }[] {
  return path.arrows.map((arrow) => {
    const params = { check: labels.check(arrow.check), status: labels.status[arrow.status] };
    return {
      arrow,
      item: t('diagram.item', { ...params, from: nodeWords(t, path, labels, arrow.from, true), to: nodeWords(t, path, labels, arrow.to, true) }),
      link: t('diagram.link', { ...params, from: labels.node[arrow.from].title, to: labels.node[arrow.to].title }),
    };
  });
}

export function CopyPathDiagram({ diagnosis, session }: { diagnosis: Diagnosis; session: Session }) {
  const t = useT();
  const { walkthrough } = useAppState();
  const id = useId();
  const path = useMemo(() => copyPath(diagnosis, session), [diagnosis, session]);
  const labels = useMemo(() => diagramLabels(t, path), [t, path]);
  const layouts = useMemo(() => ({ wide: layoutCopyPath(path, labels, 'wide'), narrow: layoutCopyPath(path, labels, 'narrow') }), [path, labels]);
  const sentences = useMemo(() => arrowSentences(t, path, labels), [t, path, labels]);
  const linkNames = new Map(sentences.map((s) => [s.arrow.id, s.link]));
  if (path.arrows.length === 0) return null;
  return (
    <figure className="copy-path space-y-3" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="space-y-1">
        <h2 className="text-xl font-bold">{t('diagram.title')}</h2>
      </figcaption>
      <div className="max-w-prose text-sm text-muted">
        <p>{t('diagram.intro')}</p>
        <p className="print:hidden">{t('diagram.select')}</p>
      </div>
      {walkthrough && <p className="max-w-prose rounded border-l-8 border-accent bg-surface p-3">{t('diagram.walkthrough')}</p>}
      {/* The width the picture gets picks the layout: side by side from 42rem, stacked below. */}
      <div className="@container">
        <Picture layout={layouts.wide} id={`${id}-wide`} title={t('diagram.img')} linkNames={linkNames} className="copy-path-wide hidden @min-[42rem]:block" />
        <Picture layout={layouts.narrow} id={`${id}-narrow`} title={t('diagram.img')} linkNames={linkNames} className="copy-path-narrow mx-auto max-w-[30rem] @min-[42rem]:hidden" />
      </div>
      <div className="sr-only">
        <p id={`${id}-list`}>{t('diagram.listTitle')}</p>
        <ol aria-labelledby={`${id}-list`}>
          {sentences.map((s) => (
            <li key={s.arrow.id}>{s.item}</li>
          ))}
        </ol>
      </div>
    </figure>
  );
}

const pct = (n: number) => `${(n * 100).toFixed(3)}%`;

function Picture({ layout, id, title, linkNames, className }: { layout: Layout; id: string; title: string; linkNames: Map<string, string>; className: string }) {
  const { width: W, height: H } = layout;
  // Links in reading order: top to bottom, then left to right.
  const linked = [...layout.pills].sort((a, b) => Math.round(a.y / 24) - Math.round(b.y / 24) || a.x - b.x);
  return (
    <div className={`relative ${className}`}>
      <svg role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${W} ${H}`} className="block h-auto w-full" data-layout={layout.mode}>
        <title id={`${id}-title`}>{title}</title>
        {layout.boxes.map((b) =>
          b.kind === 'band' ? (
            <g key={b.id}>
              {b.path ? (
                <path d={b.path} style={{ fill: 'var(--cd-surface)', stroke: 'var(--cd-muted)' }} strokeWidth={1.5} />
              ) : (
                <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} style={{ fill: 'var(--cd-surface)', stroke: 'var(--cd-muted)' }} strokeWidth={1.5} />
              )}
              <Lines lines={b.lines} mode={layout.mode} />
            </g>
          ) : (
            <g key={b.id}>
              <rect
                x={b.x + 0.75}
                y={b.y + 0.75}
                width={b.w - 1.5}
                height={b.h - 1.5}
                rx={b.kind === 'account' ? 10 : 6}
                style={{ fill: b.kind === 'account' ? 'none' : 'var(--cd-surface)', stroke: b.kind === 'account' ? 'var(--cd-muted)' : 'var(--cd-fg)' }}
                strokeWidth={b.kind === 'account' ? 1.5 : 1.2}
              />
              <Lines lines={b.lines} mode={layout.mode} />
            </g>
          ),
        )}
        {layout.wires.map((w) => {
          const look = LOOK[w.status];
          return (
            <g key={w.id} data-status={w.status}>
              <polyline
                points={w.points.map((p) => p.join(',')).join(' ')}
                style={{ fill: 'none', stroke: look.color }}
                strokeWidth={look.width}
                strokeDasharray={look.dash}
                strokeLinecap={w.status === 'not-applicable' ? 'round' : 'butt'}
              />
              <polygon points={w.head.map((p) => p.join(',')).join(' ')} style={{ fill: look.color }} />
            </g>
          );
        })}
        {layout.pills.map((p) => (
          <PillShape key={p.arrow.id} pill={p} mode={layout.mode} />
        ))}
      </svg>
      {linked.map((p) => {
        const step = checkStepId(p.arrow.check as CheckId);
        if (!isStepId(step)) return null;
        return (
          <Link
            key={p.arrow.id}
            to={`/step/${step}`}
            aria-label={linkNames.get(p.arrow.id)}
            className="absolute rounded-md hover:outline-2 hover:outline-accent"
            style={{ left: pct((p.x - 2) / W), top: pct((p.y - 2) / H), width: pct((p.w + 4) / W), height: pct((p.h + 4) / H) }}
          />
        );
      })}
    </div>
  );
}

function Lines({ lines, mode, color }: { lines: TextLine[]; mode: Mode; color?: string }) {
  return (
    <>
      {lines.map((l, i) => {
        const f = FONTS[mode][l.font];
        return (
          <text
            key={i}
            x={l.x}
            y={l.y}
            textAnchor={l.anchor}
            fontSize={f.size}
            fontWeight={f.bold ? 700 : 400}
            style={{ fill: color ?? 'var(--cd-fg)' }}
            className={f.mono ? 'font-mono' : undefined}
          >
            {l.text}
          </text>
        );
      })}
    </>
  );
}

function PillShape({ pill: p, mode }: { pill: Pill; mode: Mode }) {
  const status = p.arrow.status;
  const look = LOOK[status];
  const statusLines = p.lines.filter((l) => l.font === 'status');
  const checkLines = p.lines.filter((l) => l.font === 'check');
  return (
    <g data-check={p.arrow.check} data-status={status}>
      <rect x={p.x} y={p.y} width={p.w} height={p.h} rx={7} style={{ fill: 'var(--cd-bg)', stroke: look.color }} strokeWidth={status === 'fail' ? 3 : 2} />
      <StatusIcon status={status} x={p.icon.x} y={p.icon.y} r={p.icon.r} />
      <Lines lines={statusLines} mode={mode} color={look.color} />
      <Lines lines={checkLines} mode={mode} />
    </g>
  );
}

/** The status as a shape too: a tick, a cross, an exclamation mark, a question mark, a dash. */
function StatusIcon({ status, x, y, r }: { status: Status; x: number; y: number; r: number }) {
  const color = LOOK[status].color;
  const mark = { style: { stroke: 'var(--cd-bg)', fill: 'none' }, strokeWidth: 2, strokeLinecap: 'round' as const };
  const k = r * 0.45;
  switch (status) {
    case 'pass':
      return (
        <g aria-hidden="true">
          <circle cx={x} cy={y} r={r} style={{ fill: color }} />
          <path d={`M${x - k} ${y + 0.2} L${x - k * 0.2} ${y + k * 0.8} L${x + k} ${y - k * 0.7}`} {...mark} />
        </g>
      );
    case 'fail':
      return (
        <g aria-hidden="true">
          <circle cx={x} cy={y} r={r} style={{ fill: color }} />
          <path d={`M${x - k} ${y - k} L${x + k} ${y + k} M${x + k} ${y - k} L${x - k} ${y + k}`} {...mark} />
        </g>
      );
    case 'warn':
      return (
        <g aria-hidden="true">
          <circle cx={x} cy={y} r={r} style={{ fill: color }} />
          <path d={`M${x} ${y - k * 1.2} L${x} ${y + k * 0.3} M${x} ${y + k * 1.15} L${x} ${y + k * 1.2}`} {...mark} />
        </g>
      );
    case 'unknown':
      return (
        <g aria-hidden="true">
          <circle cx={x} cy={y} r={r - 0.8} style={{ fill: 'var(--cd-bg)', stroke: color }} strokeWidth={1.6} />
          <text x={x} y={y + r * 0.5} textAnchor="middle" fontSize={r * 1.45} fontWeight={700} style={{ fill: color }}>
            ?
          </text>
        </g>
      );
    default:
      return (
        <g aria-hidden="true">
          <circle cx={x} cy={y} r={r - 0.8} style={{ fill: 'var(--cd-bg)', stroke: color }} strokeWidth={1.6} />
          <path d={`M${x - k} ${y} L${x + k} ${y}`} style={{ stroke: color }} strokeWidth={2} strokeLinecap="round" />
        </g>
      );
  }
}
