// "Save or share": a modal dialog opened from the header on every step. Loaded on demand with its own words.
import './catalog';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../lib/i18n';
import { store, useAppState } from '../../lib/store';
import { copyText, downloadText } from '../../components/CopyButton';
import { SHARE_LONG_CHARS, encodeShare, fileSizeProblem, isSessionEmpty, readSessionFile, redactAccountIds, sessionFileText, type ShareRead } from '../../engine/share/share';
import type { Session } from '../../engine/types';
import { problemText } from './words';
import { SessionPreview } from './SessionPreview';
import { sessionFileName, shareUrl, stepFromPath } from './link';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

export default function SharePanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // No close in a cleanup: React's development double-run would close the dialog it just opened. Unmounting
  // removes the element, which takes it out of the top layer.
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  return (
    // A native modal dialog: focus moves in and stays in, Escape closes it, and the opener gets focus back.
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[90vh] w-[min(42rem,calc(100vw-1rem))] overflow-y-auto rounded border border-line bg-bg p-0 text-fg backdrop:bg-black/60"
    >
      <div className="space-y-6 p-4 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-xl font-bold">
            {t('share.title')}
          </h2>
          <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => dialog.current?.close()}>
            {t('share.close')}
          </button>
        </div>
        <ShareLink />
        <SaveFile />
        <OpenFile onOpened={() => dialog.current?.close()} />
      </div>
    </dialog>
  );
}

function ShareLink() {
  const t = useT();
  const { session } = useAppState();
  const location = useLocation();
  const [includePastes, setIncludePastes] = useState(false);
  const [redact, setRedact] = useState(false);
  const [link, setLink] = useState('');
  const [status, setStatus] = useState<Status>();
  const [notes, setNotes] = useState<string[]>([]);
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      const data = await encodeShare(session, { includePastes, redactAccounts: redact });
      const url = shareUrl(data, stepFromPath(location.pathname));
      setLink(url);
      const more: string[] = [];
      if (redact) more.push(t('share.link.replaced', { count: redactAccountIds({ ...session, pastes: includePastes ? session.pastes : {} }).replaced.length }));
      if (url.length > SHARE_LONG_CHARS) more.push(t('share.link.long', { count: url.length }));
      setNotes(more);
      // The shared helper's own fallback copies from outside this modal dialog, where the page is inert (it may
      // report success and copy nothing): without the clipboard API, copy from the link's field instead.
      const api = window.isSecureContext && !!navigator.clipboard;
      if ((api && (await copyText(url))) || (await copyFromField())) setStatus({ kind: 'ok', text: t('share.link.copied') });
      else {
        setStatus({ kind: 'error', text: t('share.link.copyFailed') });
        field.current?.focus();
        field.current?.select();
      }
    } catch (e) {
      setStatus({ kind: 'error', text: t('share.link.failed', { error: (e as Error).message }) });
    }
  }

  // Without the clipboard API (plain-HTTP hosts) the shared fallback works outside this modal dialog, where
  // everything is inert; copy from the link's own field instead.
  async function copyFromField(): Promise<boolean> {
    await new Promise((r) => requestAnimationFrame(r));
    const el = field.current;
    if (!el) return false;
    el.focus();
    el.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }

  const changed = (set: (v: boolean) => void) => (e: ChangeEvent<HTMLInputElement>) => {
    set(e.target.checked);
    setLink('');
    setStatus(undefined);
    setNotes([]);
  };

  return (
    <section aria-labelledby="share-link-heading" className="space-y-3">
      <h3 id="share-link-heading" className="text-lg font-bold">
        {t('share.link.heading')}
      </h3>
      <p className="max-w-prose">{t('share.link.intro')}</p>
      <Check id="share-pastes" checked={includePastes} onChange={changed(setIncludePastes)} label={t('share.link.includePastes')} hint={t('share.link.includePastes.hint')} />
      <Check id="share-redact" checked={redact} onChange={changed(setRedact)} label={t('share.link.redact')} hint={t('share.link.redact.hint')} />
      <button type="button" className="rounded bg-accent px-4 py-2 font-semibold text-accent-fg" onClick={copy}>
        {t('share.link.copy')}
      </button>
      <p role="status" className={status?.kind === 'error' ? 'font-semibold text-fail' : 'text-pass'}>
        {status?.text}
      </p>
      {notes.map((n) => (
        <p key={n} className="max-w-prose text-sm">
          {n}
        </p>
      ))}
      {link && (
        <div>
          <label htmlFor="share-link" className="block font-semibold">
            {t('share.link.field')}
          </label>
          <input
            ref={field}
            id="share-link"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            className="mt-1 w-full rounded border-2 border-line bg-bg px-2 py-1 font-mono text-sm"
          />
        </div>
      )}
    </section>
  );
}

function Check(props: { id: string; checked: boolean; onChange: (e: ChangeEvent<HTMLInputElement>) => void; label: string; hint: string }) {
  return (
    <div className="flex gap-3">
      <input
        id={props.id}
        type="checkbox"
        className="mt-1 h-5 w-5 shrink-0 accent-accent"
        checked={props.checked}
        onChange={props.onChange}
        aria-describedby={`${props.id}-hint`}
      />
      <div>
        <label htmlFor={props.id} className="font-semibold">
          {props.label}
        </label>
        <p id={`${props.id}-hint`} className="max-w-prose text-sm text-muted">
          {props.hint}
        </p>
      </div>
    </div>
  );
}

function SaveFile() {
  const t = useT();
  const { session } = useAppState();
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="share-file-heading" className="space-y-3 border-t border-line pt-4">
      <h3 id="share-file-heading" className="text-lg font-bold">
        {t('share.file.heading')}
      </h3>
      <p className="max-w-prose">{t('share.file.intro')}</p>
      <button
        type="button"
        className="rounded border border-accent px-4 py-2 font-semibold text-accent"
        onClick={() => {
          downloadText(sessionFileName(), sessionFileText(session));
          setDone(true);
        }}
      >
        {t('share.file.download')}
      </button>
      <p role="status" className="text-pass">
        {done ? t('share.file.downloaded') : ''}
      </p>
    </section>
  );
}

function OpenFile({ onOpened }: { onOpened: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { session } = useAppState();
  const [pending, setPending] = useState<{ name: string; session: Session }>();
  const [status, setStatus] = useState<Status>();
  const confirm = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (pending) confirm.current?.focus();
  }, [pending]);

  function open(s: Session, name: string) {
    store.replace(s);
    setPending(undefined);
    setStatus({ kind: 'ok', text: t('share.import.done', { name }) });
    onOpened();
    navigate('/step/results');
  }

  async function picked(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setPending(undefined);
    setStatus(undefined);
    if (!file) return;
    let read: ShareRead;
    try {
      // An oversize file is refused from its size alone, before a byte of it is read.
      read = readSessionFile(fileSizeProblem(file.size) ? '' : await file.text(), file.size);
    } catch (err) {
      read = { ok: false, problem: 'not-text', detail: (err as Error).message };
    }
    if (!read.ok) {
      setStatus({ kind: 'error', text: t('share.import.failed', { name: file.name, reason: problemText(t, read) }) });
      if (input.current) input.current.value = '';
      return;
    }
    // Always asked, an empty session included: the file is shown before it is opened.
    setPending({ name: file.name, session: read.session });
  }

  return (
    <section aria-labelledby="share-open-heading" className="space-y-3 border-t border-line pt-4">
      <h3 id="share-open-heading" className="text-lg font-bold">
        {t('share.import.heading')}
      </h3>
      <div>
        <label htmlFor="share-import" className="block font-semibold">
          {t('share.import.label')}
        </label>
        <p id="share-import-hint" className="max-w-prose text-sm text-muted">
          {t('share.import.hint')}
        </p>
        <input
          ref={input}
          id="share-import"
          type="file"
          accept=".json,application/json"
          aria-describedby="share-import-hint"
          className="mt-2 block max-w-full text-sm file:mr-3 file:rounded file:border file:border-line file:bg-surface file:px-3 file:py-1 file:text-fg"
          onChange={picked}
        />
      </div>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'max-w-prose font-semibold text-fail' : 'text-pass'}>
          {status.text}
        </p>
      )}
      {pending && (
        <div role="group" aria-label={t('share.import.heading')} className="space-y-2 rounded border-2 border-warn p-3">
          <p>{t('share.import.brings', { name: pending.name })}</p>
          <SessionPreview session={pending.session} label={t('share.import.brings', { name: pending.name })} />
          <p>{t(isSessionEmpty(session) ? 'share.import.confirmEmpty' : 'share.import.confirm', { name: pending.name })}</p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirm} type="button" className="rounded bg-accent px-3 py-1 font-semibold text-accent-fg" onClick={() => open(pending.session, pending.name)}>
              {t(isSessionEmpty(session) ? 'share.import.open' : 'share.replace')}
            </button>
            <button
              type="button"
              className="rounded border border-line px-3 py-1"
              onClick={() => {
                setPending(undefined);
                setStatus({ kind: 'ok', text: t(isSessionEmpty(session) ? 'share.import.cancelled' : 'share.kept') });
                if (input.current) input.current.value = '';
                input.current?.focus();
              }}
            >
              {t(isSessionEmpty(session) ? 'share.open.cancel' : 'share.keep')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
