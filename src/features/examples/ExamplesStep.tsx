import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { StepFrame, type StepProps } from '../../components/StepFrame';
import { useT } from '../../lib/i18n';
import { fetchExample, useExamples, type ExampleEntry } from '../../lib/examples';
import { store, useAppState } from '../../lib/store';
import { isSessionEmpty } from '../../engine/share/share';
import { hasKey, inLang } from '../../i18n';
import { isStepId } from '../../wizard/tree';


type Mode = 'load' | 'walk';

export function ExamplesStep(step: StepProps) {
  const t = useT();
  const { lang, session } = useAppState();
  const navigate = useNavigate();
  const examples = useExamples();
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState<{ id: string; mode: Mode }>();

  async function load(ex: ExampleEntry, mode: Mode) {
    setAsking(undefined);
    setStatus(t('example.loading'));
    try {
      const loaded = await fetchExample(ex.file);
      const next = { ...loaded, answers: { ...loaded.answers, start: 'example' } };
      if (mode === 'walk') {
        store.replace(next, { exampleId: ex.id, title: ex.title, steps: ex.walkthrough ?? {} });
        navigate(`/step/${isStepId(ex.start) ? ex.start : 'results'}`);
      } else {
        store.replace(next);
        navigate('/step/results');
      }
    } catch (e) {
      setStatus(t('example.failed', { error: (e as Error).message }));
    }
  }

  // Loading replaces the session: ask first when there is something to lose.
  const choose = (ex: ExampleEntry, mode: Mode) => (isSessionEmpty(session) ? load(ex, mode) : setAsking({ id: ex.id, mode }));

  return (
    <StepFrame step={step} title={t('step.examples.title')} hideContinue>
      <p className="max-w-prose">{t('step.examples.intro')}</p>
      <p role="status">{examples.isPending ? t('example.loading') : status}</p>
      {examples.isError && <p role="alert" className="text-fail">{t('example.failed', { error: examples.error.message })}</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {examples.data?.map((ex) => (
          <li key={ex.id} className="flex flex-col gap-2 rounded border border-line p-4">
            <h2 className="text-lg font-bold">{inLang(ex.title, lang)}</h2>
            {ex.tags && ex.tags.length > 0 && (
              <ul aria-label={t('example.tags')} className="flex flex-wrap gap-1">
                {ex.tags.map((tag) => {
                  // Tags are ids with words in the catalog; an unknown one shows as it is written.
                  const text = typeof tag === 'string' ? (hasKey(`tag.${tag}`) ? t(`tag.${tag}`) : tag) : inLang(tag, lang);
                  return (
                    <li key={text} className="rounded-full border border-line bg-surface px-2 py-0.5 text-xs">
                      {text}
                    </li>
                  );
                })}
              </ul>
            )}
            <p className="flex-1">{inLang(ex.story, lang)}</p>
            {asking?.id === ex.id ? (
              <ConfirmReplace
                text={t('example.confirmReplace', { title: inLang(ex.title, lang) })}
                onYes={() => load(ex, asking.mode)}
                onNo={() => {
                  setAsking(undefined);
                  requestAnimationFrame(() => document.getElementById(`${asking.mode}-${ex.id}`)?.focus());
                }}
              />
            ) : (
              <div className="flex flex-wrap gap-2">
                <button
                  id={`load-${ex.id}`}
                  type="button"
                  className="rounded bg-accent px-3 py-1 font-semibold text-accent-fg"
                  onClick={() => choose(ex, 'load')}
                  aria-label={t('example.loadNamed', { title: inLang(ex.title, lang) })}
                >
                  {t('example.load')}
                </button>
                <button
                  id={`walk-${ex.id}`}
                  type="button"
                  className="rounded border border-accent px-3 py-1 font-semibold text-accent"
                  onClick={() => choose(ex, 'walk')}
                  aria-label={t('example.walkNamed', { title: inLang(ex.title, lang) })}
                >
                  {t('example.walk')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </StepFrame>
  );
}

function ConfirmReplace({ text, onYes, onNo }: { text: string; onYes: () => void; onNo: () => void }) {
  const t = useT();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div role="group" aria-label={t('share.replace')} className="space-y-2 rounded border-2 border-warn p-3">
      <p>{text}</p>
      <div className="flex flex-wrap gap-2">
        <button ref={yes} type="button" className="rounded bg-accent px-3 py-1 font-semibold text-accent-fg" onClick={onYes}>
          {t('share.replace')}
        </button>
        <button type="button" className="rounded border border-line px-3 py-1" onClick={onNo}>
          {t('share.keep')}
        </button>
      </div>
    </div>
  );
}
