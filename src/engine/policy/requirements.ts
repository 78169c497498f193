// What a cross-account copy needs from each policy (knowledge file, sections 1.4 and 1.5).
import { actionMatches } from './evaluate';
import { statementList } from './model';

/**
 * Key actions the destination's AWSServiceRoleForBackup uses, and the pattern a corrected policy grants them with.
 * `required`: the copy fails without it. The others are recommended (ADR 5): AWS documents them and AWS Backup may
 * call them to manage its grants, but the copy itself does not need them; missing ones warn.
 */
export const KEY_USE_ACTIONS = [
  { action: 'kms:DescribeKey', pattern: 'kms:DescribeKey', required: true },
  { action: 'kms:Encrypt', pattern: 'kms:Encrypt', required: true },
  { action: 'kms:Decrypt', pattern: 'kms:Decrypt', required: true },
  { action: 'kms:ReEncryptFrom', pattern: 'kms:ReEncrypt*', required: true },
  { action: 'kms:ReEncryptTo', pattern: 'kms:ReEncrypt*', required: true },
  { action: 'kms:GenerateDataKey', pattern: 'kms:GenerateDataKey*', required: true },
  { action: 'kms:GenerateDataKeyWithoutPlaintext', pattern: 'kms:GenerateDataKey*', required: true },
] as const;

/** Grant actions: only for AWS resources (`kms:GrantIsForAWSResource` is true in their request context). */
export const KEY_GRANT_ACTIONS = [
  { action: 'kms:CreateGrant', pattern: 'kms:CreateGrant', required: true },
  { action: 'kms:ListGrants', pattern: 'kms:ListGrants', required: false },
  { action: 'kms:RevokeGrant', pattern: 'kms:RevokeGrant', required: false },
] as const;

export const USE_PATTERNS = ['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'] as const;
export const GRANT_PATTERNS = ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'] as const;

export const KEY_USE_SID = 'AllowCopyDestinationUseOfKey';
export const KEY_GRANT_SID = 'AllowCopyDestinationGrants';
export const KEY_OWNER_SID = 'Enable IAM User Permissions';
export const VAULT_SID = 'AllowCopyFromSourceAccount';
export const VAULT_ACTION = 'backup:CopyIntoBackupVault';

/** Services that call KMS on AWS Backup's behalf for resource types that are not fully managed. */
export const VIA_SERVICES_BY_TYPE: Record<string, string[]> = {
  EBS: ['ec2'],
  EC2: ['ec2'],
  RDS: ['rds'],
  Aurora: ['rds'],
  DocumentDB: ['rds'],
  Neptune: ['rds'],
  FSx: ['fsx'],
  'Storage Gateway': ['storagegateway', 'ec2'],
};
export const ALL_VIA_SERVICES = ['ec2', 'rds', 'fsx', 'storagegateway', 'elasticfilesystem', 'dynamodb', 's3'];

export function partitionOf(region: string | undefined): 'aws' | 'aws-cn' | 'aws-us-gov' {
  if (region?.startsWith('cn-')) return 'aws-cn';
  if (region?.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function accountRootArn(account: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:root`;
}

/** When the copy's requests are made: now (their aws:CurrentTime and aws:EpochTime). */
export function copyTime(): number {
  return Date.now();
}

/** The context keys every request of the copy carries: a role session (not a service principal), over TLS, now. */
export function roleSessionContext(now = copyTime()) {
  return {
    'aws:PrincipalIsAWSService': false,
    'aws:PrincipalType': 'AssumedRole',
    'aws:ViaAWSService': false,
    'aws:SecureTransport': true,
    'aws:CurrentTime': new Date(now).toISOString(),
    'aws:EpochTime': String(Math.floor(now / 1000)),
  } as const;
}

/**
 * Findings a person should look at even though the copy's requests are allowed (ADR 5: dead statements, a paste
 * evaluated after its repair, a condition that never holds, a documentation ID that is the user's own...): anything
 * above a suggestion. With one of them, an allowed copy reads `warn`, not `pass`.
 */
export function needsAPerson(findings: readonly { severity: string }[]): boolean {
  return findings.some((f) => f.severity !== 'suggestion');
}

/**
 * Actions on a KMS key other than the copy's: a corrected key policy must not newly allow any of them to the copy's
 * principal (a narrowed Deny keeps denying them). From the KMS API reference's key resource operations, without the
 * data key pairs: the documented `kms:GenerateDataKey*` the copy is granted with covers them.
 */
export const OTHER_KEY_ACTIONS = [
  'kms:CancelKeyDeletion',
  'kms:CreateAlias',
  'kms:DeleteAlias',
  'kms:DeleteImportedKeyMaterial',
  'kms:DeriveSharedSecret',
  'kms:DisableKey',
  'kms:DisableKeyRotation',
  'kms:EnableKey',
  'kms:EnableKeyRotation',
  'kms:GenerateMac',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:GetParametersForImport',
  'kms:GetPublicKey',
  'kms:ImportKeyMaterial',
  'kms:ListKeyPolicies',
  'kms:ListKeyRotations',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:ReplicateKey',
  'kms:RetireGrant',
  'kms:RotateKeyOnDemand',
  'kms:ScheduleKeyDeletion',
  'kms:Sign',
  'kms:SynchronizeMultiRegionKey',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateAlias',
  'kms:UpdateKeyDescription',
  'kms:UpdatePrimaryRegion',
  'kms:Verify',
  'kms:VerifyMac',
] as const;

/** Actions on a backup vault (and its recovery points) other than the copy's, likewise. */
export const OTHER_VAULT_ACTIONS = [
  'backup:CopyFromBackupVault',
  'backup:DeleteBackupVault',
  'backup:DeleteBackupVaultAccessPolicy',
  'backup:DeleteBackupVaultLockConfiguration',
  'backup:DeleteBackupVaultNotifications',
  'backup:DeleteRecoveryPoint',
  'backup:DescribeBackupVault',
  'backup:DescribeRecoveryPoint',
  'backup:GetBackupVaultAccessPolicy',
  'backup:GetBackupVaultNotifications',
  'backup:ListRecoveryPointsByBackupVault',
  'backup:PutBackupVaultAccessPolicy',
  'backup:PutBackupVaultLockConfiguration',
  'backup:PutBackupVaultNotifications',
  'backup:StartBackupJob',
  'backup:StartCopyJob',
  'backup:StartRestoreJob',
  'backup:UpdateRecoveryPointLifecycle',
] as const;

/** Does statement `index` of a policy grant nothing but the copy's actions (none of `others`, and no NotAction)? */
export function onlyCopyActions(value: unknown, index: number, others: readonly string[]): boolean {
  const st = statementList(value)[index];
  if (typeof st !== 'object' || st === null || Array.isArray(st)) return false;
  const action = (st as Record<string, unknown>).Action;
  const list = typeof action === 'string' ? [action] : Array.isArray(action) ? action : undefined;
  if (!list || !list.every((a): a is string => typeof a === 'string')) return false;
  return !list.some((a) => others.some((o) => actionMatches(a, o)));
}
