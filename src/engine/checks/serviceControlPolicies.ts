// Check: does a service control policy deny what the copy needs? (knowledge file, section 2)
//
// Input: one SCP, a JSON array of SCPs, or `aws organizations describe-policy` output (also in an array). Each SCP is
// evaluated with the policy evaluator for the job role in the source account (an ordinary role: SCPs apply to it)
// calling backup:StartCopyJob, backup:CopyFromBackupVault (with backup:CopyTargets / backup:CopyTargetOrgPaths),
// backup:CopyIntoBackupVault, the KMS actions on the source key and ec2:ModifySnapshotAttribute. SCPs never restrict
// service-linked roles, so the copy's own work by AWSServiceRoleForBackup is not affected.
// A blocking Deny is never dropped: the fix narrows it (exempt the job role, or add the destination to the list of
// allowed copy targets) and is marked for review.
//
// Resource control policies (the `resourceControlPolicies` paste, or a describe-policy output of that type among the
// SCPs) go through the same request model, narrowing and fix, but decide only the KMS side (knowledge update, 1.9):
// AWS Backup is not a service RCPs support, RCPs never apply to service-linked roles nor to AWS managed keys. So an
// RCP is evaluated for the job role's KMS calls on the source key; a Deny on backup:* in one is said to have no effect.
import { readCopyJob } from '../inputs/copyJob';
import { locate } from '../json/parse';
import { readOrgPolicies, type OrgPolicy } from '../inputs/orgPolicies';
import { readBackupVault, readKeyMetadata } from '../inputs/outputs';
import { absentFromCopyCall } from '../policy/conditionKeys';
import { evaluate, type ContextValue, type Decision, type Request } from '../policy/evaluate';
import { normalisePolicy, statementList } from '../policy/model';
import type { CheckResult, FactKey, Finding, Fix, FixDocument, Location, Params, Session } from '../types';
import { copyJobRejections } from '../inputs/rejections';
import { aws, file, value, type Rejection } from '../core/shell';
import { checkValue, PLACEHOLDERS, validValue } from '../core/formats';
import { Commands, fixSummary, fact, isAccountId, paste, result, statementLabel, type CheckInput } from './common';
import { copyJobWithoutRole, repairedPaste, unreadablePaste } from './pasteProblems';
import { partitionOf } from '../policy/requirements';
import { verifyFix, type Recheck } from './verify';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'RCP_DENY_BLOCKS_COPY',
  'RCP_DENY_MAY_BLOCK_COPY',
  'RCP_DENY_NEEDS_MANUAL_CHANGE',
  'SCP_MAY_EXPLAIN_MESSAGE',
  'SCP_NOT_RECOGNISED',
  'SCP_JOB_ROLE_UNKNOWN',
  'SCP_DENY_BLOCKS_COPY',
  'SCP_DENY_MAY_BLOCK_COPY',
  'SCP_NOT_ALLOWED_BY_ANY',
  'SCP_SERVICE_LINKED_ROLE_EXEMPT',
  'SCP_DENY_NEEDS_MANUAL_CHANGE',
  'SCP_NO_DENY',
  'RCP_AWS_MANAGED_KEY_EXEMPT',
  'RCP_BACKUP_DENY_NO_EFFECT',
  'RCP_NOT_RECOGNISED',
  'RCP_NO_KMS_DENY',
  'RCP_ONLY_KMS',
] as const;
const FIX_CODES = ['SCP_NARROW_DENY'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const serviceControlPoliciesCheck = defineCheck({
  id: 'service-control-policies',
  step: CHECK_STEPS['service-control-policies'],
  factsUsed: [],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkServiceControlPolicies,
});

const ID = 'service-control-policies' as const;
const INPUT = 'serviceControlPolicies' as const;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Answer ids for values SCP conditions may need. */
export const DESTINATION_ORG_PATH_ANSWER = 'destinationOrganizationPath';

const RCP_INPUT = 'resourceControlPolicies' as const;

/** A pasted SCP or RCP (the reader is shared: inputs/orgPolicies). */
export type Scp = OrgPolicy;

/** Reads the pasted SCPs. Never throws. */
export const readScps = readOrgPolicies;

/** Which kind of organization policy one is, and the paste it came from. */
type Kind = 'scp' | 'rcp';
interface Pasted {
  policy: Scp;
  kind: Kind;
  input: typeof INPUT | typeof RCP_INPUT;
}

/**
 * Every pasted organization policy with its kind: the type describe-policy names wins over the box it was pasted in
 * (an RCP among the SCPs is still an RCP); without one, the box decides.
 */
function pastedPolicies(input: CheckInput): Pasted[] {
  const out: Pasted[] = [];
  for (const key of [INPUT, RCP_INPUT] as const) {
    for (const policy of readOrgPolicies(paste(input, key))) {
      const kind: Kind = policy.type === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : policy.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : key === RCP_INPUT ? 'rcp' : 'scp';
      out.push({ policy, kind, input: key });
    }
  }
  return out;
}

function scpLabel(scp: Scp): string {
  return scp.name ?? scp.policyId ?? `#${scp.number}`;
}

function statementPath(scp: Scp, index: number): (string | number)[] {
  const key = Object.keys(scp.value).find((k) => k.toLowerCase() === 'statement') ?? 'Statement';
  return Array.isArray(scp.value[key]) ? [key, index] : [key];
}

function statementLocation(scp: Scp, index: number, key: Pasted['input'] = INPUT): Location {
  const path = scp.anchor ?? [...scp.prefix, ...statementPath(scp, index)];
  const loc: Location = { input: key, path };
  if (scp.parsed) {
    const pos = locate(scp.parsed, path);
    if (pos) Object.assign(loc, pos);
  }
  return loc;
}

interface Setting {
  source?: string;
  destination?: string;
  region?: string;
  roleArn?: string;
  partition: string;
  sourceKeyArn?: string;
  destinationVaultArn?: string;
  sourceVaultArn?: string;
  recoveryPointArn?: string;
  orgId?: string;
  orgPath?: string;
  resourceType?: string;
  /** A logically air-gapped destination's customer managed key: the copy role must use it too (knowledge update, 1.3). */
  destinationKeyArn?: string;
}

function orgPathAnswer(input: CheckInput): string | undefined {
  const raw = input.session.answers?.[DESTINATION_ORG_PATH_ANSWER];
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}

/** The values this check reads that were left out for not having their format (copy job fields, the org path answer). */
function settingRejections(input: CheckInput): Rejection[] {
  const out = copyJobRejections(input.session.pastes, ['IamRoleArn', 'DestinationBackupVaultArn', 'SourceBackupVaultArn', 'SourceRecoveryPointArn']);
  const path = orgPathAnswer(input);
  const c = path === undefined ? undefined : checkValue('orgPath', path);
  if (c && !c.ok) out.push({ kind: 'orgPath', reason: c.reason, origin: { input: 'answers', answer: DESTINATION_ORG_PATH_ANSWER }, placeholder: PLACEHOLDERS.orgPath });
  return out;
}

function setting(input: CheckInput): Setting {
  const text = paste(input, 'copyJob') ?? paste(input, 'errorMessage');
  const job = text ? readCopyJob(text) : undefined;
  const region = fact(input, 'sourceRegion');
  const destRegion = fact(input, 'destinationRegion');
  const destination = fact(input, 'destinationAccountId');
  const name = fact(input, 'destinationVaultName');
  const partition = partitionOf(region ?? destRegion);
  const s: Setting = { partition };
  const put = <K extends keyof Setting>(k: K, v: Setting[K] | undefined) => {
    if (v !== undefined && v !== '') s[k] = v;
  };
  put('source', fact(input, 'sourceAccountId'));
  put('destination', destination);
  put('region', region);
  put('roleArn', job?.iamRoleArn);
  put('sourceKeyArn', fact(input, 'sourceKeyArn'));
  put('destinationVaultArn', job?.destinationVaultArn ?? (name && destRegion && isAccountId(destination) ? `arn:${partition}:backup:${destRegion}:${destination}:backup-vault:${name}` : undefined));
  put('sourceVaultArn', job?.sourceVaultArn);
  put('recoveryPointArn', job?.sourceRecoveryPointArn);
  put('orgId', fact(input, 'organizationId'));
  // Only a valid organization path: it goes into the request evaluated and may go into a corrected SCP.
  put('orgPath', validValue('orgPath', orgPathAnswer(input)));
  put('resourceType', fact(input, 'resourceType'));
  put('destinationKeyArn', lagCustomerKey(input, job));
  return s;
}

/**
 * The destination key when the destination is a logically air-gapped vault on a customer managed key (the vault's
 * describe-backup-vault, or the copy job's DestinationVaultType with describe-key saying CUSTOMER). "The source account's
 * copy role must have access permissions to both the source and destination CMKs", so its calls on that key are asked
 * too; an AWS owned key is no customer's, and no SCP or RCP of theirs decides on it.
 */
function lagCustomerKey(input: CheckInput, job: ReturnType<typeof readCopyJob>): string | undefined {
  const vault = readBackupVault(paste(input, 'destinationVault'));
  const lag = vault?.vaultType ? vault.vaultType === 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' : job?.destinationVaultType === 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT';
  const customer = vault?.encryptionKeyType === 'CUSTOMER_MANAGED_KMS_KEY' || readKeyMetadata(paste(input, 'destinationKeyMetadata'))?.keyManager === 'CUSTOMER';
  return lag && customer ? validValue('kmsKeyArn', fact(input, 'destinationVaultKeyArn')) : undefined;
}

interface Call {
  action: string;
  resource?: string;
  /** For a KMS call: which key. */
  key?: 'source' | 'destination';
  context?: Record<string, ContextValue>;
}

function calls(s: Setting): Call[] {
  const copyContext: Record<string, ContextValue> = {};
  if (s.destinationVaultArn) copyContext['backup:CopyTargets'] = [s.destinationVaultArn];
  if (s.orgPath) copyContext['backup:CopyTargetOrgPaths'] = [s.orgPath];
  const list: Call[] = [
    { action: 'backup:StartCopyJob', resource: s.recoveryPointArn },
    { action: 'backup:CopyFromBackupVault', resource: s.recoveryPointArn, context: copyContext },
    { action: 'backup:CopyIntoBackupVault', resource: s.destinationVaultArn },
  ];
  for (const a of ['kms:Decrypt', 'kms:Encrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:DescribeKey', 'kms:CreateGrant']) {
    list.push({ action: a, resource: s.sourceKeyArn, key: 'source' });
  }
  if (s.destinationKeyArn) for (const a of ['kms:DescribeKey', 'kms:CreateGrant']) list.push({ action: a, resource: s.destinationKeyArn, key: 'destination' });
  const type = s.resourceType?.toLowerCase();
  // An EBS recovery point is the snapshot itself (arn:aws:ec2:REGION::snapshot/snap-...).
  const snapshot = s.recoveryPointArn && /^arn:[^:]+:ec2:[^:]*::snapshot\//.test(s.recoveryPointArn) ? s.recoveryPointArn : undefined;
  if (!type || type === 'ebs' || type === 'ec2') list.push({ action: 'ec2:ModifySnapshotAttribute', ...(snapshot ? { resource: snapshot } : {}) });
  return list;
}

function request(s: Setting, call: Call): Request {
  const context: Record<string, ContextValue> = { 'aws:PrincipalIsAWSService': 'false', 'aws:PrincipalType': 'AssumedRole', ...(call.context ?? {}) };
  if (s.source) context['aws:PrincipalAccount'] = s.source;
  if (s.roleArn) context['aws:PrincipalArn'] = s.roleArn;
  if (s.region) context['aws:RequestedRegion'] = s.region;
  if (s.orgId) context['aws:PrincipalOrgID'] = s.orgId;
  const arn = s.roleArn ?? (s.source ? `arn:${s.partition}:iam::${s.source}:root` : `arn:${s.partition}:iam::000000000000:root`);
  const r: Request = { principal: { type: 'AWS', arn, ...(s.source ? { account: s.source } : {}) }, action: call.action, context };
  if (call.resource) r.resource = call.resource;
  // Keys the copy's calls to AWS Backup and KMS never carry (invented keys, aws:SourceIp on a service's call...).
  const service = call.action.split(':')[0];
  if (service === 'backup' || service === 'kms') r.absentKey = (key) => absentFromCopyCall(service, call.action, key);
  return r;
}

/**
 * Which inputs would decide an unknown answer for one call: only those the session lacks. A value that no input of
 * this product carries (a principal tag, an operator the evaluator does not decide) is named by its condition key.
 */
function needsFor(decision: Decision, call: Call, input: CheckInput): string[] {
  const needs: string[] = [];
  const missing = (...keys: FactKey[]) => keys.filter((k) => !fact(input, k));
  const job = (): string[] => (jobPasted(input) ? [] : ['copyJob']);
  for (const u of decision.unknowns ?? []) {
    const key = u.key?.toLowerCase();
    if (u.reason === 'resource-unknown') {
      if (call.action.startsWith('kms:')) needs.push(...missing('sourceKeyArn'));
      else if (call.action === 'backup:CopyIntoBackupVault') needs.push(...job(), ...missing('destinationVaultName', 'destinationRegion', 'destinationAccountId'));
      else needs.push(...job());
    } else if (key === 'backup:copytargets') needs.push(...job(), ...missing('destinationVaultName', 'destinationRegion', 'destinationAccountId'));
    else if (key === 'backup:copytargetorgpaths') needs.push(DESTINATION_ORG_PATH_ANSWER);
    else if (key === 'aws:principalarn') needs.push(...job());
    else if (key === 'aws:requestedregion') needs.push(...missing('sourceRegion'));
    else if (key === 'aws:principalaccount') needs.push(...missing('sourceAccountId'));
    else if (key === 'aws:principalorgid') needs.push(...missing('organizationId'));
    else if (u.key) needs.push(u.key);
  }
  return needs;
}

/** Whether a copy job is pasted (as such, or as the error message). */
function jobPasted(input: CheckInput): boolean {
  const text = paste(input, 'copyJob') ?? paste(input, 'errorMessage');
  return Boolean(text && readCopyJob(text));
}

// ---- the narrowest change

const NEGATED = /^(ForAnyValue:|ForAllValues:)?(StringNotLike|StringNotEquals|StringNotEqualsIgnoreCase|ArnNotLike|ArnNotEquals)(IfExists)?$/;

/**
 * Narrows one Deny statement so it no longer hits the copy: when it already lists allowed copy targets (a negated
 * condition on backup:CopyTargets or backup:CopyTargetOrgPaths), the destination is added to that list; otherwise the
 * job role is exempted with `ArnNotLike aws:PrincipalArn`. Returns what was done, or undefined when it cannot be.
 */
function narrow(statement: Obj, s: Setting): { kind: 'copy-target' | 'org-path' | 'exempt-role'; value: string } | undefined {
  const condKey = Object.keys(statement).find((k) => k.toLowerCase() === 'condition');
  const cond = condKey ? statement[condKey] : undefined;
  if (isObj(cond)) {
    for (const [op, block] of Object.entries(cond)) {
      if (!NEGATED.test(op) || !isObj(block)) continue;
      for (const key of Object.keys(block)) {
        const k = key.toLowerCase();
        const add = k === 'backup:copytargets' ? s.destinationVaultArn : k === 'backup:copytargetorgpaths' ? s.orgPath : undefined;
        if (!add) continue;
        const values = block[key];
        block[key] = Array.isArray(values) ? [...values, add] : typeof values === 'string' ? [values, add] : [add];
        return { kind: k === 'backup:copytargets' ? 'copy-target' : 'org-path', value: add };
      }
    }
  }
  if (!s.roleArn) return undefined;
  const c: Obj = isObj(cond) ? cond : {};
  const block: Obj = isObj(c.ArnNotLike) ? c.ArnNotLike : {};
  const existing = block['aws:PrincipalArn'];
  block['aws:PrincipalArn'] = Array.isArray(existing) ? [...existing, s.roleArn] : typeof existing === 'string' ? [existing, s.roleArn] : s.roleArn;
  c.ArnNotLike = block;
  statement[condKey ?? 'Condition'] = c;
  return { kind: 'exempt-role', value: s.roleArn };
}

interface Blocking {
  scp: Scp;
  kind: Kind;
  input: Pasted['input'];
  index: number;
  sid?: string;
  actions: string[];
}

/**
 * The calls a policy of this kind can decide. An SCP: every call of the job role. An RCP (knowledge update, 1.9): AWS
 * Backup is not a service RCPs support and RCPs never apply to service-linked roles, so only the job role's calls to
 * KMS: on the source key unless it is AWS managed (RCPs do not apply to AWS managed keys), and on a logically air-gapped
 * destination's customer managed key.
 */
function callsFor(p: Pasted, s: Setting, awsManagedKey: boolean): Call[] {
  if (p.kind === 'scp') return calls(s);
  // An RCP of another organization (its describe-policy ARN says which) is not attached to the source key's account.
  const otherOrg = Boolean(p.policy.organizationId && s.orgId && p.policy.organizationId !== s.orgId);
  return calls(s).filter((c) => c.key === 'destination' || (c.key === 'source' && !awsManagedKey && !otherOrg));
}

function blockingKey(p: Pasted, index: number): string {
  return `${p.input}:${p.policy.number}:${index}`;
}

/** The check on a narrowed policy pasted alone: denied while one of the calls it decides is still explicitly denied. */
function recheck(session: Session, p: Pasted, s: Setting, awsManagedKey: boolean): Recheck {
  const [policy] = readOrgPolicies(session.pastes[p.input]);
  const denied = !policy || callsFor(p, s, awsManagedKey).some((c) => evaluate(policy.value, request(s, c), { requirePrincipal: false }).decision === 'explicit-deny');
  return { status: denied ? 'fail' : 'pass', findings: [], open: false };
}

function buildFix(input: CheckInput, s: Setting, blocking: Blocking[], commands: Commands, awsManagedKey: boolean): { fix?: Fix; unfixable: Blocking[] } {
  const documents: FixDocument[] = [];
  const unfixable: Blocking[] = [];
  const changes: string[] = [];
  const byScp = new Map<Scp, Blocking[]>();
  for (const b of blocking) byScp.set(b.scp, [...(byScp.get(b.scp) ?? []), b]);
  for (const [scp, list] of byScp) {
    const { kind, input: key } = list[0]!;
    const pasted: Pasted = { policy: scp, kind, input: key };
    const copy = JSON.parse(JSON.stringify(scp.value)) as Obj;
    const statements = statementList(copy);
    let ok = true;
    for (const b of list) {
      const st = statements[b.index];
      const done = isObj(st) ? narrow(st, s) : undefined;
      if (!done) {
        ok = false;
        unfixable.push(b);
        continue;
      }
      changes.push(`${scpLabel(scp)} ${statementLabel(b.index, b.sid)}: ${done.kind === 'exempt-role' ? `exempt ${done.value}` : `allow copies to ${done.value}`}`);
    }
    if (!ok) continue;
    // The file is named after the policy only when its ID is a valid policy ID; otherwise after its place in the paste.
    const id = validValue('policyId', scp.policyId);
    const document: FixDocument = { input: key, text: JSON.stringify(copy, null, 2), fileName: `${kind}-${id ?? String(scp.number)}.json` };
    // Verified on its own, pasted in place of its box. Not by re-running the whole check, as checks/policyCheck does:
    // one box holds several policies, some fixed and some left to a person, and the status is theirs together.
    if (!verifyFix(input, { summary: '', runIn: 'management account', documents: [document], commands: [] }, (session) => recheck(session, pasted, s, awsManagedKey), []).ok) {
      unfixable.push(...list);
      continue;
    }
    documents.push(document);
    if (scp.policyId) {
      const origin = { input: key, field: 'PolicySummary.Id', path: [...scp.prefix, 'Policy', 'PolicySummary', 'Id'] };
      commands.add(aws('organizations', 'update-policy', ['--policy-id', value('policyId', scp.policyId, origin)], ['--content', file(document.fileName)]));
    }
  }
  if (documents.length === 0) return { unfixable };
  return {
    fix: {
      ...fixSummary(fixCode('SCP_NARROW_DENY')),
      summaryParams: { changes: changes.join('; ') },
      runIn: 'management account',
      runInAccount: 'management',
      documents,
      commands: commands.lines,
      needsReview: true,
    },
    unfixable,
  };
}

/** The finding codes of each kind (the RCP ones say resource control policy and what an RCP can reach). */
const KIND_CODES = {
  scp: { blocks: 'SCP_DENY_BLOCKS_COPY', may: 'SCP_DENY_MAY_BLOCK_COPY', manual: 'SCP_DENY_NEEDS_MANUAL_CHANGE' },
  rcp: { blocks: 'RCP_DENY_BLOCKS_COPY', may: 'RCP_DENY_MAY_BLOCK_COPY', manual: 'RCP_DENY_NEEDS_MANUAL_CHANGE' },
} as const;

export function checkServiceControlPolicies(input: CheckInput): CheckResult {
  const text = paste(input, INPUT);
  const rcpText = paste(input, RCP_INPUT);
  const findings: Finding[] = [];
  if (!text && !rcpText) {
    const reported = input.triage.filter((m) => m.checks.includes(ID));
    for (const m of reported) findings.push(finding('SCP_MAY_EXPLAIN_MESSAGE', 'suggestion', { messageId: m.messageId }));
    return result(ID, 'unknown', findings, { needs: [INPUT] });
  }
  const policies = pastedPolicies(input);
  const scps = policies.filter((p) => p.kind === 'scp');
  const rcps = policies.filter((p) => p.kind === 'rcp');
  if (text && !policies.some((p) => p.input === INPUT)) findings.push(finding('SCP_NOT_RECOGNISED', 'warning', {}, { input: INPUT, path: [] }));
  if (rcpText && !policies.some((p) => p.input === RCP_INPUT)) findings.push(finding('RCP_NOT_RECOGNISED', 'warning', {}, { input: RCP_INPUT, path: [] }));
  if (policies.length === 0) return result(ID, 'unknown', findings, { needs: [...(text || !rcpText ? [INPUT] : []), ...(rcpText ? [RCP_INPUT] : [])] });

  // Paste damage was repaired before reading: said, and a pass becomes a warning (the text as pasted would be refused).
  const repaired = [INPUT, RCP_INPUT].flatMap((key) => (policies.some((p) => p.input === key) ? (repairedPaste(input, key) ?? []) : []));
  findings.push(...repaired);

  const s = setting(input);
  const needs: string[] = [];
  const commands = new Commands(input);
  commands.reject(settingRejections(input));
  if (!s.roleArn) findings.push(copyJobWithoutRole(input) ?? finding('SCP_JOB_ROLE_UNKNOWN', 'suggestion'));
  const awsManagedKey = readKeyMetadata(paste(input, 'sourceKeyMetadata'))?.keyManager === 'AWS';
  const blocking = new Map<string, Blocking>();
  const maybe = new Map<string, Blocking & { reasons: string[] }>();
  /** RCP statements that deny AWS Backup's own actions: no effect, said as such. */
  const noEffect = new Map<string, Blocking>();
  const allowed = new Set<string>();
  for (const p of policies) {
    const { policy: scp, kind } = p;
    for (const call of callsFor(p, s, awsManagedKey)) {
      const d = evaluate(scp.value, request(s, call), { requirePrincipal: false });
      if (d.decision === 'allow' && kind === 'scp') allowed.add(call.action);
      if (d.decision === 'explicit-deny') {
        for (const st of d.deciding) {
          const key = blockingKey(p, st.index);
          const b = blocking.get(key) ?? { scp, kind, input: p.input, index: st.index, ...(st.sid ? { sid: st.sid } : {}), actions: [] };
          b.actions.push(call.action);
          blocking.set(key, b);
        }
      } else if (d.decision === 'unknown') {
        for (const st of d.deciding.filter((x) => x.effect === 'Deny')) {
          const key = blockingKey(p, st.index);
          const b = maybe.get(key) ?? { scp, kind, input: p.input, index: st.index, ...(st.sid ? { sid: st.sid } : {}), actions: [], reasons: [] };
          b.actions.push(call.action);
          b.reasons.push(...(d.unknowns ?? []).filter((u) => u.index === st.index).map((u) => u.key ?? u.reason));
          maybe.set(key, b);
        }
        needs.push(...needsFor(d, call, input));
      }
    }
    if (kind !== 'rcp') continue;
    // What the RCP cannot reach: AWS Backup's actions. A Deny on them is reported as having no effect.
    for (const call of calls(s).filter((c) => c.action.startsWith('backup:'))) {
      const d = evaluate(scp.value, request(s, call), { requirePrincipal: false });
      for (const st of d.deciding.filter((x) => x.effect === 'Deny' && (d.decision === 'explicit-deny' || d.decision === 'unknown'))) {
        const key = blockingKey(p, st.index);
        const b = noEffect.get(key) ?? { scp, kind, input: p.input, index: st.index, ...(st.sid ? { sid: st.sid } : {}), actions: [] };
        if (!b.actions.includes(call.action)) b.actions.push(call.action);
        noEffect.set(key, b);
      }
    }
  }

  const label = (b: Blocking): Params => ({ policy: scpLabel(b.scp), statement: statementLabel(b.index, b.sid), index: b.index, actions: [...new Set(b.actions)].join(', ') });
  for (const b of blocking.values()) findings.push(finding(KIND_CODES[b.kind].blocks, 'error', label(b), statementLocation(b.scp, b.index, b.input)));
  for (const [key, b] of maybe) {
    if (blocking.has(key)) continue;
    findings.push(finding(KIND_CODES[b.kind].may, 'warning', { ...label(b), reasons: [...new Set(b.reasons)].join(', ') }, statementLocation(b.scp, b.index, b.input)));
  }
  for (const b of noEffect.values()) findings.push(finding('RCP_BACKUP_DENY_NO_EFFECT', 'suggestion', label(b), statementLocation(b.scp, b.index, b.input)));
  const hasAllow = scps.some((p) => normalisePolicy(p.policy.value).statements.some((st) => st.effect === 'Allow'));
  const notAllowed = scps.length === 0 ? [] : calls(s).map((c) => c.action).filter((a) => !allowed.has(a));
  if (hasAllow && notAllowed.length > 0) findings.push(finding('SCP_NOT_ALLOWED_BY_ANY', 'warning', { actions: [...new Set(notAllowed)].join(', ') }));
  if (scps.length > 0) findings.push(finding('SCP_SERVICE_LINKED_ROLE_EXEMPT', 'suggestion'));
  if (rcps.length > 0) findings.push(finding(awsManagedKey && !s.destinationKeyArn ? 'RCP_AWS_MANAGED_KEY_EXEMPT' : 'RCP_ONLY_KMS', 'suggestion'));

  if (blocking.size > 0) {
    const { fix, unfixable } = buildFix(input, s, [...blocking.values()], commands, awsManagedKey);
    for (const b of unfixable) findings.push(finding(KIND_CODES[b.kind].manual, 'warning', { policy: scpLabel(b.scp), statement: statementLabel(b.index, b.sid) }, statementLocation(b.scp, b.index, b.input)));
    const extraNeeds = unfixable.length > 0 && !s.roleArn ? ['copyJob'] : [];
    findings.push(...commands.findings());
    // A pasted copy job without a role was said above (COPY_JOB_WITHOUT_ROLE); one that cannot be read is said here.
    const unreadable = extraNeeds.length > 0 && !jobPasted(input) ? unreadablePaste(input, 'copyJob') : undefined;
    if (unreadable) findings.push(unreadable);
    return result(ID, 'fail', findings, { ...(fix ? { fix } : {}), needs: [...extraNeeds, ...commands.needs()] });
  }
  findings.push(...commands.findings());
  if (maybe.size > 0) {
    // Every undecided Deny names what decides it; the reasons are the condition keys when no input carries them.
    const reasons = [...maybe.values()].flatMap((b) => b.reasons);
    // A copy job pasted but not readable is asked for again: say why.
    const unreadable = needs.includes('copyJob') ? unreadablePaste(input, 'copyJob') : undefined;
    if (unreadable) findings.push(unreadable);
    return result(ID, 'unknown', findings, { needs: [...(needs.length > 0 ? needs : reasons), ...(scps.length === 0 ? [INPUT] : [])] });
  }
  if (rcps.length > 0) findings.unshift(finding('RCP_NO_KMS_DENY', 'suggestion', { count: rcps.length }));
  // The RCPs decide only the KMS side: without the SCPs the check stays open.
  if (scps.length === 0) return result(ID, 'unknown', findings, { needs: [INPUT] });
  if ((hasAllow && notAllowed.length > 0) || repaired.length > 0) return result(ID, 'warn', findings);
  findings.unshift(finding('SCP_NO_DENY', 'suggestion', { count: scps.length } as Params));
  return result(ID, 'pass', findings);
}
