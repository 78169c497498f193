// The formats of every kind of value that can reach a command, a file name or an IaC snippet. A value that came
// from a paste, a share link, a session file or a free-text answer is used only when it has exactly its kind's
// shape; everything else is rejected with a reason (see ./shell for what a command shows instead).
// ARNs are split by `parseArn` (../ids); this module only says which parts each kind accepts.
import { ORG_ID_RE, PARTITIONS, VAULT_NAME_RE, parseArn, type Arn } from '../ids';

export const VALUE_KINDS = [
  'accountId',
  'region',
  'partition',
  'vaultName',
  'vaultArn',
  'kmsKeyArn',
  'kmsKeyId',
  /** A key as put-key-policy, enable-key... take it: its ARN or its ID. */
  'kmsKey',
  'kmsAliasName',
  'kmsAliasArn',
  /** A key as describe-key takes it: key ARN, key ID, alias name or alias ARN. */
  'kmsKeyRef',
  'roleArn',
  'roleName',
  'iamPath',
  'managedPolicyArn',
  'recoveryPointArn',
  /** An AWS Backup recovery point ARN (`arn:aws:backup:...:recovery-point:...`), the only kind tag-resource takes. */
  'backupRecoveryPointArn',
  /** Any well-formed ARN (a resource ARN of any service). */
  'arn',
  'copyJobId',
  'policyId',
  'organizationId',
  'ouId',
  'rootId',
  /** An organization path as aws:PrincipalOrgPaths and backup:CopyTargetOrgPaths compare it: `o-.../r-.../ou-.../`. */
  'orgPath',
  'tagKey',
  'days',
  /** AWS Backup's resource type (`EBS`, `Aurora`, `SAP HANA on Amazon EC2`): never in a command, but shown. */
  'resourceType',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Why a value was not used. `shell-character`: it does not fit its format and holds characters a shell acts on. */
export const REJECT_REASONS = ['empty', 'control-character', 'too-long', 'shell-character', 'format'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type Check = { ok: true } | { ok: false; reason: RejectReason };

/** What a command shows in place of a value that was not given or not accepted. */
export const PLACEHOLDERS: Record<ValueKind, string> = {
  accountId: 'ACCOUNT_ID',
  region: 'REGION',
  partition: 'PARTITION',
  vaultName: 'VAULT_NAME',
  vaultArn: 'VAULT_ARN',
  kmsKeyArn: 'KEY_ARN',
  kmsKeyId: 'KEY_ID',
  kmsKey: 'KEY_ARN',
  kmsAliasName: 'ALIAS_NAME',
  kmsAliasArn: 'ALIAS_ARN',
  kmsKeyRef: 'KEY_ARN',
  roleArn: 'ROLE_ARN',
  roleName: 'ROLE_NAME',
  iamPath: 'ROLE_PATH',
  managedPolicyArn: 'POLICY_ARN',
  recoveryPointArn: 'RECOVERY_POINT_ARN',
  backupRecoveryPointArn: 'RECOVERY_POINT_ARN',
  arn: 'RESOURCE_ARN',
  copyJobId: 'COPY_JOB_ID',
  policyId: 'POLICY_ID',
  organizationId: 'ORGANIZATION_ID',
  ouId: 'OU_ID',
  rootId: 'ROOT_ID',
  orgPath: 'ORGANIZATION_PATH',
  tagKey: 'TAG_KEY',
  days: 'DAYS',
  resourceType: 'RESOURCE_TYPE',
};

/** Longest value any kind accepts (ARNs are at most 2048 characters). */
export const MAX_VALUE_LENGTH = 2048;

/**
 * Characters that never belong in a value: C0 controls (line breaks, tabs, escape...), DEL, C1 controls, the Unicode
 * line and paragraph separators, bidirectional controls (which make text read differently from how it runs) and the
 * invisible zero-width characters and byte-order mark.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

export function hasControlCharacter(s: string): boolean {
  return CONTROL_CHARACTERS.test(s);
}

/** Characters a POSIX shell gives a meaning to, and white space. */
const SHELL_CHARACTERS = /[\s;|&$`'"\\<>(){}[\]*?!#~^]/;

// ---------------------------------------------------------------------------------------------------- shapes

export const ACCOUNT_ID_RE = /^\d{12}$/;
/** `us-east-1`, `us-gov-west-1`, `cn-northwest-1`, `eu-central-2`, `eusc-de-east-1`: the shape, not a list. */
export const REGION_RE = /^[a-z]{2,4}(-[a-z]{2,4})?-(central|north|south|east|west|northeast|northwest|southeast|southwest)-[1-9]\d?$/;
export const KMS_KEY_ID_RE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i;
export const KMS_ALIAS_NAME_RE = /^alias\/[a-zA-Z0-9/_-]{1,250}$/;
export const ROLE_NAME_RE = /^[\w+=,.@-]{1,64}$/;
/** `/` or `/one/or/more/segments/`, each segment in the characters of an IAM name. */
export const IAM_PATH_RE = /^\/([\w+=,.@-]+\/)*$/;
export const COPY_JOB_ID_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,127}$/;
export const POLICY_ID_RE = /^p-([0-9a-z]{8,128}|FullAWSAccess)$/;
export const OU_ID_RE = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
export const ROOT_ID_RE = /^r-[0-9a-z]{4,32}$/;
const ORG_PATH_RE = /^o-[a-z0-9]{10,32}(\/(r-[0-9a-z]{4,32}|\*)(\/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\*))*)?\/?\*?$/;
/** Tag keys: letters, digits, spaces and `_ . : / = + - @` (AWS tag rules), not starting with `aws:`. */
const TAG_KEY_RE = /^[\p{L}\p{N} _.:/=+\-@]{1,128}$/u;
const DAYS_RE = /^[1-9]\d{0,5}$/;
const RESOURCE_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9 ._()/-]{0,63}$/;

function isPartition(s: string): boolean {
  return (PARTITIONS as readonly string[]).includes(s);
}

/** The parts of an ARN when it parses without a problem, in a known partition and with no character out of place. */
function arnParts(raw: string): Arn | undefined {
  if (!/^arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:(\d{12}|aws)?:[\x21-\x7e]+$/.test(raw)) return undefined;
  const { arn, problem } = parseArn(raw);
  return arn && !problem && isPartition(arn.partition) ? arn : undefined;
}

function regional(arn: Arn, service: string): boolean {
  return arn.service === service && REGION_RE.test(arn.region);
}

function accountOf(arn: Arn): boolean {
  return ACCOUNT_ID_RE.test(arn.account);
}

const ARN_CHECKS: Record<string, (arn: Arn) => boolean> = {
  vaultArn: (a) => regional(a, 'backup') && accountOf(a) && /^backup-vault:/.test(a.resource) && VAULT_NAME_RE.test(a.resource.slice('backup-vault:'.length)),
  kmsKeyArn: (a) => regional(a, 'kms') && accountOf(a) && /^key\//.test(a.resource) && KMS_KEY_ID_RE.test(a.resource.slice(4)),
  kmsAliasArn: (a) => regional(a, 'kms') && accountOf(a) && KMS_ALIAS_NAME_RE.test(a.resource),
  roleArn: (a) => a.service === 'iam' && a.region === '' && accountOf(a) && /^role(\/([\w+=,.@-]+\/)*)[\w+=,.@-]{1,64}$/.test(a.resource),
  managedPolicyArn: (a) => a.service === 'iam' && a.region === '' && a.account === 'aws' && /^policy\/([\w+=,.@-]+\/)*[\w+=,.@-]{1,128}$/.test(a.resource),
  backupRecoveryPointArn: (a) => regional(a, 'backup') && accountOf(a) && /^recovery-point:[A-Za-z0-9][A-Za-z0-9._:-]{0,255}$/.test(a.resource),
  recoveryPointArn: (a) => {
    if (ARN_CHECKS.backupRecoveryPointArn!(a)) return true;
    if (!REGION_RE.test(a.region)) return false;
    switch (a.service) {
      case 'ec2':
        return (a.account === '' || accountOf(a)) && /^(snapshot\/snap-|image\/ami-)[0-9a-f]{8,17}$/.test(a.resource);
      case 'rds':
        return accountOf(a) && /^(snapshot|cluster-snapshot):[a-zA-Z][a-zA-Z0-9:-]{0,254}$/.test(a.resource);
      case 'dynamodb':
        return accountOf(a) && /^table\/[a-zA-Z0-9_.-]{3,255}\/backup\/[a-zA-Z0-9-]{1,64}$/.test(a.resource);
      case 'fsx':
        return accountOf(a) && /^backup\/backup-[0-9a-f]{8,17}$/.test(a.resource);
      case 'redshift':
        return accountOf(a) && /^snapshot:[a-z][a-z0-9-]{0,62}\/[a-zA-Z0-9:._-]{1,255}$/.test(a.resource);
      default:
        return false;
    }
  },
  arn: (a) => /^[a-z0-9-]+$/.test(a.service) && (a.region === '' || REGION_RE.test(a.region)) && /^[\w+=,.@:/-]{1,1024}$/.test(a.resource),
};

const PLAIN_CHECKS: Partial<Record<ValueKind, (s: string) => boolean>> = {
  accountId: (s) => ACCOUNT_ID_RE.test(s),
  region: (s) => REGION_RE.test(s),
  partition: isPartition,
  vaultName: (s) => VAULT_NAME_RE.test(s),
  kmsKeyId: (s) => KMS_KEY_ID_RE.test(s),
  kmsAliasName: (s) => KMS_ALIAS_NAME_RE.test(s),
  roleName: (s) => ROLE_NAME_RE.test(s),
  iamPath: (s) => s.length <= 512 && IAM_PATH_RE.test(s),
  copyJobId: (s) => COPY_JOB_ID_RE.test(s),
  policyId: (s) => POLICY_ID_RE.test(s),
  organizationId: (s) => ORG_ID_RE.test(s),
  ouId: (s) => OU_ID_RE.test(s),
  rootId: (s) => ROOT_ID_RE.test(s),
  orgPath: (s) => s.length <= 1024 && ORG_PATH_RE.test(s),
  tagKey: (s) => TAG_KEY_RE.test(s) && !/^aws:/i.test(s),
  days: (s) => DAYS_RE.test(s),
  resourceType: (s) => RESOURCE_TYPE_RE.test(s),
};

function matches(kind: ValueKind, s: string): boolean {
  const plain = PLAIN_CHECKS[kind];
  if (plain) return plain(s);
  if (kind === 'kmsKey') return matches('kmsKeyArn', s) || matches('kmsKeyId', s);
  if (kind === 'kmsKeyRef') return matches('kmsKey', s) || matches('kmsAliasName', s) || matches('kmsAliasArn', s);
  const arnCheck = ARN_CHECKS[kind];
  if (!arnCheck) return false;
  const arn = arnParts(s);
  return arn !== undefined && arnCheck(arn);
}

/** Whether `raw`, exactly as it is (no trimming), is a value of `kind`; if not, why not. */
export function checkValue(kind: ValueKind, raw: unknown): Check {
  if (typeof raw !== 'string' || raw === '') return { ok: false, reason: 'empty' };
  if (hasControlCharacter(raw)) return { ok: false, reason: 'control-character' };
  if (raw.length > MAX_VALUE_LENGTH) return { ok: false, reason: 'too-long' };
  if (matches(kind, raw)) return { ok: true };
  return { ok: false, reason: SHELL_CHARACTERS.test(raw) ? 'shell-character' : 'format' };
}

export function isValue(kind: ValueKind, raw: unknown): raw is string {
  return checkValue(kind, raw).ok;
}

/** `value` when it is a valid `kind`, else undefined. */
export function validValue(kind: ValueKind, raw: string | undefined): string | undefined {
  return raw !== undefined && isValue(kind, raw) ? raw : undefined;
}

// ---------------------------------------------------------------------------------------------------- parts

/** The vault name of a valid vault ARN. */
export function vaultNameOfArn(raw: string | undefined): string | undefined {
  return raw !== undefined && isValue('vaultArn', raw) ? raw.slice(raw.indexOf(':backup-vault:') + ':backup-vault:'.length) : undefined;
}

/** The role name and path of a valid role ARN: `role/service-role/Name` gives `/service-role/` and `Name`. */
export function roleOfArn(raw: string | undefined): { partition: string; account: string; path: string; name: string } | undefined {
  if (raw === undefined || !isValue('roleArn', raw)) return undefined;
  const arn = arnParts(raw)!;
  const m = /^role(\/(?:[^/]+\/)*)([^/]+)$/.exec(arn.resource)!;
  return { partition: arn.partition, account: arn.account, path: m[1] as string, name: m[2] as string };
}

/** The account and Region an ARN names, each only when it has its format (the rest of the ARN may be anything). */
export function arnAccountAndRegion(raw: string | undefined): { account?: string; region?: string; partition?: string } {
  if (raw === undefined) return {};
  const { arn, problem } = parseArn(raw);
  if (!arn || problem) return {};
  return {
    ...(ACCOUNT_ID_RE.test(arn.account) ? { account: arn.account } : {}),
    ...(REGION_RE.test(arn.region) ? { region: arn.region } : {}),
    partition: arn.partition,
  };
}
