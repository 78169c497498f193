import { describe, expect, it } from 'vitest';
import { UNKNOWN_PART, actionMatches, arnMatches, evaluate, parseOperator, type Request } from './evaluate';

const SRC = '210987654321';
const DEST = '345678901234';
const SLR = `arn:aws:iam::${DEST}:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup`;

function slr(action: string, context: Request['context'] = {}): Request {
  return { principal: { type: 'AWS', arn: SLR, account: DEST }, action, context };
}

function policy(...statements: unknown[]) {
  return { Version: '2012-10-17', Statement: statements };
}

function allow(principal: unknown, action: unknown, extra: Record<string, unknown> = {}) {
  return { Effect: 'Allow', Principal: principal, Action: action, Resource: '*', ...extra };
}

const OWNER = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${SRC}:root` },
  Action: 'kms:*',
  Resource: '*',
};

describe('actions', () => {
  it('matches wildcards case-insensitively', () => {
    expect(actionMatches('kms:*', 'kms:Decrypt')).toBe(true);
    expect(actionMatches('KMS:decrypt', 'kms:Decrypt')).toBe(true);
    expect(actionMatches('kms:ReEncrypt*', 'kms:ReEncryptFrom')).toBe(true);
    expect(actionMatches('kms:GenerateDataKey*', 'kms:GenerateDataKeyWithoutPlaintext')).toBe(true);
    expect(actionMatches('kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext')).toBe(false);
    expect(actionMatches('kms:?ecrypt', 'kms:Decrypt')).toBe(true);
    expect(actionMatches('kms:?ecrypt', 'kms:ReEncrypt')).toBe(false);
    expect(actionMatches('*', 'backup:CopyIntoBackupVault')).toBe(true);
    expect(actionMatches('kms:Describe*', 'kms:Decrypt')).toBe(false);
    expect(actionMatches('kms.Decrypt', 'kmsXDecrypt')).toBe(false);
  });

  it('NotAction excludes the listed actions only', () => {
    const p = policy({ Effect: 'Allow', Principal: { AWS: DEST }, NotAction: ['kms:ScheduleKeyDeletion', 'kms:Put*'], Resource: '*' });
    expect(evaluate(p, slr('kms:Decrypt')).decision).toBe('allow');
    expect(evaluate(p, slr('kms:PutKeyPolicy')).decision).toBe('implicit-deny');
  });
});

describe('principals', () => {
  it('the owner statement alone does not allow the destination', () => {
    expect(evaluate(policy(OWNER), slr('kms:Decrypt'))).toEqual({ decision: 'implicit-deny', deciding: [] });
  });

  it('account root ARN includes every role of the account, the service-linked role too', () => {
    const d = evaluate(policy(OWNER, allow({ AWS: `arn:aws:iam::${DEST}:root` }, 'kms:Decrypt', { Sid: 'Dest' })), slr('kms:Decrypt'));
    expect(d).toEqual({ decision: 'allow', deciding: [{ index: 1, sid: 'Dest', effect: 'Allow' }] });
  });

  it('a bare 12-digit ID means the whole account', () => {
    expect(evaluate(policy(allow({ AWS: DEST }, 'kms:Decrypt')), slr('kms:Decrypt')).decision).toBe('allow');
    expect(evaluate(policy(allow({ AWS: [SRC, DEST] }, 'kms:Decrypt')), slr('kms:Decrypt')).decision).toBe('allow');
  });

  it('another account does not match', () => {
    expect(evaluate(policy(allow({ AWS: `arn:aws:iam::${SRC}:root` }, 'kms:*')), slr('kms:Decrypt')).decision).toBe('implicit-deny');
  });

  it('the service-linked role ARN with its path matches; without the path it does not', () => {
    expect(evaluate(policy(allow({ AWS: SLR }, 'kms:Decrypt')), slr('kms:Decrypt')).decision).toBe('allow');
    const noPath = `arn:aws:iam::${DEST}:role/AWSServiceRoleForBackup`;
    expect(evaluate(policy(allow({ AWS: noPath }, 'kms:Decrypt')), slr('kms:Decrypt')).decision).toBe('implicit-deny');
  });

  it('another role of the destination does not cover the service-linked role', () => {
    const other = `arn:aws:iam::${DEST}:role/BackupCopyRole`;
    expect(evaluate(policy(allow({ AWS: other }, 'kms:Decrypt')), slr('kms:Decrypt')).decision).toBe('implicit-deny');
  });

  it('"*" and {"AWS": "*"} match anyone', () => {
    expect(evaluate(policy(allow('*', 'kms:Decrypt')), slr('kms:Decrypt')).decision).toBe('allow');
    expect(evaluate(policy(allow({ AWS: '*' }, 'kms:Decrypt')), slr('kms:Decrypt')).decision).toBe('allow');
  });

  it('unique IDs (a deleted role) match nothing', () => {
    expect(evaluate(policy(allow({ AWS: 'AROA2ABCDEFGHIJKLMNOP' }, 'kms:*')), slr('kms:Decrypt')).decision).toBe('implicit-deny');
  });

  it('partial wildcards in principals match nothing', () => {
    expect(evaluate(policy(allow({ AWS: `arn:aws:iam::${DEST}:role/*` }, 'kms:*')), slr('kms:Decrypt')).decision).toBe('implicit-deny');
  });

  it('service principals match service requests only', () => {
    const p = policy(allow({ Service: 'backup.amazonaws.com' }, 'kms:Decrypt'));
    expect(evaluate(p, slr('kms:Decrypt')).decision).toBe('implicit-deny');
    expect(evaluate(p, { principal: { type: 'Service', arn: 'backup.amazonaws.com' }, action: 'kms:Decrypt', context: {} }).decision).toBe('allow');
  });

  it('NotPrincipal with Deny: listing account and role exempts the role; only the account is ambiguous', () => {
    const deny = (np: unknown) => policy(allow({ AWS: DEST }, 'kms:*'), { Effect: 'Deny', NotPrincipal: np, Action: 'kms:*', Resource: '*' });
    expect(evaluate(deny({ AWS: [`arn:aws:iam::${DEST}:root`, SLR] }), slr('kms:Decrypt')).decision).toBe('allow');
    expect(evaluate(deny({ AWS: `arn:aws:iam::${SRC}:root` }), slr('kms:Decrypt')).decision).toBe('explicit-deny');
    const amb = evaluate(deny({ AWS: `arn:aws:iam::${DEST}:root` }), slr('kms:Decrypt'));
    expect(amb.decision).toBe('unknown');
    expect(amb.unknowns?.[0]?.reason).toBe('not-principal-ambiguous');
    const root = { principal: { type: 'AWS' as const, arn: `arn:aws:iam::${DEST}:root`, account: DEST }, action: 'kms:Decrypt', context: {} };
    expect(evaluate(deny({ AWS: DEST }), root).decision).toBe('allow');
  });

  it('a statement without a principal is malformed in a resource policy', () => {
    const p = policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' });
    expect(evaluate(p, slr('kms:Decrypt')).decision).toBe('unknown');
    expect(evaluate(p, slr('kms:Decrypt'), { requirePrincipal: false }).decision).toBe('allow');
  });

  it('accepts a single statement object', () => {
    expect(evaluate({ Statement: allow({ AWS: DEST }, 'kms:Decrypt') }, slr('kms:Decrypt')).decision).toBe('allow');
  });

  it('a document without statements is unknown', () => {
    expect(evaluate('nope', slr('kms:Decrypt')).decision).toBe('unknown');
    expect(evaluate({ Version: '2012-10-17' }, slr('kms:Decrypt')).decision).toBe('unknown');
  });
});

describe('resources', () => {
  const key = `arn:aws:kms:eu-west-1:${SRC}:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58`;
  it('"*" matches; a named key needs the request resource', () => {
    const p = policy({ ...allow({ AWS: DEST }, 'kms:Decrypt'), Resource: key });
    expect(evaluate(p, slr('kms:Decrypt')).decision).toBe('unknown');
    expect(evaluate(p, { ...slr('kms:Decrypt'), resource: key }).decision).toBe('allow');
    expect(evaluate(p, { ...slr('kms:Decrypt'), resource: key.replace('0b7f', '1b7f') }).decision).toBe('implicit-deny');
  });
  it('NotResource', () => {
    const p = policy({ Effect: 'Allow', Principal: { AWS: DEST }, Action: 'kms:Decrypt', NotResource: `arn:aws:kms:*:${SRC}:key/*` });
    expect(evaluate(p, { ...slr('kms:Decrypt'), resource: key }).decision).toBe('implicit-deny');
  });
});

describe('deny precedence', () => {
  it('an explicit deny wins over any allow', () => {
    const p = policy(allow({ AWS: DEST }, 'kms:*'), { Sid: 'NoDecrypt', Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*' });
    expect(evaluate(p, slr('kms:Decrypt'))).toEqual({ decision: 'explicit-deny', deciding: [{ index: 1, sid: 'NoDecrypt', effect: 'Deny' }] });
    expect(evaluate(p, slr('kms:Encrypt')).decision).toBe('allow');
  });

  it('a deny that may apply makes an allow unknown', () => {
    const p = policy(allow({ AWS: DEST }, 'kms:*'), {
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } },
    });
    const d = evaluate(p, slr('kms:Decrypt', { 'aws:PrincipalAccount': DEST }));
    expect(d.decision).toBe('unknown');
    expect(d.deciding).toEqual([{ index: 1, effect: 'Deny' }]);
    expect(d.unknowns?.[0]).toMatchObject({ reason: 'key-unknown', key: 'aws:SourceVpce', operator: 'StringNotEquals' });
  });

  it('a certain deny wins over an unknown deny', () => {
    const p = policy(
      { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      { Effect: 'Deny', Principal: { AWS: DEST }, Action: 'kms:Decrypt', Resource: '*' },
    );
    expect(evaluate(p, slr('kms:Decrypt')).decision).toBe('explicit-deny');
  });

  it('an unknown allow next to a certain allow is an allow', () => {
    const p = policy(allow({ AWS: DEST }, 'kms:Decrypt', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' } } }), allow({ AWS: DEST }, 'kms:Decrypt'));
    expect(evaluate(p, slr('kms:Decrypt')).decision).toBe('allow');
  });

  it('an invalid Effect is not guessed', () => {
    const p = policy({ Effect: 'allow', Principal: { AWS: DEST }, Action: 'kms:*', Resource: '*' });
    expect(evaluate(p, slr('kms:Decrypt')).decision).toBe('unknown');
  });
});

describe('condition operators', () => {
  const ctx = {
    'aws:PrincipalAccount': DEST,
    'aws:PrincipalArn': SLR,
    'aws:PrincipalOrgID': 'o-7h2kd9x3qa',
    'kms:CallerAccount': DEST,
    'kms:ViaService': 'backup.eu-west-1.amazonaws.com',
    'aws:PrincipalIsAWSService': false,
    'kms:GrantIsForAWSResource': true,
    'aws:MultiFactorAuthAge': 3600,
    'aws:CurrentTime': '2026-11-29T10:00:00Z',
    'kms:EncryptionContextKeys': ['aws:backup:source-resource', 'aws:ebs:id'],
    'aws:PrincipalTag/team': undefined,
  };
  const cond = (c: Record<string, unknown>, context: Request['context'] = ctx) =>
    evaluate(policy(allow({ AWS: DEST }, 'kms:Decrypt', { Condition: c })), slr('kms:Decrypt', context)).decision;

  it('StringEquals / StringNotEquals (case-sensitive values, case-insensitive keys)', () => {
    expect(cond({ StringEquals: { 'kms:CallerAccount': DEST } })).toBe('allow');
    expect(cond({ StringEquals: { 'KMS:CALLERACCOUNT': DEST } })).toBe('allow');
    expect(cond({ StringEquals: { 'kms:CallerAccount': [SRC, DEST] } })).toBe('allow');
    expect(cond({ StringEquals: { 'kms:CallerAccount': `arn:aws:iam::${DEST}:root` } })).toBe('implicit-deny');
    expect(cond({ StringEquals: { 'aws:PrincipalOrgID': 'O-7H2KD9X3QA' } })).toBe('implicit-deny');
    expect(cond({ StringNotEquals: { 'kms:CallerAccount': SRC } })).toBe('allow');
    expect(cond({ StringNotEquals: { 'kms:CallerAccount': [SRC, DEST] } })).toBe('implicit-deny');
  });

  it('StringEqualsIgnoreCase / StringNotEqualsIgnoreCase', () => {
    expect(cond({ StringEqualsIgnoreCase: { 'aws:PrincipalOrgID': 'O-7H2KD9X3QA' } })).toBe('allow');
    expect(cond({ StringNotEqualsIgnoreCase: { 'aws:PrincipalOrgID': 'O-7H2KD9X3QA' } })).toBe('implicit-deny');
  });

  it('StringLike / StringNotLike', () => {
    expect(cond({ StringLike: { 'kms:ViaService': 'backup.*.amazonaws.com' } })).toBe('allow');
    expect(cond({ StringLike: { 'kms:ViaService': 'ec2.*.amazonaws.com' } })).toBe('implicit-deny');
    expect(cond({ StringLike: { 'kms:ViaService': 'backup.eu-west-?.amazonaws.com' } })).toBe('allow');
    expect(cond({ StringNotLike: { 'kms:ViaService': 'ec2.*' } })).toBe('allow');
  });

  it('ArnEquals / ArnLike / ArnNotEquals / ArnNotLike', () => {
    expect(cond({ ArnEquals: { 'aws:PrincipalArn': SLR } })).toBe('allow');
    expect(cond({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${DEST}:role/aws-service-role/*` } })).toBe('allow');
    expect(cond({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup' } })).toBe('allow');
    expect(cond({ ArnNotEquals: { 'aws:PrincipalArn': SLR } })).toBe('implicit-deny');
    expect(cond({ ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${SRC}:*` } })).toBe('allow');
    expect(cond({ ArnLike: { 'aws:PrincipalArn': 'not-an-arn' } })).toBe('implicit-deny');
  });

  it('Bool with strings or booleans', () => {
    expect(cond({ Bool: { 'kms:GrantIsForAWSResource': 'true' } })).toBe('allow');
    expect(cond({ Bool: { 'kms:GrantIsForAWSResource': true } })).toBe('allow');
    expect(cond({ Bool: { 'kms:GrantIsForAWSResource': 'false' } })).toBe('implicit-deny');
    expect(cond({ Bool: { 'aws:PrincipalIsAWSService': 'true' } })).toBe('implicit-deny');
    expect(cond({ Bool: { 'kms:GrantIsForAWSResource': 'true' } }, { 'kms:GrantIsForAWSResource': undefined })).toBe('implicit-deny');
  });

  it('Null', () => {
    expect(cond({ Null: { 'aws:PrincipalTag/team': 'true' } })).toBe('allow');
    expect(cond({ Null: { 'aws:PrincipalOrgID': 'false' } })).toBe('allow');
    expect(cond({ Null: { 'aws:PrincipalOrgID': 'true' } })).toBe('implicit-deny');
    expect(cond({ Null: { 'aws:SourceIp': 'true' } })).toBe('unknown');
  });

  it('Numeric operators', () => {
    expect(cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': '7200' } })).toBe('allow');
    expect(cond({ NumericLessThanEquals: { 'aws:MultiFactorAuthAge': 3600 } })).toBe('allow');
    expect(cond({ NumericGreaterThan: { 'aws:MultiFactorAuthAge': '7200' } })).toBe('implicit-deny');
    expect(cond({ NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': '3600' } })).toBe('allow');
    expect(cond({ NumericEquals: { 'aws:MultiFactorAuthAge': '3600' } })).toBe('allow');
    expect(cond({ NumericNotEquals: { 'aws:MultiFactorAuthAge': '3600' } })).toBe('implicit-deny');
    expect(cond({ NumericEquals: { 'aws:MultiFactorAuthAge': 'abc' } })).toBe('unknown');
  });

  it('Date operators: decided when both sides parse, unknown otherwise', () => {
    expect(cond({ DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } })).toBe('allow');
    expect(cond({ DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } })).toBe('implicit-deny');
    expect(cond({ DateLessThan: { 'aws:CurrentTime': 'soon' } })).toBe('unknown');
    expect(cond({ DateLessThan: { 'aws:EpochTime': '2026-01-01T00:00:00Z' } })).toBe('unknown');
  });

  it('...IfExists is true when the key is absent, and decides normally when present', () => {
    expect(cond({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'backup' } })).toBe('allow');
    expect(cond({ StringEquals: { 'aws:PrincipalTag/team': 'backup' } })).toBe('implicit-deny');
    expect(cond({ StringNotEquals: { 'aws:PrincipalTag/team': 'backup' } })).toBe('allow');
    expect(cond({ StringEqualsIfExists: { 'kms:CallerAccount': SRC } })).toBe('implicit-deny');
    expect(cond({ StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } })).toBe('unknown');
  });

  it('ForAnyValue / ForAllValues with correct empty-set semantics', () => {
    expect(cond({ 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'aws:ebs:id' } })).toBe('allow');
    expect(cond({ 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'other' } })).toBe('implicit-deny');
    expect(cond({ 'ForAllValues:StringLike': { 'kms:EncryptionContextKeys': 'aws:*' } })).toBe('allow');
    expect(cond({ 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': 'aws:ebs:id' } })).toBe('implicit-deny');
    // Empty set or absent key: ForAllValues is true, ForAnyValue is false.
    const empty = { ...ctx, 'kms:EncryptionContextKeys': [] as string[] };
    expect(cond({ 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': 'x' } }, empty)).toBe('allow');
    expect(cond({ 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'x' } }, empty)).toBe('implicit-deny');
    const absent = { ...ctx, 'kms:EncryptionContextKeys': undefined };
    expect(cond({ 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': 'x' } }, absent)).toBe('allow');
    expect(cond({ 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'x' } }, absent)).toBe('implicit-deny');
    expect(cond({ 'ForAnyValue:StringEqualsIfExists': { 'kms:EncryptionContextKeys': 'x' } }, absent)).toBe('allow');
    expect(cond({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-7h2kd9x3qa/*' } })).toBe('unknown');
    expect(cond({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-7h2kd9x3qa/*' } }, { ...ctx, 'aws:PrincipalOrgPaths': ['o-7h2kd9x3qa/r-ab12/ou-ab12-11111111/'] })).toBe('allow');
    expect(cond({ 'ForAnyValue:StringNotEquals': { 'kms:EncryptionContextKeys': 'aws:ebs:id' } })).toBe('allow');
  });

  it('keys missing from the context make the answer unknown, never allow', () => {
    const d = evaluate(policy(allow({ AWS: DEST }, 'kms:Decrypt', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' } } })), slr('kms:Decrypt', {}));
    expect(d.decision).toBe('unknown');
    expect(d.unknowns).toEqual([{ index: 0, effect: 'Allow', reason: 'key-unknown', operator: 'StringEquals', key: 'aws:PrincipalOrgID', path: ['Condition', 'StringEquals', 'aws:PrincipalOrgID'] }]);
    expect(d.unknownReasons?.[0]).toContain('aws:PrincipalOrgID');
  });

  it('a false condition decides even when another is unknown', () => {
    expect(cond({ StringEquals: { 'aws:SourceVpc': 'vpc-1', 'kms:CallerAccount': SRC } }, { ...ctx })).toBe('implicit-deny');
  });

  it('unknown operators are unknown', () => {
    expect(cond({ StringMatches: { 'kms:CallerAccount': DEST } })).toBe('unknown');
    expect(cond({ stringequals: { 'kms:CallerAccount': DEST } })).toBe('unknown');
    expect(cond({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })).toBe('unknown');
  });

  it('policy variables are substituted from the context', () => {
    expect(cond({ StringEquals: { 'kms:CallerAccount': '${aws:PrincipalAccount}' } })).toBe('allow');
    expect(cond({ StringEquals: { 'kms:CallerAccount': '${aws:SourceAccount}' } })).toBe('unknown');
  });

  it('several operators and keys are ANDed', () => {
    expect(
      cond({ StringEquals: { 'kms:CallerAccount': DEST, 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' }, StringLike: { 'kms:ViaService': 'backup.*.amazonaws.com' } }),
    ).toBe('allow');
    expect(cond({ StringEquals: { 'kms:CallerAccount': DEST }, StringLike: { 'kms:ViaService': 'rds.*.amazonaws.com' } })).toBe('implicit-deny');
  });
});

describe('operator parsing', () => {
  it('reads qualifiers', () => {
    expect(parseOperator('ForAnyValue:StringLikeIfExists')).toEqual({ set: 'ForAnyValue', base: 'StringLike', ifExists: true });
    expect(parseOperator('Bool')).toEqual({ set: undefined, base: 'Bool', ifExists: false });
    expect(parseOperator('NullIfExists')).toBeUndefined();
  });
  it('ARN matching is per component', () => {
    expect(arnMatches('arn:aws:iam::*:root', `arn:aws:iam::${DEST}:root`)).toBe(true);
    expect(arnMatches('arn:aws:iam::*', `arn:aws:iam::${DEST}:root`)).toBe(false);
    expect(arnMatches('arn:aws:kms:*:*:key/*', `arn:aws:kms:eu-west-1:${SRC}:key/abc`)).toBe(true);
  });
});

describe('real policies', () => {
  it('the AWS default key policy plus the documented cross-account statements allows every copy action', () => {
    const p = policy(
      OWNER,
      {
        Sid: 'Allow use of the key',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${DEST}:root` },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
      },
      {
        Sid: 'Allow attachment of persistent resources',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${DEST}:root` },
        Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
        Resource: '*',
        Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
      },
    );
    for (const a of ['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext']) {
      expect(evaluate(p, slr(a, { 'kms:GrantIsForAWSResource': undefined })).decision).toBe('allow');
    }
    for (const a of ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant']) {
      expect(evaluate(p, slr(a, { 'kms:GrantIsForAWSResource': true })).decision).toBe('allow');
      expect(evaluate(p, slr(a, { 'kms:GrantIsForAWSResource': undefined })).decision).toBe('implicit-deny');
    }
  });

  it('a vault policy open to the organization', () => {
    const p = policy({
      Sid: 'AllowOrgCopies',
      Effect: 'Allow',
      Principal: '*',
      Action: 'backup:CopyIntoBackupVault',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' } },
    });
    const req = (ctx: Request['context']): Request => ({ principal: { type: 'AWS', arn: `arn:aws:iam::${SRC}:root`, account: SRC }, action: 'backup:CopyIntoBackupVault', context: ctx });
    expect(evaluate(p, req({ 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' })).decision).toBe('allow');
    expect(evaluate(p, req({ 'aws:PrincipalOrgID': 'o-99zzzzzzzz' })).decision).toBe('implicit-deny');
    expect(evaluate(p, req({})).decision).toBe('unknown');
  });
});

describe('resources with parts not known', () => {
  const VAULT = `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-vault`;
  const copy = (resource: string | undefined): Request => ({
    principal: { type: 'AWS', arn: `arn:aws:iam::${SRC}:root`, account: SRC },
    action: 'backup:CopyIntoBackupVault',
    ...(resource ? { resource } : {}),
    context: {},
  });
  const on = (resource: unknown, extra: Record<string, unknown> = {}) => policy({ Effect: 'Allow', Principal: { AWS: SRC }, Action: 'backup:CopyIntoBackupVault', Resource: resource, ...extra });

  it('a statement for another vault does not apply; one for this vault does', () => {
    expect(evaluate(on(`arn:aws:backup:eu-central-1:${DEST}:backup-vault:old-vault`), copy(VAULT)).decision).toBe('implicit-deny');
    expect(evaluate(on(VAULT), copy(VAULT)).decision).toBe('allow');
    expect(evaluate(on([`arn:aws:backup:eu-central-1:${DEST}:backup-vault:old-vault`, `arn:aws:backup:*:${DEST}:backup-vault:central-*`]), copy(VAULT)).decision).toBe('allow');
  });

  it('NotResource applies to every other resource', () => {
    const notThis = policy({ Effect: 'Allow', Principal: { AWS: SRC }, Action: 'backup:CopyIntoBackupVault', NotResource: VAULT });
    expect(evaluate(notThis, copy(VAULT)).decision).toBe('implicit-deny');
    const notOld = policy({ Effect: 'Allow', Principal: { AWS: SRC }, Action: 'backup:CopyIntoBackupVault', NotResource: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:old-vault` });
    expect(evaluate(notOld, copy(VAULT)).decision).toBe('allow');
  });

  it('a vault name not known leaves a named vault undecided, but a known part can still rule it out', () => {
    const noName = `arn:aws:backup:eu-central-1:${DEST}:backup-vault:${UNKNOWN_PART}`;
    const d = evaluate(on(VAULT), copy(noName));
    expect(d.decision).toBe('unknown');
    expect(d.unknowns?.[0]).toMatchObject({ reason: 'resource-unknown', parts: ['resource'] });
    expect(evaluate(on(`arn:aws:backup:eu-central-1:${DEST}:backup-vault:*`), copy(noName)).decision).toBe('allow');
    expect(evaluate(on(`arn:aws:backup:us-east-1:${SRC}:backup-vault:source-vault`), copy(noName)).decision).toBe('implicit-deny');
    expect(evaluate(on(`arn:aws:backup:eu-central-1:${DEST}:recovery-point:*`), copy(noName)).decision).toBe('implicit-deny');
    const noRegion = `arn:aws:backup:${UNKNOWN_PART}:${DEST}:backup-vault:central-vault`;
    expect(evaluate(on(VAULT), copy(noRegion)).unknowns?.[0]?.parts).toEqual(['region']);
  });
});

describe('keys the request does not carry', () => {
  const absentKey = (key: string) => (key.toLowerCase().startsWith('backup:') ? ('invented' as const) : key.toLowerCase() === 'aws:sourceip' ? ('service-call' as const) : undefined);
  const req: Request = { principal: { type: 'AWS', arn: `arn:aws:iam::${SRC}:root`, account: SRC }, action: 'backup:CopyIntoBackupVault', context: {}, absentKey };
  const allowIf = (condition: unknown) => policy({ Sid: 'Conditional', Effect: 'Allow', Principal: { AWS: SRC }, Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: condition });

  it('a positive condition on an absent key is false, and the statement is named', () => {
    const d = evaluate(allowIf({ StringEquals: { 'backup:CopySourceRegion': 'eu-west-1' } }), req);
    expect(d.decision).toBe('implicit-deny');
    expect(d.neverMatches).toEqual([{ index: 0, sid: 'Conditional', effect: 'Allow', operator: 'StringEquals', key: 'backup:CopySourceRegion', reason: 'invented' }]);
    expect(evaluate(allowIf({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }), req).neverMatches?.[0]?.reason).toBe('service-call');
  });

  it('negated operators and IfExists are true on an absent key; Null says it is absent', () => {
    expect(evaluate(allowIf({ StringNotEquals: { 'backup:CopySourceRegion': 'eu-west-1' } }), req).decision).toBe('allow');
    expect(evaluate(allowIf({ IpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' } }), req).decision).toBe('allow');
    expect(evaluate(allowIf({ Null: { 'aws:SourceIp': 'true' } }), req).decision).toBe('allow');
    expect(evaluate(allowIf({ Null: { 'aws:SourceIp': 'false' } }), req).decision).toBe('implicit-deny');
    // A key the request may carry stays undecided.
    expect(evaluate(allowIf({ StringEquals: { 'aws:ResourceTag/team': 'backup' } }), req).decision).toBe('unknown');
  });

  it('IpAddress decides IPv4 addresses and blocks', () => {
    const withIp: Request = { ...req, context: { 'aws:SourceIp': '203.0.113.7' } };
    expect(evaluate(allowIf({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }), withIp).decision).toBe('allow');
    expect(evaluate(allowIf({ IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }), withIp).decision).toBe('implicit-deny');
    expect(evaluate(allowIf({ NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }), withIp).decision).toBe('allow');
    expect(evaluate(allowIf({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }), withIp).decision).toBe('unknown');
  });

  it('a value known to be none of the documentation examples', () => {
    const r: Request = { ...req, context: { 'aws:PrincipalOrgID': { unknownExcept: ['o-a1b2c3d4e5', 'o-exampleorgid'] } } };
    expect(evaluate(allowIf({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }), r).decision).toBe('implicit-deny');
    expect(evaluate(allowIf({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-exampleorgid' } }), r).decision).toBe('allow');
    expect(evaluate(allowIf({ StringEquals: { 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' } }), r).decision).toBe('unknown');
  });
});

describe('a requester whose role is not known', () => {
  const someRole: Request = { principal: { type: 'AWS', arn: `arn:aws:iam::${SRC}:root`, account: SRC, arnUnknown: true }, action: 'backup:CopyIntoBackupVault', context: {} };
  const to = (aws: unknown) => policy({ Effect: 'Allow', Principal: { AWS: aws }, Action: 'backup:CopyIntoBackupVault', Resource: '*' });
  it('the account matches, a role of that account is undecided, a role elsewhere does not match', () => {
    expect(evaluate(to(`arn:aws:iam::${SRC}:root`), someRole).decision).toBe('allow');
    const d = evaluate(to(`arn:aws:iam::${SRC}:role/service-role/AWSBackupDefaultServiceRole`), someRole);
    expect(d.decision).toBe('unknown');
    expect(d.unknowns?.[0]?.reason).toBe('principal-unknown');
    expect(evaluate(to(`arn:aws:iam::${DEST}:role/BackupRole`), someRole).decision).toBe('implicit-deny');
  });
});
