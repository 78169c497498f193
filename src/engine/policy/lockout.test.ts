import { describe, expect, it } from 'vitest';
import { keyManagers, ownerCanManage } from './lockout';

const OWNER = '210987654321';
const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const root = (partition = 'aws') => ({ Effect: 'Allow', Principal: { AWS: `arn:${partition}:iam::${OWNER}:root` }, Action: 'kms:*', Resource: '*' });
const admin = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:role/KeyAdmin` }, Action: ['kms:PutKeyPolicy', 'kms:Describe*'], Resource: '*' };
const denyAll = { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' };

describe('who can still manage a key', () => {
  it('the owner root (an account root matches in any partition)', () => {
    expect(ownerCanManage(policy(root()), OWNER)).toBe('yes');
    expect(ownerCanManage(policy(root('aws-cn')), OWNER, 'aws-cn')).toBe('yes');
  });

  it('a key administrator role of the owner account, when the root is not named', () => {
    expect(keyManagers(policy(admin), OWNER)).toEqual({ root: 'implicit-deny', others: [`arn:aws:iam::${OWNER}:role/KeyAdmin`] });
    expect(ownerCanManage(policy(admin), OWNER)).toBe('yes');
  });

  it('anyone in the account through a condition on the caller account', () => {
    const st = { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': OWNER } } };
    expect(ownerCanManage(policy(st), OWNER)).toBe('yes');
    expect(ownerCanManage(policy({ ...st, Condition: { StringEquals: { 'kms:CallerAccount': '345678901234' } } }), OWNER)).toBe('no');
  });

  it('a Deny for everyone takes the key away; judged on its Allows alone it is still given', () => {
    expect(ownerCanManage(policy(root(), denyAll), OWNER)).toBe('denied');
    expect(keyManagers(policy(root(), denyAll), OWNER, 'aws', { allowsOnly: true }).root).toBe('allow');
  });

  it('nobody: only another account', () => {
    expect(ownerCanManage(policy({ ...root(), Principal: { AWS: 'arn:aws:iam::345678901234:root' } }), OWNER)).toBe('no');
  });
});
