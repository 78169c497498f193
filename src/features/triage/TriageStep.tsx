import { StepFrame, type StepProps } from '../../components/StepFrame';
import { Field } from '../../components/Field';
import { PasteBox } from '../../components/PasteBox';
import { FactList } from '../../components/FactList';
import { Prose } from '../../components/Prose';
import { useT } from '../../lib/i18n';
import { setPaste } from '../../lib/store';
import { hasKey } from '../../i18n';

export function TriageStep(step: StepProps) {
  const t = useT();
  const text = step.session.pastes.errorMessage ?? '';
  // A pasted describe-copy-job output (from the paste box or a bundle) carries the message too.
  const job = step.session.pastes.copyJob ?? '';
  const { triage, facts } = step.diagnosis;
  const pasted = Object.entries(facts).filter(([, f]) => f && f.from !== 'facts');
  return (
    <StepFrame
      step={step}
      title={t('step.triage.title')}
      validate={() => (text.trim() || job.trim() ? [] : [{ field: 'errorMessage', message: t('step.triage.required') }])}
    >
      <Field
        id="errorMessage"
        label={t('paste.errorMessage.label')}
        hint={
          <>
            {t('step.triage.hint')}{' '}
            <code className="rounded bg-surface px-1">aws backup describe-copy-job --copy-job-id ID</code>
          </>
        }
      >
        {(describedBy) => (
          <PasteBox id="errorMessage" prose rows={6} value={text} describedBy={describedBy} onCommit={(v) => setPaste('errorMessage', v)} />
        )}
      </Field>

      <div aria-live="polite" className="space-y-4">
        {text.trim() !== '' && triage.length === 0 && (
          <div className="rounded border-2 border-unknown p-4">
            <h2 className="font-bold">{t('step.triage.unknownTitle')}</h2>
            <p className="mt-1">{t('step.triage.unknownBody')}</p>
          </div>
        )}
        {triage.map((m) => (
          <div key={m.messageId} className="rounded border-2 border-accent p-4">
            <h2 className="text-lg font-bold">
              {hasKey(`error.${m.messageId}.title`) ? t(`error.${m.messageId}.title`) : m.messageId}
            </h2>
            {hasKey(`error.${m.messageId}.explain`) && <p className="mt-1 max-w-prose"><Prose text={t(`error.${m.messageId}.explain`)} /></p>}
            {m.checks.length > 0 && (
              <>
                <h3 className="mt-3 font-semibold">{t('step.triage.pointsTo')}</h3>
                <ul className="list-disc pl-6">
                  {m.checks.map((c) => (
                    <li key={c}>{t(`check.${c}.title`)}</li>
                  ))}
                </ul>
              </>
            )}
            {m.lookAt?.length ? (
              <>
                <h3 className="mt-3 font-semibold">{t('triage.lookAt')}</h3>
                <ul className="list-disc pl-6">
                  {m.lookAt.map((place) => (
                    <li key={place}><Prose text={t(`lookAt.${place}`)} /></li>
                  ))}
                </ul>
              </>
            ) : (
              m.checks.length === 0 && <p className="mt-2">{t('step.triage.noChecks')}</p>
            )}
          </div>
        ))}
        {pasted.length > 0 && (
          <div className="rounded border border-line p-4">
            <h2 className="font-bold">{t('step.triage.factsFound')}</h2>
            <FactList facts={Object.fromEntries(pasted)} />
          </div>
        )}
      </div>
    </StepFrame>
  );
}
