// The registry is the truth about each check: its id order is the contract's, and what a check emits at run time is
// what it declares (the compiler checks literal codes; this catches a code that reaches a finding another way).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { exampleSessions } from '../../test-support/examples';
import { pack } from '../../test-support/pack';
import { generatedSessions } from '../../test-support/sessions';
import { CHECK_IDS, type Diagnosis } from '../types';
import { CHECK_STEPS } from './steps';
import { CHECKS, SHARED_CODES } from './index';

const SHARED = new Set<string>(SHARED_CODES);

/** Each finding and fix that a check's own declaration does not cover, as `check: CODE`. */
function undeclared(d: Diagnosis): string[] {
  const out: string[] = [];
  for (const c of d.checks) {
    const def = CHECKS.find((x) => x.id === c.id);
    const codes = new Set<string>(def?.codes);
    for (const f of c.findings) if (!codes.has(f.code) && !SHARED.has(f.code)) out.push(`${c.id}: ${f.code}`);
    if (c.fix && !(def?.fixCodes as readonly string[] | undefined)?.includes(c.fix.summaryCode ?? '')) out.push(`${c.id}: fix ${c.fix.summaryCode}`);
  }
  return out;
}

describe('check registry', () => {
  it('lists the contract’s checks in the contract’s order, each with its step', () => {
    // The compiler checks the ids and their order too (`InContractOrder`, `EveryCheckListed` in checks/index.ts).
    expect(CHECKS.map((c) => c.id)).toEqual([...CHECK_IDS]);
    for (const c of CHECKS) expect(c.step).toBe(CHECK_STEPS[c.id]);
  });

  it('declares each code once per check', () => {
    for (const c of CHECKS) {
      expect(new Set(c.codes).size, c.id).toBe(c.codes.length);
      expect(new Set(c.fixCodes).size, c.id).toBe(c.fixCodes.length);
    }
  });

  it.each(exampleSessions.map((e) => [e.id, e.session] as const))('%s: every code emitted is declared, and stays a code without a catalog', (_id, session) => {
    const d = diagnose(session, pack);
    expect(undeclared(d)).toEqual([]);
    for (const c of d.checks) {
      for (const f of c.findings) expect(f.message).toBe(f.code);
      if (c.fix) expect(c.fix.summary, c.id).toBe(c.fix.summaryCode);
    }
  });

  it('sessions people really have emit only declared codes', () => {
    fc.assert(
      fc.property(generatedSessions, (s) => {
        expect(undeclared(diagnose(s, pack))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
