import { describe, expect, it } from 'vitest';
import { base, codes, DEST, eachRule, SCP, SOURCE, VAULT_POLICY, withStatement } from './testPolicies';

describe('grammarFindings: principals, accounts and ARNs, one rule at a time', () => {
  eachRule([
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
    ['vault: no Principal', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Principal: undefined }] }, ['PRINCIPAL_MISSING'], 'vault'],
    ['vault: Principal * alone', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Principal: '*' }] }, ['PRINCIPAL_WILDCARD_UNRESTRICTED'], 'vault'],
    ['scp: Principal', { ...SCP, Statement: [{ ...SCP.Statement[0], Principal: '*' }] }, ['SCP_PRINCIPAL_NOT_SUPPORTED'], 'scp'],
    ['scp: no Principal is fine, wildcards are fine', { ...SCP, Statement: [{ Effect: 'Deny', Action: 'backup:*', Resource: '*' }] }, [], 'scp'],
  ]);
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
