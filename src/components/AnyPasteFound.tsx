// What the paste box found, the choices it asks for, and the Add button. Loaded with the recognizer.
import { useState, type ReactNode } from 'react';
import type { Decision, Recognized, RecognizeContext, RecognizeResult, RecognizeWarning } from '../engine/inputs/recognize';
import type { PasteKey, Session } from '../engine/types';
import { useT, type Translate } from '../lib/i18n';
import type { Outcome, useAnyPaste } from './useAnyPaste';
import * as sizeWords from '../engine/limits';

type Box = ReturnType<typeof useAnyPaste>;
type Engine = NonNullable<Box['engine']>;
/** The box once the recognizer has read the text. */
export type FoundBox = Box & { engine: Engine; result: RecognizeResult };

export default function AnyPasteFound({ box, onAnnounce, headingLevel }: { box: FoundBox; onAnnounce: (text: string) => void; headingLevel: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  function onAdd() {
    const o = box.add();
    if (o) onAnnounce(outcomeText(t, o));
  }
  const addable = box.items.filter((i) => i.kind === 'paste' || i.kind === 'bundle');
  return (
    <div className="space-y-3">
      <Heading className="font-bold">{t('anyPaste.found')}</Heading>
      {box.items.length === 0 ? (
        <p>{t('anyPaste.nothing')}</p>
      ) : (
        <ol className="space-y-3">
          {box.items.map((item, i) => (
            <Item
              key={`${i}-${item.start}`}
              index={i}
              item={item}
              decision={box.decisions[i]}
              onDecide={(d) => box.decide(i, d)}
              context={box.result.context}
              engine={box.engine}
              session={box.session}
              onOpenSession={(s) => {
                box.openSession(s);
                onAnnounce(t('anyPaste.sessionOpened'));
              }}
            />
          ))}
        </ol>
      )}
      {addable.length > 0 && (
        <button type="button" className="rounded bg-accent px-4 py-2 font-semibold text-accent-fg" onClick={onAdd}>
          {t('anyPaste.add')}
        </button>
      )}
    </div>
  );
}

/** What was added, in words: "Added: copy job output (source account 210987654321), source key policy." */
function outcomeText(t: Translate, o: Outcome): string {
  const parts: string[] = [];
  if (o.tooLarge) {
    const { formatBytes } = sizeWords;
    return t('gather.ui.sessionTooLarge', { size: formatBytes(o.tooLarge.size), max: formatBytes(o.tooLarge.max) });
  }
  if (o.added.length) {
    const list = o.added.map((a) => {
      const label = itemLabel(t, a.item, a.key);
      return a.replaced ? t('anyPaste.addedReplaced', { input: label }) : label;
    });
    parts.push(t('anyPaste.added', { list: list.join(', ') }));
  } else if (!o.bundles?.merged.length) parts.push(t('anyPaste.nothingAdded'));
  if (o.waiting === 1) parts.push(t('anyPaste.waiting.one'));
  else if (o.waiting > 1) parts.push(t('anyPaste.waiting.other', { count: o.waiting }));
  const b = o.bundles;
  if (b) {
    if (b.merged.length) {
      parts.push(t('gather.ui.read', { roles: b.merged.map((r) => t(`account.${r}`)).join(', ') }));
      parts.push(b.filed.length ? t('gather.ui.filled', { list: b.filed.map((k) => where(t, k)).join(', ') }) : t('gather.ui.nothingFilled'));
    } else parts.push(t('gather.ui.noneUsed'));
  }
  return parts.join(' ');
}

/** What the bundles left to read: the ones that could not be read, and the merge's notes. Shown after Add. */
export function BundleReport({ outcome, engine }: { outcome: Outcome; engine: Engine }) {
  const t = useT();
  const b = outcome.bundles;
  if (!b || (b.refused.length === 0 && b.notes.length === 0)) return null;
  return (
    <div className="space-y-2">
      {b.refused.map((r, i) => (
        <p key={`r-${i}`} className="border-l-4 border-fail pl-2 font-semibold">
          {t('gather.ui.refused', { reason: engine.renderBundleError(r, t) })}
        </p>
      ))}
      {b.notes.length > 0 && (
        <>
          <p className="font-semibold">{t('gather.ui.notes')}</p>
          <p className="max-w-prose text-sm text-muted">{t('gather.ui.notesHint')}</p>
          <ul className="space-y-1">
            {b.notes.map((n, i) => (
              <li key={`n-${i}`} className={`break-words border-l-4 pl-2 ${n.severity === 'error' ? 'border-fail' : n.severity === 'suggestion' ? 'border-line' : 'border-warn'}`}>
                <span className="mr-2 font-bold">{t(`severity.${n.severity}`)}</span>
                {engine.renderNote(n, t)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

const where = (t: Translate, key: PasteKey) => t(`paste.${key}.short`);

function roleWords(t: Translate, role: string | undefined): string {
  return role === 'source' || role === 'destination' || role === 'management' ? t(`account.${role}`) : t('anyPaste.role.other');
}

function accountWords(t: Translate, item: Recognized): string | undefined {
  const a = item.account;
  if (!a) return undefined;
  return a.role ? t('anyPaste.account', { role: roleWords(t, a.role), id: a.id }) : t('anyPaste.accountOnly', { id: a.id });
}

/** "copy job output (source account 210987654321)". */
function itemLabel(t: Translate, item: Recognized, key: PasteKey | undefined): string {
  const name = key ? where(t, key) : t(`recognize.format.${item.format}`);
  const account = accountWords(t, item);
  return account ? t('anyPaste.withAccount', { name, account }) : name;
}

function warningText(t: Translate, w: RecognizeWarning): string {
  const p = { ...w.params };
  if (typeof p.input === 'string') p.input = p.input === 'bundle' ? t('recognize.input.bundle') : where(t, p.input as PasteKey);
  for (const k of ['expectedRole', 'foundRole'] as const) if (typeof p[k] === 'string') p[k] = roleWords(t, p[k] as string);
  if (typeof p.fact === 'string') p.fact = t(`fact.${p.fact}`);
  return t(`recognize.warning.${w.code}`, p);
}

function Item(props: {
  index: number;
  item: Recognized;
  decision: Decision | undefined;
  onDecide: (d: Decision) => void;
  context: RecognizeContext;
  engine: Engine;
  session: Session;
  onOpenSession: (s: Session) => void;
}) {
  const { index, item, decision, onDecide, context, engine } = props;
  const t = useT();
  const held = item.warnings.some((w) => w.level === 'hold');
  const chosen = decision?.target;
  const target = chosen && chosen !== 'skip' ? chosen : undefined;
  const warnings = target && target !== item.target ? engine.filingWarnings(item, target, context) : chosen === 'skip' ? [] : item.warnings;
  const suggested = item.warnings.find((w) => w.suggested)?.suggested;
  const choices = suggested && !item.choices.includes(suggested) ? [suggested, ...item.choices] : item.choices;
  const needsChoice = item.kind === 'paste' && (item.ask === 'side' || held);
  const showWhere = item.kind === 'paste' && (needsChoice || (item.choices.length > 1 && item.confidence !== 'high'));
  const confidence = item.kind === 'paste' && item.confidence !== 'high' && !needsChoice ? t(`anyPaste.confidence.${item.confidence}`) : undefined;

  let detail: ReactNode = null;
  if (item.kind === 'unknown') {
    detail = <p>{t('anyPaste.notAdded', { reason: t(`recognize.reason.${item.reason ?? 'NOT_RECOGNISED'}`, item.reasonParams) })}</p>;
  } else if (item.kind === 'identity') {
    detail = <p className="text-sm text-muted">{t('anyPaste.identity')}</p>;
  } else if (item.kind === 'bundle') {
    const b = item.bundle;
    const read = engine.parseBundleText(item.text);
    detail = (
      <>
        <p>{b?.accountId && b.role ? t('anyPaste.bundle', { role: roleWords(t, b.role), id: b.accountId }) : t('anyPaste.bundleNoAccount')}</p>
        {!read.ok && (
          <p className="mt-1 border-l-4 border-fail pl-2 font-semibold">
            {t('gather.ui.refusedTitle')}: {engine.renderBundleError(read, t)}
          </p>
        )}
      </>
    );
  } else if (item.kind === 'session') {
    detail = item.session ? <OpenSession session={item.session} current={props.session} engine={engine} onOpen={props.onOpenSession} /> : null;
  } else if (item.reason) {
    detail = <p className="text-sm">{t(`recognize.reason.${item.reason}`, item.reasonParams)}</p>;
  }

  const heading =
    item.kind === 'paste' && !needsChoice && item.target
      ? `${itemLabel(t, item, target ?? item.target)} · ${t(`recognize.format.${item.format}`)}`
      : item.kind === 'bundle'
        ? t('recognize.format.bundle') // its account is in the line below
        : itemLabel(t, item, undefined);

  return (
    <li className="rounded border border-line p-3">
      <p>
        <span className="font-semibold">{heading}</span>
        {confidence && <span className="text-muted"> ({confidence})</span>}
      </p>
      {detail}
      {warnings.map((w) => (
        <p key={w.code} className={`mt-1 border-l-4 pl-2 ${w.level === 'hold' ? 'border-warn font-semibold' : 'border-line'}`}>
          {warningText(t, w)}
        </p>
      ))}
      {showWhere && (
        <div className="mt-2">
          <label htmlFor={`any-paste-where-${index}`} className="block text-sm font-semibold">
            {t('anyPaste.where')}
          </label>
          <select
            id={`any-paste-where-${index}`}
            className="mt-1 max-w-full rounded border-2 border-line bg-bg px-2 py-1"
            value={chosen ?? (needsChoice ? '' : (item.target ?? ''))}
            onChange={(e) => onDecide({ target: (e.target.value || undefined) as PasteKey | 'skip' | undefined })}
          >
            {needsChoice && <option value="">{t('anyPaste.choose')}</option>}
            {choices.map((c) => (
              <option key={c} value={c}>
                {c === suggested ? t('anyPaste.suggested', { input: where(t, c) }) : held && c === item.target ? t('anyPaste.anyway', { input: where(t, c) }) : where(t, c)}
              </option>
            ))}
            <option value="skip">{t('anyPaste.skip')}</option>
          </select>
        </div>
      )}
      {item.copyJobs && item.copyJobs.length > 1 && (
        <div className="mt-2">
          <label htmlFor={`any-paste-job-${index}`} className="block text-sm font-semibold">
            {t('anyPaste.whichJob')}
          </label>
          <select
            id={`any-paste-job-${index}`}
            className="mt-1 max-w-full rounded border-2 border-line bg-bg px-2 py-1"
            value={decision?.copyJob ?? item.copyJob}
            onChange={(e) => onDecide({ copyJob: Number(e.target.value) })}
          >
            {item.copyJobs.map((j) => {
              const id = j.copyJobId ?? `#${j.index + 1}`;
              const date = j.creationDate ?? '';
              const message = j.statusMessage && j.statusMessage.length > 80 ? `${j.statusMessage.slice(0, 79)}…` : j.statusMessage;
              return (
                <option key={j.index} value={j.index}>
                  {message ? t('anyPaste.job', { id, date, message }) : t('anyPaste.jobNoMessage', { id, date })}
                </option>
              );
            })}
          </select>
        </div>
      )}
    </li>
  );
}

function OpenSession({ session, current, engine, onOpen }: { session: Session; current: Session; engine: Engine; onOpen: (s: Session) => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="mt-1 space-y-2">
      <p>{t('anyPaste.session')}</p>
      {confirming ? (
        <div role="group" aria-label={t('anyPaste.openSession')} className="space-y-2 rounded border-2 border-warn p-3">
          <p>{t('anyPaste.openSessionConfirm')}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="rounded bg-accent px-3 py-1 font-semibold text-accent-fg" onClick={() => onOpen(session)}>
              {t('anyPaste.openSessionYes')}
            </button>
            <button type="button" className="rounded border border-line px-3 py-1" onClick={() => setConfirming(false)}>
              {t('app.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="rounded border border-line px-3 py-1" onClick={() => (engine.isSessionEmpty(current) ? onOpen(session) : setConfirming(true))}>
          {t('anyPaste.openSession')}
        </button>
      )}
    </div>
  );
}
