// One paste box that takes anything: paste or drop outputs, policies, messages, a session or a bundle; it says what
// it found and where each goes, asks when it cannot tell, warns before filing a wrong-account paste, and files the
// rest into the session. What is what is decided by the engine (src/engine/inputs/recognize.ts); this only shows it.
import { lazy, Suspense, useState, type ChangeEvent, type DragEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../lib/i18n';
import { MAX_PASTE_CHARS, useAnyPaste } from './useAnyPaste';
import type { FoundBox } from './AnyPasteFound';

// What was found, the choices and the Add button arrive with the recognizer: the start page carries only the box.
const AnyPasteFound = lazy(() => import('./AnyPasteFound'));
const BundleReport = lazy(() => import('./AnyPasteFound').then((m) => ({ default: m.BundleReport })));

/** `open`: a section of its own (the start page). Otherwise a disclosure that takes one line until opened. */
export function AnyPasteBox({ open = false, resultsLink = false }: { open?: boolean; resultsLink?: boolean }) {
  const t = useT();
  // Open, the box has its own h2 and what it found is an h3; folded, there is no heading above it.
  const body = <Body resultsLink={resultsLink} headingLevel={open ? 3 : 2} />;
  if (open) {
    return (
      <section aria-labelledby="any-paste-title" className="space-y-3 rounded border-2 border-line p-4">
        <h2 id="any-paste-title" className="text-xl font-bold">
          {t('anyPaste.title')}
        </h2>
        {body}
      </section>
    );
  }
  return (
    <details className="mt-4 rounded border border-line p-3">
      <summary className="cursor-pointer font-semibold">{t('anyPaste.summary')}</summary>
      <div className="mt-3 space-y-3">{body}</div>
    </details>
  );
}

function Body({ resultsLink, headingLevel }: { resultsLink: boolean; headingLevel: 2 | 3 }) {
  const t = useT();
  const box = useAnyPaste();
  const [fileProblem, setFileProblem] = useState<string>();
  const [announce, setAnnounce] = useState('');

  async function readFiles(files: FileList | null) {
    setFileProblem(undefined);
    if (!files?.length) return;
    const texts: string[] = [];
    let size = box.text.length;
    for (const f of Array.from(files)) {
      size += f.size;
      if (size > MAX_PASTE_CHARS) {
        setFileProblem(t('anyPaste.tooLarge'));
        return;
      }
      try {
        texts.push(await f.text());
      } catch {
        setFileProblem(t('anyPaste.fileFailed', { name: f.name }));
      }
    }
    box.setText([box.text.trim(), ...texts.map((x) => x.trim())].filter(Boolean).join('\n\n'));
  }

  function onDrop(e: DragEvent<HTMLTextAreaElement>) {
    if (e.dataTransfer.files.length === 0) return; // dropped text goes in as typed
    e.preventDefault();
    void readFiles(e.dataTransfer.files);
  }

  return (
    <>
      <p id="any-paste-hint" className="max-w-prose text-sm text-muted">
        {t('anyPaste.hint')}
      </p>
      <div>
        <label htmlFor="any-paste" className="block font-semibold">
          {t('anyPaste.label')}
        </label>
        <textarea
          id="any-paste"
          rows={8}
          value={box.text}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby="any-paste-hint"
          onChange={(e) => box.setText(e.target.value)}
          onDrop={onDrop}
          onDragOver={(e) => {
            if (e.dataTransfer.types.includes('Files')) e.preventDefault();
          }}
          className="mt-1 w-full whitespace-pre rounded border-2 border-line bg-bg px-3 py-2 font-mono text-sm text-fg"
          wrap="off"
        />
      </div>
      <div>
        <label htmlFor="any-paste-files" className="block text-sm">
          {t('anyPaste.files')}
        </label>
        <input
          id="any-paste-files"
          type="file"
          multiple
          accept=".json,.txt,.log,application/json,text/plain"
          className="mt-1 block max-w-full text-sm file:mr-3 file:rounded file:border file:border-line file:bg-surface file:px-3 file:py-1 file:text-fg"
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            void readFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {(box.tooLarge || fileProblem) && (
        <p role="alert" className="font-semibold text-fail">
          {fileProblem ?? t('anyPaste.tooLarge')}
        </p>
      )}
      {box.reading && <p className="text-sm text-muted">{t('anyPaste.loading')}</p>}

      {box.result && box.engine && !box.reading && (
        <Suspense fallback={<p className="text-sm text-muted">{t('anyPaste.loading')}</p>}>
          <AnyPasteFound box={box as FoundBox} onAnnounce={setAnnounce} headingLevel={headingLevel} />
        </Suspense>
      )}

      <div role="status" className="space-y-1">
        {announce && <p className="font-semibold">{announce}</p>}
        {announce && resultsLink && box.outcome && (box.outcome.added.length > 0 || Boolean(box.outcome.bundles?.merged.length)) && (
          <Link to="/step/results" className="inline-block text-accent underline">
            {t('anyPaste.results')}
          </Link>
        )}
      </div>
      {announce && box.outcome?.bundles && box.engine && (
        <Suspense fallback={null}>
          <BundleReport outcome={box.outcome} engine={box.engine} />
        </Suspense>
      )}
    </>
  );
}

