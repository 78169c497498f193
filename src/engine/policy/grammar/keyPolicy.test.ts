import { describe, expect, it } from 'vitest';
import { KEY_POLICY_MAX_BYTES, type GrammarOptions } from '.';
import { AWS_EBS_KEY_POLICY, codes, DEST, findings, KEY_POLICY, OPTS, pretty, SOURCE } from './testPolicies';

describe('key policy lockout and size', () => {
  const lockout = (statements: object[], opts: GrammarOptions = OPTS) =>
    codes({ Version: '2012-10-17', Statement: statements }, 'key', opts).filter((c) => c.startsWith('KEY_POLICY'));
  const owner = KEY_POLICY.Statement[0]!;

  it('is fine when the owner account keeps kms:* (as ARN or bare ID), kms:PutKeyPolicy, or *', () => {
    expect(lockout([owner])).toEqual([]);
    expect(lockout([{ ...owner, Principal: { AWS: SOURCE } }])).toEqual([]);
    expect(lockout([{ ...owner, Action: ['kms:Put*'] }])).toEqual([]);
    expect(lockout([{ ...owner, Action: '*' }])).toEqual([]);
    expect(lockout([{ ...owner, Action: undefined, NotAction: 'kms:ScheduleKeyDeletion' }])).toEqual([]);
  });

  it('reports a lockout when no Allow gives the owner kms:PutKeyPolicy', () => {
    expect(lockout([KEY_POLICY.Statement[1]!])).toEqual(['KEY_POLICY_LOCKOUT']);
    expect(lockout([{ ...owner, Effect: 'Deny' }])).toEqual(['KEY_POLICY_LOCKOUT']);
    expect(lockout([{ ...owner, Action: ['kms:Decrypt'] }])).toEqual(['KEY_POLICY_LOCKOUT']);
    expect(lockout([{ ...owner, Principal: { AWS: `arn:aws:iam::${DEST}:root` } }])).toEqual(['KEY_POLICY_LOCKOUT']);
    const [f] = findings({ Version: '2012-10-17', Statement: [KEY_POLICY.Statement[1]] }).filter((x) => x.code === 'KEY_POLICY_LOCKOUT');
    expect(f).toMatchObject({ severity: 'error', params: { account: SOURCE }, location: { path: ['Statement'], line: 3, column: 2 } });
  });

  it('warns when only a role of the owner account can manage the key', () => {
    expect(lockout([{ ...owner, Principal: { AWS: `arn:aws:iam::${SOURCE}:role/KeyAdmin` } }])).toEqual(['KEY_POLICY_OWNER_ROOT_MISSING']);
  });

  it('skips the lockout check without the owner account, with syntax errors, or for AWS managed keys', () => {
    expect(lockout([KEY_POLICY.Statement[1]!], {})).toEqual([]);
    expect(codes('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow" "Principal": "*"}]}')).not.toContain('KEY_POLICY_LOCKOUT');
    expect(codes({ ...AWS_EBS_KEY_POLICY, Statement: [AWS_EBS_KEY_POLICY.Statement[0]] })).toEqual([]);
  });

  it('reports a key policy over 32 KB (UTF-8 bytes), and one close to it', () => {
    const sized = (bytes: number) => {
      const text = pretty(KEY_POLICY);
      // Pad the Id up to the wanted UTF-8 size with 3-byte characters and ASCII.
      const missing = bytes - new TextEncoder().encode(text).length;
      const pad = '鍵'.repeat(Math.floor(missing / 3)) + 'x'.repeat(missing % 3);
      return text.replace('key-consolepolicy-3', `key-consolepolicy-3${pad}`);
    };
    expect(codes(sized(KEY_POLICY_MAX_BYTES))).toEqual(['KEY_POLICY_NEAR_SIZE_LIMIT']);
    expect(codes(sized(KEY_POLICY_MAX_BYTES + 1))).toEqual(['KEY_POLICY_TOO_LARGE']);
    expect(findings(sized(KEY_POLICY_MAX_BYTES + 1))[0]?.params).toEqual({ bytes: KEY_POLICY_MAX_BYTES + 1, limit: KEY_POLICY_MAX_BYTES });
    expect(codes(sized(20000))).toEqual([]);
  });
});
