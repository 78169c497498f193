// Identifier formats from the knowledge file, section 4. Shared by the fact step, the grammar and the checks.

import { EXAMPLE_ACCOUNT_IDS, isPlaceholderText } from './core/placeholders';

export { arnPlaceholderPart, EXAMPLE_ACCOUNT_IDS, isPlaceholderText } from './core/placeholders';

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
