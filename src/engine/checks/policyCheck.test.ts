// The pipeline itself, with a toy spec: a policy passes when it has a statement with Sid "Copy"; its fix is whatever
// the test says. Only a fix that makes the check pass when pasted back is shown.
import { describe, expect, it } from 'vitest';
import { statementList } from '../policy/model';
import type { Fix } from '../types';
import { policyCheck, type PolicyAnalysis, type PolicyCheckSpec } from './policyCheck';
import { OWNER, USE, makeInput, policyText } from './testSupport';

const passes = (value: unknown) => statementList(value).some((s) => (s as { Sid?: string }).Sid === 'Copy');

function spec(fixed: unknown[]): PolicyCheckSpec<PolicyAnalysis> {
  const fix: Fix = { summary: '', runIn: 'source account', documents: [{ input: 'sourceKeyPolicy', fileName: 'key-policy.json', text: policyText(fixed) }], commands: [] };
  return {
    id: 'source-key-policy',
    input: 'sourceKeyPolicy',
    grammar: 'key',
    needsDestination: true,
    evaluate: (_input, pt, grammar) => ({ status: passes(pt.parsed.value) ? 'pass' : 'fail', findings: [], grammar, needs: [], pt }),
    buildFix: () => ({ fix, findings: [], needs: [] }),
    open: () => false,
  };
}

const input = makeInput({ sourceKeyPolicy: policyText([OWNER]) });

describe('policyCheck', () => {
  it('shows a fix that makes the check pass when pasted back', () => {
    const r = policyCheck(input, spec([OWNER, { ...USE, Sid: 'Copy' }]));
    expect(r.status).toBe('fail');
    expect(r.fix?.documents[0]?.text).toContain('"Copy"');
    expect(r.findings.map((f) => f.code)).not.toContain('FIX_NOT_VERIFIED');
  });

  it('shows no fix that does not make the check pass, and says it was not verified', () => {
    const r = policyCheck(input, spec([OWNER, USE]));
    expect(r.status).toBe('fail');
    expect(r.fix).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'FIX_NOT_VERIFIED')?.params).toMatchObject({ status: 'fail', reason: 'status' });
  });

  it('builds no fix when asked not to, nor for a paste it cannot read', () => {
    expect(policyCheck(input, spec([OWNER, { ...USE, Sid: 'Copy' }]), { fix: false }).fix).toBeUndefined();
    const broken = policyCheck(makeInput({ sourceKeyPolicy: '{"Statement": [' }), spec([OWNER, { ...USE, Sid: 'Copy' }]));
    expect(broken.status).toBe('fail');
    expect(broken.fix).toBeUndefined();
  });
});
