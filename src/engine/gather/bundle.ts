// The `copy-doctor/bundle` a gather script prints (docs/decisions/0006-gather-bundle.md): one account's answers to
// the read-only calls, each with its output or its error. Read like a session, as untrusted input; merged into a
// session, each output fills the paste it belongs to, and each failure becomes a note.
import * as v from 'valibot';
import { resolveFacts } from '../facts';
import { readOrganization } from '../inputs/outputs';
import type { FactKey, Facts, Params, PasteKey, Pastes, Session, Severity } from '../types';

export const BUNDLE_FORMAT = 'copy-doctor/bundle';
export const BUNDLE_VERSION = 1;
/** Larger than any honest bundle (a role with many big policies stays far below), small enough to stay responsive. */
export const BUNDLE_MAX_CHARS = 2 * 1024 * 1024;
export const BUNDLE_MAX_CALLS = 500;

export const GATHER_ROLES = ['source', 'destination', 'management'] as const;
export type GatherRole = (typeof GATHER_ROLES)[number];

export interface CallError {
  code: string;
  message: string;
}

export interface BundleCall {
  /** What the call gathers (`source-key-policy`, `policies-for-target`, ...): the ADR lists them. */
  id: string;
  /** What a repeated call was about (`{"targetId": "ou-...", "filter": "SERVICE_CONTROL_POLICY"}`). */
  params: Record<string, string>;
  /** The command as run, for people (the reader never parses it). */
  command: string;
  ok: boolean;
  /** The call's JSON output (or its text, when it printed something else). Only when `ok`. */
  output?: unknown;
  /** Only when not `ok`: the AWS error code (`AccessDeniedException`) and message, or `CliError` and the CLI's text. */
  error?: CallError;
  exitCode?: number;
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  role: GatherRole;
  /** The account the script ran in (from sts get-caller-identity); empty when that call failed. */
  accountId: string;
  /** The account the script was written for; empty when it was not known. */
  expectedAccountId: string;
  region: string;
  createdAt?: string;
  generator?: string;
  calls: BundleCall[];
}

// ---- reading

export type BundleErrorCode = 'BUNDLE_TOO_LARGE' | 'BUNDLE_NOT_JSON' | 'BUNDLE_NOT_OBJECT' | 'BUNDLE_FORMAT' | 'BUNDLE_VERSION' | 'BUNDLE_FIELD';

export type BundleRead = { ok: true; bundle: Bundle } | { ok: false; code: BundleErrorCode; params: Params };

const Text = v.string();
const CallSchema = v.object({
  id: v.pipe(Text, v.minLength(1), v.maxLength(100)),
  params: v.optional(v.record(v.string(), v.string()), {}),
  command: v.optional(Text, ''),
  ok: v.boolean(),
  output: v.optional(v.unknown()),
  error: v.optional(v.object({ code: v.optional(Text, 'CliError'), message: v.optional(Text, '') })),
  exitCode: v.optional(v.number()),
});
const BundleSchema = v.object({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(BUNDLE_VERSION),
  role: v.picklist(GATHER_ROLES),
  accountId: Text,
  expectedAccountId: v.optional(Text, ''),
  region: Text,
  createdAt: v.optional(Text),
  generator: v.optional(Text),
  calls: v.pipe(v.array(CallSchema), v.maxLength(BUNDLE_MAX_CALLS)),
});

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  return typeof x === 'object' ? 'an object' : String(x);
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Validates a parsed bundle. Unknown fields are ignored; a wrong field is named with what it holds. */
export function readBundle(input: unknown): BundleRead {
  if (!isRecord(input)) return { ok: false, code: 'BUNDLE_NOT_OBJECT', params: { found: describe(input) } };
  if (input.format !== BUNDLE_FORMAT) return { ok: false, code: 'BUNDLE_FORMAT', params: { found: describe(input.format) } };
  if (input.version !== BUNDLE_VERSION) return { ok: false, code: 'BUNDLE_VERSION', params: { found: describe(input.version), version: BUNDLE_VERSION } };
  const parsed = v.safeParse(BundleSchema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, code: 'BUNDLE_FIELD', params: { field: path || '?', found: describe(issue?.input) } };
  }
  const out = parsed.output;
  const calls: BundleCall[] = [];
  for (const c of out.calls) {
    const params: Record<string, string> = {};
    for (const [k, val] of Object.entries(c.params)) if (k !== '__proto__') params[k] = val;
    const call: BundleCall = { id: c.id, params, command: c.command, ok: c.ok };
    if (c.ok) call.output = c.output ?? null;
    else call.error = { code: c.error?.code || 'CliError', message: c.error?.message ?? '' };
    if (c.exitCode !== undefined) call.exitCode = c.exitCode;
    calls.push(call);
  }
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    role: out.role,
    accountId: out.accountId.trim(),
    expectedAccountId: out.expectedAccountId.trim(),
    region: out.region.trim(),
    calls,
  };
  if (out.createdAt) bundle.createdAt = out.createdAt;
  if (out.generator) bundle.generator = out.generator;
  return { ok: true, bundle };
}

/** Size check, JSON parse, then `readBundle`. */
export function parseBundleText(text: string): BundleRead {
  if (text.length > BUNDLE_MAX_CHARS) return { ok: false, code: 'BUNDLE_TOO_LARGE', params: { size: text.length, max: BUNDLE_MAX_CHARS } };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, code: 'BUNDLE_NOT_JSON', params: { detail: e instanceof Error ? e.message : String(e) } };
  }
  return readBundle(value);
}

// ---- merging into a session

export const NOTE_CODES = [
  'BUNDLE_WRONG_ACCOUNT',
  'BUNDLE_ACCOUNT_UNVERIFIED',
  'BUNDLE_DUPLICATE_ROLE',
  'GATHER_CALL_DENIED',
  'GATHER_CALL_FAILED',
  'GATHER_ANSWERED_BY_ERROR',
  'GATHER_PASTE_REPLACED',
  'GATHER_FACT_CONFLICT',
  'GATHER_NO_FAILED_COPY_JOBS',
  'GATHER_NOT_MANAGEMENT_ACCOUNT',
  'GATHER_SOURCE_ACCOUNT_UNKNOWN',
  'GATHER_POLICIES_INCOMPLETE',
  'GATHER_NO_TAG_POLICY',
  'GATHER_SERVICE_LINKED_ROLE_MISSING',
] as const;
/** Each has words under `gather.note.<CODE>` in every language (the catalog's type says so). */
export type NoteCode = (typeof NOTE_CODES)[number];

/** Something the merge wants a person to know. `input` names the paste it is about, when there is one. */
export interface GatherNote {
  code: NoteCode;
  severity: Severity;
  role: GatherRole;
  input?: PasteKey;
  params: Params;
}

export interface MergeResult {
  session: Session;
  notes: GatherNote[];
  /** The roles whose bundles were used (a refused bundle is not). */
  merged: GatherRole[];
}

/** Which paste each call fills, per role. Calls not listed here feed other pastes (see below) or only facts. */
const DIRECT: Record<GatherRole, Partial<Record<string, PasteKey>>> = {
  source: {
    'source-key': 'sourceKeyMetadata',
    'source-key-policy': 'sourceKeyPolicy',
    'source-vault-policy': 'sourceVaultPolicy',
    'region-settings': 'regionSettings',
    organization: 'sourceOrganization',
  },
  destination: {
    'destination-vault': 'destinationVault',
    'destination-vault-policy': 'destinationVaultPolicy',
    'destination-key': 'destinationKeyMetadata',
    'allowed-images': 'allowedImages',
    organization: 'destinationOrganization',
  },
  management: { 'global-settings': 'globalSettings' },
};

/** The paste a failed call would have filled, for the note that says so. */
const FAILED_INPUT: Record<string, PasteKey> = {
  'copy-job': 'copyJob',
  'failed-copy-jobs': 'copyJob',
  'resource-tags': 'resourceTags',
  'copy-role': 'copyRolePolicies',
  'copy-role-attached-policies': 'copyRolePolicies',
  'copy-role-inline-policies': 'copyRolePolicies',
  'copy-role-inline-policy': 'copyRolePolicies',
  'managed-policy': 'copyRolePolicies',
  'managed-policy-version': 'copyRolePolicies',
  'effective-tag-policy': 'tagPolicy',
};

/** Errors that are themselves the answer: the CLI's error text is what the paste readers take for "none". */
const ANSWERS_AS_ERROR: Partial<Record<string, RegExp>> = {
  'source-vault-policy': /ResourceNotFound/i,
  'destination-vault-policy': /ResourceNotFound/i,
  organization: /AWSOrganizationsNotInUse/i,
};

const OPERATION: Record<string, string> = {
  'source-vault-policy': 'GetBackupVaultAccessPolicy',
  'destination-vault-policy': 'GetBackupVaultAccessPolicy',
  organization: 'DescribeOrganization',
};

const ROLE_ACCOUNT: Record<Exclude<GatherRole, 'management'>, FactKey> = { source: 'sourceAccountId', destination: 'destinationAccountId' };
const ROLE_REGION: Record<Exclude<GatherRole, 'management'>, FactKey> = { source: 'sourceRegion', destination: 'destinationRegion' };

type Obj = Record<string, unknown>;
const isObj = isRecord;
const json = (x: unknown) => JSON.stringify(x, null, 2);

/** The text a person would have pasted for this output: the JSON as the CLI prints it. */
function pasteText(output: unknown): string {
  return typeof output === 'string' ? output : json(output);
}

/** The AWS CLI's own error line, which the paste readers recognise (`An error occurred (Code) when calling ...`). */
function cliErrorText(call: BundleCall): string {
  const operation = OPERATION[call.id];
  const err = call.error ?? { code: 'CliError', message: '' };
  return `An error occurred (${err.code})${operation ? ` when calling the ${operation} operation` : ''}: ${err.message}`;
}

function ok(calls: BundleCall[], id: string): BundleCall | undefined {
  return calls.find((c) => c.id === id && c.ok);
}

/** The copy role's policies as `get-account-authorization-details` prints them (RoleDetailList and Policies). */
function copyRolePolicies(calls: BundleCall[]): string | undefined {
  const role = ok(calls, 'copy-role')?.output;
  const roleObj = isObj(role) && isObj(role.Role) ? role.Role : undefined;
  const inline = calls.filter((c) => c.id === 'copy-role-inline-policy' && c.ok && isObj(c.output));
  const attached = ok(calls, 'copy-role-attached-policies')?.output;
  const policies: Obj[] = [];
  for (const p of calls.filter((c) => c.id === 'managed-policy' && c.ok && isObj(c.output) && isObj((c.output as Obj).Policy))) {
    const summary = (p.output as Obj).Policy as Obj;
    const version = calls.find(
      (c) => c.id === 'managed-policy-version' && c.ok && c.params.policyArn === p.params.policyArn && isObj(c.output) && isObj((c.output as Obj).PolicyVersion),
    );
    if (!version) continue;
    policies.push({ ...summary, PolicyVersionList: [(version.output as Obj).PolicyVersion] });
  }
  if (!roleObj && inline.length === 0 && policies.length === 0) return undefined;
  const detail: Obj = {
    ...(roleObj ?? {}),
    RolePolicyList: inline.map((c) => ({ PolicyName: (c.output as Obj).PolicyName ?? c.params.policyName, PolicyDocument: (c.output as Obj).PolicyDocument })),
    AttachedManagedPolicies: isObj(attached) && Array.isArray(attached.AttachedPolicies) ? attached.AttachedPolicies : [],
  };
  return json({ RoleDetailList: [detail], Policies: policies });
}

/** The resource's tags from resourcegroupstaggingapi get-resources, as a `{"Tags": [...]}` list. */
function resourceTags(calls: BundleCall[]): string | undefined {
  const out = ok(calls, 'resource-tags')?.output;
  if (!isObj(out) || !Array.isArray(out.ResourceTagMappingList)) return undefined;
  const first = out.ResourceTagMappingList.find(isObj);
  return json({ Tags: first && Array.isArray(first.Tags) ? first.Tags : [] });
}

/** The accounts and OUs whose attached policies apply to `account`: itself, then each parent up to the root. */
function ancestry(calls: BundleCall[], account: string): string[] {
  const chain = [account];
  let child = account;
  for (let i = 0; i < 10; i++) {
    const out = calls.find((c) => c.id === 'parents' && c.ok && c.params.childId === child)?.output;
    const parent = isObj(out) && Array.isArray(out.Parents) ? out.Parents.find(isObj) : undefined;
    const id = parent && typeof parent.Id === 'string' ? parent.Id : undefined;
    if (!id || chain.includes(id)) break;
    chain.push(id);
    if (parent?.Type === 'ROOT') break;
    child = id;
  }
  return chain;
}

/** The describe-policy outputs of one policy type attached along `chain`, or undefined when a listing is missing. */
function attachedPolicies(calls: BundleCall[], chain: string[], filter: string): { text?: string; missing: string[] } {
  const ids: string[] = [];
  const missing: string[] = [];
  for (const target of chain) {
    const listing = calls.find((c) => c.id === 'policies-for-target' && c.ok && c.params.targetId === target && c.params.filter === filter)?.output;
    if (!isObj(listing) || !Array.isArray(listing.Policies)) {
      missing.push(target);
      continue;
    }
    for (const p of listing.Policies) if (isObj(p) && typeof p.Id === 'string' && !ids.includes(p.Id)) ids.push(p.Id);
  }
  if (missing.length > 0) return { missing };
  const docs = ids.map((id) => calls.find((c) => c.id === 'policy' && c.ok && c.params.policyId === id)?.output);
  if (docs.some((d) => !isObj(d))) return { missing: ids.filter((_, i) => !isObj(docs[i])) };
  return { text: json(docs), missing: [] };
}

interface Target {
  role: GatherRole;
  pastes: Pastes;
  facts: Facts;
  notes: GatherNote[];
}

function put(t: Target, input: PasteKey, text: string, previous: Pastes): void {
  const before = previous[input];
  if (typeof before === 'string' && before.trim() !== '' && before.trim() !== text.trim()) {
    t.notes.push({ code: 'GATHER_PASTE_REPLACED', severity: 'suggestion', role: t.role, input, params: { input } });
  }
  t.pastes[input] = text;
}

function failureNote(t: Target, call: BundleCall, input: PasteKey | undefined): void {
  const err = call.error ?? { code: 'CliError', message: '' };
  const denied = /AccessDenied|UnauthorizedOperation|NotAuthorized|AuthorizationError|Forbidden/i.test(err.code);
  t.notes.push({
    code: denied ? 'GATHER_CALL_DENIED' : 'GATHER_CALL_FAILED',
    severity: 'warning',
    role: t.role,
    ...(input ? { input } : {}),
    params: { call: call.id, command: call.command, error: err.code, message: err.message.slice(0, 500), ...(input ? { input } : {}) },
  });
}

function mergeSource(t: Target, b: Bundle, previous: Pastes): void {
  const calls = b.calls;
  // The copy job: the one named, else the failed jobs listed (the copy job reader picks the first FAILED one).
  const job = ok(calls, 'copy-job') ?? ok(calls, 'failed-copy-jobs');
  const jobOut = job?.output;
  if (job && isObj(jobOut) && Array.isArray(jobOut.CopyJobs) && jobOut.CopyJobs.length === 0) {
    t.notes.push({ code: 'GATHER_NO_FAILED_COPY_JOBS', severity: 'suggestion', role: t.role, input: 'copyJob', params: { command: job.command } });
  } else if (job) put(t, 'copyJob', pasteText(jobOut), previous);
  const tags = resourceTags(calls);
  if (tags) put(t, 'resourceTags', tags, previous);
  const rolePolicies = copyRolePolicies(calls);
  if (rolePolicies) put(t, 'copyRolePolicies', rolePolicies, previous);
  // The key policy paste is the policy itself: get-key-policy's `Policy` string.
  const keyPolicy = ok(calls, 'source-key-policy')?.output;
  if (isObj(keyPolicy) && typeof keyPolicy.Policy === 'string') put(t, 'sourceKeyPolicy', keyPolicy.Policy, previous);
}

function mergeManagement(t: Target, b: Bundle, previous: Pastes, source: string | undefined, haveOrganization: boolean): void {
  const calls = b.calls;
  const org = readOrganization(pasteText(ok(calls, 'organization')?.output ?? ''));
  if (org?.id && !haveOrganization) t.facts.organizationId = org.id;
  if (org?.masterAccountId && b.accountId && org.masterAccountId !== b.accountId) {
    t.notes.push({ code: 'GATHER_NOT_MANAGEMENT_ACCOUNT', severity: 'warning', role: t.role, params: { account: b.accountId, management: org.masterAccountId } });
  }
  if (!source) {
    t.notes.push({ code: 'GATHER_SOURCE_ACCOUNT_UNKNOWN', severity: 'warning', role: t.role, params: {} });
    return;
  }
  const chain = ancestry(calls, source);
  for (const [filter, input] of [
    ['SERVICE_CONTROL_POLICY', 'serviceControlPolicies'],
    ['RESOURCE_CONTROL_POLICY', 'resourceControlPolicies'],
  ] as const) {
    const got = attachedPolicies(calls, chain, filter);
    if (got.text !== undefined) put(t, input, got.text, previous);
    else t.notes.push({ code: 'GATHER_POLICIES_INCOMPLETE', severity: 'warning', role: t.role, input, params: { input, targets: got.missing.join(', ') } });
  }
  const tag = calls.find((c) => c.id === 'effective-tag-policy' && c.params.targetId === source) ?? calls.find((c) => c.id === 'effective-tag-policy');
  if (tag?.ok) put(t, 'tagPolicy', pasteText(tag.output), previous);
  else if (tag?.error && /EffectivePolicyNotFound/i.test(tag.error.code)) {
    // No tag policy applies to the account: an effective policy with no rules says exactly that to the tag check.
    put(t, 'tagPolicy', json({ EffectivePolicy: { PolicyContent: '{"tags":{}}', PolicyType: 'TAG_POLICY', TargetId: source } }), previous);
    t.notes.push({ code: 'GATHER_NO_TAG_POLICY', severity: 'suggestion', role: t.role, input: 'tagPolicy', params: { account: source } });
  }
}

/**
 * Merges bundles into a session: each output fills the paste it belongs to (a bundle's paste replaces the session's,
 * being newer; a note says so), the account and Region of each bundle become facts where the session has none (an
 * explicit fact wins, and a disagreement is a note), and each failed call becomes a note naming the paste it would
 * have filled. A bundle whose account is not the one its role has in the session is refused, with a note.
 * Bundles are taken in the order source, destination, management, so that facts from one check the next.
 */
export function mergeBundles(session: Session, bundles: Bundle[]): MergeResult {
  const pastes: Pastes = { ...session.pastes };
  const facts: Facts = { ...session.facts };
  const notes: GatherNote[] = [];
  const merged: GatherRole[] = [];
  const ordered = [...bundles].sort((a, b) => GATHER_ROLES.indexOf(a.role) - GATHER_ROLES.indexOf(b.role));

  for (const b of ordered) {
    const t: Target = { role: b.role, pastes, facts, notes };
    if (merged.includes(b.role)) {
      notes.push({ code: 'BUNDLE_DUPLICATE_ROLE', severity: 'warning', role: b.role, params: { role: b.role, account: b.accountId } });
      continue;
    }
    const current = resolveFacts({ ...session, facts, pastes }).facts;
    const account = /^\d{12}$/.test(b.accountId) ? b.accountId : undefined;
    let expected: string | undefined;
    if (b.role === 'management') {
      const orgs = [pastes.sourceOrganization, pastes.destinationOrganization].map((p) => readOrganization(p)?.masterAccountId);
      expected = orgs.find((x) => x && /^\d{12}$/.test(x));
    } else {
      expected = current[ROLE_ACCOUNT[b.role]]?.value;
    }
    if (account && expected && account !== expected) {
      notes.push({ code: 'BUNDLE_WRONG_ACCOUNT', severity: 'error', role: b.role, params: { role: b.role, account, expected } });
      continue;
    }
    if (!account) notes.push({ code: 'BUNDLE_ACCOUNT_UNVERIFIED', severity: 'warning', role: b.role, params: { role: b.role } });
    merged.push(b.role);

    if (b.role !== 'management') {
      for (const [key, value] of [
        [ROLE_ACCOUNT[b.role], account],
        [ROLE_REGION[b.role], b.region || undefined],
      ] as const) {
        if (!value) continue;
        const have = current[key];
        if (!have) facts[key] = value;
        else if (have.value.toLowerCase() !== value.toLowerCase()) {
          notes.push({ code: 'GATHER_FACT_CONFLICT', severity: 'warning', role: b.role, params: { fact: key, given: have.value, gathered: value } });
        }
      }
    }

    for (const call of b.calls) {
      const direct = DIRECT[b.role][call.id];
      if (call.ok) {
        if (direct) put(t, direct, pasteText(call.output), session.pastes);
        continue;
      }
      const answer = ANSWERS_AS_ERROR[call.id];
      if (direct && answer && call.error && answer.test(call.error.code)) {
        put(t, direct, cliErrorText(call), session.pastes);
        notes.push({ code: 'GATHER_ANSWERED_BY_ERROR', severity: 'suggestion', role: b.role, input: direct, params: { input: direct, error: call.error.code } });
        continue;
      }
      if (call.id === 'effective-tag-policy' && call.error && /EffectivePolicyNotFound/i.test(call.error.code)) continue;
      if (call.id === 'service-linked-role' && call.error && /NoSuchEntity/i.test(call.error.code)) {
        notes.push({ code: 'GATHER_SERVICE_LINKED_ROLE_MISSING', severity: 'warning', role: b.role, params: { account: account ?? '' } });
        continue;
      }
      failureNote(t, call, direct ?? FAILED_INPUT[call.id]);
    }

    if (b.role === 'source') mergeSource(t, b, session.pastes);
    if (b.role === 'management') {
      const now = resolveFacts({ ...session, facts, pastes }).facts;
      mergeManagement(t, b, session.pastes, now.sourceAccountId?.value, Boolean(now.organizationId));
    }
  }
  return { session: { ...session, facts, pastes }, notes, merged };
}

// ---- words

type Translate = (key: string, params?: Params) => string;

/** A note in words: the paste, role and fact it names are shown by their labels, not their keys. */
export function renderNote(note: GatherNote, translate: Translate): string {
  const params: Params = { ...note.params };
  if (typeof params.input === 'string') params.input = translate(`paste.${params.input}.short`);
  if (typeof params.role === 'string') params.role = translate(`gather.role.${params.role}`);
  if (typeof params.fact === 'string') params.fact = translate(`fact.${params.fact}`);
  return translate(`gather.note.${note.code}`, params);
}

/** Why a bundle was refused, in words. */
export function renderBundleError(read: Extract<BundleRead, { ok: false }>, translate: Translate): string {
  return translate(`bundle.${read.code}`, read.params);
}
