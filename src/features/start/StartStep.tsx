import { useState } from 'react';
import { StepFrame, type FrameStep } from '../../components/StepFrame';
import type { Session } from '../../engine/types';
import { RadioGroup } from '../../components/RadioGroup';
import { AnyPasteBox } from '../../components/AnyPasteBox';
import { useT } from '../../lib/i18n';
import { setAnswer } from '../../lib/store';

const OPTIONS = ['error', 'walk', 'example'] as const;

export function StartStep(step: FrameStep & { session: Session }) {
  const t = useT();
  const [choice, setChoice] = useState<string | undefined>(step.session.answers.start);
  return (
    <StepFrame
      step={step}
      title={t('step.start.title')}
      validate={() => (choice ? [] : [{ field: 'start', message: t('step.start.required') }])}
      onContinue={() => ({ start: choice! })}
      anyPaste={false}
    >
      <p className="max-w-prose">{t('step.start.intro')}</p>
      <AnyPasteBox open resultsLink />
      <RadioGroup
        id="start"
        legend={t('step.start.question')}
        value={choice}
        onChange={(v) => {
          setChoice(v);
          setAnswer('start', v);
        }}
        options={OPTIONS.map((o) => ({ value: o, label: t(`step.start.${o}`), hint: t(`step.start.${o}.hint`) }))}
      />
    </StepFrame>
  );
}
