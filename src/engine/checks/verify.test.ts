// The engine checks each corrected document before it is shown. These fixes are written by hand to test the check on
// the check: a fix that leaves something to correct, makes something worse, or keeps a placeholder is never shown.
import { describe, expect, it } from 'vitest';
import type { Fix, Session } from '../types';
import { diagnose } from '../diagnose';
import { pack } from '../../test-support/pack';
import { checkSourceKeyPolicy } from './sourceKeyPolicy';
import { GRANTS, OWNER, USE, makeInput, policyText } from './testSupport';
import { verifyFix, type Recheck } from './verify';

const fixOf = (statements: unknown[]): Fix => ({
  summary: '',
  runIn: 'source account',
  documents: [{ input: 'sourceKeyPolicy', fileName: 'key-policy.json', text: policyText(statements) }],
  commands: [],
});

const original = [OWNER, USE];
const input = makeInput({ sourceKeyPolicy: policyText(original) });
const before = checkSourceKeyPolicy(input, { fix: false }).findings;
/** The key check without a fix of its own, as the check's verification runs it. */
const rerun = (): ((s: typeof input.session) => Recheck) => (s) => {
  const r = checkSourceKeyPolicy({ ...input, session: s }, { fix: false });
  const open = r.findings.some((f) => ['KEY_POLICY_RECOMMENDED_GRANT_MISSING', 'KEY_POLICY_VIA_OTHER_SERVICE', 'KEY_POLICY_DENY_BLOCKS_RECOMMENDED'].includes(f.code));
  return { status: r.status, findings: r.findings, open };
};

describe('verifyFix', () => {
  it('accepts a fix that makes the copy pass', () => {
    expect(verifyFix(input, fixOf([OWNER, USE, GRANTS]), rerun(), before)).toMatchObject({ ok: true, status: 'pass' });
  });

  it('refuses a fix that leaves a recommended action for a later fix (warn with something still open)', () => {
    const v = verifyFix(input, fixOf([OWNER, USE, { ...GRANTS, Action: 'kms:CreateGrant' }]), rerun(), before);
    expect(v).toMatchObject({ ok: false, status: 'warn', reason: 'status', finding: { code: 'FIX_NOT_VERIFIED' } });
  });

  it('refuses a fix that adds a problem the original did not have', () => {
    const dead = { Sid: 'Old', Effect: 'Allow', Principal: { AWS: 'AROAZ6RLXR7DKH3EXAMPL' }, Action: 'kms:Decrypt', Resource: '*' };
    expect(verifyFix(input, fixOf([OWNER, USE, GRANTS, dead]), rerun(), before)).toMatchObject({ ok: false, reason: 'new-finding' });
    // Not counted in statements the fix appended after the original ones (a companion Deny repeats its conditions).
    expect(verifyFix(input, fixOf([OWNER, USE, GRANTS, dead]), rerun(), before, 3)).toMatchObject({ ok: true, status: 'warn' });
  });

  it('refuses a fix that keeps or adds a placeholder', () => {
    const placeholder = { ...GRANTS, Principal: { AWS: 'arn:aws:iam::DestinationAccountID:root' } };
    expect(verifyFix(input, fixOf([OWNER, USE, placeholder]), rerun(), before)).toMatchObject({ ok: false, reason: 'placeholder' });
  });

  it('a policy AWS refuses for a reason the fix did not touch: tells the user to correct it first', () => {
    const dup = [OWNER, { ...USE, Sid: OWNER.Sid }];
    const refusedInput = makeInput({ sourceKeyPolicy: policyText(dup) });
    const refusedBefore = checkSourceKeyPolicy(refusedInput, { fix: false }).findings;
    const again = (s: typeof input.session): Recheck => {
      const r = checkSourceKeyPolicy({ ...refusedInput, session: s }, { fix: false });
      return { status: r.status, findings: r.findings, open: false };
    };
    const v = verifyFix(refusedInput, fixOf([...dup, GRANTS]), again, refusedBefore);
    expect(v).toMatchObject({ ok: false, reason: 'refused', finding: { code: 'FIX_AFTER_HAND_EDIT', severity: 'warning' } });
  });
});

describe('verifyFix: documentation IDs that are the user’s own', () => {
  it('accepts a corrected key policy naming 123456789012 when that is the source account the user gave', () => {
    const session = makeInput({ sourceKeyPolicy: policyText([OWNER]) }).session;
    const own = { ...makeInput({ sourceKeyPolicy: policyText([OWNER]) }), session: { ...session, facts: { ...session.facts, sourceAccountId: '123456789012' } } };
    own.facts = { ...own.facts, sourceAccountId: { value: '123456789012', from: 'facts' } };
    const owner = { ...OWNER, Principal: { AWS: 'arn:aws:iam::123456789012:root' } };
    const fix: Fix = { ...fixOf([owner]), commands: ['aws kms put-key-policy --key-id arn:aws:kms:eu-west-1:123456789012:key/x'] };
    const ok = (): Recheck => ({ status: 'pass', findings: [], open: false });
    expect(verifyFix(own, fix, ok, [])).toMatchObject({ ok: true });
    // The same ID that is not one of the user's accounts is a template's placeholder.
    expect(verifyFix(makeInput({ sourceKeyPolicy: policyText([OWNER]) }), fix, ok, [])).toMatchObject({ ok: false, reason: 'placeholder' });
  });

  it('a vault policy whose placeholder becomes the user’s own 111122223333: the fix is shown (it only warns that the ID is a documentation one)', () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'backup:CopyIntoBackupVault', Resource: '*', Principal: { AWS: 'arn:aws:iam::SourceAccountID :root' } }] });
    const s = { format: 'copy-doctor/session', version: 1, facts: { sourceAccountId: '111122223333', destinationAccountId: '345678901234', destinationRegion: 'eu-west-1', destinationVaultName: 'central-backup-vault' }, pastes: { destinationVaultPolicy: policy }, answers: {} } as const;
    const r = diagnose(s as unknown as Session, pack).checks.find((c) => c.id === 'destination-vault-policy')!;
    expect(r.findings.map((f) => f.code)).not.toContain('FIX_NOT_VERIFIED');
    expect(r.fix?.documents[0]?.text).toContain('arn:aws:iam::111122223333:root');
  });
});
