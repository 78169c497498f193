// Notices about saving, loaded only when there is one: a saved session refused for its size, another tab that
// saved a different session, storage that is full, a change refused for the session's size. Each says what
// happened and offers the way to keep the work.
import './catalog';
import { useT } from '../../lib/i18n';
import { store, useAppState } from '../../lib/store';
import { downloadText } from '../../components/CopyButton';
import { sessionFileText } from '../../engine/share/share';
import { sessionFileName } from './link';
import { sizeText } from './words';

const box = 'mb-4 space-y-2 rounded border-2 bg-surface p-3 shadow';
const button = 'rounded border border-line bg-bg px-3 py-1 text-sm';
const primary = 'rounded bg-accent px-3 py-1 text-sm font-semibold text-accent-fg';

export default function StorageNotices() {
  const t = useT();
  const { notice, otherTab, saveProblem, saveProblemDismissed, refused, session } = useAppState();
  const tooLarge = typeof notice === 'object' ? notice : undefined;
  return (
    <>
      {/* What happens while the user works (another tab, a full quota, a refused change) stays in view at the top,
          wherever the page is scrolled to. */}
      <div className="sticky top-0 z-20">
        {otherTab && (
          <div role="alert" aria-labelledby="other-tab-title" className={`${box} border-warn`}>
            <p id="other-tab-title" className="font-semibold">
              {t('share.otherTab.title')}
            </p>
            <p className="max-w-prose">{t('share.otherTab.body')}</p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={primary} onClick={() => store.loadOtherTab()}>
                {t('share.otherTab.load')}
              </button>
              <button type="button" className={button} onClick={() => store.keepThisTab()}>
                {t('share.otherTab.keep')}
              </button>
            </div>
          </div>
        )}
        {saveProblem && !saveProblemDismissed && (
          <div role="alert" aria-labelledby="save-problem-title" className={`${box} border-fail`}>
            <p id="save-problem-title" className="font-semibold">
              {t(saveProblem === 'quota' ? 'share.saveFailed.quota' : 'share.saveFailed.refused')}
            </p>
            <p className="max-w-prose">{t('share.saveFailed.body')}</p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={primary} onClick={() => downloadText(sessionFileName(), sessionFileText(session))}>
                {t('share.file.download')}
              </button>
              <button type="button" className={button} onClick={() => store.dismissSaveProblem()}>
                {t('app.dismiss')}
              </button>
            </div>
          </div>
        )}
        {refused && (
          <div role="alert" className={`${box} border-fail`}>
            <p className="max-w-prose">{t('share.refused', { reason: sizeText(t, refused) })}</p>
            <button type="button" className={button} onClick={() => store.dismissRefused()}>
              {t('app.dismiss')}
            </button>
          </div>
        )}
      </div>
      {tooLarge && (
        <div role="alert" aria-labelledby="restore-large-title" className={`${box} border-warn`}>
          <p id="restore-large-title" className="font-semibold">
            {t('share.restoreTooLarge.title')}
          </p>
          <p className="max-w-prose">{t('share.restoreTooLarge.body', { reason: sizeText(t, tooLarge.problem) })}</p>
          <div className="flex flex-wrap gap-2">
            {store.refusedText() !== undefined && (
              <button type="button" className={button} onClick={() => downloadText(sessionFileName(), store.refusedText() ?? '')}>
                {t('share.restoreTooLarge.download')}
              </button>
            )}
            <button type="button" className={button} onClick={() => store.dismissNotice()}>
              {t('app.dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
