import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizePolicy,
  principalAccount,
  principalRootAccount,
  statementCoversAction,
  stringList,
} from './normalize';

describe('normalizePolicy', () => {
  it('turns every element into lists, with each statement’s path', () => {
    const policy = normalizePolicy({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Owner',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::210987654321:root', Service: ['backup.amazonaws.com'] },
          Action: 'kms:*',
          Resource: '*',
        },
        'not a statement',
        {
          Effect: 'Deny',
          Principal: '*',
          NotAction: ['kms:Decrypt'],
          NotResource: 'arn:aws:kms:*:*:key/x',
          Condition: { Bool: { 'aws:SecureTransport': false }, StringEquals: 'broken' },
        },
      ],
    });
    expect(policy.version).toBe('2012-10-17');
    expect(policy.statements).toEqual([
      {
        index: 0,
        path: ['Statement', 0],
        sid: 'Owner',
        effect: 'Allow',
        principals: [
          { type: 'AWS', value: 'arn:aws:iam::210987654321:root' },
          { type: 'Service', value: 'backup.amazonaws.com' },
        ],
        notPrincipals: undefined,
        actions: ['kms:*'],
        notActions: undefined,
        resources: ['*'],
        notResources: undefined,
        conditions: [],
      },
      {
        index: 2,
        path: ['Statement', 2],
        sid: undefined,
        effect: 'Deny',
        principals: [{ type: '*', value: '*' }],
        notPrincipals: undefined,
        actions: undefined,
        notActions: ['kms:Decrypt'],
        resources: undefined,
        notResources: ['arn:aws:kms:*:*:key/x'],
        conditions: [{ operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] }],
      },
    ]);
  });

  it('reads a single statement object and a prefix', () => {
    const p = normalizePolicy({ Statement: { Effect: 'Allow', Action: 'a:b' } }, [3]);
    expect(p.statements[0]?.path).toEqual([3, 'Statement']);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void normalizePolicy(v)));
    fc.assert(fc.property(fc.jsonValue(), (v) => void normalizePolicy({ Statement: [v, { Principal: v, Action: v, Condition: v }] })));
  });
});

describe('matching helpers', () => {
  it('covers an action through Action or NotAction', () => {
    const [st] = normalizePolicy({ Statement: [{ Effect: 'Allow', NotAction: 'kms:Decrypt' }] }).statements;
    expect(statementCoversAction(st!, 'kms:PutKeyPolicy')).toBe(true);
    expect(statementCoversAction(st!, 'kms:Decrypt')).toBe(false);
    const [none] = normalizePolicy({ Statement: [{ Effect: 'Allow' }] }).statements;
    expect(statementCoversAction(none!, 'kms:Decrypt')).toBe(false);
  });

  it('reads the account of a principal', () => {
    expect(principalRootAccount('210987654321')).toBe('210987654321');
    expect(principalRootAccount('arn:aws-cn:iam::210987654321:root')).toBe('210987654321');
    expect(principalRootAccount('arn:aws:iam::210987654321:role/x')).toBeUndefined();
    expect(principalAccount('arn:aws:iam::210987654321:role/x')).toBe('210987654321');
    expect(principalAccount('arn:aws:sts::210987654321:assumed-role/x/y')).toBe('210987654321');
    expect(principalAccount('*')).toBeUndefined();
  });

  it('reads strings and lists of strings', () => {
    expect(stringList(undefined)).toBeUndefined();
    expect(stringList('a')).toEqual(['a']);
    expect(stringList([1, true, 'x', null, {}])).toEqual(['1', 'true', 'x']);
    expect(stringList({})).toEqual([]);
  });
});
