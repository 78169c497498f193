import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type CheckId } from '../engine/types';
import { catalogs } from '../i18n';
import { CHECK_ORDER, STEP_IDS, TREE, type Route, type StepId } from './tree';
import { nextStep, pathFrom, stepPosition, type WizardContext } from './next';

const ctx = (over: Partial<WizardContext> = {}): WizardContext => ({ answers: {}, pastedFacts: {}, triagedChecks: [], ...over });

/** Every step a route can lead to, whatever the answers. */
function targets(route: Route): (StepId | 'next-check')[] {
  if (route === 'end') return [];
  if (route === 'next-check') return ['next-check'];
  if ('goto' in route) return [route.goto];
  if ('branch' in route) return [...Object.values(route.options), route.otherwise];
  return [...route.when.map((w) => w.goto), route.otherwise];
}

/** Contexts that exercise every branch: each start answer, facts known or not, each check triaged. */
const contexts: WizardContext[] = [
  ctx(),
  ...['error', 'walk', 'example'].map((start) => ctx({ answers: { start } })),
  ctx({ answers: { start: 'error' }, pastedFacts: { sourceAccountId: '1', destinationAccountId: '2' } }),
  ...CHECK_IDS.map((c) => ctx({ answers: { start: 'error' }, triagedChecks: [c] })),
  ctx({ answers: { start: 'walk' }, notApplicable: ['organization', 'source-key-policy', 'iam-role'] }),
];

describe('the wizard graph', () => {
  it('holds a step for every check of the design', () => {
    for (const c of CHECK_IDS) expect(TREE[`check-${c}`]?.check).toBe(c);
    expect([...CHECK_ORDER].sort()).toEqual([...CHECK_IDS].sort());
  });

  it('routes only to steps that exist', () => {
    for (const id of STEP_IDS)
      for (const to of targets(TREE[id].route)) if (to !== 'next-check') expect(STEP_IDS).toContain(to);
  });

  it('reaches every step from the start page', () => {
    const seen = new Set<StepId>();
    for (const c of contexts) for (const id of STEP_IDS) for (const s of pathFrom(id === 'start' ? 'start' : 'start', c)) seen.add(s);
    expect([...seen].sort()).toEqual([...STEP_IDS].sort());
  });

  it('has no dead ends: from every step, under every context, the path ends at the results', () => {
    for (const c of contexts)
      for (const id of STEP_IDS) {
        const path = pathFrom(id, c);
        expect(path.at(-1), `${id} with ${JSON.stringify(c)}`).toBe('results');
        expect(nextStep('results', c)).toBeUndefined();
      }
  });

  it('puts the triaged checks first, and keeps every other check', () => {
    const path = pathFrom('start', ctx({ answers: { start: 'error' }, triagedChecks: ['destination-vault-policy', 'iam-role'] }));
    expect(path.slice(0, 5)).toEqual(['start', 'triage', 'facts', 'check-destination-vault-policy', 'check-iam-role']);
    expect(path.filter((s) => s.startsWith('check-'))).toHaveLength(CHECK_IDS.length);
  });

  it('skips the steps of checks that do not apply, and goes on from a skipped step reached by a link', () => {
    const c = ctx({ answers: { start: 'walk' }, notApplicable: ['organization', 'cross-account-setting'] });
    const path = pathFrom('start', c);
    expect(path).not.toContain('check-organization');
    expect(path.slice(0, 3)).toEqual(['start', 'facts', 'check-resource-support']);
    expect(nextStep('check-organization', c)).toBe('check-resource-support');
    const last = CHECK_IDS[CHECK_IDS.length - 1]!;
    expect(nextStep(`check-${last}`, ctx({ notApplicable: [last] }))).toBe('results');
  });

  it('skips the facts step when the pasted copy job already named both accounts', () => {
    const c = ctx({ answers: { start: 'error' }, pastedFacts: { sourceAccountId: '1', destinationAccountId: '2' }, triagedChecks: ['organization'] });
    expect(nextStep('triage', c)).toBe('check-organization');
  });

  it('numbers the steps along the path', () => {
    const c = ctx({ answers: { start: 'walk' } });
    const total = CHECK_IDS.length + 3; // start, facts, every check, results
    expect(stepPosition('start', c)).toEqual({ index: 1, total });
    expect(stepPosition('facts', c)).toEqual({ index: 2, total });
    expect(stepPosition('results', c)).toEqual({ index: total, total });
  });

  it('names only i18n keys that exist, in both languages', () => {
    const keys: string[] = [];
    for (const id of STEP_IDS) {
      const n = TREE[id];
      keys.push(n.titleKey);
      if (n.check) keys.push(`check.${n.check}.why`);
      for (const input of n.inputs ?? []) keys.push(`paste.${input}.label`, `paste.${input}.short`);
      for (const f of n.fields ?? []) keys.push(`field.${f}`, `field.${f}.hint`);
      for (const q of n.questions ?? []) {
        if (id !== 'start') keys.push(`question.${q.id}`);
        for (const o of q.options) keys.push(id === 'start' ? `step.start.${o}` : `question.${q.id}.${o}`);
      }
    }
    for (const lang of ['en', 'zh-TW'] as const) for (const k of keys) expect(catalogs[lang], `${lang}: ${k}`).toHaveProperty([k]);
  });
});

describe('the catalogs', () => {
  it('have the same keys in English and Traditional Chinese', () => {
    expect(Object.keys(catalogs['zh-TW']).sort()).toEqual(Object.keys(catalogs.en).sort());
  });
  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, en] of Object.entries(catalogs.en)) expect(names(catalogs['zh-TW'][k] ?? ''), k).toEqual(names(en));
  });
  it('have no empty messages', () => {
    for (const lang of ['en', 'zh-TW'] as const) for (const [k, m] of Object.entries(catalogs[lang])) expect(m.trim(), `${lang} ${k}`).not.toBe('');
  });
  it('hold a title for every check', () => {
    for (const c of CHECK_IDS as readonly CheckId[]) expect(catalogs.en).toHaveProperty([`check.${c}.title`]);
  });
});
