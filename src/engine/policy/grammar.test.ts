import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lineColumn, locate } from '../json/parse';
import { readPolicyText } from '../json/policyText';
import type { Finding } from '../types';
import { GRAMMAR_CODES, grammarFindings, KEY_POLICY_MAX_BYTES, type GrammarOptions, type PolicyKind } from './grammar';

const SOURCE = '210987654321';
const DEST = '345678901234';
const OPTS: GrammarOptions = { sourceAccountId: SOURCE, destinationAccountId: DEST };

const KEY_POLICY = {
  Version: '2012-10-17',
  Id: 'key-consolepolicy-3',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${SOURCE}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'Allow use of the key',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${DEST}:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup` },
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
      Resource: '*',
    },
    {
      Sid: 'Allow attachment of persistent resources',
      Effect: 'Allow',
      Principal: { AWS: DEST },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    },
  ],
};

const VAULT_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllowCopyFromSource',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${SOURCE}:root` },
      Action: 'backup:CopyIntoBackupVault',
      Resource: '*',
    },
  ],
};

const VAULT_POLICY_ORG = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: '*',
      Action: 'backup:CopyIntoBackupVault',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a7b8c9d0e1f2' } },
    },
    {
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'backup:CopyIntoBackupVault',
      Resource: `arn:aws:backup:eu-west-1:${DEST}:backup-vault:central-vault`,
      Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a7b8c9d0e1f2/r-ab12/ou-ab12-11111111/*'] } },
    },
  ],
};

const SCP = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyCopyOutsideOrg',
      Effect: 'Deny',
      Action: ['backup:CopyIntoBackupVault', 'backup:CopyFromBackupVault'],
      Resource: '*',
      Condition: { 'ForAnyValue:StringNotLike': { 'backup:CopyTargetOrgPaths': ['o-a7b8c9d0e1f2/*'] } },
    },
  ],
};

// The AWS managed key policy of aws/ebs: "*" narrowed by kms:CallerAccount and kms:ViaService.
const AWS_EBS_KEY_POLICY = {
  Version: '2012-10-17',
  Id: 'auto-ebs-2',
  Statement: [
    {
      Sid: 'Allow access through EBS for all principals in the account that are authorized to use EBS',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com', 'kms:CallerAccount': SOURCE } },
    },
    {
      Sid: 'Allow direct access to key metadata to the account',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${SOURCE}:root` },
      Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
      Resource: '*',
    },
  ],
};

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

function findings(text: string | object, kind: PolicyKind = 'key', opts: GrammarOptions = OPTS): Finding[] {
  return grammarFindings(readPolicyText(typeof text === 'string' ? text : pretty(text)), kind, opts);
}

function codes(text: string | object, kind: PolicyKind = 'key', opts: GrammarOptions = OPTS): string[] {
  return findings(text, kind, opts).map((f) => f.code);
}

/** A key policy whose second statement is replaced by `statement`. */
function withStatement(statement: Record<string, unknown>): object {
  return { ...KEY_POLICY, Statement: [KEY_POLICY.Statement[0], statement] };
}

const base = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEST}:root` }, Action: 'kms:Decrypt', Resource: '*' };

describe('grammarFindings on good policies', () => {
  it('finds nothing in correct key, vault and SCP policies', () => {
    expect(findings(KEY_POLICY, 'key')).toEqual([]);
    expect(findings(VAULT_POLICY, 'vault')).toEqual([]);
    expect(findings(VAULT_POLICY_ORG, 'vault')).toEqual([]);
    expect(findings(SCP, 'scp')).toEqual([]);
    expect(findings([SCP, SCP], 'scp')).toEqual([]);
    expect(findings(AWS_EBS_KEY_POLICY, 'key')).toEqual([]);
  });

  it('finds nothing in the get-key-policy and get-backup-vault-access-policy outputs of correct policies', () => {
    const key = JSON.stringify({ Policy: pretty(KEY_POLICY), PolicyName: 'default' }, null, 4);
    const vault = JSON.stringify({ BackupVaultName: 'v', BackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:v', Policy: JSON.stringify(VAULT_POLICY) }, null, 4);
    expect(findings(key, 'key')).toEqual([]);
    expect(findings(vault, 'vault')).toEqual([]);
  });

  it('returns nothing for an empty paste', () => {
    expect(findings('  \n', 'key')).toEqual([]);
  });
});

describe('grammarFindings on the broken policies people paste', () => {
  // Built from the source article's template, pasted through a chat app, with the mistakes of section 4.
  const pasted = [
    '{', //                                                                           line 1
    '  “Version”: “2012-10-17”,', //                                                  2
    '  "Statement": [', //                                                            3
    '    {', //                                                                       4
    '      "Sid": "Enable IAM User Permissions",', //                                 5
    '      "Effect": "Allow",', //                                                    6
    '      "Principal": {"AWS": "arn:aws:iam::SourceAccountID :root"},', //           7
    '      "Action": "kms:*",', //                                                    8
    '      "Resource": "*"', //                                                       9
    '    },', //                                                                      10
    '    {', //                                                                       11
    '      "Sid": "Allow use of the key",', //                                        12
    '      "Effect": "Allow",', //                                                    13
    '      "Princpal": {"AWS": [', //                                                 14
    '        "arn:aws:iam:::111111111111:role/backup",', //                           15
    '        "1234567890123",', //                                                    16
    '        "AROAJQABLZS4A3QDU576Q"', //                                             17
    '      ]},', //                                                                   18
    '      "Action": ["kms:Decrypt", "kms:DescribeKey"],', //                         19
    '      "Resource": "*",', //                                                      20
    '    },', //                                                                      21
    '    {', //                                                                       22
    '      "Sid": "Allow use of the key",', //                                        23
    '      "Effect": "Allow",', //                                                    24
    '      "Principal": {"AWS": "arn:aws:iam::444455556666:root"},', //               25
    '      "Action": "kms:CreateGrant",', //                                          26
    '      "Resource": "*",', //                                                      27
    '      "Conditions": {"Bool": {"kms:GrantIsForAWSResource": "yes"},', //          28
    '        "StringEquals": {"kms:CallerAccount": "arn:aws:iam::444455556666:root"}}', // 29
    '    }', //                                                                       30
    '  ]', //                                                                         31
    '}', //                                                                           32
  ].join('\n');

  it('reports each problem with its line and column in the text as pasted', () => {
    const got = findings(pasted, 'key', {}).map((f) => [f.code, f.severity, f.location?.line, f.location?.column]);
    expect(got).toEqual([
      ['PASTE_DAMAGE_TYPOGRAPHIC_QUOTES', 'warning', 2, 2],
      ['PASTE_DAMAGE_TRAILING_COMMA', 'warning', 20, 21],
      ['PLACEHOLDER_LEFT', 'error', 7, 20],
      ['ARN_HAS_SPACE', 'error', 7, 20],
      ['STATEMENT_ELEMENT_MISSPELLED', 'error', 14, 6],
      ['ARN_EXTRA_COLON', 'error', 15, 8],
      ['ACCOUNT_ID_INVALID', 'error', 16, 8],
      ['PRINCIPAL_UNIQUE_ID', 'warning', 17, 8],
      ['SID_DUPLICATE', 'error', 23, 6],
      ['EXAMPLE_ACCOUNT_ID', 'error', 25, 20],
      ['STATEMENT_ELEMENT_MISSPELLED', 'error', 28, 6],
      ['CONDITION_BOOL_VALUE_INVALID', 'error', 28, 30],
      ['CONDITION_ACCOUNT_IS_ARN', 'error', 29, 25],
    ]);
  });

  it('gives params the messages need', () => {
    const all = findings(pasted, 'key', {});
    const byCode = new Map([...all].reverse().map((f) => [f.code, f])); // the first of each code
    expect(byCode.get('PASTE_DAMAGE_TYPOGRAPHIC_QUOTES')?.params).toEqual({ count: 4, lines: '2' });
    expect(byCode.get('STATEMENT_ELEMENT_MISSPELLED')?.params).toEqual({ element: 'Princpal', suggestion: 'Principal' });
    expect(byCode.get('ACCOUNT_ID_INVALID')?.params).toEqual({ value: '1234567890123', digits: 13 });
    expect(byCode.get('PLACEHOLDER_LEFT')?.params).toEqual({ value: 'arn:aws:iam::SourceAccountID :root' });
    expect(byCode.get('CONDITION_ACCOUNT_IS_ARN')?.location?.path).toEqual([
      'Statement', 2, 'Conditions', 'StringEquals', 'kms:CallerAccount',
    ]);
    for (const f of findings(pasted, 'key', {})) {
      expect(f.message).toBe('');
      expect(f.location?.input).toBe('sourceKeyPolicy');
    }
  });

  it('points into an unwrapped get-key-policy output', () => {
    const inner = pretty(withStatement({ ...base, Principal: { AWS: 'arn:aws:iam::DestinationAccountID:root' } }));
    const output = JSON.stringify({ Policy: inner, PolicyName: 'default' }, null, 4);
    const [f, ...rest] = findings(output);
    expect(rest).toEqual([]);
    expect(f?.code).toBe('PLACEHOLDER_LEFT');
    const at = output.indexOf('\\"AWS\\": \\"arn:aws:iam::DestinationAccountID:root\\"');
    expect(f?.location).toEqual({
      input: 'sourceKeyPolicy',
      path: ['Statement', 1, 'Principal', 'AWS'],
      line: 2,
      column: at - output.indexOf('\n') - 1,
      offset: at,
      length: '\\"AWS\\": \\"arn:aws:iam::DestinationAccountID:root\\"'.length,
    });
  });

  it('points into an unwrapped vault policy output on its own line', () => {
    const policy = { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Action: 'backup:*' }] };
    const output = JSON.stringify({ BackupVaultName: 'v', BackupVaultArn: `arn:aws:backup:eu-west-1:${DEST}:backup-vault:v`, Policy: JSON.stringify(policy) }, null, 4);
    const [f] = findings(output, 'vault');
    expect(f).toMatchObject({ code: 'VAULT_ACTION_WILDCARD', severity: 'error', params: { action: 'backup:*' } });
    expect(f?.location?.line).toBe(4);
    expect(output.slice(f!.location!.offset!, f!.location!.offset! + f!.location!.length!)).toBe('\\"Action\\":\\"backup:*\\"');
  });

  it('turns syntax errors into findings with their positions', () => {
    const text = '{\n  "Version": "2012-10-17"\n  "Statement": []\n}';
    const fs = findings(text);
    expect(fs[0]).toMatchObject({
      code: 'JSON_SYNTAX_ERROR',
      severity: 'error',
      params: { error: 'CommaExpected' },
      location: { line: 3, column: 2, path: [] },
    });
    expect(fs.map((f) => f.code)).toContain('STATEMENT_EMPTY');
  });

  it('caps a flood of syntax errors', () => {
    const fs = findings('{' + ' x'.repeat(100) + '}');
    expect(fs.filter((f) => f.code === 'JSON_SYNTAX_ERROR')).toHaveLength(25);
    expect(fs.find((f) => f.code === 'JSON_SYNTAX_ERRORS_TRUNCATED')?.params?.count).toBeGreaterThan(0);
  });

  it('reports text left out around the JSON, a CLI error, and an output pasted in the wrong box', () => {
    expect(codes(`$ aws kms get-key-policy --key-id x --query Policy --output text\n${pretty(KEY_POLICY)}`)).toEqual(['PASTE_EXTRA_TEXT_BEFORE']);
    expect(codes(`${pretty(KEY_POLICY)}\tdefault`)).toEqual(['PASTE_EXTRA_TEXT_AFTER']);
    const err = 'An error occurred (ResourceNotFoundException) when calling the GetBackupVaultAccessPolicy operation: no policy';
    expect(findings(err, 'vault')).toMatchObject([{ code: 'VAULT_POLICY_NOT_FOUND', severity: 'error', location: { line: 1, column: 0 } }]);
    expect(codes('An error occurred (AccessDeniedException) when calling the GetKeyPolicy operation: denied', 'key')).toEqual(['CLI_ERROR_PASTED']);
    const vaultOutput = JSON.stringify({ BackupVaultName: 'v', BackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:v', Policy: JSON.stringify(VAULT_POLICY) });
    expect(codes(vaultOutput, 'key')).toContain('WRAPPER_MISMATCH');
  });
});

describe('grammarFindings: one rule at a time', () => {
  const cases: [string, object, string[], PolicyKind?, GrammarOptions?][] = [
    ['missing Version', { Statement: KEY_POLICY.Statement }, ['VERSION_MISSING']],
    ['old Version', { ...KEY_POLICY, Version: '2008-10-17' }, ['VERSION_OLD']],
    ['wrong Version', { ...KEY_POLICY, Version: '2024-01-01' }, ['VERSION_INVALID']],
    ['Version as a number', { ...KEY_POLICY, Version: 2012 }, ['VERSION_INVALID']],
    ['misspelled Version', { version: '2012-10-17', Statement: KEY_POLICY.Statement }, ['POLICY_ELEMENT_MISSPELLED']],
    ['unknown top-level element', { ...KEY_POLICY, Comment: 'x' }, ['POLICY_ELEMENT_UNKNOWN']],
    ['Id not a string', { ...KEY_POLICY, Id: 3 }, ['ELEMENT_TYPE_INVALID']],
    ['missing Statement', { Version: '2012-10-17' }, ['STATEMENT_MISSING']],
    ['Statement a string', { Version: '2012-10-17', Statement: 'x' }, ['STATEMENT_TYPE_INVALID']],
    ['Statement empty', { Version: '2012-10-17', Statement: [] }, ['STATEMENT_EMPTY', 'KEY_POLICY_LOCKOUT']],
    ['statement not an object', { Version: '2012-10-17', Statement: [KEY_POLICY.Statement[0], 'x'] }, ['STATEMENT_NOT_OBJECT']],
    ['Statement as one object', { Version: '2012-10-17', Statement: KEY_POLICY.Statement[0] }, []],
    ['not a policy at all', { KeyMetadata: { KeyId: 'x' } }, ['NOT_A_POLICY']],
    ['missing Effect', withStatement({ ...base, Effect: undefined }), ['EFFECT_MISSING']],
    ['lower-case effect', withStatement({ ...base, Effect: 'allow' }), ['EFFECT_INVALID']],
    ['missing Principal', withStatement({ ...base, Principal: undefined }), ['PRINCIPAL_MISSING']],
    ['Principal and NotPrincipal', withStatement({ ...base, NotPrincipal: { AWS: `arn:aws:iam::${DEST}:root` } }), ['PRINCIPAL_AND_NOT_PRINCIPAL', 'NOT_PRINCIPAL_WITH_ALLOW']],
    ['Allow with NotPrincipal', withStatement({ ...base, Principal: undefined, NotPrincipal: { AWS: `arn:aws:iam::${DEST}:root` } }), ['NOT_PRINCIPAL_WITH_ALLOW']],
    ['Principal an ARN string', withStatement({ ...base, Principal: `arn:aws:iam::${DEST}:root` }), ['PRINCIPAL_FORMAT_INVALID']],
    ['principal type in lower case', withStatement({ ...base, Principal: { aws: `arn:aws:iam::${DEST}:root` } }), ['PRINCIPAL_TYPE_MISSPELLED']],
    ['unknown principal type', withStatement({ ...base, Principal: { IAM: `arn:aws:iam::${DEST}:root` } }), ['PRINCIPAL_TYPE_UNKNOWN']],
    ['principal name', withStatement({ ...base, Principal: { AWS: 'BackupRole' } }), ['PRINCIPAL_INVALID']],
    ['partial wildcard in principal', withStatement({ ...base, Principal: { AWS: `arn:aws:iam::${DEST}:role/*` } }), ['PRINCIPAL_PARTIAL_WILDCARD']],
    ['wildcard account in principal', withStatement({ ...base, Principal: { AWS: 'arn:aws:iam::*:root' } }), ['PRINCIPAL_PARTIAL_WILDCARD']],
    ['deleted role (unique ID)', withStatement({ ...base, Principal: { AWS: 'AROAJQABLZS4A3QDU576Q' } }), ['PRINCIPAL_UNIQUE_ID']],
    ['KMS ARN as principal', withStatement({ ...base, Principal: { AWS: `arn:aws:kms:us-east-1:${DEST}:key/1234abcd-12ab-34cd-56ef-1234567890ab` } }), ['PRINCIPAL_ARN_SERVICE_INVALID']],
    ['principal ARN with a Region', withStatement({ ...base, Principal: { AWS: `arn:aws:iam:us-east-1:${DEST}:root` } }), ['PRINCIPAL_ARN_INVALID']],
    ['group as principal', withStatement({ ...base, Principal: { AWS: `arn:aws:iam::${DEST}:group/admins` } }), ['PRINCIPAL_ARN_INVALID']],
    ['assumed role principal', withStatement({ ...base, Principal: { AWS: `arn:aws:sts::${DEST}:assumed-role/Admin/me` } }), []],
    ['upper-case partition', withStatement({ ...base, Principal: { AWS: `arn:AWS:iam::${DEST}:root` } }), ['ARN_PARTITION_UNKNOWN']],
    ['truncated ARN', withStatement({ ...base, Principal: { AWS: `arn:aws:iam::${DEST}` } }), ['ARN_MALFORMED']],
    ['11-digit account', withStatement({ ...base, Principal: { AWS: '34567890123' } }), ['ACCOUNT_ID_INVALID']],
    ['account with dashes', withStatement({ ...base, Principal: { AWS: '3456-7890-1234' } }), ['ACCOUNT_ID_INVALID']],
    ['13-digit account in an ARN', withStatement({ ...base, Principal: { AWS: 'arn:aws:iam::3456789012345:root' } }), ['ACCOUNT_ID_INVALID']],
    ['[source-account-id]', withStatement({ ...base, Principal: { AWS: 'arn:aws:iam::[source-account-id]:root' } }), ['PLACEHOLDER_LEFT']],
    ['<ACCOUNT_ID>', withStatement({ ...base, Principal: { AWS: '<ACCOUNT_ID>' } }), ['PLACEHOLDER_LEFT']],
    ['example account', withStatement({ ...base, Principal: { AWS: 'arn:aws:iam::123456789012:root' } }), ['EXAMPLE_ACCOUNT_ID']],
    ['example account that is the real one (warns)', withStatement({ ...base, Principal: { AWS: 'arn:aws:iam::444455556666:root' } }), ['EXAMPLE_ACCOUNT_ID_IS_YOURS'], 'key', { sourceAccountId: SOURCE, destinationAccountId: '444455556666' }],
    ['bad service principal', withStatement({ ...base, Principal: { Service: 'backup' } }), ['SERVICE_PRINCIPAL_INVALID']],
    ['good service principal', withStatement({ ...base, Principal: { Service: 'backup.amazonaws.com' } }), []],
    ['empty principal list', withStatement({ ...base, Principal: { AWS: [] } }), ['ELEMENT_EMPTY']],
    ['principal a number', withStatement({ ...base, Principal: { AWS: 345678901234 } }), ['ELEMENT_TYPE_INVALID']],
    ['Principal * on Allow', withStatement({ ...base, Principal: '*' }), ['PRINCIPAL_WILDCARD_UNRESTRICTED']],
    ['AWS * on Allow', withStatement({ ...base, Principal: { AWS: '*' } }), ['PRINCIPAL_WILDCARD_UNRESTRICTED']],
    ['* with a negated condition only', withStatement({ ...base, Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a7b8c9d0e1f2' } } }), ['PRINCIPAL_WILDCARD_UNRESTRICTED']],
    ['* on Deny', withStatement({ ...base, Effect: 'Deny', Principal: '*' }), []],
    ['missing Action', withStatement({ ...base, Action: undefined }), ['ACTION_MISSING']],
    ['Action and NotAction', withStatement({ ...base, NotAction: 'kms:Encrypt' }), ['ACTION_AND_NOT_ACTION']],
    ['action with a space', withStatement({ ...base, Action: 'kms: Decrypt' }), ['ACTION_INVALID']],
    ['backup action in a key policy', withStatement({ ...base, Action: 'backup:CopyIntoBackupVault' }), ['ACTION_WRONG_SERVICE']],
    ['kms:ListGrant (re:Post KC-GIVENKEY) is not an action', withStatement({ ...base, Action: ['kms:CreateGrant', 'kms:ListGrant'] }), ['ACTION_UNKNOWN']],
    ['a wildcard that matches no KMS action', withStatement({ ...base, Action: 'kms:ReEncypt*' }), ['ACTION_UNKNOWN_NO_SUGGESTION']],
    ['KMS action names ignore case, wildcards that match are fine', withStatement({ ...base, Action: ['kms:listgrants', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'] }), []],
    ['missing Resource', withStatement({ ...base, Resource: undefined }), ['RESOURCE_MISSING']],
    ['Resource and NotResource', withStatement({ ...base, NotResource: '*' }), ['RESOURCE_AND_NOT_RESOURCE']],
    ['Resource a word', withStatement({ ...base, Resource: 'this key' }), ['RESOURCE_INVALID']],
    ['Resource a vault ARN', withStatement({ ...base, Resource: `arn:aws:backup:eu-west-1:${DEST}:backup-vault:v` }), ['RESOURCE_SERVICE_MISMATCH']],
    ['Resource with a placeholder', withStatement({ ...base, Resource: 'arn:aws:kms:us-east-1:SourceAccountID:key/x' }), ['PLACEHOLDER_LEFT']],
    ['Conditions (misspelled)', withStatement({ ...base, Conditions: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }), ['STATEMENT_ELEMENT_MISSPELLED']],
    ['unknown statement element', withStatement({ ...base, Description: 'x' }), ['STATEMENT_ELEMENT_UNKNOWN']],
    ['Sid a number', withStatement({ ...base, Sid: 1 }), ['ELEMENT_TYPE_INVALID']],
    ['duplicate Sid', { ...KEY_POLICY, Statement: [KEY_POLICY.Statement[0], { ...base, Sid: 'Enable IAM User Permissions' }] }, ['SID_DUPLICATE']],
    ['misspelled operator', withStatement({ ...base, Condition: { StringEqual: { 'kms:CallerAccount': DEST } } }), ['CONDITION_OPERATOR_MISSPELLED']],
    ['misspelled operator with prefix', withStatement({ ...base, Condition: { 'ForAnyValue:Stringlike': { 'aws:PrincipalOrgPaths': 'o-a7b8c9d0e1f2/*' } } }), ['CONDITION_OPERATOR_MISSPELLED']],
    ['unknown operator', withStatement({ ...base, Condition: { Matches: { 'kms:CallerAccount': DEST } } }), ['CONDITION_OPERATOR_UNKNOWN']],
    ['IfExists variant', withStatement({ ...base, Condition: { StringEqualsIfExists: { 'kms:CallerAccount': DEST } } }), []],
    ['condition block a string', withStatement({ ...base, Condition: { StringEquals: 'x' } }), ['CONDITION_BLOCK_INVALID']],
    ['Condition a list', withStatement({ ...base, Condition: [] }), ['ELEMENT_TYPE_INVALID']],
    ['condition key without prefix', withStatement({ ...base, Condition: { StringEquals: { PrincipalOrgID: 'o-a7b8c9d0e1f2' } } }), ['CONDITION_KEY_INVALID']],
    ['condition value an object', withStatement({ ...base, Condition: { StringEquals: { 'kms:CallerAccount': { a: 1 } } } }), ['CONDITION_VALUE_TYPE_INVALID']],
    ['Bool yes', withStatement({ ...base, Condition: { Bool: { 'kms:GrantIsForAWSResource': 'yes' } } }), ['CONDITION_BOOL_VALUE_INVALID']],
    ['Bool as JSON true', withStatement({ ...base, Condition: { Bool: { 'kms:GrantIsForAWSResource': true } } }), []],
    ['Numeric with text', withStatement({ ...base, Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': 'one hour' } } }), ['CONDITION_VALUE_NOT_NUMBER']],
    ['Date with text', withStatement({ ...base, Condition: { DateGreaterThan: { 'aws:CurrentTime': 'tomorrow' } } }), ['CONDITION_VALUE_NOT_DATE']],
    ['Ip with text', withStatement({ ...base, Condition: { IpAddress: { 'aws:SourceIp': 'office' } } }), ['CONDITION_VALUE_NOT_IP']],
    ['StringEquals with a wildcard', withStatement({ ...base, Condition: { StringEquals: { 'kms:ViaService': 'backup.*.amazonaws.com' } } }), ['CONDITION_WILDCARD_NEEDS_LIKE']],
    ['StringLike with a wildcard', withStatement({ ...base, Condition: { StringLike: { 'kms:ViaService': 'backup.*.amazonaws.com' } } }), []],
    ['kms:CallerAccount an ARN', withStatement({ ...base, Condition: { StringEquals: { 'kms:CallerAccount': `arn:aws:iam::${DEST}:root` } } }), ['CONDITION_ACCOUNT_IS_ARN']],
    ['kms:CallerAccount 13 digits', withStatement({ ...base, Condition: { StringEquals: { 'kms:CallerAccount': '3456789012345' } } }), ['ACCOUNT_ID_INVALID']],
    ['aws:SourceAccount placeholder', withStatement({ ...base, Condition: { StringEquals: { 'aws:SourceAccount': 'DestinationAccountID' } } }), ['PLACEHOLDER_LEFT']],
    ['bad org ID', withStatement({ ...base, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'r-ab12' } } }), ['ORG_ID_INVALID']],
    ['placeholder org ID', withStatement({ ...base, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-xxxxxxxxxx' } } }), ['PLACEHOLDER_LEFT']],
    ['example org ID', withStatement({ ...base, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }), ['EXAMPLE_ORG_ID']],
    ['example org ID that is the real one (warns)', withStatement({ ...base, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }), ['EXAMPLE_ORG_ID_IS_YOURS'], 'key', { ...OPTS, organizationId: 'o-a1b2c3d4e5' }],
    ['bad org path', withStatement({ ...base, Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'ou-ab12-11111111' } } }), ['ORG_PATH_INVALID']],
    ['bad kms:ViaService', withStatement({ ...base, Condition: { StringEquals: { 'kms:ViaService': 'backup' } } }), ['KMS_VIA_SERVICE_INVALID']],
    ['placeholder in an ARN condition', withStatement({ ...base, Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::<dest>:role/x' } } }), ['PLACEHOLDER_LEFT']],
    ['policy variables are not placeholders', withStatement({ ...base, Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:role/x' } } }), []],
    ['duplicate key', withStatement({ ...base, Condition: { StringEquals: { 'kms:CallerAccount': DEST } } }), []],
    // Vault policies
    ['vault: Action *', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Action: '*' }] }, ['VAULT_ACTION_WILDCARD'], 'vault'],
    ['vault: backup:Copy*', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Action: ['backup:Copy*'] }] }, ['VAULT_ACTION_WILDCARD'], 'vault'],
    ['vault: kms action', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Action: 'kms:Decrypt' }] }, ['ACTION_WRONG_SERVICE'], 'vault'],
    ['vault: no Principal', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Principal: undefined }] }, ['PRINCIPAL_MISSING'], 'vault'],
    ['vault: Principal * alone', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Principal: '*' }] }, ['PRINCIPAL_WILDCARD_UNRESTRICTED'], 'vault'],
    ['vault: key ARN as resource', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Resource: `arn:aws:kms:eu-west-1:${DEST}:key/x` }] }, ['RESOURCE_SERVICE_MISMATCH'], 'vault'],
    // SCPs
    ['scp: Principal', { ...SCP, Statement: [{ ...SCP.Statement[0], Principal: '*' }] }, ['SCP_PRINCIPAL_NOT_SUPPORTED'], 'scp'],
    ['scp: no Principal is fine, wildcards are fine', { ...SCP, Statement: [{ Effect: 'Deny', Action: 'backup:*', Resource: '*' }] }, [], 'scp'],
    ['scp: array of SCPs with one broken', [SCP, { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Resource: '*' }] }], ['ACTION_MISSING'], 'scp'],
    ['key: array is not a policy', [KEY_POLICY], ['POLICY_NOT_OBJECT'], 'key'],
  ];

  for (const [name, policy, expected, kind = 'key', opts = OPTS] of cases) {
    it(name, () => {
      expect(codes(policy, kind, opts)).toEqual(expected);
    });
  }

  it('names the real action a misspelled KMS action was meant to be, where it is written', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "345678901234"}, "Action": ["kms:CreateGrant", "kms:ListGrant"], "Resource": "*"}]}';
    const [f] = findings(text, 'key', {});
    expect(f).toMatchObject({ code: 'ACTION_UNKNOWN', severity: 'warning', params: { action: 'kms:ListGrant', suggestion: 'kms:ListGrants' }, location: { column: text.indexOf('"kms:ListGrant"'), path: ['Statement', 0, 'Action', 1] } });
  });

  it('reports a duplicate key where the second one is', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Effect": "Deny", "Principal": {"AWS": "345678901234"}, "Action": "kms:Decrypt", "Resource": "*"}]}';
    const [f] = findings(text, 'key', {});
    expect(f).toMatchObject({ code: 'DUPLICATE_KEY', params: { key: 'Effect' }, location: { column: text.lastIndexOf('"Effect"') } });
  });

  it('knows the path of a statement inside a list of SCPs', () => {
    const [f] = findings([SCP, { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Resource: '*' }] }], 'scp');
    expect(f?.location).toMatchObject({ input: 'serviceControlPolicies', path: [1, 'Statement', 0] });
  });
});

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

describe('grammarFindings performance', () => {
  // The bench (`npm run bench`) measures the engine alone; here the other test files run beside it on 2 cores, and the
  // process's CPU time also counts its GC threads, so the bound leaves room: 15 ms, about 3 times the bench's figure.
  it('checks a 32 KB key policy in under 15 ms (read, repair, unwrap and grammar)', () => {
    const statements: object[] = [KEY_POLICY.Statement[0]!];
    let text = '';
    for (let i = 0; ; i++) {
      statements.push({ ...KEY_POLICY.Statement[2], Sid: `Grant${i}`, Principal: { AWS: [`arn:aws:iam::${DEST}:root`, 'AROAJQABLZS4A3QDU576Q'] } });
      const next = pretty({ ...KEY_POLICY, Statement: statements });
      if (next.length > KEY_POLICY_MAX_BYTES) break;
      text = next;
    }
    expect(text.length).toBeGreaterThan(31000);
    const output = JSON.stringify({ Policy: text, PolicyName: 'default' }, null, 4);
    for (const input of [text, output]) {
      const times: number[] = [];
      let n = 0;
      for (let warm = 0; warm < 10; warm++) grammarFindings(readPolicyText(input), 'key', OPTS);
      for (let run = 0; run < 21; run++) {
        // CPU time, not wall time: the machine may be busy with other test runs (2 cores), and the best run
        // measures the work itself.
        const t0 = process.cpuUsage();
        n = grammarFindings(readPolicyText(input), 'key', OPTS).length;
        const used = process.cpuUsage(t0);
        times.push((used.user + used.system) / 1000);
      }
      expect(n).toBeGreaterThan(50); // one PRINCIPAL_UNIQUE_ID per statement, plus the size suggestion
      expect(Math.min(...times)).toBeLessThan(15);
    }
  }, 30_000);
});

// Property tests -----------------------------------------------------------------------------------------------

const KNOWN = new Set<string>(GRAMMAR_CODES);

/** Does the path go through an object that has the same key twice (locate then finds the first one)? */
function ambiguous(root: Node | undefined, path: (string | number)[]): boolean {
  let node = root;
  for (const seg of path) {
    if (!node) return false;
    if (typeof seg === 'number') {
      node = node.children?.[seg];
      continue;
    }
    const matches = (node.children ?? []).filter((p) => p.children?.[0]?.value === seg);
    if (matches.length > 1) return true;
    node = matches[0]?.children?.[1];
  }
  return false;
}

function checkFindings(text: string, kind: PolicyKind) {
  const pt = readPolicyText(text);
  const fs = grammarFindings(pt, kind, OPTS);
  for (const f of fs) {
    if (!KNOWN.has(f.code)) throw new Error(`unknown code ${f.code}`);
    if (f.code === 'GRAMMAR_INTERNAL_ERROR') throw new Error('internal error');
    const loc = f.location;
    if (!loc) throw new Error(`${f.code} has no location`);
    if (loc.offset === undefined || loc.offset < 0 || loc.offset + (loc.length ?? 0) > text.length) throw new Error(`${f.code} out of range`);
    expect(lineColumn(text, loc.offset)).toEqual({ line: loc.line, column: loc.column });
    if (loc.path.length > 0 && f.code !== 'DUPLICATE_KEY' && !ambiguous(pt.parsed.root, loc.path)) {
      const at = locate(pt.parsed, loc.path);
      expect({ offset: at?.offset, length: at?.length }).toEqual({ offset: loc.offset, length: loc.length });
    }
  }
  return fs;
}

const brokenKeyPolicy = pretty(KEY_POLICY).replace(`arn:aws:iam::${DEST}:role`, 'arn:aws:iam:::111111111111:role');
const mutations = (base: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: base.length }),
        fc.nat({ max: 6 }),
        fc.constantFrom('', '"', '“', '”', ',', '}', '{', ']', '[', ':', ' :root', '*', 'Princpal', '"x": 1,', '\u00a0', '//c\n', '1234567890123', 'SourceAccountID'),
      ),
      { maxLength: 6 },
    )
    .map((edits) => {
      let s = base;
      for (const [at, del, ins] of edits) s = s.slice(0, at) + ins + s.slice(at + del);
      return s;
    });
const wrapped = (inner: fc.Arbitrary<string>) => inner.map((p) => JSON.stringify({ Policy: p, PolicyName: 'default' }, null, 4));

describe('grammarFindings properties', () => {
  it('never throws; every finding is known, located in the pasted text, and where its path says', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          mutations(brokenKeyPolicy),
          mutations(pretty(VAULT_POLICY_ORG)),
          wrapped(mutations(pretty(KEY_POLICY))),
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ Version: '2012-10-17', Statement: [v] })),
        ),
        fc.constantFrom<PolicyKind>('key', 'vault', 'scp'),
        (text, kind) => {
          checkFindings(text, kind);
        },
      ),
      { numRuns: 700 },
    );
  }, 30_000);

  it('does not throw on values of any type in any element', () => {
    const anyValue = fc.jsonValue({ maxDepth: 2 });
    const statement = fc.record(
      { Sid: anyValue, Effect: anyValue, Principal: anyValue, NotPrincipal: anyValue, Action: anyValue, NotAction: anyValue, Resource: anyValue, Condition: anyValue },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.record({ Version: anyValue, Id: anyValue, Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 }), anyValue) }, { requiredKeys: [] }), fc.constantFrom<PolicyKind>('key', 'vault', 'scp'), (policy, kind) => {
        checkFindings(pretty(policy), kind);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('placeholders in ARNs', () => {
  const principal = (aws: string) => codes(withStatement({ ...base, Principal: { AWS: aws } }));
  it('finds them in the account and the Region, and tell-tale ones anywhere', () => {
    expect(principal('arn:aws:iam::ACCOUNT:root')).toEqual(['PLACEHOLDER_LEFT']);
    expect(principal('arn:aws:iam::SourceAccountID :root')).toEqual(['PLACEHOLDER_LEFT', 'ARN_HAS_SPACE']);
    expect(principal(`arn:aws:iam::${DEST}:role/<backup-role>`)).toEqual(['PLACEHOLDER_LEFT']);
    expect(principal('DEST_ACCOUNT')).toEqual(['PLACEHOLDER_LEFT']);
    expect(codes(withStatement({ ...base, Resource: `arn:aws:kms:REGION:${SOURCE}:key/1234abcd-12ab-34cd-56ef-1234567890ab` }))).toEqual(['PLACEHOLDER_LEFT']);
  });
  it('leaves role names with words like Target or Account alone', () => {
    expect(principal(`arn:aws:iam::${DEST}:role/BackupTargetIdentity`)).toEqual([]);
    expect(principal(`arn:aws:iam::${DEST}:role/MyAccountIdSync`)).toEqual([]);
  });
});
