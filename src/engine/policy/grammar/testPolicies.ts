// For the grammar's tests: the policies they start from and the helpers that run the grammar on them.
import { it, expect } from 'vitest';
import { readPolicyText } from '../../json/policyText';
import type { Finding } from '../../types';
import { grammarFindings, type GrammarOptions, type PolicyKind } from '.';

export const SOURCE = '210987654321';
export const DEST = '345678901234';
export const OPTS: GrammarOptions = { sourceAccountId: SOURCE, destinationAccountId: DEST };

export const KEY_POLICY = {
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

export const VAULT_POLICY = {
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

export const VAULT_POLICY_ORG = {
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

export const SCP = {
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
export const AWS_EBS_KEY_POLICY = {
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

export const pretty = (v: unknown) => JSON.stringify(v, null, 2);

export function findings(text: string | object, kind: PolicyKind = 'key', opts: GrammarOptions = OPTS): Finding[] {
  return grammarFindings(readPolicyText(typeof text === 'string' ? text : pretty(text)), kind, opts);
}

export function codes(text: string | object, kind: PolicyKind = 'key', opts: GrammarOptions = OPTS): string[] {
  return findings(text, kind, opts).map((f) => f.code);
}

/** A key policy whose second statement is replaced by `statement`. */
export function withStatement(statement: Record<string, unknown>): object {
  return { ...KEY_POLICY, Statement: [KEY_POLICY.Statement[0], statement] };
}

/** The statement the rule cases vary. */
export const base = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEST}:root` }, Action: 'kms:Decrypt', Resource: '*' };

/** A rule case: its name, the policy, the codes expected, and the input kind and options if not a key policy and `OPTS`. */
export type RuleCase = [string, object, string[], PolicyKind?, GrammarOptions?];

/** One test per case: the grammar finds exactly the expected codes, in order. */
export function eachRule(cases: RuleCase[]): void {
  for (const [name, policy, expected, kind = 'key', opts = OPTS] of cases) {
    it(name, () => {
      expect(codes(policy, kind, opts)).toEqual(expected);
    });
  }
}
