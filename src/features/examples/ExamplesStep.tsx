import { useState } from 'react';
import { useNavigate } from 'react-router';
import { StepFrame, type StepProps } from '../../components/StepFrame';
import { useT } from '../../app/i18n';
import { fetchExample, useExamples } from '../../app/examples';
import { store, useAppState } from '../../app/store';

export function ExamplesStep(step: StepProps) {
  const t = useT();
  const { lang } = useAppState();
  const navigate = useNavigate();
  const examples = useExamples();
  const [status, setStatus] = useState('');

  async function load(file: string) {
    setStatus(t('example.loading'));
    try {
      const session = await fetchExample(file);
      store.replace({ ...session, answers: { ...session.answers, start: 'example' } });
      navigate('/step/results');
    } catch (e) {
      setStatus(t('example.failed', { error: (e as Error).message }));
    }
  }

  return (
    <StepFrame step={step} title={t('step.examples.title')} hideContinue>
      <p className="max-w-prose">{t('step.examples.intro')}</p>
      <p role="status">{examples.isPending ? t('example.loading') : status}</p>
      {examples.isError && <p role="alert" className="text-fail">{t('example.failed', { error: examples.error.message })}</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {examples.data?.map((ex) => (
          <li key={ex.id} className="flex flex-col gap-2 rounded border border-line p-4">
            <h2 className="text-lg font-bold">{ex.title[lang]}</h2>
            <p className="flex-1">{ex.story[lang]}</p>
            <button
              type="button"
              className="self-start rounded bg-accent px-3 py-1 font-semibold text-accent-fg"
              onClick={() => load(ex.file)}
              aria-label={t('example.loadNamed', { title: ex.title[lang] })}
            >
              {t('example.load')}
            </button>
          </li>
        ))}
      </ul>
    </StepFrame>
  );
}
