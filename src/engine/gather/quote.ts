// Quoting and validating the values a gather script is built from. A value reaches a script only when it matches
// its real format, and then only inside single quotes, so no shell ever reads it as code.

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: never inside a script value. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function hasControl(value: string): boolean {
  return CONTROL.test(value);
}

/** A POSIX shell word holding exactly `value`: single quotes, each `'` written as `'\''`. */
export function posixQuote(value: string): string {
  if (hasControl(value)) throw new Error('a control character cannot be quoted for a script');
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A PowerShell string holding exactly `value`: single quotes (no expansion inside), each single quote doubled.
 * PowerShell also reads the typographic single quotes U+2018, U+2019, U+201A and U+201B as quote marks, so they are
 * doubled too.
 */
export function psQuote(value: string): string {
  if (hasControl(value)) throw new Error('a control character cannot be quoted for a script');
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

// ---- formats

export type ValueKind = 'accountId' | 'region' | 'vaultName' | 'vaultArn' | 'keyId' | 'copyJobId' | 'roleArn' | 'recoveryPointArn' | 'resourceArn';

const PARTITION = 'aws(?:-cn|-us-gov)?';
const REGION = '[a-z]{2,4}(?:-[a-z]{2,4})?-[a-z]+-\\d{1,2}';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const KEY_ID = `(?:${UUID}|mrk-[0-9a-fA-F]{32})`;
/** Vault names AWS Backup accepts, and the EFS automatic vault AWS names itself. */
const VAULT_NAME = '(?:[a-zA-Z0-9_-]{2,50}|aws/efs/automatic-backup-vault)';
const IAM_NAME = '[\\w+=,.@-]{1,64}';

const FORMATS: Record<ValueKind, RegExp> = {
  accountId: /^\d{12}$/,
  region: new RegExp(`^${REGION}$`),
  vaultName: new RegExp(`^${VAULT_NAME}$`),
  vaultArn: new RegExp(`^arn:${PARTITION}:backup:${REGION}:\\d{12}:backup-vault:${VAULT_NAME}$`),
  /** A key ARN or a bare key ID (get-key-policy takes no alias). */
  keyId: new RegExp(`^(?:arn:${PARTITION}:kms:${REGION}:\\d{12}:key/${KEY_ID}|${KEY_ID})$`),
  copyJobId: /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/,
  roleArn: new RegExp(`^arn:${PARTITION}:iam::\\d{12}:role/(?:[\\w+=,.@-]+/)*${IAM_NAME}$`),
  /** Recovery point ARNs differ by resource type (backup, ec2 snapshot or image, rds snapshot...): no spaces, no quotes. */
  recoveryPointArn: new RegExp(`^arn:${PARTITION}:[a-z0-9-]+:(?:${REGION})?:\\d{0,12}:[A-Za-z0-9_./:+=,@-]{1,1000}$`),
  resourceArn: new RegExp(`^arn:${PARTITION}:[a-z0-9-]+:(?:${REGION})?:\\d{0,12}:[A-Za-z0-9_./:+=,@-]{1,1000}$`),
};

export type ValueProblem = 'control-character' | 'bad-format';

/** Why `value` cannot go into a script as a `kind`, or undefined when it can. */
export function valueProblem(kind: ValueKind, value: string): ValueProblem | undefined {
  if (hasControl(value)) return 'control-character';
  return FORMATS[kind].test(value) ? undefined : 'bad-format';
}

export function isValid(kind: ValueKind, value: string | undefined): value is string {
  return typeof value === 'string' && valueProblem(kind, value) === undefined;
}

/** The role name of a role ARN (the part after the last slash), when the ARN is valid. */
export function roleNameOf(roleArn: string | undefined): string | undefined {
  return isValid('roleArn', roleArn) ? roleArn.slice(roleArn.lastIndexOf('/') + 1) : undefined;
}
