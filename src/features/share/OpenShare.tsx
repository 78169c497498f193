// The page a share link opens (`#/share/<data>?at=<step>`): reads the link as untrusted input and, whenever it
// would change anything, shows what it brings and asks first, an empty session included (a page framed on another
// site may start with no storage at all: a link must never apply itself there unseen). On any problem it says
// what is wrong and changes nothing.
import './catalog';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../lib/i18n';
import { store, useAppState } from '../../lib/store';
import { downloadText } from '../../components/CopyButton';
import { decodeShare, isSessionEmpty, sameSession, sessionFileText, type ShareRead } from '../../engine/share/share';
import { isStepId } from '../../wizard/tree';
import { SessionPreview } from './SessionPreview';
import { sessionFileName } from './link';
import { problemText } from './words';

export default function OpenShare({ data, at }: { data: string; at: string | null }) {
  const t = useT();
  const navigate = useNavigate();
  const { session } = useAppState();
  const h1 = useRef<HTMLHeadingElement>(null);
  const [read, setRead] = useState<ShareRead>();
  const target = `/step/${isStepId(at ?? undefined) ? at : 'results'}`;
  // Decided once, when the link is opened: the question must not change under the user's hand.
  const [wasEmpty] = useState(() => isSessionEmpty(session));

  useEffect(() => h1.current?.focus(), []);

  useEffect(() => {
    let live = true;
    decodeShare(data).then((r) => {
      if (!live) return;
      // The very session already here: opening it changes nothing, so there is nothing to ask.
      if (r.ok && sameSession(r.session, store.get().session)) navigate(target, { replace: true });
      else setRead(r);
    });
    return () => {
      live = false;
    };
  }, [data, navigate, target]);

  return (
    <section aria-labelledby="open-share-title">
      <h1 id="open-share-title" ref={h1} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
        {t('share.open.title')}
      </h1>
      <div className="mt-6 space-y-4">
        {!read && <p role="status">{t('share.open.reading')}</p>}
        {read && !read.ok && (
          <div role="alert" className="space-y-2 rounded border-2 border-fail p-4">
            <p className="font-semibold text-fail">{t('share.open.failed', { reason: problemText(t, read) })}</p>
            <p>{t('share.open.unchanged')}</p>
          </div>
        )}
        {read?.ok && (
          <div className="space-y-4">
            <h2 className="text-lg font-bold">{t('share.open.brings')}</h2>
            <SessionPreview session={read.session} label={t('share.open.brings')} />
            <p className="max-w-prose rounded border-2 border-warn p-3">{t(wasEmpty ? 'share.open.confirmEmpty' : 'share.open.confirm')}</p>
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                className="rounded bg-accent px-4 py-2 font-semibold text-accent-fg"
                onClick={() => {
                  store.replace(read.session);
                  navigate(target, { replace: true });
                }}
              >
                {t('share.open.replace')}
              </button>
              {!wasEmpty && (
                <button
                  type="button"
                  className="rounded border border-accent px-4 py-2 font-semibold text-accent"
                  onClick={() => downloadText(sessionFileName(), sessionFileText(session))}
                >
                  {t('share.open.downloadMine')}
                </button>
              )}
              <button type="button" className="rounded border border-line px-4 py-2" onClick={() => navigate('/step/start', { replace: true })}>
                {t(wasEmpty ? 'share.open.cancel' : 'share.keep')}
              </button>
            </div>
          </div>
        )}
        {read && !read.ok && (
          <p>
            <Link to="/step/start" replace className="text-accent underline">
              {t('share.open.back')}
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}
