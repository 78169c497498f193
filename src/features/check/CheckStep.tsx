import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { StepFrame, type StepProps } from '../../components/StepFrame';
import { Field } from '../../components/Field';
import { PasteBox, type PasteBoxHandle } from '../../components/PasteBox';
import { RadioGroup } from '../../components/RadioGroup';
import { StatusBadge } from '../../components/StatusBadge';
import { FindingList } from '../../components/FindingList';
import { FixPanel } from '../../components/FixPanel';
import { FactList } from '../../components/FactList';
import { RepairOffer } from '../../components/RepairOffer';
import { ExampleLoader } from '../../components/ExampleLoader';
import { useT } from '../../lib/i18n';
import { setAnswer, setPaste } from '../../lib/store';
import { gatherCommand } from '../../engine/inputs/commands';
import type { CheckResult, Facts, Finding, PasteKey, Pastes } from '../../engine/types';
import { inputLabel } from '../../components/needs';

export function CheckStep(step: StepProps) {
  const t = useT();
  const check = step.node.check!;
  const result = step.diagnosis.checks.find((c) => c.id === check);
  const boxes = useRef<Partial<Record<PasteKey, PasteBoxHandle | null>>>({});
  const [answers, setAnswers] = useState(step.session.answers);
  const facts: Facts = Object.fromEntries(Object.entries(step.diagnosis.facts).map(([k, v]) => [k, v?.value]));
  const locate = useCallback((input: PasteKey, offset: number, length: number) => boxes.current[input]?.select(offset, length), []);
  const byInput = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of result?.findings ?? []) if (f.location) m.set(f.location.input, [...(m.get(f.location.input) ?? []), f]);
    return m;
  }, [result]);

  return (
    <StepFrame step={step} title={t(`check.${check}.title`)}>
      <p className="max-w-prose">{t(`check.${check}.why`)}</p>

      {Object.keys(step.diagnosis.facts).length > 0 && (
        <details className="rounded border border-line p-3">
          <summary className="cursor-pointer font-semibold">{t('step.check.factsUsed')}</summary>
          <FactList facts={step.diagnosis.facts} />
          <Link to="/step/facts" className="mt-2 inline-block text-accent underline">
            {t('step.check.changeFacts')}
          </Link>
        </details>
      )}

      {step.node.questions?.map((q) => (
        <RadioGroup
          key={q.id}
          id={`q-${q.id}`}
          legend={t(`question.${q.id}`)}
          value={answers[q.id]}
          onChange={(v) => {
            setAnswers((a) => ({ ...a, [q.id]: v }));
            setAnswer(q.id, v);
          }}
          options={q.options.map((o) => ({ value: o, label: t(`question.${q.id}.${o}`) }))}
        />
      ))}

      {step.node.fields?.map((id) => (
        <Field key={id} id={`field-${id}`} label={t(`field.${id}`)} hint={t(`field.${id}.hint`)}>
          {(describedBy) => (
            <input
              id={`field-${id}`}
              className="w-full max-w-xl rounded border-2 border-line bg-bg px-3 py-2 font-mono"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={describedBy}
              value={answers[id] ?? ''}
              onChange={(e) => {
                const v = e.target.value;
                setAnswers((a) => ({ ...a, [id]: v }));
                setAnswer(id, v);
              }}
            />
          )}
        </Field>
      ))}

      {step.node.inputs?.map((input) => {
        const cmd = gatherCommand(input, facts);
        const text = step.session.pastes[input] ?? '';
        const here = byInput.get(input) ?? NONE;
        return (
          <div key={input} className="space-y-2">
            <Field
              id={`paste-${input}`}
              label={t(`paste.${input}.label`)}
              hint={
                cmd && (
                  <div className="space-y-1">
                    <p>
                      {t('step.check.runIn', {
                        account: t(`account.${cmd.runIn}`),
                        id: cmd.accountId ? ` (${cmd.accountId})` : '',
                      })}
                    </p>
                    <pre className="whitespace-pre-wrap break-all rounded bg-surface p-2 text-fg">
                      <code>{cmd.commands.join('\n')}</code>
                    </pre>
                    {cmd.missing.length > 0 && (
                      <p>{t('step.check.commandMissing', { facts: cmd.missing.map((k) => t(`fact.${k}`)).join(', ') })}</p>
                    )}
                  </div>
                )
              }
            >
              {(describedBy) => (
                <PasteBox
                  ref={(h) => {
                    boxes.current[input] = h;
                  }}
                  id={`paste-${input}`}
                  value={text}
                  describedBy={describedBy}
                  onCommit={(v) => setPaste(input, v)}
                  invalid={here.some((f) => f.severity === 'error')}
                  markers={here}
                />
              )}
            </Field>
            <div className="flex flex-wrap gap-3">
              <ExampleLoader input={input} session={step.session} />
              {text && (
                <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => setPaste(input, '')}>
                  {t('paste.clear')}
                </button>
              )}
            </div>
            <RepairOffer input={input} text={step.checked.pastes[input] ?? ''} repair={step.diagnosis.repairs?.[input]} />
          </div>
        );
      })}

      <Verdict result={result} pastes={step.checked.pastes} onLocate={locate} />
    </StepFrame>
  );
}

const NONE: Finding[] = [];

/**
 * The engine's verdict for this step. It depends only on the (deferred) diagnosis, so a keystroke in a paste box
 * does not re-render it, and the corrected policy's diff is computed against the text the engine checked.
 */
const Verdict = memo(function Verdict({ result, pastes, onLocate }: {
  result: CheckResult | undefined;
  pastes: Pastes;
  onLocate: (input: PasteKey, offset: number, length: number) => void;
}) {
  const t = useT();
  return (
    <section aria-labelledby="verdict-title" aria-live="polite" className="space-y-3 rounded border border-line p-4">
      <h2 id="verdict-title" className="flex flex-wrap items-center gap-3 text-xl font-bold">
        {t('step.check.verdict')} {result && <StatusBadge status={result.status} />}
      </h2>
      {result?.status === 'unknown' && result.needs && result.needs.length > 0 && (
        <p>{t('step.check.needs', { inputs: result.needs.map((n) => inputLabel(t, n)).join(', ') })}</p>
      )}
      {result?.status === 'pass' && result.findings.length === 0 && <p>{t('step.check.passNoFindings')}</p>}
      <FindingList findings={result?.findings ?? NONE} onLocate={onLocate} />
      {result?.fix && <FixPanel fix={result.fix} pastes={pastes} />}
    </section>
  );
});
