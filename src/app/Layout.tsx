import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LANGS, LANGUAGES, type Lang } from '../i18n';
import { useT } from '../lib/i18n';
import { store, THEMES, useAppState, type Theme } from '../lib/store';

// Both load on demand: the start page carries only the button that opens the panel.
const SharePanel = lazy(() => import('../features/share/SharePanel'));
const OpenShare = lazy(() => import('../features/share/OpenShare'));
// Rare (a refused saved session, another tab's change, full storage): loaded only when one is there.
const StorageNotices = lazy(() => import('../features/share/StorageNotices'));

/** `?embed=1` before the hash: no page chrome, and the page reports its height to the parent frame. */
export const EMBED = typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('embed') === '1';

/** Tell the parent frame the content height whenever it changes, so the iframe grows and shrinks with it. */
function useReportHeight(root: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = root.current;
    if (!EMBED || !el || window.parent === window) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: 'copy-doctor:height', height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(el);
    report();
    return () => observer.disconnect();
  }, [root]);
}

export function Layout() {
  const t = useT();
  const { lang, notice, otherTab, saveProblem, saveProblemDismissed, refused } = useAppState();
  const storageNotice = typeof notice === 'object' || otherTab || (saveProblem !== undefined && !saveProblemDismissed) || refused !== undefined;
  const root = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const shareData = location.pathname.startsWith('/share/') ? location.pathname.slice('/share/'.length) : undefined;
  useReportHeight(root);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  const tools = (
    <div className="flex flex-wrap items-center gap-3">
      <LanguageSwitch lang={lang} />
      <ThemeSwitch />
      <SaveShare />
      <StartOver />
    </div>
  );

  return (
    <div ref={root} className={EMBED ? 'bg-bg text-fg' : 'min-h-screen bg-bg text-fg'}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-bg focus:p-2">
        {t('app.skip')}
      </a>
      {!EMBED && (
        <header className="border-b border-line">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <Link to="/step/start" className="text-lg font-bold text-fg no-underline">
                {t('app.name')}
              </Link>
              <p className="text-sm text-muted">{t('app.tagline')}</p>
            </div>
            {tools}
          </div>
        </header>
      )}
      {/* Embedded, the host page has its own main landmark: this one is named so the two stay distinct. */}
      <main id="main" aria-label={EMBED ? t('app.name') : undefined} className={EMBED ? 'mx-auto max-w-4xl px-4 py-4' : 'mx-auto max-w-4xl px-4 py-6'}>
        {/* Embedded: no title, tagline or footer (the host page has its own); the tools stay, in one quiet row. */}
        {EMBED && <div className="mb-4 flex justify-end">{tools}</div>}
        {notice === 'restore-failed' && (
          <div role="alert" className="mb-4 rounded border border-warn bg-surface p-3">
            <p>{t('app.restoreFailed')}</p>
            <button type="button" className="mt-2 underline" onClick={() => store.dismissNotice()}>
              {t('app.dismiss')}
            </button>
          </div>
        )}
        {storageNotice && (
          <Suspense fallback={null}>
            <StorageNotices />
          </Suspense>
        )}
        {shareData !== undefined ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <OpenShare key={shareData} data={shareData} at={new URLSearchParams(location.search).get('at')} />
          </Suspense>
        ) : (
          <Outlet />
        )}
      </main>
      {!EMBED && (
        <footer className="mx-auto max-w-4xl border-t border-line px-4 py-4 text-sm text-muted">
          <p>{t('app.privacy')}</p>
        </footer>
      )}
    </div>
  );
}

function ThemeSwitch() {
  const t = useT();
  const { theme } = useAppState();
  return (
    <label className="flex items-center gap-2 text-sm">
      {t('app.theme')}
      <select className="rounded border border-line bg-bg px-2 py-1" value={theme} onChange={(e) => store.setTheme(e.target.value as Theme)}>
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t(`theme.${th}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Opens the save-or-share dialog; focus comes back to this button when it closes. */
function SaveShare() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        className="rounded border border-accent px-3 py-1 text-sm font-semibold text-accent"
        onClick={() => setOpen(true)}
      >
        {t('app.saveShare')}
      </button>
      {open && (
        <Suspense fallback={<span role="status">{t('app.loading')}</span>}>
          <SharePanel
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}

function LanguageSwitch({ lang }: { lang: Lang }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  // The page changes language once the new words are in; if they cannot be fetched, it stays and says so.
  const choose = (next: Lang) => store.setLang(next).then(() => setFailed(false), () => setFailed(true));
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-2">
        {t('app.language')}
        <select
          className="rounded border border-line bg-bg px-2 py-1"
          value={lang}
          onChange={(e) => void choose(e.target.value as Lang)}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGES[l].name}
            </option>
          ))}
        </select>
      </label>
      {failed && (
        <span role="alert" className="font-semibold text-fail">
          {t('app.languageFailed')}
        </span>
      )}
    </div>
  );
}

function StartOver() {
  const t = useT();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  if (!asking)
    return (
      <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => setAsking(true)}>
        {t('app.startOver')}
      </button>
    );
  return (
    <div role="group" aria-label={t('app.startOver')} className="flex flex-wrap items-center gap-2 rounded border border-fail p-2 text-sm">
      <span>{t('app.startOverConfirm')}</span>
      <button
        ref={confirmRef}
        type="button"
        className="rounded bg-fail px-3 py-1 text-on-status"
        onClick={() => {
          store.reset();
          setAsking(false);
          navigate('/step/start');
        }}
      >
        {t('app.startOverYes')}
      </button>
      <button type="button" className="rounded border border-line px-3 py-1" onClick={() => setAsking(false)}>
        {t('app.cancel')}
      </button>
    </div>
  );
}
