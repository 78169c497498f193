import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import type { Lang } from '../engine/types';
import { LANGS } from '../i18n';
import { useT } from './i18n';
import { store, useAppState } from './store';

export function Layout() {
  const t = useT();
  const { lang, notice } = useAppState();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  return (
    <div className="min-h-screen bg-bg text-fg">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-bg focus:p-2">
        {t('app.skip')}
      </a>
      <header className="border-b border-line">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link to="/step/start" className="text-lg font-bold text-fg no-underline">
              {t('app.name')}
            </Link>
            <p className="text-sm text-muted">{t('app.tagline')}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitch lang={lang} />
            <StartOver />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        {notice === 'restore-failed' && (
          <div role="alert" className="mb-4 rounded border border-warn bg-surface p-3">
            <p>{t('app.restoreFailed')}</p>
            <button type="button" className="mt-2 underline" onClick={() => store.dismissNotice()}>
              {t('app.dismiss')}
            </button>
          </div>
        )}
        <Outlet />
      </main>
      <footer className="mx-auto max-w-4xl border-t border-line px-4 py-4 text-sm text-muted">
        <p>{t('app.privacy')}</p>
      </footer>
    </div>
  );
}

function LanguageSwitch({ lang }: { lang: Lang }) {
  const t = useT();
  return (
    <label className="flex items-center gap-2 text-sm">
      {t('app.language')}
      <select
        className="rounded border border-line bg-bg px-2 py-1"
        value={lang}
        onChange={(e) => store.setLang(e.target.value as Lang)}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
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
        className="rounded bg-fail px-3 py-1 text-white"
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
