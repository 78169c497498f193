// Check: does a service control policy deny what the copy needs? (knowledge file, section 2)
//
// Input: one SCP, a JSON array of SCPs, or `aws organizations describe-policy` output (also in an array). Each SCP is
// evaluated with the policy evaluator for the job role in the source account (an ordinary role: SCPs apply to it)
// calling backup:StartCopyJob, backup:CopyFromBackupVault (with backup:CopyTargets / backup:CopyTargetOrgPaths),
// backup:CopyIntoBackupVault, the KMS actions on the source key and ec2:ModifySnapshotAttribute. SCPs never restrict
// service-linked roles, so the copy's own work by AWSServiceRoleForBackup is not affected.
// A blocking Deny is never dropped: the fix narrows it (exempt the job role, or add the destination to the list of
// allowed copy targets) and is marked for review.
import { readCopyJob } from '../inputs/copyJob';
import { locate, type ParsedJson } from '../json/parse';
import { readPolicyText } from '../json/policyText';
import { absentFromCopyCall } from '../policy/conditionKeys';
import { evaluate, type ContextValue, type Decision, type Request } from '../policy/evaluate';
import { normalisePolicy, statementList } from '../policy/model';
import type { CheckResult, FactKey, Finding, Fix, FixDocument, Location, Params } from '../types';
import { copyJobRejections } from '../inputs/rejections';
import { aws, file, value, type Rejection } from '../core/shell';
import { checkValue, PLACEHOLDERS, validValue } from '../core/formats';
import { Commands, fixSummary, fact, isAccountId, paste, result, statementLabel, type CheckInput } from './common';
import { copyJobWithoutRole, repairedPaste, unreadablePaste } from './pasteProblems';
import { partitionOf } from '../policy/requirements';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'SCP_MAY_EXPLAIN_MESSAGE',
  'SCP_NOT_RECOGNISED',
  'SCP_JOB_ROLE_UNKNOWN',
  'SCP_DENY_BLOCKS_COPY',
  'SCP_DENY_MAY_BLOCK_COPY',
  'SCP_NOT_ALLOWED_BY_ANY',
  'SCP_SERVICE_LINKED_ROLE_EXEMPT',
  'SCP_DENY_NEEDS_MANUAL_CHANGE',
  'SCP_NO_DENY',
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

export interface Scp {
  value: Obj;
  /** 1-based position in the paste, for messages. */
  number: number;
  name?: string;
  policyId?: string;
  /** Parsed text whose root is this policy (positions into the paste), when known. */
  parsed?: ParsedJson;
  /** Path of the policy inside `parsed` (for an element of an array). */
  prefix: (string | number)[];
  /** When the policy came from a JSON string inside the paste: the path of that string (no positions inside). */
  anchor?: (string | number)[];
}

function contentOf(o: Obj): { content?: string; summary?: Obj } {
  const policy = o.Policy;
  if (isObj(policy) && typeof policy.Content === 'string') return { content: policy.Content, summary: isObj(policy.PolicySummary) ? policy.PolicySummary : undefined };
  if (typeof o.Content === 'string') return { content: o.Content, summary: isObj(o.PolicySummary) ? o.PolicySummary : undefined };
  return {};
}

function fromString(text: string): Obj | undefined {
  const pt = readPolicyText(text);
  return isObj(pt.parsed.value) ? pt.parsed.value : undefined;
}

/** Reads the pasted SCPs. Never throws. */
export function readScps(text: string | undefined): Scp[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  try {
    const pt = readPolicyText(text);
    const v = pt.parsed.value;
    if (isObj(v)) {
      const scp: Scp = { value: v, number: 1, parsed: pt.parsed, prefix: [] };
      if (pt.wrapper === 'describe-policy' && pt.outer) {
        if (typeof pt.outer.Name === 'string') scp.name = pt.outer.Name;
        if (typeof pt.outer.Id === 'string') scp.policyId = pt.outer.Id;
      }
      return normalisePolicy(v).problem ? [] : [scp];
    }
    if (!Array.isArray(v)) return [];
    const out: Scp[] = [];
    v.forEach((item, i) => {
      const number = i + 1;
      if (typeof item === 'string') {
        const inner = fromString(item);
        if (inner) out.push({ value: inner, number, prefix: [i], parsed: pt.parsed, anchor: [i] });
        return;
      }
      if (!isObj(item)) return;
      const { content, summary } = contentOf(item);
      if (content !== undefined) {
        const inner = fromString(content);
        if (!inner) return;
        const scp: Scp = { value: inner, number, prefix: [i], parsed: pt.parsed, anchor: [i, isObj(item.Policy) ? 'Policy' : 'Content'] };
        if (typeof summary?.Name === 'string') scp.name = summary.Name;
        if (typeof summary?.Id === 'string') scp.policyId = summary.Id;
        out.push(scp);
        return;
      }
      if (!normalisePolicy(item).problem) out.push({ value: item, number, prefix: [i], parsed: pt.parsed });
    });
    return out;
  } catch {
    return [];
  }
}

function scpLabel(scp: Scp): string {
  return scp.name ?? scp.policyId ?? `#${scp.number}`;
}

function statementPath(scp: Scp, index: number): (string | number)[] {
  const key = Object.keys(scp.value).find((k) => k.toLowerCase() === 'statement') ?? 'Statement';
  return Array.isArray(scp.value[key]) ? [key, index] : [key];
}

function statementLocation(scp: Scp, index: number): Location {
  const path = scp.anchor ?? [...scp.prefix, ...statementPath(scp, index)];
  const loc: Location = { input: INPUT, path };
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
  return s;
}

interface Call {
  action: string;
  resource?: string;
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
    list.push({ action: a, resource: s.sourceKeyArn });
  }
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
  index: number;
  sid?: string;
  actions: string[];
}

function buildFix(s: Setting, blocking: Blocking[], commands: Commands): { fix?: Fix; unfixable: Blocking[] } {
  const documents: FixDocument[] = [];
  const unfixable: Blocking[] = [];
  const changes: string[] = [];
  const byScp = new Map<Scp, Blocking[]>();
  for (const b of blocking) byScp.set(b.scp, [...(byScp.get(b.scp) ?? []), b]);
  for (const [scp, list] of byScp) {
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
    // Check the narrowed policy: none of the calls may still be explicitly denied.
    const still = calls(s).some((c) => evaluate(copy, request(s, c), { requirePrincipal: false }).decision === 'explicit-deny');
    if (still) {
      unfixable.push(...list);
      continue;
    }
    // The file is named after the policy only when its ID is a valid policy ID; otherwise after its place in the paste.
    const id = validValue('policyId', scp.policyId);
    const fileName = `scp-${id ?? String(scp.number)}.json`;
    documents.push({ input: INPUT, text: JSON.stringify(copy, null, 2), fileName });
    if (scp.policyId) {
      const origin = { input: INPUT, field: 'PolicySummary.Id', path: [...scp.prefix, 'Policy', 'PolicySummary', 'Id'] };
      commands.add(aws('organizations', 'update-policy', ['--policy-id', value('policyId', scp.policyId, origin)], ['--content', file(fileName)]));
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

export function checkServiceControlPolicies(input: CheckInput): CheckResult {
  const text = paste(input, INPUT);
  const findings: Finding[] = [];
  if (!text) {
    const reported = input.triage.filter((m) => m.checks.includes(ID));
    for (const m of reported) findings.push(finding('SCP_MAY_EXPLAIN_MESSAGE', 'suggestion', { messageId: m.messageId }));
    return result(ID, 'unknown', findings, { needs: [INPUT] });
  }
  const scps = readScps(text);
  if (scps.length === 0) {
    findings.push(finding('SCP_NOT_RECOGNISED', 'warning', {}, { input: INPUT, path: [] }));
    return result(ID, 'unknown', findings, { needs: [INPUT] });
  }

  // Paste damage was repaired before reading: said, and a pass becomes a warning (the text as pasted would be refused).
  const repaired = repairedPaste(input, INPUT);
  if (repaired) findings.push(repaired);

  const s = setting(input);
  const needs: string[] = [];
  const commands = new Commands(input);
  commands.reject(settingRejections(input));
  if (!s.roleArn) findings.push(copyJobWithoutRole(input) ?? finding('SCP_JOB_ROLE_UNKNOWN', 'suggestion'));
  const blocking = new Map<string, Blocking>();
  const maybe = new Map<string, Blocking & { reasons: string[] }>();
  const allowed = new Set<string>();
  const allCalls = calls(s);
  for (const scp of scps) {
    for (const call of allCalls) {
      const d = evaluate(scp.value, request(s, call), { requirePrincipal: false });
      if (d.decision === 'allow') allowed.add(call.action);
      if (d.decision === 'explicit-deny') {
        for (const st of d.deciding) {
          const key = `${scp.number}:${st.index}`;
          const b = blocking.get(key) ?? { scp, index: st.index, ...(st.sid ? { sid: st.sid } : {}), actions: [] };
          b.actions.push(call.action);
          blocking.set(key, b);
        }
      } else if (d.decision === 'unknown') {
        for (const st of d.deciding.filter((x) => x.effect === 'Deny')) {
          const key = `${scp.number}:${st.index}`;
          const b = maybe.get(key) ?? { scp, index: st.index, ...(st.sid ? { sid: st.sid } : {}), actions: [], reasons: [] };
          b.actions.push(call.action);
          b.reasons.push(...(d.unknowns ?? []).filter((u) => u.index === st.index).map((u) => u.key ?? u.reason));
          maybe.set(key, b);
        }
        needs.push(...needsFor(d, call, input));
      }
    }
  }

  for (const b of blocking.values()) {
    findings.push(
      finding('SCP_DENY_BLOCKS_COPY', 'error', { policy: scpLabel(b.scp), statement: statementLabel(b.index, b.sid), index: b.index, actions: b.actions.join(', ') }, statementLocation(b.scp, b.index)),
    );
  }
  for (const [key, b] of maybe) {
    if (blocking.has(key)) continue;
    findings.push(
      finding('SCP_DENY_MAY_BLOCK_COPY', 'warning', { policy: scpLabel(b.scp), statement: statementLabel(b.index, b.sid), index: b.index, actions: b.actions.join(', '), reasons: [...new Set(b.reasons)].join(', ') }, statementLocation(b.scp, b.index)),
    );
  }
  const hasAllow = scps.some((scp) => normalisePolicy(scp.value).statements.some((st) => st.effect === 'Allow'));
  const notAllowed = allCalls.map((c) => c.action).filter((a) => !allowed.has(a));
  if (hasAllow && notAllowed.length > 0) findings.push(finding('SCP_NOT_ALLOWED_BY_ANY', 'warning', { actions: [...new Set(notAllowed)].join(', ') }));
  findings.push(finding('SCP_SERVICE_LINKED_ROLE_EXEMPT', 'suggestion'));

  if (blocking.size > 0) {
    const { fix, unfixable } = buildFix(s, [...blocking.values()], commands);
    for (const b of unfixable) findings.push(finding('SCP_DENY_NEEDS_MANUAL_CHANGE', 'warning', { policy: scpLabel(b.scp), statement: statementLabel(b.index, b.sid) }, statementLocation(b.scp, b.index)));
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
    return result(ID, 'unknown', findings, { needs: needs.length > 0 ? needs : reasons });
  }
  if ((hasAllow && notAllowed.length > 0) || repaired) return result(ID, 'warn', findings);
  findings.unshift(finding('SCP_NO_DENY', 'suggestion', { count: scps.length } as Params));
  return result(ID, 'pass', findings);
}
