// Reads a pasted copy job: `aws backup describe-copy-job` output, a bare CopyJob object, a `list-copy-jobs`
// output, or an EventBridge "Copy Job State Change" event. Accounts and Regions come from the vault ARNs.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { arnAccount, arnRegion, parseArn } from '../ids';

export interface CopyJobRead {
  copyJobId?: string;
  state?: string;
  statusMessage?: string;
  messageCategory?: string;
  resourceType?: string;
  resourceArn?: string;
  sourceVaultArn?: string;
  destinationVaultArn?: string;
  sourceRecoveryPointArn?: string;
  destinationRecoveryPointArn?: string;
  iamRoleArn?: string;
  /** The account that owns the copy job (the API's `AccountId`). */
  accountId?: string;
  sourceAccountId?: string;
  destinationAccountId?: string;
  sourceRegion?: string;
  destinationRegion?: string;
  destinationVaultName?: string;
}

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

/** A property by name, ignoring case (`StatusMessage` from the CLI, `statusMessage` in EventBridge events). */
function prop(o: Obj, name: string): unknown {
  if (name in o) return o[name];
  const lower = name.toLowerCase();
  const key = Object.keys(o).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : o[key];
}

function str(o: Obj, name: string): string | undefined {
  const v = prop(o, name);
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

const JOB_KEYS = ['CopyJobId', 'StatusMessage', 'SourceBackupVaultArn', 'DestinationBackupVaultArn', 'SourceRecoveryPointArn', 'MessageCategory'];
const looksLikeJob = (o: Obj) => JOB_KEYS.some((k) => prop(o, k) !== undefined);

/**
 * Parses pasted JSON leniently: a byte-order mark, typographic quotes, comments, trailing commas and text around
 * the JSON (a shell prompt, the command) are tolerated. Returns undefined when no JSON value can be read.
 */
export function looseJsonValue(text: string): unknown {
  const cleaned = text.replace(/^\uFEFF/, '').replace(/[\u201C\u201D\u201E\u201F]/g, '"').replace(/\u00A0/g, ' ');
  const attempt = (s: string): unknown => {
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(s, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    return value !== undefined && (errors.length === 0 || isObj(value) || Array.isArray(value)) ? value : undefined;
  };
  const trimmed = cleaned.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const v = attempt(trimmed);
    if (v !== undefined) return v;
  }
  const start = cleaned.indexOf('{');
  const end = cleaned.lastIndexOf('}');
  if (start >= 0 && end > start) return attempt(cleaned.slice(start, end + 1));
  return undefined;
}

/** Every copy job object found in a parsed value, in order. */
export function copyJobObjects(value: unknown): Obj[] {
  if (Array.isArray(value)) return value.flatMap((v) => (isObj(v) && looksLikeJob(v) ? [v] : []));
  if (!isObj(value)) return [];
  const single = prop(value, 'CopyJob');
  if (isObj(single)) return [single];
  const list = prop(value, 'CopyJobs');
  if (Array.isArray(list)) return list.filter(isObj);
  const detail = prop(value, 'detail');
  if (isObj(detail) && looksLikeJob(detail)) return [detail];
  return looksLikeJob(value) ? [value] : [];
}

function vaultName(arn: string | undefined): string | undefined {
  if (!arn) return undefined;
  const { arn: parsed, problem } = parseArn(arn);
  if (!parsed || problem) return undefined;
  const m = /^backup-vault:(.+)$/.exec(parsed.resource);
  return m?.[1];
}

/** Reads one CopyJob object. Accounts and Regions come from the vault ARNs, then from the recovery point ARNs. */
export function readCopyJobObject(job: Obj): CopyJobRead {
  const sourceVaultArn = str(job, 'SourceBackupVaultArn');
  const destinationVaultArn = str(job, 'DestinationBackupVaultArn');
  const sourceRecoveryPointArn = str(job, 'SourceRecoveryPointArn');
  const destinationRecoveryPointArn = str(job, 'DestinationRecoveryPointArn');
  const out: CopyJobRead = {
    copyJobId: str(job, 'CopyJobId'),
    state: str(job, 'State')?.toUpperCase(),
    statusMessage: str(job, 'StatusMessage'),
    messageCategory: str(job, 'MessageCategory'),
    resourceType: str(job, 'ResourceType'),
    resourceArn: str(job, 'ResourceArn'),
    sourceVaultArn,
    destinationVaultArn,
    sourceRecoveryPointArn,
    destinationRecoveryPointArn,
    iamRoleArn: str(job, 'IamRoleArn'),
    accountId: str(job, 'AccountId'),
    sourceAccountId: arnAccount(sourceVaultArn) ?? arnAccount(sourceRecoveryPointArn),
    destinationAccountId: arnAccount(destinationVaultArn) ?? arnAccount(destinationRecoveryPointArn),
    sourceRegion: arnRegion(sourceVaultArn) ?? arnRegion(sourceRecoveryPointArn),
    destinationRegion: arnRegion(destinationVaultArn) ?? arnRegion(destinationRecoveryPointArn),
    destinationVaultName: vaultName(destinationVaultArn),
  };
  for (const key of Object.keys(out) as (keyof CopyJobRead)[]) if (out[key] === undefined) delete out[key];
  return out;
}

/** Every copy job in the text (one for describe-copy-job, all of a list-copy-jobs output). Never throws. */
export function readCopyJobs(text: string): CopyJobRead[] {
  try {
    return copyJobObjects(looseJsonValue(text)).map(readCopyJobObject);
  } catch {
    return [];
  }
}

/**
 * Reads `describe-copy-job` output, a bare CopyJob object, or the first FAILED job of a `list-copy-jobs` output
 * (the first job when none failed). Undefined when the text holds no copy job. Never throws.
 */
export function readCopyJob(text: string): CopyJobRead | undefined {
  const jobs = readCopyJobs(text);
  return jobs.find((j) => j.state === 'FAILED') ?? jobs[0];
}
