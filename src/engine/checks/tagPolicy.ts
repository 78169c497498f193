// Check: do the resource's tags pass the organization's tag policies for AWS Backup recovery points? (knowledge 1.6)
//
// AWS Backup copies the resource's tags to the recovery point; a tag policy rule enforced for
// `backup:recovery-point` (or `backup:*`) then rejects a tag whose key has the wrong capitalisation or whose value is
// not allowed. A recovery point also takes at most 50 user tags.
import { outputLocation, readOutput, reportedMessage } from '../inputs/outputs';
import { copyJobRejections, pastedCopyJob } from '../inputs/rejections';
import { aws, file, value } from '../core/shell';
import { isValue } from '../core/formats';
import { enforcedForRecoveryPoints, readResourceTags, readTagPolicy, valueAllowed, type ResourceTag, type TagPolicyRead, type TagRule } from '../inputs/tags';
import type { CheckResult, Finding, Fix, FixDocument, Location } from '../types';
import { Commands, fixSummary, fact, factOrigin, paste, result, type CheckInput } from './common';
import { exampleMessage } from './organization';
import { repairedPaste } from './pasteProblems';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'TAG_POLICY_NONE_IN_EFFECT',
  'TAG_POLICY_NOT_RECOGNISED',
  'RESOURCE_TAGS_NOT_RECOGNISED',
  'TAGS_TOO_MANY',
  'TAGS_TOO_MANY_REPORTED',
  'TAG_KEY_CASE',
  'TAG_VALUE_NOT_ALLOWED',
  'TAG_POLICY_RULE',
  'TAG_POLICY_MESSAGE_STALE',
  'TAG_POLICY_MESSAGE_STALE_NO_KEY',
  'TAG_POLICY_VALUE_REPORTED',
  'TAG_POLICY_VALUE_REPORTED_NO_KEY',
  'TAG_COPY_INTERNAL_FAILURE',
  'TAG_POLICY_NOT_ENFORCED_FOR_BACKUP',
  'TAG_POLICY_ENFORCED_KEYS',
  'TAGS_COMPLY',
] as const;
const FIX_CODES = ['TAGS_CORRECT_ON_RECOVERY_POINT', 'TAGS_CORRECT_ON_RESOURCE', 'TAG_POLICY_ALLOW_VALUES', 'TAG_POLICY_ALLOW_VALUES_EFFECTIVE', 'TAGS_REDUCE'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const tagPolicyCheck = defineCheck({
  id: 'tag-policy',
  step: CHECK_STEPS['tag-policy'],
  factsUsed: [],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkTagPolicy,
});

const ID = 'tag-policy' as const;
export const MAX_USER_TAGS = 50;
export const TAGS_FILE = 'resource-tags.json';
export const TAG_POLICY_FILE = 'tag-policy.json';

interface Violation {
  tag: ResourceTag;
  rule: TagRule;
  kind: 'key-case' | 'value';
  /** The exact correction, when there is one (the key's capitalisation; a value differing only in case or spaces). */
  fixedKey?: string;
  fixedValue?: string;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

function ruleLocation(policy: TagPolicyRead, rule: TagRule, field: string): Location {
  if (policy.anchor) return outputLocation('tagPolicy', policy.out, policy.anchor);
  return outputLocation('tagPolicy', policy.out, [...rule.path, field]);
}

function findViolations(policy: TagPolicyRead, tags: ResourceTag[]): Violation[] {
  const out: Violation[] = [];
  const rules = policy.rules.filter(enforcedForRecoveryPoints);
  for (const tag of tags) {
    const rule = rules.find((r) => r.policyKey.toLowerCase() === tag.key.toLowerCase());
    if (!rule) continue;
    const keyWrong = rule.tagKey !== undefined && rule.tagKey !== tag.key;
    if (keyWrong) out.push({ tag, rule, kind: 'key-case', fixedKey: rule.tagKey });
    if (rule.values && !valueAllowed(tag.value, rule.values)) {
      const near = rule.values.filter((a) => !a.endsWith('*') && a.trim().toLowerCase() === tag.value.trim().toLowerCase());
      const v: Violation = { tag, rule, kind: 'value' };
      if (near.length === 1) v.fixedValue = near[0];
      out.push(v);
    }
  }
  return out;
}

/** The tag policy with the rejected values added to the rules' allowed values (same form as pasted). */
export function policyWithValues(policy: TagPolicyRead, additions: { rule: TagRule; value: string }[]): Obj {
  const doc = JSON.parse(JSON.stringify(policy.document)) as Obj;
  for (const { rule, value } of additions) {
    let node: unknown = doc;
    for (const p of rule.path) node = isObj(node) ? node[p as string] : undefined;
    if (!isObj(node)) continue;
    const key = Object.keys(node).find((k) => k.toLowerCase() === 'tag_value') ?? 'tag_value';
    const current = node[key];
    if (Array.isArray(current)) {
      if (!current.includes(value)) current.push(value);
    } else if (isObj(current)) {
      const op = ['@@assign', '@@append'].find((o) => Array.isArray(current[o])) ?? '@@append';
      const list = (Array.isArray(current[op]) ? current[op] : []) as unknown[];
      if (!list.includes(value)) list.push(value);
      current[op] = list;
      if (Array.isArray(current['@@remove'])) current['@@remove'] = (current['@@remove'] as unknown[]).filter((x) => x !== value);
    } else if (typeof current === 'string') {
      node[key] = policy.withOperators ? { '@@assign': [current, value] } : [current, value];
    }
  }
  return doc;
}

function recoveryPointArn(input: CheckInput): { arn: string; input: 'copyJob' | 'errorMessage' } | undefined {
  const found = pastedCopyJob(input.session.pastes);
  const arn = found?.job.sourceRecoveryPointArn;
  // `aws backup tag-resource` takes AWS Backup recovery point ARNs; EBS snapshots, RDS snapshots... are tagged by their own service.
  return found && arn && isValue('backupRecoveryPointArn', arn) ? { arn, input: found.input } : undefined;
}

function tagsFix(input: CheckInput, tags: ResourceTag[], violations: Violation[], commands: Commands): Fix {
  const corrected: Record<string, string> = {};
  const renamed: string[] = [];
  for (const t of tags) {
    const key = violations.find((v) => v.tag === t && v.fixedKey)?.fixedKey ?? t.key;
    const value = violations.find((v) => v.tag === t && v.fixedValue !== undefined)?.fixedValue ?? t.value;
    if (key !== t.key) renamed.push(t.key);
    corrected[key] = value;
  }
  const point = recoveryPointArn(input);
  const arn = point?.arn;
  const region = fact(input, 'sourceRegion');
  commands.reject(copyJobRejections(input.session.pastes, ['SourceRecoveryPointArn']));
  if (point) {
    const resource = ['--resource-arn', value('backupRecoveryPointArn', point.arn, { input: point.input, field: 'SourceRecoveryPointArn' })] as const;
    const regionOption = region && (['--region', value('region', region, factOrigin(input, 'sourceRegion'))] as const);
    const keys = renamed.map((k) => value('tagKey', k, { input: 'resourceTags', field: 'Key', path: tags.find((t) => t.key === k)?.path ?? [] }));
    // Both or neither: tagging without removing the wrongly written keys would leave them on the recovery point.
    const untag = renamed.length > 0 ? aws('backup', 'untag-resource', resource, ['--tag-key-list', ...keys], regionOption) : undefined;
    const tag = aws('backup', 'tag-resource', resource, ['--tags', file(TAGS_FILE)], regionOption);
    if (!untag || untag.ok) {
      if (untag) commands.add(untag);
      commands.add(tag);
    } else commands.reject(untag.rejected);
  }
  const changes = violations.filter((v) => v.fixedKey || v.fixedValue !== undefined).map((v) => (v.fixedKey ? `${v.tag.key} → ${v.fixedKey}` : `${v.tag.key}=${v.tag.value} → ${v.fixedValue}`));
  const fix: Fix = {
    ...fixSummary(arn ? fixCode('TAGS_CORRECT_ON_RECOVERY_POINT') : fixCode('TAGS_CORRECT_ON_RESOURCE')),
    summaryParams: { changes: changes.join(', ') },
    runIn: 'source account',
    runInAccount: 'source',
    documents: [{ input: 'resourceTags', text: JSON.stringify(corrected, null, 2), fileName: TAGS_FILE }],
    commands: commands.lines,
  };
  const account = fact(input, 'sourceAccountId');
  if (account) fix.accountId = account;
  if (region) fix.region = region;
  return fix;
}

/** `aws organizations update-policy` for the pasted tag policy, when its ID is a valid policy ID. */
function updatePolicy(policy: TagPolicyRead, commands: Commands): string[] {
  const origin = { input: 'tagPolicy' as const, field: 'PolicySummary.Id', path: ['Policy', 'PolicySummary', 'Id'] };
  const added = commands.add(aws('organizations', 'update-policy', ['--policy-id', value('policyId', policy.policyId, origin)], ['--content', file(TAG_POLICY_FILE)]));
  return added ? commands.lines.slice(-1) : [];
}

function policyFix(policy: TagPolicyRead, unresolved: Violation[], tagsDoc: FixDocument | undefined, commands: Commands): Fix {
  const doc = policyWithValues(
    policy,
    unresolved.map((v) => ({ rule: v.rule, value: v.tag.value })),
  );
  const values = unresolved.map((v) => `${v.rule.tagKey ?? v.tag.key}=${v.tag.value}`).join(', ');
  const documents: FixDocument[] = [{ input: 'tagPolicy', text: JSON.stringify(doc, null, 2), fileName: TAG_POLICY_FILE }];
  if (tagsDoc) documents.push(tagsDoc);
  const editable = policy.wrapper !== 'describe-effective-policy';
  return {
    ...fixSummary(editable ? fixCode('TAG_POLICY_ALLOW_VALUES') : fixCode('TAG_POLICY_ALLOW_VALUES_EFFECTIVE')),
    summaryParams: { values },
    runIn: 'management account',
    runInAccount: 'management',
    documents,
    commands: editable && policy.policyId ? updatePolicy(policy, commands) : [],
    needsReview: true,
  };
}

export function checkTagPolicy(input: CheckInput): CheckResult {
  const findings: Finding[] = [];
  const needs: string[] = [];
  const policyText = paste(input, 'tagPolicy');
  const tagsText = paste(input, 'resourceTags');
  const policy = readTagPolicy(policyText);
  const tagsRead = readResourceTags(tagsText);
  const tags = tagsRead?.tags;
  const message = (id: string) => reportedMessage(input.session.pastes) ?? exampleMessage(input, id);
  let fail = false;
  let warn = false;

  // describe-effective-policy answers EffectivePolicyNotFoundException when no tag policy applies to the account:
  // then no tag policy can reject the copy's tags. Any other paste that is not a tag policy is asked for again.
  const policyOut = policyText && !policy ? readOutput(policyText) : undefined;
  const noTagPolicy = /^EffectivePolicyNotFound/i.test(policyOut?.cliError?.code ?? '');
  if (noTagPolicy) findings.push(finding('TAG_POLICY_NONE_IN_EFFECT', 'suggestion', {}, outputLocation('tagPolicy', policyOut, [])));
  else if (policyText && !policy) findings.push(finding('TAG_POLICY_NOT_RECOGNISED', 'warning', {}, outputLocation('tagPolicy', policyOut, [])));
  // A tag policy read after repairing paste damage: said, and a pass becomes a warning.
  const repaired = policy ? repairedPaste(input, 'tagPolicy') : undefined;
  if (repaired) {
    findings.push(repaired);
    warn = true;
  }
  if (tagsText && !tagsRead) findings.push(finding('RESOURCE_TAGS_NOT_RECOGNISED', 'warning', {}, outputLocation('resourceTags', undefined, [])));

  // ---- too many tags
  const userTags = tags?.filter((t) => !t.key.toLowerCase().startsWith('aws:')) ?? [];
  if (userTags.length > MAX_USER_TAGS) {
    fail = true;
    findings.push(finding('TAGS_TOO_MANY', 'error', { count: userTags.length, max: MAX_USER_TAGS }, outputLocation('resourceTags', tagsRead?.out, [])));
  }
  if (input.triage.some((m) => m.messageId === 'too-many-tags') && userTags.length <= MAX_USER_TAGS) {
    fail = true;
    findings.push(finding('TAGS_TOO_MANY_REPORTED', 'error', { message: message('too-many-tags'), max: MAX_USER_TAGS }));
  }

  // ---- tag policy rules
  const violations = policy && tags ? findViolations(policy, tags) : [];
  for (const v of violations) {
    const tagLoc = outputLocation('resourceTags', tagsRead?.out, v.tag.path);
    if (v.kind === 'key-case') {
      findings.push(finding('TAG_KEY_CASE', 'error', { tagKey: v.tag.key, expectedKey: v.fixedKey ?? '', policyKey: v.rule.policyKey }, tagLoc));
    } else {
      findings.push(
        finding('TAG_VALUE_NOT_ALLOWED', 'error', { tagKey: v.tag.key, value: v.tag.value, allowed: (v.rule.values ?? []).join(', ') || '—', policyKey: v.rule.policyKey }, tagLoc),
      );
    }
  }
  if (violations.length > 0 && policy) {
    fail = true;
    const rule = violations[0]!.rule;
    findings.push(finding('TAG_POLICY_RULE', 'suggestion', { policyKey: rule.policyKey }, ruleLocation(policy, rule, 'tag_value')));
  }

  // ---- the copy job's message
  const valueMatch = input.triage.find((m) => m.messageId === 'tag-policy-value');
  if (valueMatch) {
    const tagKey = valueMatch.extracted?.tagKey;
    const explained = tagKey ? violations.some((v) => v.tag.key.toLowerCase() === tagKey.toLowerCase()) : violations.length > 0;
    // The tag policy and the tags are both pasted and comply (with a rule enforced for recovery points on the key the
    // message names): that evidence decides, the message is from an earlier attempt. Without it, the message alone does.
    const enforcedKeys = policy ? policy.rules.filter(enforcedForRecoveryPoints).map((r) => r.policyKey.toLowerCase()) : [];
    const evidence = Boolean(policy && tags) && violations.length === 0 && userTags.length <= MAX_USER_TAGS && (tagKey ? enforcedKeys.includes(tagKey.toLowerCase()) : enforcedKeys.length > 0);
    if (!explained && evidence) {
      const tag = tagKey ? tags?.find((t) => t.key.toLowerCase() === tagKey.toLowerCase()) : undefined;
      findings.push(
        finding(
          tagKey ? 'TAG_POLICY_MESSAGE_STALE' : 'TAG_POLICY_MESSAGE_STALE_NO_KEY',
          'suggestion',
          { message: message('tag-policy-value'), ...(tagKey ? { tagKey } : {}) },
          tag ? outputLocation('resourceTags', tagsRead?.out, tag.path) : undefined,
        ),
      );
    } else if (!explained) {
      fail = true;
      const tag = tagKey ? tags?.find((t) => t.key.toLowerCase() === tagKey.toLowerCase()) : undefined;
      findings.push(finding(tagKey ? 'TAG_POLICY_VALUE_REPORTED' : 'TAG_POLICY_VALUE_REPORTED_NO_KEY', 'error', { message: message('tag-policy-value'), ...(tagKey ? { tagKey } : {}) }, tag ? outputLocation('resourceTags', tagsRead?.out, tag.path) : undefined));
      if (!policy && !noTagPolicy) needs.push('tagPolicy');
      if (!tags) needs.push('resourceTags');
    }
  }
  if (input.triage.some((m) => m.messageId === 'tag-copy-internal-failure') && violations.length === 0) {
    warn = true;
    findings.push(finding('TAG_COPY_INTERNAL_FAILURE', 'warning', { message: message('tag-copy-internal-failure') }));
    if (!policy && !noTagPolicy) needs.push('tagPolicy');
    if (!tags && !noTagPolicy) needs.push('resourceTags');
  }

  // ---- verdict
  if (fail) {
    const exact = violations.filter((v) => v.fixedKey !== undefined || v.fixedValue !== undefined);
    const unresolved = violations.filter((v) => v.kind === 'value' && v.fixedValue === undefined);
    const tagsCommands = new Commands(input);
    const policyCommands = new Commands(input);
    const tagsDocFix = tags && exact.length > 0 ? tagsFix(input, tags, exact, tagsCommands) : undefined;
    let fix: Fix | undefined;
    if (policy && unresolved.length > 0) fix = policyFix(policy, unresolved, tagsDocFix?.documents[0], policyCommands);
    else if (tagsDocFix) fix = tagsDocFix;
    else if (userTags.length > MAX_USER_TAGS || findings.some((f) => f.code === 'TAGS_TOO_MANY_REPORTED')) {
      fix = {
        ...fixSummary(fixCode('TAGS_REDUCE')),
        summaryParams: { max: MAX_USER_TAGS },
        runIn: 'source account',
        runInAccount: 'source',
        documents: [],
        commands: [],
      };
    }
    // Only the rejections of the commands the fix shows (the tags' commands are not shown beside the policy's).
    const used = fix && fix === tagsDocFix ? tagsCommands : fix ? policyCommands : undefined;
    if (used) {
      findings.push(...used.findings());
      needs.push(...used.needs());
    }
    return result(ID, 'fail', findings, { ...(fix ? { fix } : {}), needs });
  }
  if (noTagPolicy) return result(ID, warn ? 'warn' : 'pass', findings);
  if (!policy) {
    // The tag policy decides: without it the check is open, whatever the message suggests (`warn` means allowed).
    needs.push('tagPolicy');
    if (!tags) needs.push('resourceTags');
    return result(ID, 'unknown', findings, { needs });
  }
  const enforced = policy.rules.filter(enforcedForRecoveryPoints);
  if (enforced.length === 0) {
    findings.push(finding('TAG_POLICY_NOT_ENFORCED_FOR_BACKUP', 'suggestion', { rules: policy.rules.length }));
    return result(ID, warn ? 'warn' : 'pass', findings, { needs });
  }
  if (!tags) {
    needs.push('resourceTags');
    findings.push(finding('TAG_POLICY_ENFORCED_KEYS', 'suggestion', { keys: enforced.map((r) => r.tagKey ?? r.policyKey).join(', ') }));
    return result(ID, 'unknown', findings, { needs });
  }
  findings.push(finding('TAGS_COMPLY', 'suggestion', { count: tags.length, keys: enforced.map((r) => r.tagKey ?? r.policyKey).join(', ') }));
  return result(ID, warn ? 'warn' : 'pass', findings, { needs });
}
