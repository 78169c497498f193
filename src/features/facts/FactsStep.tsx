import { useState } from 'react';
import { StepFrame, type Problem, type StepProps } from '../../components/StepFrame';
import { Field } from '../../components/Field';
import { inLang } from '../../i18n';
import { useT } from '../../lib/i18n';
import { setFact, store, useAppState } from '../../lib/store';
import { useKnowledge } from '../../lib/knowledge';
import { diagnoseNow } from '../../lib/diagnosis';
import type { Diagnosis, FactKey } from '../../engine/types';

const ACCOUNT_FIELDS = ['sourceAccountId', 'destinationAccountId'] as const;
const REGION_FIELDS = ['sourceRegion', 'destinationRegion'] as const;
const INPUT_CLASS = 'w-full max-w-md rounded border-2 border-line bg-bg px-3 py-2';

export function FactsStep(step: StepProps) {
  const t = useT();
  const { lang } = useAppState();
  const pack = useKnowledge().data!;
  const derived = step.diagnosis.facts;
  // What is shown: the user's own entry, else what the pastes told us.
  const [values, setValues] = useState<Partial<Record<FactKey, string>>>(() => {
    const out: Partial<Record<FactKey, string>> = {};
    for (const [k, f] of Object.entries(derived)) if (f) out[k as FactKey] = f.value;
    return { ...out, ...Object.fromEntries(Object.entries(step.session.facts).filter(([, v]) => v?.trim())) };
  });
  const [touched, setTouched] = useState<Partial<Record<FactKey, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);

  const update = (k: FactKey, v: string) => {
    setValues((s) => ({ ...s, [k]: v }));
    setFact(k, v);
  };

  const regionOf = (code: string | undefined) => pack.regions.find((r) => r.code === code);
  // The engine judges the facts (the diagnosis is a moment behind the typing; Continue asks about the facts as they are).
  const problemOf = (k: FactKey, d: Diagnosis = step.diagnosis): string | undefined => {
    const p = d.factProblems?.[k];
    return p ? t(`facts.problem.${p.code}`, p.params) : undefined;
  };

  const src = regionOf(values.sourceRegion);
  const dst = regionOf(values.destinationRegion);
  const crossPartition = src && dst && src.partition !== dst.partition;
  const accounts = ACCOUNT_FIELDS.map((k) => (step.diagnosis.factProblems?.[k] ? undefined : derived[k]?.value));
  const crossAccount = accounts[0] && accounts[1] ? accounts[0] !== accounts[1] : undefined;
  const crossRegion = src && dst ? src.code !== dst.code : undefined;

  const skipped = step.diagnosis.checks.filter((c) => c.status === 'not-applicable');
  const shown = (k: FactKey) => (touched[k] || submitted || (values[k] ?? '') !== '' ? problemOf(k) : undefined);
  const hintFrom = (k: FactKey) => {
    const f = derived[k];
    return f && f.from !== 'facts' ? t('fact.from', { input: t(`paste.${f.from}.short`) }) : undefined;
  };

  function validate(): Problem[] {
    setSubmitted(true);
    const now = diagnoseNow(store.get().session, pack);
    const found: Problem[] = [];
    for (const k of [...ACCOUNT_FIELDS, ...REGION_FIELDS, 'organizationId', 'destinationVaultName'] as FactKey[]) {
      const p = problemOf(k, now);
      if (p) found.push({ field: `fact-${k}`, message: `${t(`fact.${k}`)}: ${p}` });
    }
    if (crossPartition) found.push({ field: 'fact-destinationRegion', message: t('facts.crossPartition') });
    return found;
  }

  const textField = (k: FactKey, label: string, numeric = false) => (
    <Field key={k} id={`fact-${k}`} label={label} hint={hintFrom(k) ?? t(`facts.hint.${k}`)} error={shown(k)}>
      {(d) => (
        <input
          id={`fact-${k}`}
          className={INPUT_CLASS}
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
          value={values[k] ?? ''}
          aria-describedby={d}
          aria-invalid={!!shown(k) || undefined}
          onChange={(e) => update(k, e.target.value)}
          onBlur={() => setTouched((s) => ({ ...s, [k]: true }))}
        />
      )}
    </Field>
  );

  const regionOptions = pack.regions.map((r) => (
    <option key={r.code} value={r.code}>
      {r.code} ({inLang(r.name, lang)}){r.optIn ? ` · ${t('facts.optIn')}` : ''}
    </option>
  ));

  return (
    <StepFrame step={step} title={t('step.facts.title')} validate={validate}>
      <p className="max-w-prose">{t('step.facts.intro')}</p>
      <div className="grid gap-6 md:grid-cols-2">
        {ACCOUNT_FIELDS.map((k) => textField(k, t(`fact.${k}`), true))}
        {REGION_FIELDS.map((k) => (
          <Field key={k} id={`fact-${k}`} label={t(`fact.${k}`)} hint={hintFrom(k)} error={shown(k)}>
            {(d) => (
              <select
                id={`fact-${k}`}
                className={INPUT_CLASS}
                value={values[k] ?? ''}
                aria-describedby={d}
                aria-invalid={!!shown(k) || undefined}
                onChange={(e) => update(k, e.target.value)}
              >
                <option value="">{t('facts.chooseRegion')}</option>
                {values[k] && !regionOf(values[k]) && <option value={values[k]}>{values[k]}</option>}
                {regionOptions}
              </select>
            )}
          </Field>
        ))}
        <Field id="fact-resourceType" label={t('fact.resourceType')} hint={hintFrom('resourceType')}>
          {(d) => (
            <select
              id="fact-resourceType"
              className={INPUT_CLASS}
              value={values.resourceType ?? ''}
              aria-describedby={d}
              onChange={(e) => update('resourceType', e.target.value)}
            >
              <option value="">{t('facts.chooseType')}</option>
              {values.resourceType && !pack.resources.some((r) => r.resourceType === values.resourceType) && (
                <option value={values.resourceType}>{values.resourceType}</option>
              )}
              {pack.resources.map((r) => (
                <option key={r.resourceType} value={r.resourceType}>
                  {r.resourceType === r.name ? r.name : `${r.resourceType} (${r.name})`}
                </option>
              ))}
            </select>
          )}
        </Field>
        {(['organizationId', 'destinationVaultName'] as const).map((k) => textField(k, `${t(`fact.${k}`)} ${t('facts.optional')}`))}
      </div>

      <div aria-live="polite" className="rounded border border-line bg-surface p-4">
        <h2 className="font-bold">{t('facts.whatFollows')}</h2>
        <p className="mt-1">
          {crossPartition
            ? t('facts.crossPartition')
            : crossAccount === undefined || crossRegion === undefined
              ? t('facts.kind.incomplete')
              : t(`facts.kind.${crossAccount ? 'account' : 'same-account'}-${crossRegion ? 'region' : 'same-region'}`)}
        </p>
        {skipped.length > 0 && (
          <p className="mt-2">{t('facts.skipped', { checks: skipped.map((c) => t(`check.${c.id}.title`)).join(', ') })}</p>
        )}
      </div>
    </StepFrame>
  );
}
