// One paste box that takes anything: find the outputs in a paste (./split), say what each one is, where it belongs
// in the session (a paste key), how sure that is, which IDs it names, and what looks wrong about filing it there.
//
// Where an output goes is decided by its shape first (the existing readers' markers), then by the command that
// printed it, then by the IDs it names against what the session already knows (the copy job in the same paste
// counts: a copy job names both accounts and Regions). When that cannot decide (describe-organization looks the
// same in every account of an organization), the result says so and offers the choices instead of guessing.
// Wrong-account pastes are caught by their IDs and returned as warnings; nothing is ever re-filed silently.
//
// Pure and fast: one pass to split, one lenient parse per output. Never throws.
import { arnAccount, arnRegion, ORG_ID_RE, parseArn } from '../ids';
import { resolveFacts, sameFact } from '../facts';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { normalisePolicy, type NormalStatement } from '../policy/model';
import { readSession } from '../session';
import type { FactKey, Facts, PasteKey, Session } from '../types';
import { copyJobListOf, looseJsonValue, readCopyJob, type CopyJobList } from './copyJob';
import { roleNameOf } from './rolePolicies';
import { parseAwsCommand, splitPaste, type AwsCommand } from './split';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

/** What an output is, for words (`recognize.format.<format>` in the catalogs). */
export const FORMATS = [
  'describe-copy-job',
  'list-copy-jobs',
  'copy-job-event',
  'copy-job',
  'start-copy-job',
  'other-event',
  'get-key-policy',
  'key-policy',
  'describe-key',
  'get-vault-policy',
  'vault-policy',
  'describe-backup-vault',
  'list-backup-vaults',
  'global-settings',
  'describe-organization',
  'effective-policy',
  'tag-policy',
  'resource-tags',
  'describe-policy',
  'scp',
  'rcp',
  'region-settings',
  'allowed-images',
  'get-role-policy',
  'get-policy-version',
  'authorization-details',
  'attached-policies',
  'identity-policy',
  'caller-identity',
  'session',
  'bundle',
  'cli-error',
  'error-message',
  'text',
  'json',
] as const;
export type Format = (typeof FORMATS)[number];

/** Why an output is uncertain or cannot be filed (`recognize.reason.<reason>`). */
export const REASONS = [
  'START_COPY_JOB',
  'OTHER_EVENT',
  'CLI_ERROR',
  'LIST_BACKUP_VAULTS',
  'EFFECTIVE_POLICY_TYPE',
  'POLICY_TYPE',
  'NOT_RECOGNISED',
  'NOT_READABLE',
  'ORGANIZATION_SIDE',
  'KEY_SIDE',
  'VAULT_SIDE',
  'NO_VAULT_POLICY',
  'NOT_IN_ORGANIZATION',
] as const;
export type Reason = (typeof REASONS)[number];

export type Confidence = 'high' | 'medium' | 'low';
export type AccountRole = 'source' | 'destination' | 'management' | 'other';

export interface RecognizedIds {
  /** 12-digit account IDs the output names (in ARNs and account fields), first seen first. */
  accounts: string[];
  regions: string[];
  keyArns: string[];
  vaultArns: string[];
  roleArns: string[];
  /** Account IDs that are not 12 digits (AWS's own EventBridge sample has a 13-digit one). */
  badAccounts: string[];
}

/** What may be wrong about filing an output somewhere (`recognize.warning.<code>`); the comments give the params. */
export const WARNING_CODES = [
  /** Filed there, it comes from the wrong account (params: input, expectedRole, expectedId, foundId, foundRole). */
  'WRONG_ACCOUNT',
  /** Filed there, it comes from the wrong Region (input, expectedRegion, foundRegion). */
  'WRONG_REGION',
  /** A vault other than the copy's destination vault (input, expectedName, foundName). */
  'OTHER_VAULT',
  /** A copy job for other accounts or Regions than the session's (fact, given, pasted). */
  'OTHER_COPY',
  /** IAM policies of a role other than the copy job's (roles, copyRole). */
  'OTHER_ROLE',
  /** get-account-authorization-details without the copy role in it (wanted, listed). */
  'ROLE_NOT_IN_DETAILS',
  /** A malformed account ID (id). */
  'BAD_ACCOUNT_ID',
  /** A list of copy jobs in which none failed (count). */
  'NO_FAILED_COPY_JOB',
  /** A later output in the same paste goes to the same place and replaces this one (input). */
  'SAME_TARGET',
  /** A session file that cannot be read (error). */
  'SESSION_INVALID',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface RecognizeWarning {
  code: WarningCode;
  params: Record<string, string | number>;
  /** `hold`: ask before filing (a wrong-account paste). `info`: say it, file anyway. */
  level: 'hold' | 'info';
  /** Where it probably belongs instead, when that can be told. */
  suggested?: PasteKey;
}

export interface CopyJobChoice {
  /** Index of the job in the pasted list. */
  index: number;
  copyJobId?: string;
  creationDate?: string;
  statusMessage?: string;
  destinationVaultArn?: string;
  /** The job alone, as the text to file. */
  text: string;
}

export interface Recognized {
  /** Offsets into the pasted text: [start, end). */
  start: number;
  end: number;
  /** The output as it will be filed: without the prompt and the command line. */
  text: string;
  /** The command line that printed it, when the paste shows one. */
  command?: string;
  format: Format;
  /** `paste`: goes into one of the session's pastes. The others are handled apart (a session file is opened, a
   *  bundle is merged, a caller identity only tells which account the outputs after it come from). */
  kind: 'paste' | 'session' | 'bundle' | 'identity' | 'unknown';
  /** Where it goes, when that is decided (or the likeliest place, when `ask` is set). */
  target?: PasteKey;
  /** The places it may go (the target first); more than one when the user may choose. */
  choices: PasteKey[];
  /** Set when the user must choose before it is filed: which account's output, or which copy job of a list. */
  ask?: 'side' | 'copy-job';
  confidence: Confidence;
  /** Why it is uncertain or cannot be filed, for words (`recognize.reason.<reason>`), with its params. */
  reason?: Reason;
  reasonParams?: Record<string, string | number>;
  /** The account the output comes from, when it names it, and what that account is in this copy. */
  account?: { id: string; role?: AccountRole };
  /** The Region and the vault it is about, when it names them (a key's, a vault's, the command's --region). */
  region?: string;
  vaultName?: string;
  ids: RecognizedIds;
  warnings: RecognizeWarning[];
  /** A list of copy jobs with several failed ones: each, newest first; `copyJob` is the default (the newest). */
  copyJobs?: CopyJobChoice[];
  copyJob?: number;
  /** A bundle's own words about itself (`copy-doctor/bundle`, read by its format field only). */
  bundle?: { role?: string; accountId?: string; region?: string };
  /** A session file that reads: the session itself. */
  session?: Session;
}

/** What the session already knows, which decides source or destination. */
export interface RecognizeContext {
  /** Facts typed by the user: they win over what the paste says. */
  typed?: Facts;
  /** Facts the session's pastes give (a copy job in the same paste counts before these). */
  pasted?: Facts;
  /** The copy job's role (`IamRoleArn`), to filter IAM outputs. */
  copyRoleArn?: string;
  /** The management account (from a describe-organization output). */
  managementAccountId?: string;
  /** Pastes the session already holds. */
  filled?: PasteKey[];
}

interface Known {
  source?: string;
  destination?: string;
  management?: string;
  sourceRegion?: string;
  destinationRegion?: string;
  vaultName?: string;
  sourceKeyArn?: string;
  destinationKeyArn?: string;
  copyRoleArn?: string;
  filled: Set<PasteKey>;
  /** The facts the session had before this paste (typed ones win), to notice a copy job for another copy. */
  before: Facts;
}

/** The paste keys whose input comes from each account, for wrong-account warnings. */
const EXPECTED: Partial<Record<PasteKey, 'source' | 'destination' | 'management'>> = {
  sourceKeyPolicy: 'source',
  sourceKeyMetadata: 'source',
  sourceVaultPolicy: 'source',
  regionSettings: 'source',
  copyRolePolicies: 'source',
  sourceOrganization: 'source',
  destinationVaultPolicy: 'destination',
  destinationVault: 'destination',
  destinationKeyMetadata: 'destination',
  allowedImages: 'destination',
  destinationOrganization: 'destination',
  globalSettings: 'management',
  serviceControlPolicies: 'management',
  resourceControlPolicies: 'management',
};

/** The same kind of paste in the other account: where a wrong-account paste probably belongs. */
const COUNTERPART: Partial<Record<PasteKey, Partial<Record<AccountRole, PasteKey>>>> = {
  sourceKeyMetadata: { destination: 'destinationKeyMetadata' },
  destinationKeyMetadata: { source: 'sourceKeyMetadata' },
  sourceVaultPolicy: { destination: 'destinationVaultPolicy' },
  destinationVaultPolicy: { source: 'sourceVaultPolicy' },
  sourceOrganization: { destination: 'destinationOrganization' },
  destinationOrganization: { source: 'sourceOrganization' },
};

/** Pastes that hold several policies as a JSON array: several outputs for one of them are combined. */
export const COMBINABLE: readonly PasteKey[] = ['serviceControlPolicies', 'resourceControlPolicies', 'copyRolePolicies'];

// ---------------------------------------------------------------------------------------------------------------------
// Context

/** What a session knows, as a recognition context. Never throws. */
export function contextOf(session: Session | undefined): RecognizeContext {
  if (!session) return {};
  try {
    const { facts } = resolveFacts(session);
    const typed: Facts = {};
    const pasted: Facts = {};
    for (const [k, v] of Object.entries(facts) as [FactKey, { value: string; from: string }][]) {
      if (!v) continue;
      if (v.from === 'facts') typed[k] = v.value;
      else pasted[k] = v.value;
    }
    const ctx: RecognizeContext = { typed, pasted, filled: (Object.keys(session.pastes ?? {}) as PasteKey[]).filter((k) => (session.pastes[k] ?? '').trim() !== '') };
    const role = session.pastes?.copyJob ? readCopyJob(session.pastes.copyJob)?.iamRoleArn : undefined;
    if (role) ctx.copyRoleArn = role;
    for (const key of ['sourceOrganization', 'destinationOrganization'] as const) {
      const v = session.pastes?.[key] ? looseJsonValue(session.pastes[key] as string) : undefined;
      const master = isObj(v) && isObj(v.Organization) ? v.Organization.MasterAccountId : undefined;
      if (typeof master === 'string' && /^\d{12}$/.test(master)) ctx.managementAccountId ??= master;
    }
    return ctx;
  } catch {
    return {};
  }
}

function knownFrom(ctx: RecognizeContext, inPaste: Facts, extra: { management?: string; copyRoleArn?: string }): Known {
  // Typed facts win; then what this paste's own copy job says; then what the session's pastes said before.
  const get = (k: FactKey) => ctx.typed?.[k] ?? inPaste[k] ?? ctx.pasted?.[k];
  const k: Known = { filled: new Set(ctx.filled ?? []), before: { ...(ctx.pasted ?? {}), ...(ctx.typed ?? {}) } };
  const put = <K extends keyof Known>(key: K, v: Known[K] | undefined) => {
    if (v !== undefined && v !== '') k[key] = v;
  };
  put('source', get('sourceAccountId'));
  put('destination', get('destinationAccountId'));
  put('sourceRegion', get('sourceRegion'));
  put('destinationRegion', get('destinationRegion'));
  put('vaultName', get('destinationVaultName'));
  put('sourceKeyArn', get('sourceKeyArn'));
  put('destinationKeyArn', get('destinationVaultKeyArn'));
  put('management', ctx.managementAccountId ?? extra.management);
  put('copyRoleArn', extra.copyRoleArn ?? ctx.copyRoleArn);
  return k;
}

function roleOf(known: Known, account: string | undefined): AccountRole | undefined {
  if (!account) return undefined;
  const roles: AccountRole[] = [];
  if (account === known.source) roles.push('source');
  if (account === known.destination) roles.push('destination');
  if (account === known.management) roles.push('management');
  if (roles.length === 1) return roles[0];
  if (roles.length > 1) return undefined; // the same account plays two parts: the account cannot tell
  return known.source && known.destination ? 'other' : undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// IDs

const ARN_RE = /arn:aws(?:-cn|-us-gov|-eusc)?:([a-z0-9-]+):([a-z0-9-]*):(\d*):([A-Za-z0-9_/:.@+=,*-]+)/g;
const ACCOUNT_FIELD_RE = /["“”](?:AccountId|AWSAccountId|Account|accountId|account|MasterAccountId)["“”]\s*:\s*["“”](\d+)["“”]/g;

function idsOf(text: string): RecognizedIds {
  const ids: RecognizedIds = { accounts: [], regions: [], keyArns: [], vaultArns: [], roleArns: [], badAccounts: [] };
  const add = (list: string[], v: string) => {
    if (!list.includes(v) && list.length < 50) list.push(v);
  };
  const account = (a: string) => {
    if (a === '') return;
    if (/^\d{12}$/.test(a)) add(ids.accounts, a);
    else add(ids.badAccounts, a);
  };
  ARN_RE.lastIndex = 0;
  for (let m = ARN_RE.exec(text), count = 0; m && count < 500; m = ARN_RE.exec(text), count++) {
    const [arn, service, region, acct, resource] = m as unknown as [string, string, string, string, string];
    account(acct);
    if (region) add(ids.regions, region);
    if (!/^\d{12}$/.test(acct)) continue;
    if (service === 'kms' && resource.startsWith('key/')) add(ids.keyArns, arn);
    else if (service === 'backup' && resource.startsWith('backup-vault:')) add(ids.vaultArns, arn);
    else if (service === 'iam' && resource.startsWith('role/')) add(ids.roleArns, arn);
  }
  ACCOUNT_FIELD_RE.lastIndex = 0;
  for (let m = ACCOUNT_FIELD_RE.exec(text), count = 0; m && count < 200; m = ACCOUNT_FIELD_RE.exec(text), count++) account(m[1] as string);
  return ids;
}

// ---------------------------------------------------------------------------------------------------------------------
// Shapes

const has = (o: Obj, name: string) => prop(o, name) !== undefined;
/** Each object's keys by their lower case, built once: the shape tests ask dozens of names of every output. */
const lowerKeys = new WeakMap<Obj, Map<string, string>>();
function prop(o: Obj, name: string): unknown {
  if (Object.hasOwn(o, name)) return o[name];
  let keys = lowerKeys.get(o);
  if (!keys) {
    keys = new Map();
    for (const k of Object.keys(o)) if (!keys.has(k.toLowerCase())) keys.set(k.toLowerCase(), k);
    lowerKeys.set(o, keys);
  }
  const key = keys.get(name.toLowerCase());
  return key === undefined ? undefined : o[key];
}
const str = (o: unknown, name: string): string | undefined => {
  if (!isObj(o)) return undefined;
  const v = prop(o, name);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

interface Draft {
  format: Format;
  /** Undefined: `paste` when it has a place, else `unknown`. */
  kind?: Recognized['kind'];
  /** Candidate places, likeliest first; one means decided. */
  choices: PasteKey[];
  confidence: Confidence;
  ask?: Recognized['ask'];
  reason?: Reason;
  reasonParams?: Record<string, string | number>;
  /** The account the output comes from, by its own IDs. */
  accountId?: string;
  /** A Region the output is about (a vault's, a key's, the command's --region). */
  region?: string;
  vaultName?: string;
  warnings: RecognizeWarning[];
  copyJobs?: CopyJobChoice[];
  copyJob?: number;
  bundle?: Recognized['bundle'];
  session?: Session;
  /** For copy jobs: the facts this one names (they help decide the other outputs of the paste). */
  facts?: Facts;
  copyRoleArn?: string;
  management?: string;
  /** For caller identity: the account the outputs after it come from. */
  identity?: string;
  /** Text to file instead of the output as pasted (the chosen job of a list). */
  fileText?: string;
}

const draft = (format: Format, choices: PasteKey[], confidence: Confidence, more: Partial<Draft> = {}): Draft => ({
  format,
  choices,
  confidence,
  warnings: [],
  ...more,
});

/** Actions of a statement list, lower case. */
function actionsOf(statements: NormalStatement[]): string[] {
  return statements.flatMap((s) => [...(s.action ?? []), ...(s.notAction ?? [])]).map((a) => a.toLowerCase());
}

/** The account a key policy belongs to: the one whose root gets kms:* (the default statement). */
export function keyPolicyOwner(statements: NormalStatement[]): string | undefined {
  for (const s of statements) {
    if (s.effect !== 'Allow' || !s.principal) continue;
    const actions = (s.action ?? []).map((a) => a.toLowerCase());
    if (!actions.includes('kms:*') && !actions.includes('*')) continue;
    for (const p of s.principal.aws) {
      const m = /^(?:arn:aws[\w-]*:iam::(\d{12}):root|(\d{12}))$/.exec(p.trim());
      if (m) return m[1] ?? m[2];
    }
  }
  return undefined;
}

function policyKind(statements: NormalStatement[]): 'key' | 'vault' | 'rcp' | 'identity' | 'scp' | undefined {
  if (statements.length === 0) return undefined;
  const actions = actionsOf(statements);
  const withPrincipal = statements.filter((s) => s.principal || s.notPrincipal);
  if (withPrincipal.length === 0) {
    // No principal: an identity policy or an SCP. SCPs deny, or are FullAWSAccess; identity policies allow actions.
    const full = statements.some((s) => s.effect === 'Allow' && (s.action ?? []).includes('*') && (s.resource ?? []).includes('*'));
    if (full || statements.some((s) => s.effect === 'Deny')) return 'scp';
    return 'identity';
  }
  const backup = actions.filter((a) => a.startsWith('backup:')).length;
  const kms = actions.filter((a) => a.startsWith('kms:')).length;
  const everyoneOnly = withPrincipal.every((s) => s.principal?.any);
  if (backup > 0 && backup >= kms) return 'vault';
  // RCPs: every statement names Principal "*", and they deny (or are RCPFullAWSAccess), often across services.
  const rcpFull = statements.length === 1 && statements[0]?.effect === 'Allow' && (statements[0].action ?? []).includes('*') && everyoneOnly;
  if (everyoneOnly && (rcpFull || statements.every((s) => s.effect === 'Deny'))) return 'rcp';
  if (kms > 0) return 'key';
  return undefined;
}

/** Which vault a vault policy is about, by its contents: a Deny on copying out (source) or an Allow of copies in. */
function vaultSideByContent(statements: NormalStatement[]): 'source' | 'destination' | undefined {
  let source = 0;
  let destination = 0;
  for (const s of statements) {
    const actions = [...(s.action ?? [])].map((a) => a.toLowerCase());
    const keys = s.conditions.map((c) => c.key.toLowerCase());
    if (s.effect === 'Deny' && (actions.some((a) => a === 'backup:startcopyjob' || a === 'backup:copyfrombackupvault') || keys.includes('backup:copytargets'))) source++;
    if (s.effect === 'Allow' && actions.some((a) => a === 'backup:copyintobackupvault' || a === 'backup:*')) destination++;
  }
  if (source > destination) return 'source';
  if (destination > source) return 'destination';
  return undefined;
}

/** The vault a policy's statements name in Resource. */
function vaultArnIn(statements: NormalStatement[]): string | undefined {
  for (const s of statements) for (const r of s.resource ?? []) if (/:backup-vault:[^*]+$/.test(r) && arnAccount(r)) return r;
  return undefined;
}

function vaultName(arn: string | undefined): string | undefined {
  if (!arn) return undefined;
  const { arn: a, problem } = parseArn(arn);
  return a && !problem ? /^backup-vault:(.+)$/.exec(a.resource)?.[1] : undefined;
}

/** The last `--region` of a command. */
const regionOption = (cmd: AwsCommand | undefined) => (typeof cmd?.options.region === 'string' ? cmd.options.region : undefined);

const EFS_AUTOMATIC_VAULT = 'aws/efs/automatic-backup-vault';

function fromVaultPolicy(format: Format, statements: NormalStatement[], outer: Obj | undefined, cmd: AwsCommand | undefined, known: Known): Draft {
  const arn = str(outer, 'BackupVaultArn') ?? vaultArnIn(statements);
  const name = str(outer, 'BackupVaultName') ?? vaultName(arn) ?? (typeof cmd?.options['backup-vault-name'] === 'string' ? cmd.options['backup-vault-name'] : undefined);
  const cmdAccount = typeof cmd?.options['backup-vault-account-id'] === 'string' ? cmd.options['backup-vault-account-id'] : undefined;
  const account = arnAccount(arn) ?? (cmdAccount && /^\d{12}$/.test(cmdAccount) ? cmdAccount : undefined);
  const region = arnRegion(arn) ?? regionOption(cmd);
  const d = draft(format, [], 'high', { ...(account ? { accountId: account } : {}), ...(region ? { region } : {}), ...(name ? { vaultName: name } : {}) });
  const side = sideOf(known, account, region, name);
  if (name === EFS_AUTOMATIC_VAULT) {
    d.choices = ['sourceVaultPolicy', 'destinationVaultPolicy'];
    return d;
  }
  if (side) {
    d.choices = side === 'source' ? ['sourceVaultPolicy', 'destinationVaultPolicy'] : ['destinationVaultPolicy', 'sourceVaultPolicy'];
    return d;
  }
  const byContent = vaultSideByContent(statements);
  d.confidence = byContent ? 'medium' : 'low';
  d.choices = byContent === 'source' ? ['sourceVaultPolicy', 'destinationVaultPolicy'] : ['destinationVaultPolicy', 'sourceVaultPolicy'];
  if (!byContent) {
    d.ask = 'side';
    d.reason = 'VAULT_SIDE';
  }
  return d;
}

/** Source or destination, by account, then Region, then vault name; undefined when the facts cannot tell. */
function sideOf(known: Known, account: string | undefined, region: string | undefined, name?: string): 'source' | 'destination' | undefined {
  const isSource = account !== undefined && account === known.source;
  const isDest = account !== undefined && account === known.destination;
  if (isSource && !isDest) return 'source';
  if (isDest && !isSource) return 'destination';
  // One account on both sides (a cross-Region copy), or no account: the Region or the vault name may tell.
  if (name && known.vaultName && name === known.vaultName && (!account || isDest)) return 'destination';
  if (region && known.sourceRegion !== known.destinationRegion) {
    if (region === known.sourceRegion && (!account || isSource)) return 'source';
    if (region === known.destinationRegion && (!account || isDest)) return 'destination';
  }
  return undefined;
}

function fromKeyMetadata(meta: Obj, known: Known): Draft {
  const arn = str(meta, 'Arn');
  const account = arnAccount(arn) ?? (str(meta, 'AWSAccountId') && /^\d{12}$/.test(str(meta, 'AWSAccountId') as string) ? str(meta, 'AWSAccountId') : undefined);
  const region = arnRegion(arn);
  const d = draft('describe-key', [], 'high', { ...(account ? { accountId: account } : {}), ...(region ? { region } : {}) });
  if (arn && known.sourceKeyArn && sameFact('sourceKeyArn', arn, known.sourceKeyArn)) d.choices = ['sourceKeyMetadata', 'destinationKeyMetadata'];
  else if (arn && known.destinationKeyArn && sameFact('destinationVaultKeyArn', arn, known.destinationKeyArn)) d.choices = ['destinationKeyMetadata', 'sourceKeyMetadata'];
  else {
    const side = sideOf(known, account, region);
    if (side) d.choices = side === 'source' ? ['sourceKeyMetadata', 'destinationKeyMetadata'] : ['destinationKeyMetadata', 'sourceKeyMetadata'];
    else {
      // AWS managed keys say what they protect: aws/backup guards vaults, aws/ebs (and the like) the resources.
      const description = (str(meta, 'Description') ?? '').toLowerCase();
      const backupKey = /protects my backups/.test(description);
      d.choices = backupKey ? ['destinationKeyMetadata', 'sourceKeyMetadata'] : ['sourceKeyMetadata', 'destinationKeyMetadata'];
      d.confidence = backupKey ? 'medium' : 'low';
      if (!backupKey) {
        d.ask = 'side';
        d.reason = 'KEY_SIDE';
      }
    }
  }
  return d;
}

function fromCopyJobs(list: CopyJobList, segment: string, value: unknown): Draft {
  const format: Format = list.form === 'describe-copy-job' ? 'describe-copy-job' : list.form === 'eventbridge' ? 'copy-job-event' : list.form === 'copy-job' ? 'copy-job' : 'list-copy-jobs';
  const chosen = list.jobs[list.chosen]!;
  // start-copy-job prints only the new job's ID: nothing to diagnose yet.
  if (list.jobs.length === 1 && isObj(value) && Object.keys(value).every((k) => /^(CopyJobId|CreationDate|IsParent)$/i.test(k))) {
    return draft('start-copy-job', [], 'high', { reason: 'START_COPY_JOB', reasonParams: { id: chosen.copyJobId ?? '' } });
  }
  const d = draft(format, ['copyJob'], 'high', { ...(chosen.sourceAccountId ? { accountId: chosen.sourceAccountId } : {}) });
  const facts: Facts = {};
  if (chosen.sourceAccountId) facts.sourceAccountId = chosen.sourceAccountId;
  if (chosen.destinationAccountId) facts.destinationAccountId = chosen.destinationAccountId;
  if (chosen.sourceRegion) facts.sourceRegion = chosen.sourceRegion;
  if (chosen.destinationRegion) facts.destinationRegion = chosen.destinationRegion;
  if (chosen.destinationVaultName) facts.destinationVaultName = chosen.destinationVaultName;
  d.facts = facts;
  if (chosen.iamRoleArn) d.copyRoleArn = chosen.iamRoleArn;
  if (list.jobs.length > 1) {
    if (list.failed.length === 0) d.warnings.push({ code: 'NO_FAILED_COPY_JOB', params: { count: list.jobs.length }, level: 'info' });
    const root = parseTree(segment, [], { allowTrailingComma: true, disallowComments: false });
    const choices = (list.failed.length ? list.failed : [list.chosen]).map((i): CopyJobChoice => {
      const job = list.jobs[i]!;
      const node = root ? findNodeAtLocation(root, list.paths[i] ?? []) : undefined;
      const c: CopyJobChoice = { index: i, text: node ? dedent(segment, node.offset, node.offset + node.length) : segment };
      if (job.copyJobId) c.copyJobId = job.copyJobId;
      if (job.creationDate) c.creationDate = job.creationDate;
      if (job.statusMessage) c.statusMessage = job.statusMessage;
      if (job.destinationVaultArn) c.destinationVaultArn = job.destinationVaultArn;
      return c;
    });
    d.copyJobs = choices;
    d.copyJob = choices[0]?.index;
    d.fileText = choices[0]?.text;
    if (choices.length > 1) d.ask = 'copy-job';
  }
  return d;
}

/** A slice of the paste with its common indentation removed (one job cut out of a list). */
function dedent(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, start))?.[0].length ?? 0;
  const body = text.slice(start, end);
  return indent === 0 ? body : body.replace(new RegExp(`\\n[ \\t]{0,${indent}}`, 'g'), '\n');
}

const CLI_ERROR = /An error occurred \(([A-Za-z0-9.]+)\)(?: when calling the ([A-Za-z0-9]+) operation)?/;

/** AWS CLI errors that are themselves a fact about the input they stand for. */
const ERROR_FACTS: Record<string, { ops: string[]; codes: RegExp; choices: PasteKey[] }> = {
  vaultPolicy: { ops: ['GetBackupVaultAccessPolicy'], codes: /ResourceNotFound/i, choices: ['destinationVaultPolicy', 'sourceVaultPolicy'] },
  organization: { ops: ['DescribeOrganization'], codes: /OrganizationsNotInUse/i, choices: ['sourceOrganization', 'destinationOrganization'] },
};

function fromText(segment: string, cmd: AwsCommand | undefined, known: Known): Draft {
  const cli = CLI_ERROR.exec(segment);
  if (cli) {
    const code = cli[1] as string;
    const op = cli[2] ?? '';
    for (const [family, rule] of Object.entries(ERROR_FACTS)) {
      if (!rule.ops.includes(op) || !rule.codes.test(code)) continue;
      if (family === 'vaultPolicy') {
        const name = typeof cmd?.options['backup-vault-name'] === 'string' ? cmd.options['backup-vault-name'] : /vault\s+([A-Za-z0-9_-]{2,50})\b/i.exec(segment)?.[1];
        const side = sideOf(known, undefined, regionOption(cmd), name);
        const d = draft('cli-error', side === 'source' ? ['sourceVaultPolicy', 'destinationVaultPolicy'] : [...rule.choices], side ? 'high' : 'medium', { reason: 'NO_VAULT_POLICY', reasonParams: { code } });
        if (name) d.vaultName = name;
        if (!side && name === undefined) {
          d.ask = 'side';
          d.confidence = 'low';
        }
        return d;
      }
      const d = draft('cli-error', [...rule.choices], 'medium', { ask: 'side', reason: 'NOT_IN_ORGANIZATION', reasonParams: { code } });
      return d;
    }
    return draft('cli-error', [], 'high', { reason: 'CLI_ERROR', reasonParams: { code, operation: op } });
  }
  // Prose: a copy job's status message, as copied from the console, is the one kind of text the session takes.
  if (/\b(cop(?:y|ied|ies)|backup|vault|kms|key|denied|not authori[sz]ed|insufficient|privileges|organi[sz]ation|cross-account|fail(?:ed|ure)?|error|does not exist|not supported|cannot|unable|recovery point|retention|lock|snapshot|expired|tags?)\b/i.test(segment)) {
    return draft('error-message', ['errorMessage'], segment.length > 2000 ? 'low' : 'medium');
  }
  return draft('text', [], 'low', { reason: 'NOT_RECOGNISED' });
}

/** Which paste family a command's operation points to, when the output's shape alone cannot tell. */
function commandFamily(cmd: AwsCommand | undefined): 'key' | 'vault' | 'scp' | 'rcp' | 'identity' | 'tag' | undefined {
  const op = `${cmd?.service ?? ''} ${cmd?.operation ?? ''}`;
  if (/^kms (get-key-policy|put-key-policy)/.test(op)) return 'key';
  if (/^backup (get|put)-backup-vault-access-policy/.test(op)) return 'vault';
  if (/^iam /.test(op)) return 'identity';
  if (/^organizations (describe-policy|list-policies)/.test(op)) {
    const filter = `${String(cmd?.options.filter ?? '')} ${String(cmd?.options.query ?? '')}`;
    return /RESOURCE_CONTROL/i.test(filter) ? 'rcp' : 'scp';
  }
  if (/^organizations describe-effective-policy/.test(op)) return 'tag';
  return undefined;
}

function fromPolicy(format: Format, value: unknown, outer: Obj | undefined, cmd: AwsCommand | undefined, known: Known): Draft | undefined {
  const docs = Array.isArray(value) ? value : [value];
  const statements = docs.flatMap((d) => normalisePolicy(d).statements);
  if (statements.length === 0 && !isObj(value)) return undefined;
  const family = commandFamily(cmd);
  const kind = family === 'tag' ? undefined : (family ?? policyKind(statements));
  const sure: Confidence = family ? 'high' : 'medium';
  switch (kind) {
    case 'key': {
      const owner = keyPolicyOwner(statements);
      const keyArn = typeof cmd?.options['key-id'] === 'string' && arnAccount(cmd.options['key-id']) ? cmd.options['key-id'] : undefined;
      const account = owner ?? arnAccount(keyArn);
      return draft(format === 'get-key-policy' ? 'get-key-policy' : 'key-policy', ['sourceKeyPolicy'], format === 'get-key-policy' ? 'high' : sure, {
        ...(account ? { accountId: account } : {}),
        ...(arnRegion(keyArn) ? { region: arnRegion(keyArn) as string } : {}),
      });
    }
    case 'vault':
      return fromVaultPolicy(format === 'get-vault-policy' ? 'get-vault-policy' : 'vault-policy', statements, outer, cmd, known);
    case 'rcp':
      return draft('rcp', ['resourceControlPolicies', 'serviceControlPolicies'], sure);
    case 'scp': {
      // FullAWSAccess (Allow * on *) is only ever an SCP; a Deny without a principal almost always is one.
      const full = statements.some((s) => s.effect === 'Allow' && (s.action ?? []).includes('*') && (s.resource ?? []).includes('*'));
      return draft('scp', ['serviceControlPolicies', 'copyRolePolicies', 'resourceControlPolicies'], full ? 'high' : sure);
    }
    case 'identity':
      return draft('identity-policy', ['copyRolePolicies', 'serviceControlPolicies'], sure);
    default:
      return undefined;
  }
}

/**
 * The policy inside a CLI output, the way the policy reader (json/policyText) unwraps it, without its positions and
 * repairs: enough to tell what the output is. `--query Policy` as JSON gives one string literal.
 */
function unwrapPolicy(value: unknown): { inner: unknown; outer?: Obj; wrapper?: 'get-key-policy' | 'get-backup-vault-access-policy' | 'describe-policy' | 'policy-property' | 'json-string' } {
  if (typeof value === 'string') return { inner: looseJsonValue(value), wrapper: 'json-string' };
  if (!isObj(value) || has(value, 'Statement')) return { inner: value };
  const policy = prop(value, 'Policy');
  const outer = Object.fromEntries(Object.entries(value).filter(([k]) => k.toLowerCase() !== 'policy'));
  if (typeof policy === 'string') {
    const wrapper = has(value, 'BackupVaultName') || has(value, 'BackupVaultArn') ? 'get-backup-vault-access-policy' : has(value, 'PolicyName') ? 'get-key-policy' : 'policy-property';
    return { inner: looseJsonValue(policy), outer, wrapper };
  }
  if (isObj(policy)) {
    const content = prop(policy, 'Content');
    if (typeof content === 'string') {
      const summary = prop(policy, 'PolicySummary');
      return { inner: looseJsonValue(content), wrapper: 'describe-policy', ...(isObj(summary) ? { outer: summary } : {}) };
    }
    return { inner: policy, outer, wrapper: 'policy-property' };
  }
  return { inner: value };
}

/** The type describe-policy names (`SERVICE_CONTROL_POLICY`, ...), from the output or its Policy object. */
function policyTypeOf(v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  const policy = prop(v, 'Policy');
  return str(prop(isObj(policy) ? policy : v, 'PolicySummary'), 'Type');
}

/** The shape of one JSON output. */
function classifyJson(segment: string, value: unknown, cmd: AwsCommand | undefined, known: Known): Draft {
  if (value === undefined) return draft('json', [], 'low', { reason: 'NOT_READABLE' });

  if (isObj(value) && value.format === 'copy-doctor/session') {
    const read = readSession(value);
    if (read.ok) return { ...draft('session', [], 'high'), kind: 'session', session: read.session };
    return { ...draft('session', [], 'high'), kind: 'session', warnings: [{ code: 'SESSION_INVALID', params: { error: read.error }, level: 'hold' }] };
  }
  if (isObj(value) && value.format === 'copy-doctor/bundle') {
    const b: NonNullable<Recognized['bundle']> = {};
    for (const k of ['role', 'accountId', 'region'] as const) if (typeof value[k] === 'string') b[k] = value[k] as string;
    const d: Draft = { ...draft('bundle', [], 'high'), kind: 'bundle', bundle: b };
    if (b.accountId && /^\d{12}$/.test(b.accountId)) d.accountId = b.accountId;
    return d;
  }

  const list = copyJobListOf(value);
  if (list) return fromCopyJobs(list, segment, value);

  if (isObj(value)) {
    if (typeof value['detail-type'] === 'string' && isObj(value.detail)) {
      if (isObj(value.detail) && (has(value.detail, 'ResourceTypeOptInPreference') || has(value.detail, 'ResourceTypeManagementPreference'))) return draft('region-settings', ['regionSettings'], 'high');
      return draft('other-event', [], 'high', { reason: 'OTHER_EVENT', reasonParams: { type: value['detail-type'] } });
    }
    if (has(value, 'UserId') && has(value, 'Account') && has(value, 'Arn')) {
      const account = str(value, 'Account');
      return { ...draft('caller-identity', [], 'high'), kind: 'identity', ...(account && /^\d{12}$/.test(account) ? { identity: account, accountId: account } : {}) };
    }
    const meta = prop(value, 'KeyMetadata');
    if (isObj(meta)) return fromKeyMetadata(meta, known);
    if (has(value, 'KeyId') && (has(value, 'KeyManager') || has(value, 'KeyState'))) return fromKeyMetadata(value, known);
    if (isObj(prop(value, 'GlobalSettings')) || has(value, 'isCrossAccountBackupEnabled')) return draft('global-settings', ['globalSettings'], 'high');
    if (has(value, 'ResourceTypeOptInPreference') || has(value, 'ResourceTypeManagementPreference')) return draft('region-settings', ['regionSettings'], 'high', regionOption(cmd) ? { region: regionOption(cmd) as string } : {});
    if (has(value, 'ImageCriteria') || (has(value, 'ManagedBy') && has(value, 'State'))) return draft('allowed-images', ['allowedImages'], 'high', regionOption(cmd) ? { region: regionOption(cmd) as string } : {});
    const org = prop(value, 'Organization');
    if (isObj(org) || (has(value, 'MasterAccountId') && has(value, 'FeatureSet'))) {
      const o = isObj(org) ? org : value;
      const d = draft('describe-organization', ['sourceOrganization', 'destinationOrganization'], 'medium', { ask: 'side', reason: 'ORGANIZATION_SIDE' });
      const master = str(o, 'MasterAccountId');
      if (master && /^\d{12}$/.test(master)) d.management = master;
      const id = str(o, 'Id');
      if (id && !ORG_ID_RE.test(id)) d.reasonParams = { id };
      return d;
    }
    if (has(value, 'RoleDetailList')) return draft('authorization-details', ['copyRolePolicies'], 'high');
    if (has(value, 'PolicyDocument') && (has(value, 'RoleName') || has(value, 'PolicyName'))) return draft('get-role-policy', ['copyRolePolicies'], 'high');
    if (isObj(prop(value, 'PolicyVersion'))) return draft('get-policy-version', ['copyRolePolicies'], 'high');
    if (Array.isArray(prop(value, 'AttachedPolicies'))) return draft('attached-policies', ['copyRolePolicies'], 'medium');
    const eff = prop(value, 'EffectivePolicy');
    if (isObj(eff)) {
      const type = str(eff, 'PolicyType')?.toUpperCase();
      const target = str(eff, 'TargetId');
      const extra = target && /^\d{12}$/.test(target) ? { accountId: target } : {};
      if (!type || type === 'TAG_POLICY') return draft('effective-policy', ['tagPolicy'], 'high', extra);
      return draft('effective-policy', [], 'high', { reason: 'EFFECTIVE_POLICY_TYPE', reasonParams: { type }, ...extra });
    }
    if (Array.isArray(prop(value, 'BackupVaultList'))) return draft('list-backup-vaults', [], 'high', { reason: 'LIST_BACKUP_VAULTS' });
    const tags = prop(value, 'tags');
    if (isObj(tags) && Object.values(tags).some((t) => isObj(t) && (has(t, 'tag_key') || has(t, 'tag_value') || has(t, 'enforced_for')))) return draft('tag-policy', ['tagPolicy'], 'high');
  }

  // Policies, bare or inside get-key-policy, get-backup-vault-access-policy and describe-policy outputs.
  const policyish = (isObj(value) && (has(value, 'Statement') || typeof prop(value, 'Policy') === 'string' || isObj(prop(value, 'Policy')))) || typeof value === 'string' || (Array.isArray(value) && value.some((v) => typeof v === 'string' || (isObj(v) && (has(v, 'Statement') || has(v, 'Policy') || has(v, 'Content')))));
  if (policyish) {
    const pt = unwrapPolicy(value);
    if (pt.wrapper === 'describe-policy' || (Array.isArray(value) && value.some((v) => isObj(v) && (isObj(v.Policy) || has(v, 'Content'))))) {
      const summaryType = (Array.isArray(value) ? value : [value]).map(policyTypeOf).find(Boolean);
      const arn = str(pt.outer, 'Arn');
      const owner = arn ? /^arn:aws[\w-]*:organizations::(\d{12}):/.exec(arn)?.[1] : undefined;
      const extra = owner ? { accountId: owner } : {};
      switch (summaryType?.toUpperCase()) {
        case 'SERVICE_CONTROL_POLICY':
          return draft('describe-policy', ['serviceControlPolicies'], 'high', extra);
        case 'RESOURCE_CONTROL_POLICY':
          return draft('describe-policy', ['resourceControlPolicies'], 'high', extra);
        case 'TAG_POLICY':
          return draft('describe-policy', ['tagPolicy'], 'high', extra);
        case undefined:
          break;
        default:
          return draft('describe-policy', [], 'high', { reason: 'POLICY_TYPE', reasonParams: { type: summaryType ?? '' }, ...extra });
      }
    }
    const inner = pt.inner;
    const format: Format = pt.wrapper === 'get-key-policy' ? 'get-key-policy' : pt.wrapper === 'get-backup-vault-access-policy' ? 'get-vault-policy' : 'key-policy';
    if (pt.wrapper === 'get-backup-vault-access-policy') return fromVaultPolicy('get-vault-policy', normalisePolicy(inner).statements, pt.outer, cmd, known);
    const d = fromPolicy(format, inner, pt.outer, cmd, known);
    if (d) return d;
  }

  // Resource tags, last: a flat map of strings could be many things.
  if (isObj(value) || Array.isArray(value)) {
    const wrapped = isObj(value) ? (prop(value, 'Tags') ?? prop(value, 'TagList') ?? prop(value, 'TagSet')) : value;
    const list = Array.isArray(wrapped) && wrapped.length > 0 && wrapped.every((t) => isObj(t) && typeof prop(t, 'Key') === 'string');
    const map = isObj(wrapped) && Object.values(wrapped).every((v) => typeof v === 'string');
    if (list || map) return draft('resource-tags', ['resourceTags'], 'high');
    if (isObj(value) && Object.keys(value).length > 0 && Object.keys(value).length <= 50 && Object.values(value).every((v) => typeof v === 'string') && !Object.keys(value).some((k) => /arn|name|id$/i.test(k))) {
      return draft('resource-tags', ['resourceTags'], 'low');
    }
  }
  if (isObj(value) && (has(value, 'BackupVaultArn') || has(value, 'BackupVaultName'))) {
    const arn = str(value, 'BackupVaultArn');
    const name = str(value, 'BackupVaultName') ?? vaultName(arn);
    return draft('describe-backup-vault', ['destinationVault'], 'high', {
      ...(arnAccount(arn) ? { accountId: arnAccount(arn) as string } : {}),
      ...(arnRegion(arn) ? { region: arnRegion(arn) as string } : {}),
      ...(name ? { vaultName: name } : {}),
    });
  }
  if (isObj(value) && isObj(prop(value, 'BackupVault'))) return classifyJson(segment, prop(value, 'BackupVault'), cmd, known);
  return draft('json', [], 'low', { reason: 'NOT_RECOGNISED' });
}

// ---------------------------------------------------------------------------------------------------------------------
// Warnings for a place

/**
 * What looks wrong about filing this output at `target`: an account or a Region other than the one that input
 * comes from, another vault, another role. The UI calls it again when the user picks another place.
 */
export function filingWarnings(item: Pick<Recognized, 'account' | 'region' | 'vaultName'>, target: PasteKey, ctx: RecognizeContext): RecognizeWarning[] {
  return placeWarnings(item.account?.id, item.region, item.vaultName, target, knownFrom(ctx, {}, {}));
}

function placeWarnings(account: string | undefined, region: string | undefined, name: string | undefined, target: PasteKey, known: Known): RecognizeWarning[] {
  const out: RecognizeWarning[] = [];
  const expected = EXPECTED[target];
  if (expected && account) {
    const expectedId = known[expected];
    if (expectedId && expectedId !== account) {
      const foundRole = roleOf(known, account) ?? 'other';
      const w: RecognizeWarning = { code: 'WRONG_ACCOUNT', params: { input: target, expectedRole: expected, expectedId, foundId: account, foundRole }, level: 'hold' };
      const suggested = COUNTERPART[target]?.[foundRole];
      if (suggested) w.suggested = suggested;
      out.push(w);
    }
  }
  if (expected && region && (expected === 'source' || expected === 'destination') && out.length === 0) {
    const expectedRegion = expected === 'source' ? known.sourceRegion : known.destinationRegion;
    if (expectedRegion && expectedRegion.toLowerCase() !== region.toLowerCase() && /Vault|Key|regionSettings|allowedImages/.test(target)) {
      const w: RecognizeWarning = { code: 'WRONG_REGION', params: { input: target, expectedRegion, foundRegion: region }, level: 'hold' };
      const other = expected === 'source' ? known.destinationRegion : known.sourceRegion;
      const suggested = other && other.toLowerCase() === region.toLowerCase() ? COUNTERPART[target]?.[expected === 'source' ? 'destination' : 'source'] : undefined;
      if (suggested) w.suggested = suggested;
      out.push(w);
    }
  }
  if ((target === 'destinationVault' || target === 'destinationVaultPolicy') && name && known.vaultName && name !== known.vaultName && out.length === 0) {
    out.push({ code: 'OTHER_VAULT', params: { input: target, expectedName: known.vaultName, foundName: name }, level: 'hold' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// The whole paste

const MAX_ITEMS = 200;

export interface RecognizeResult {
  items: Recognized[];
  /** The context the items were decided in: the session's, plus what this paste's copy job and organization say. */
  context: RecognizeContext;
}

/** Finds and classifies every output in `text`. Never throws; no items for an empty paste. */
export function recognize(text: string, ctx: RecognizeContext = {}): RecognizeResult {
  if (typeof text !== 'string' || text.trim() === '') return { items: [], context: ctx };
  let segments;
  try {
    segments = splitPaste(text).slice(0, MAX_ITEMS);
  } catch {
    segments = [{ kind: 'text' as const, start: 0, end: text.length }];
  }
  const base = knownFrom(ctx, {}, {});

  // First pass: the shape of each output. Copy jobs and organizations name facts that decide the others.
  const values = segments.map((s) => {
    if (s.kind !== 'json') return undefined;
    try {
      return looseJsonValue(text.slice(s.start, s.end));
    } catch {
      return undefined;
    }
  });
  const drafts = segments.map((s, i) => {
    const segment = text.slice(s.start, s.end);
    const cmd = parseAwsCommand(s.command);
    try {
      return s.kind === 'json' ? classifyJson(segment, values[i], cmd, base) : fromText(segment, cmd, base);
    } catch {
      return draft('json', [], 'low', { reason: 'NOT_READABLE' });
    }
  });
  const inPaste: Facts = {};
  let management: string | undefined;
  let copyRoleArn: string | undefined;
  for (const d of drafts) {
    if (d.facts) for (const [k, v] of Object.entries(d.facts) as [FactKey, string][]) inPaste[k] ??= v;
    management ??= d.management;
    copyRoleArn ??= d.copyRoleArn;
  }
  const known = knownFrom(ctx, inPaste, { ...(management ? { management } : {}), ...(copyRoleArn ? { copyRoleArn } : {}) });

  // Second pass, with the paste's own facts: decide again what the first pass could not, and check each place.
  let current: string | undefined; // the account of the last get-caller-identity output
  const items: Recognized[] = segments.map((s, i) => {
    const segment = text.slice(s.start, s.end);
    const cmd = parseAwsCommand(s.command);
    let d = drafts[i] as Draft;
    const undecided = d.ask === 'side' || d.confidence !== 'high';
    if (undecided && Object.keys(inPaste).length + (management ? 1 : 0) > 0) {
      try {
        d = s.kind === 'json' ? classifyJson(segment, values[i], cmd, known) : fromText(segment, cmd, known);
      } catch {
        // keep the first answer
      }
    }
    if (d.identity) current = d.identity;
    const ids = idsOf(segment);
    const item: Recognized = {
      start: s.start,
      end: s.end,
      text: d.fileText ?? segment,
      format: d.format,
      kind: d.kind ?? (d.choices.length ? 'paste' : 'unknown'),
      choices: d.choices,
      confidence: d.confidence,
      ids,
      warnings: [...d.warnings],
    };
    if (s.command) item.command = s.command;
    if (d.ask) item.ask = d.ask;
    if (d.reason) item.reason = d.reason;
    if (d.reasonParams) item.reasonParams = d.reasonParams;
    if (d.copyJobs) item.copyJobs = d.copyJobs;
    if (d.copyJob !== undefined) item.copyJob = d.copyJob;
    if (d.bundle) item.bundle = d.bundle;
    if (d.session) item.session = d.session;
    if (d.region) item.region = d.region;
    if (d.vaultName) item.vaultName = d.vaultName;
    const account = d.accountId ?? (item.kind === 'paste' || item.kind === 'unknown' ? current : undefined);
    if (account) {
      const role = roleOf(known, account);
      item.account = role ? { id: account, role } : { id: account };
    }
    decide(item, d, known, current, cmd, values[i]);
    for (const bad of ids.badAccounts.slice(0, 3)) item.warnings.push({ code: 'BAD_ACCOUNT_ID', params: { id: bad }, level: 'info' });
    return item;
  });

  // Two outputs for one place: the later one is kept, unless the place holds a list (SCPs, RCPs, role policies).
  const last = new Map<PasteKey, number>();
  items.forEach((it, i) => {
    if (it.kind === 'paste' && it.target && !it.ask) last.set(it.target, i);
  });
  items.forEach((it, i) => {
    if (it.kind !== 'paste' || !it.target || it.ask || COMBINABLE.includes(it.target)) return;
    if (last.get(it.target) !== i) it.warnings.push({ code: 'SAME_TARGET', params: { input: it.target }, level: 'info' });
  });
  const context: RecognizeContext = { ...ctx, pasted: { ...(ctx.pasted ?? {}), ...inPaste } };
  if (management && !ctx.managementAccountId) context.managementAccountId = management;
  if (copyRoleArn) context.copyRoleArn = copyRoleArn;
  return { items, context };
}

/** Settles the target: the side an identity or a profile name tells, and the warnings for that place. */
function decide(item: Recognized, d: Draft, known: Known, current: string | undefined, cmd: AwsCommand | undefined, value: unknown) {
  if (item.kind === 'bundle') {
    const b = item.bundle ?? {};
    const role = b.role === 'source' || b.role === 'destination' || b.role === 'management' ? b.role : undefined;
    const expectedId = role ? known[role] : undefined;
    // A bundle says which account it is for: one from another account is held, never merged silently.
    if (b.accountId && role && expectedId && b.accountId !== expectedId) {
      item.warnings.push({ code: 'WRONG_ACCOUNT', params: { input: 'bundle', expectedRole: role, expectedId, foundId: b.accountId, foundRole: roleOf(known, b.accountId) ?? 'other' }, level: 'hold' });
    }
    return;
  }
  if (item.kind !== 'paste' || item.choices.length === 0) return;

  // Which account printed it: a get-caller-identity output before it, or a profile named for one side.
  if (item.ask === 'side') {
    const role = current ? roleOf(known, current) : undefined;
    const profile = typeof cmd?.options.profile === 'string' ? cmd.options.profile.toLowerCase() : '';
    const side = role === 'source' || role === 'destination' ? role : /\b(source|src)\b|(source|src)[-_]|[-_](source|src)$/.test(profile) ? 'source' : /\b(dest|dst|destination|target)\b|(dest|dst|destination|target)[-_]|[-_](dest|dst|destination|target)$/.test(profile) ? 'destination' : undefined;
    const pick = side ? item.choices.find((c) => c.toLowerCase().startsWith(side)) : undefined;
    if (pick) {
      item.choices = [pick, ...item.choices.filter((c) => c !== pick)];
      delete item.ask;
      item.confidence = role ? 'high' : 'medium';
      delete item.reason;
    } else if (item.format === 'describe-organization' || item.reason === 'NOT_IN_ORGANIZATION') {
      // The box still empty is the likelier one; the user is asked all the same.
      const empty = item.choices.filter((c) => !known.filled.has(c));
      if (empty.length === 1) item.choices = [empty[0] as PasteKey, ...item.choices.filter((c) => c !== empty[0])];
    }
  }
  item.target = item.choices[0];
  if (!item.target) return;
  const account = item.account?.id;
  item.warnings.push(...placeWarnings(account, d.region, d.vaultName, item.target, known));

  // IAM outputs of another role than the copy job's.
  if (item.target === 'copyRolePolicies' && known.copyRoleArn) {
    const wanted = roleNameOf(known.copyRoleArn);
    const v = value;
    const names = (Array.isArray(v) ? v : [v]).flatMap((o) => (isObj(o) && str(o, 'RoleName') && !has(o, 'RoleDetailList') ? [str(o, 'RoleName') as string] : []));
    const others = [...new Set(names.filter((n) => n !== wanted))];
    if (wanted && others.length) item.warnings.push({ code: 'OTHER_ROLE', params: { roles: others.join(', '), copyRole: wanted }, level: 'hold' });
    if (wanted && isObj(v) && Array.isArray(prop(v, 'RoleDetailList'))) {
      const roles = (prop(v, 'RoleDetailList') as unknown[]).flatMap((r) => (isObj(r) && str(r, 'RoleName') ? [str(r, 'RoleName') as string] : []));
      if (!roles.includes(wanted)) item.warnings.push({ code: 'ROLE_NOT_IN_DETAILS', params: { wanted, listed: roles.slice(0, 10).join(', ') }, level: 'hold' });
    }
  }
  // A copy job for other accounts than the ones the user typed.
  if (item.target === 'copyJob' && d.facts) {
    for (const [fact, value] of Object.entries(d.facts) as [FactKey, string][]) {
      const given = known.before[fact];
      if (given && !sameFact(fact, given, value)) {
        item.warnings.push({ code: 'OTHER_COPY', params: { fact, given, pasted: value }, level: 'hold' });
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Filing

export interface Decision {
  /** Where to file it; `skip` leaves it out. Undefined: the item's own target. */
  target?: PasteKey | 'skip';
  /** For a list of copy jobs: which one (its index in the list). */
  copyJob?: number;
}

export interface Filed {
  key: PasteKey;
  /** Indices of the items filed there. */
  items: number[];
  /** The session held something else there before. */
  replaced: boolean;
}

/** The decision an item needs before it can be filed, or undefined when it can go as it is. */
export function pending(item: Recognized, decision: Decision | undefined): 'choose-place' | 'confirm' | undefined {
  if (item.kind !== 'paste') return undefined;
  if (decision?.target === 'skip') return undefined;
  const target = decision?.target ?? (item.ask === 'side' ? undefined : item.target);
  if (!target) return 'choose-place';
  // A wrong-account warning holds the item until the user picks a place for it (the same one, knowingly).
  if (!decision?.target && item.warnings.some((w) => w.level === 'hold')) return 'confirm';
  return undefined;
}

/** The text an item files: the chosen copy job of a list, or the output as pasted. */
export function textToFile(item: Recognized, decision: Decision | undefined): string {
  const wanted = decision?.copyJob ?? item.copyJob;
  const job = item.copyJobs?.find((c) => c.index === wanted);
  return job ? job.text : item.text;
}

/**
 * Files the items that need no more decisions into the session's pastes. Several outputs for a list paste
 * (SCPs, RCPs, role policies) become one JSON array; for any other place the last one wins. Pure.
 */
export function fileRecognized(session: Session, items: Recognized[], decisions: Record<number, Decision> = {}): { session: Session; filed: Filed[]; waiting: number[] } {
  const groups = new Map<PasteKey, number[]>();
  const waiting: number[] = [];
  items.forEach((item, i) => {
    if (item.kind !== 'paste') return;
    const decision = decisions[i];
    if (decision?.target === 'skip') return;
    if (pending(item, decision)) {
      waiting.push(i);
      return;
    }
    const key = (decision?.target ?? item.target) as PasteKey;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const pastes = { ...session.pastes };
  const filed: Filed[] = [];
  for (const [key, list] of groups) {
    const texts = list.map((i) => textToFile(items[i] as Recognized, decisions[i]).trim());
    const text = COMBINABLE.includes(key) && texts.length > 1 ? `[\n${texts.join(',\n')}\n]` : (texts[texts.length - 1] as string);
    const before = pastes[key];
    filed.push({ key, items: COMBINABLE.includes(key) ? list : [list[list.length - 1] as number], replaced: typeof before === 'string' && before.trim() !== '' && before.trim() !== text.trim() });
    pastes[key] = text;
  }
  return { session: { ...session, pastes }, filed, waiting };
}
