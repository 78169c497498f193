// Reads a pasted copy job: `aws backup describe-copy-job` output, a bare CopyJob object, a `list-copy-jobs`
// output, or an EventBridge "Copy Job State Change" event. Accounts and Regions come from the vault ARNs.
//
// Every value that can reach a command is kept only when it has its format (core/formats): a vault ARN whose name
// holds `;curl ...|sh` is not a vault ARN. What was left out is listed in `rejected`, so a finding can say so.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { arnAccountAndRegion, checkValue, type RejectReason, type ValueKind } from '../core/formats';
import type { FactKey } from '../types';

/** A field of the copy job that was not used because it does not have its format. */
export interface FieldRejection {
  /** The field as AWS names it (`DestinationBackupVaultArn`). */
  field: string;
  kind: ValueKind;
  reason: RejectReason;
  /** The fact the value would have given (`destinationVaultName` from DestinationBackupVaultArn). */
  fact?: FactKey;
}

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
  /** Fields left out because they do not have their format. */
  rejected?: FieldRejection[];
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

/** The name part of `arn:...:backup-vault:NAME`, whatever it holds (validated by the caller). */
function vaultNamePart(arn: string | undefined): string | undefined {
  return arn ? /^arn:[^:]*:backup:[^:]*:[^:]*:backup-vault:(.+)$/s.exec(arn)?.[1] : undefined;
}

/**
 * Reads one CopyJob object. Accounts and Regions come from the vault ARNs, then from the recovery point ARNs; each
 * is taken only when it has its format, as is every ARN, ID and name (the rest is listed in `rejected`).
 */
export function readCopyJobObject(job: Obj): CopyJobRead {
  const rejected: FieldRejection[] = [];
  const keep = (field: string, kind: ValueKind, v: string | undefined, fact?: FactKey): string | undefined => {
    if (v === undefined) return undefined;
    const c = checkValue(kind, v);
    if (c.ok) return v;
    rejected.push({ field, kind, reason: c.reason, ...(fact ? { fact } : {}) });
    return undefined;
  };
  const raw = {
    sourceVaultArn: str(job, 'SourceBackupVaultArn'),
    destinationVaultArn: str(job, 'DestinationBackupVaultArn'),
    sourceRecoveryPointArn: str(job, 'SourceRecoveryPointArn'),
    destinationRecoveryPointArn: str(job, 'DestinationRecoveryPointArn'),
  };
  const sourceVault = arnAccountAndRegion(raw.sourceVaultArn);
  const destinationVault = arnAccountAndRegion(raw.destinationVaultArn);
  const sourcePoint = arnAccountAndRegion(raw.sourceRecoveryPointArn);
  const destinationPoint = arnAccountAndRegion(raw.destinationRecoveryPointArn);
  const out: CopyJobRead = {
    copyJobId: keep('CopyJobId', 'copyJobId', str(job, 'CopyJobId')),
    state: str(job, 'State')?.toUpperCase(),
    statusMessage: str(job, 'StatusMessage'),
    messageCategory: str(job, 'MessageCategory'),
    resourceType: keep('ResourceType', 'resourceType', str(job, 'ResourceType'), 'resourceType'),
    resourceArn: keep('ResourceArn', 'arn', str(job, 'ResourceArn')),
    sourceVaultArn: keep('SourceBackupVaultArn', 'vaultArn', raw.sourceVaultArn),
    destinationVaultArn: keep('DestinationBackupVaultArn', 'vaultArn', raw.destinationVaultArn),
    sourceRecoveryPointArn: keep('SourceRecoveryPointArn', 'recoveryPointArn', raw.sourceRecoveryPointArn),
    destinationRecoveryPointArn: keep('DestinationRecoveryPointArn', 'recoveryPointArn', raw.destinationRecoveryPointArn),
    iamRoleArn: keep('IamRoleArn', 'roleArn', str(job, 'IamRoleArn')),
    accountId: keep('AccountId', 'accountId', str(job, 'AccountId')),
    sourceAccountId: sourceVault.account ?? sourcePoint.account,
    destinationAccountId: destinationVault.account ?? destinationPoint.account,
    sourceRegion: sourceVault.region ?? sourcePoint.region,
    destinationRegion: destinationVault.region ?? destinationPoint.region,
    destinationVaultName: keep('DestinationBackupVaultArn', 'vaultName', vaultNamePart(raw.destinationVaultArn), 'destinationVaultName'),
  };
  if (rejected.length > 0) out.rejected = rejected;
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

/** Where the job readCopyJob picked sits in the pasted JSON: `CopyJob`, `CopyJobs[i]`, `detail` or the top level. */
export function copyJobPath(text: string): (string | number)[] {
  const v = looseJsonValue(text);
  if (!isObj(v)) return [];
  if (isObj(prop(v, 'CopyJob'))) return ['CopyJob'];
  const list = prop(v, 'CopyJobs');
  if (Array.isArray(list)) {
    const failed = list.findIndex((j) => isObj(j) && String(prop(j, 'State') ?? '').toUpperCase() === 'FAILED');
    return ['CopyJobs', Math.max(failed, 0)];
  }
  return isObj(prop(v, 'detail')) ? ['detail'] : [];
}
