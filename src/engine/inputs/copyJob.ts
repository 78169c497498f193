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
  /** As pasted: an ISO timestamp (CLI) or Unix seconds (API, EventBridge `creationDate` is ISO). */
  creationDate?: string;
  completionDate?: string;
  /** The key the copy was (or would be) encrypted with in the destination vault. */
  destinationEncryptionKeyArn?: string;
  /** `BACKUP_VAULT` or `LOGICALLY_AIR_GAPPED_BACKUP_VAULT` (upper case). */
  destinationVaultType?: string;
  /** `LOCKED` or `UNLOCKED` (upper case). */
  destinationVaultLockState?: string;
  destinationRecoveryPointLifecycle?: CopyJobLifecycle;
  /** Set for scheduled copies and automatic copies to a logically air-gapped vault. */
  createdByBackupJobId?: string;
}

/** The copy's retention as the copy job reports it (`DestinationRecoveryPointLifecycle`). */
export interface CopyJobLifecycle {
  deleteAfterDays?: number;
  deleteAfterEvent?: string;
  moveToColdStorageAfterDays?: number;
  optInToArchiveForSupportedResources?: boolean;
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

function num(o: Obj, name: string): number | undefined {
  const v = prop(o, name);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

function bool(o: Obj, name: string): boolean | undefined {
  const v = prop(o, name);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) return v.trim().toLowerCase() === 'true';
  return undefined;
}

const JOB_KEYS = ['CopyJobId', 'StatusMessage', 'SourceBackupVaultArn', 'DestinationBackupVaultArn', 'SourceRecoveryPointArn', 'MessageCategory'];
const looksLikeJob = (o: Obj) => JOB_KEYS.some((k) => prop(o, k) !== undefined);

/** An EventBridge event of another kind (a backup job, a recovery point): its `detail` is not a copy job. */
function otherEvent(o: Obj): boolean {
  const type = o['detail-type'];
  return typeof type === 'string' && !/copy job/i.test(type);
}

/**
 * Parses pasted JSON leniently: a byte-order mark, typographic quotes, comments, trailing commas and text around
 * the JSON (a shell prompt, the command) are tolerated. Returns undefined when no JSON value can be read.
 */
export function looseJsonValue(text: string): unknown {
  return remembered(PARSED, text, parseLoose);
}

/**
 * The last few texts read and what they gave: one paste that several checks read is parsed once per diagnosis.
 * What is kept is frozen, so a reader that changed it would fail at once instead of changing it for every other reader.
 */
const PARSED = new Map<string, unknown>();
const LISTS = new Map<string, CopyJobList | undefined>();
const REMEMBERED = 8;

function remembered<T>(cache: Map<string, T>, text: string, read: (text: string) => T): T {
  if (cache.has(text)) return cache.get(text) as T;
  const value = deepFreeze(read(text));
  if (cache.size >= REMEMBERED) cache.delete(cache.keys().next().value as string);
  cache.set(text, value);
  return value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parseLoose(text: string): unknown {
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

/** The forms a pasted copy job comes in. */
export type CopyJobForm = 'describe-copy-job' | 'list-copy-jobs' | 'eventbridge' | 'copy-job' | 'array';

interface Located {
  job: Obj;
  /** Where the job sits in the parsed value, with the keys as written. */
  path: (string | number)[];
}

function keyOf(o: Obj, name: string): string {
  if (name in o) return name;
  return Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
}

function locateJobs(value: unknown): { form: CopyJobForm; jobs: Located[] } | undefined {
  if (Array.isArray(value)) {
    const jobs = value.flatMap((v, i) => (isObj(v) && looksLikeJob(v) ? [{ job: v, path: [i] }] : []));
    return jobs.length ? { form: 'array', jobs } : undefined;
  }
  if (!isObj(value)) return undefined;
  const single = prop(value, 'CopyJob');
  if (isObj(single)) return { form: 'describe-copy-job', jobs: [{ job: single, path: [keyOf(value, 'CopyJob')] }] };
  const list = prop(value, 'CopyJobs');
  if (Array.isArray(list)) {
    const key = keyOf(value, 'CopyJobs');
    return { form: 'list-copy-jobs', jobs: list.flatMap((v, i) => (isObj(v) ? [{ job: v, path: [key, i] }] : [])) };
  }
  if (otherEvent(value)) return undefined;
  const detail = prop(value, 'detail');
  if (isObj(detail) && looksLikeJob(detail)) return { form: 'eventbridge', jobs: [{ job: detail, path: [keyOf(value, 'detail')] }] };
  return looksLikeJob(value) ? { form: 'copy-job', jobs: [{ job: value, path: [] }] } : undefined;
}

/** Every copy job object found in a parsed value, in order. */
export function copyJobObjects(value: unknown): Obj[] {
  return locateJobs(value)?.jobs.map((j) => j.job) ?? [];
}

/** An enumerated field's value in upper case, or undefined when it is none of the values AWS documents. */
function oneOf(v: string | undefined, values: readonly string[]): string | undefined {
  const u = v?.trim().toUpperCase();
  return u && values.includes(u) ? u : undefined;
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
  const lifecycle = prop(job, 'DestinationRecoveryPointLifecycle');
  const sourceVault = arnAccountAndRegion(raw.sourceVaultArn);
  const destinationVault = arnAccountAndRegion(raw.destinationVaultArn);
  const sourcePoint = arnAccountAndRegion(raw.sourceRecoveryPointArn);
  const destinationPoint = arnAccountAndRegion(raw.destinationRecoveryPointArn);
  const out: CopyJobRead = {
    copyJobId: keep('CopyJobId', 'copyJobId', str(job, 'CopyJobId')),
    // EventBridge events say `state` or `status` (the AWS Backup guide: "Some events report status").
    state: (str(job, 'State') ?? str(job, 'Status'))?.toUpperCase(),
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
    creationDate: str(job, 'CreationDate'),
    completionDate: str(job, 'CompletionDate'),
    destinationEncryptionKeyArn: keep('DestinationEncryptionKeyArn', 'kmsKeyArn', str(job, 'DestinationEncryptionKeyArn')),
    destinationVaultType: oneOf(str(job, 'DestinationVaultType'), ['BACKUP_VAULT', 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', 'RESTORE_ACCESS_BACKUP_VAULT']),
    destinationVaultLockState: oneOf(str(job, 'DestinationVaultLockState'), ['LOCKED', 'UNLOCKED']),
    destinationRecoveryPointLifecycle: isObj(lifecycle) ? readLifecycle(lifecycle) : undefined,
    createdByBackupJobId: keep('CreatedByBackupJobId', 'copyJobId', str(job, 'CreatedByBackupJobId')),
  };
  if (rejected.length > 0) out.rejected = rejected;
  for (const key of Object.keys(out) as (keyof CopyJobRead)[]) if (out[key] === undefined) delete out[key];
  return out;
}

function readLifecycle(o: Obj): CopyJobLifecycle | undefined {
  const out: CopyJobLifecycle = {
    deleteAfterDays: num(o, 'DeleteAfterDays'),
    deleteAfterEvent: str(o, 'DeleteAfterEvent'),
    moveToColdStorageAfterDays: num(o, 'MoveToColdStorageAfterDays'),
    optInToArchiveForSupportedResources: bool(o, 'OptInToArchiveForSupportedResources'),
  };
  for (const key of Object.keys(out) as (keyof CopyJobLifecycle)[]) if (out[key] === undefined) delete out[key];
  return Object.keys(out).length ? out : undefined;
}

/** Milliseconds since 1970 for a CLI timestamp (ISO text) or an API one (Unix seconds, maybe with milliseconds). */
export function timestampMs(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const t = raw.trim();
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    return n < 1e11 ? n * 1000 : n;
  }
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A pasted copy job output read whole: every job, where each sits, and the one the checks use. */
export interface CopyJobList {
  form: CopyJobForm;
  jobs: CopyJobRead[];
  /** Where each job sits in the pasted JSON (`['CopyJob']`, `['CopyJobs', 3]`, `['detail']`, `[]`), keys as written. */
  paths: (string | number)[][];
  /** The FAILED jobs, newest first (by CreationDate; undated ones after, in paste order). */
  failed: number[];
  /** The job the checks use: the newest FAILED job, else the first job. */
  chosen: number;
}

/** Reads every copy job in the text and picks the one to diagnose. Undefined when there is none. Never throws. */
export function readCopyJobList(text: string): CopyJobList | undefined {
  return remembered(LISTS, text, (t) => {
    try {
      return copyJobListOf(looseJsonValue(t));
    } catch {
      return undefined;
    }
  });
}

/** The same, for a value already parsed. */
export function copyJobListOf(value: unknown): CopyJobList | undefined {
  const found = locateJobs(value);
  if (!found || found.jobs.length === 0) return undefined;
  const jobs = found.jobs.map((j) => readCopyJobObject(j.job));
  if (found.form === 'eventbridge' && isObj(value)) fromEnvelope(jobs[0] as CopyJobRead, value);
  const failed = jobs
    .map((j, i) => ({ i, failed: j.state === 'FAILED', at: timestampMs(j.creationDate) }))
    .filter((x) => x.failed)
    .sort((a, b) => (a.at === undefined ? (b.at === undefined ? a.i - b.i : 1) : b.at === undefined ? -1 : b.at - a.at || a.i - b.i))
    .map((x) => x.i);
  return { form: found.form, jobs, paths: found.jobs.map((j) => j.path), failed, chosen: failed[0] ?? 0 };
}

/** An event's own `account` and `region` are where the copy job runs: the source account and Region. */
function fromEnvelope(job: CopyJobRead, event: Obj) {
  const account = typeof event.account === 'string' && /^\d{12}$/.test(event.account.trim()) ? event.account.trim() : undefined;
  const region = typeof event.region === 'string' && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(event.region.trim()) ? event.region.trim() : undefined;
  if (account) {
    job.accountId ??= account;
    job.sourceAccountId ??= account;
  }
  if (region) job.sourceRegion ??= region;
}

/** The path of a field of the chosen job, with the key as written (`detail.sourceBackupVaultArn` in an event). */
export function chosenFieldPath(text: string, field: string): (string | number)[] {
  try {
    const value = looseJsonValue(text);
    const found = locateJobs(value);
    const list = copyJobListOf(value);
    const located = list && found?.jobs[list.chosen];
    return located ? [...located.path, keyOf(located.job, field)] : [field];
  } catch {
    return [field];
  }
}

/** Every copy job in the text (one for describe-copy-job, all of a list-copy-jobs output). Never throws. */
export function readCopyJobs(text: string): CopyJobRead[] {
  return readCopyJobList(text)?.jobs ?? [];
}

/**
 * Reads `describe-copy-job` output, a bare CopyJob object, an EventBridge "Copy Job State Change" event, or the
 * newest FAILED job of a `list-copy-jobs` output (the first job when none failed). Undefined when the text holds no
 * copy job. Never throws.
 */
export function readCopyJob(text: string): CopyJobRead | undefined {
  const list = readCopyJobList(text);
  return list?.jobs[list.chosen];
}

/** Where the job readCopyJob picked sits in the pasted JSON (`CopyJob`, `CopyJobs[i]`, `detail` or the top level). */
export function copyJobPath(text: string): (string | number)[] {
  try {
    const value = looseJsonValue(text);
    const list = copyJobListOf(value);
    return (list && locateJobs(value)?.jobs[list.chosen]?.path) ?? [];
  } catch {
    return [];
  }
}
