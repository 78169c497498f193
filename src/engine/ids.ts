// Identifier formats from the knowledge file, section 4. Shared by the fact step, the grammar and the checks.

/** Example IDs from AWS documentation: real-looking but never the user's. */
export const EXAMPLE_ACCOUNT_IDS = ['111122223333', '444455556666', '123456789012', '111111111111', '222222222222', '999999999999', '000000000000'];

const PLACEHOLDER_WORDS = /(source|destination|dest|target|management|member|your|my|other)[-_ ]?(account)?[-_ ]?(id|number)|account[-_ ]?id|\baccount[-_ ]?number\b|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|\$\{[^}]*\}|x{6,}|\bREPLACE|\bEXAMPLE\b|\bTODO\b/i;

/** Text left in from a template: `SourceAccountID`, `[source-account-id]`, `<ACCOUNT_ID>`, `${account}`. */
export function isPlaceholderText(s: string): boolean {
  return PLACEHOLDER_WORDS.test(s);
}

export type AccountIdProblem = 'empty' | 'placeholder' | 'example-id' | 'not-12-digits' | 'has-space';

export function accountIdProblem(raw: string): AccountIdProblem | undefined {
  const s = raw.trim();
  if (s === '') return 'empty';
  if (isPlaceholderText(s)) return 'placeholder';
  if (/\s/.test(raw.replace(/^\s+|\s+$/g, ''))) return 'has-space';
  if (!/^\d{12}$/.test(s)) return 'not-12-digits';
  if (EXAMPLE_ACCOUNT_IDS.includes(s)) return 'example-id';
  return undefined;
}

export const ORG_ID_RE = /^o-[a-z0-9]{10,32}$/;
export const VAULT_NAME_RE = /^[a-zA-Z0-9\-_]{2,50}$/;
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const;
export type Partition = (typeof PARTITIONS)[number];

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export type ArnProblem = 'not-arn' | 'has-space' | 'extra-colon' | 'unknown-partition' | 'bad-account';

export function parseArn(raw: string): { arn?: Arn; problem?: ArnProblem } {
  if (!raw.startsWith('arn:')) return { problem: 'not-arn' };
  if (/\s/.test(raw)) return { problem: 'has-space' };
  const parts = raw.split(':');
  if (parts.length < 6) return { problem: 'not-arn' };
  const [, partition = '', service = '', region = '', account = '', ...rest] = parts;
  const resource = rest.join(':');
  const arn = { partition, service, region, account, resource };
  // arn:aws:iam:::111111111111:role/x -> account empty and the resource starts with 12 digits.
  if (account === '' && /^\d{12}(:|$)/.test(resource)) return { arn, problem: 'extra-colon' };
  if (!(PARTITIONS as readonly string[]).includes(partition)) return { arn, problem: 'unknown-partition' };
  if (account !== '' && account !== 'aws' && !/^\d{12}$/.test(account)) return { arn, problem: 'bad-account' };
  return { arn };
}

/** Template text in one part of an ARN: only the tell-tale kinds, since a role may well be named "TargetIdentity". */
const STRONG_PLACEHOLDER = /<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|x{6,}|\bREPLACE|\bTODO\b/i;

/**
 * The part of an ARN-looking text that still holds a placeholder: `arn:aws:iam::SourceAccountID :root` and
 * `arn:aws:iam::ACCOUNT:root` (account), `arn:aws:kms:REGION:...` (region), `...:key/<key-id>` (resource).
 */
export function arnPlaceholderPart(raw: string): 'account' | 'region' | 'resource' | undefined {
  const parts = raw.trim().split(':');
  if (parts[0] !== 'arn' || parts.length < 5) return isPlaceholderText(raw) ? 'resource' : undefined;
  const region = (parts[3] ?? '').trim();
  const account = (parts[4] ?? '').trim();
  const resource = parts.slice(5).join(':');
  if (account !== '' && account !== '*' && (isPlaceholderText(account) || !/[\d*?$]/.test(account))) return 'account';
  if (region !== '' && (isPlaceholderText(region) || /^[A-Z][A-Z_-]+$/.test(region))) return 'region';
  if (STRONG_PLACEHOLDER.test(resource) || STRONG_PLACEHOLDER.test(parts.slice(1, 3).join(':'))) return 'resource';
  return undefined;
}

/** The account a vault ARN or key ARN belongs to, when it is well formed. */
export function arnAccount(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const { arn, problem } = parseArn(raw.trim());
  return arn && !problem && /^\d{12}$/.test(arn.account) ? arn.account : undefined;
}

export function arnRegion(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const { arn, problem } = parseArn(raw.trim());
  return arn && !problem && arn.region ? arn.region : undefined;
}

export function backupServiceRoleArn(accountId: string, partition: string = 'aws'): string {
  return `arn:${partition}:iam::${accountId}:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup`;
}
