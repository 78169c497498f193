// Check: does the source KMS key policy let the destination account's AWSServiceRoleForBackup use the key?
//
// Who is asked: the destination's service-linked role (it performs the copy). A statement naming the destination
// account (`arn:aws:iam::DEST:root` or the bare ID) covers it, as does one naming the role itself.
//
// Grammar findings (helper module `policy/grammar`) are listed with the check's own. An error that makes KMS refuse the
// policy (a placeholder or a space in a principal, a lockout...) fails the check: a policy that cannot be put is not a
// passing policy. Paste damage does not (it is repaired before reading). Placeholders whose meaning is clear
// (`SourceAccountID`, `<DESTINATION_ACCOUNT_ID>`) are replaced by the user's IDs in the corrected policy; unclear ones
// (`ACCOUNT_ID`, a documentation example ID) are not guessed: no fix, a finding asks for the right ID.
import { parse } from 'jsonc-parser';
import { arnRegion, backupServiceRoleArn } from '../ids';
import { readPolicyText, type PolicyText } from '../json/policyText';
import { evaluate, mentionsConditionKey, type Decision, type Request, type Unknown } from '../policy/evaluate';
import { normalisePolicy, withoutStatements } from '../policy/model';
import { grammarFindings } from '../policy/grammar';
import { buildKeyPolicyFix, type KeyPolicyChange } from '../fixes/keyPolicyFix';
import { policyBase } from '../fixes/merge';
import { findPlaceholders, replacePlaceholders, type PlaceholderHit } from '../fixes/placeholders';
import type { CheckResult, Finding, Fix, Session } from '../types';
import { aws, file, value as userValue } from '../core/shell';
import { Commands, fact, factOrigin, finding, isAccountId, paste, policyLocation, rejectedByAws, result, statementLabel, type CheckInput } from './common';
import { groupUnknowns, nearMissFindings, placeholderFindings, unknownFindings } from './policyFindings';
import {
  ALL_VIA_SERVICES,
  KEY_GRANT_ACTIONS,
  KEY_USE_ACTIONS,
  VIA_SERVICES_BY_TYPE,
  accountRootArn,
  partitionOf,
} from './requirements';
import { verifyFix } from './verify';

const ID = 'source-key-policy' as const;
const INPUT = 'sourceKeyPolicy' as const;

interface ActionResult {
  action: string;
  pattern: string;
  grant: boolean;
  decision: Decision;
  /** Allowed only when KMS is called through another service (ec2, rds...): cannot be confirmed. */
  via?: { service: string; decision: Decision };
  /** For an explicit deny: an Allow would apply if the Deny did not. */
  allowBehindDeny?: boolean;
}

export interface KeyCheckOptions {
  /** Build and verify a fix (default true; the verification itself runs the check without one). */
  fix?: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every KMS request the copy makes with the source key, as the destination's service-linked role. */
function requests(dest: string, partition: string, keyRegion: string | undefined, keyArn: string | undefined, organizationId: string | undefined) {
  const slr = backupServiceRoleArn(dest, partition);
  const base: Request['context'] = {
    'aws:PrincipalAccount': dest,
    'aws:PrincipalArn': slr,
    'aws:PrincipalIsAWSService': false,
    'aws:PrincipalType': 'AssumedRole',
    'kms:CallerAccount': dest,
  };
  if (keyRegion) base['kms:ViaService'] = `backup.${keyRegion}.amazonaws.com`;
  if (organizationId) base['aws:PrincipalOrgID'] = organizationId;
  const make = (action: string, grant: boolean): Request => ({
    principal: { type: 'AWS', arn: slr, account: dest },
    action,
    ...(keyArn ? { resource: keyArn } : {}),
    // kms:GrantIsForAWSResource is only in the context of the grant operations.
    context: { ...base, 'kms:GrantIsForAWSResource': grant ? true : undefined },
  });
  return [
    ...KEY_USE_ACTIONS.map((a) => ({ ...a, grant: false, request: make(a.action, false) })),
    ...KEY_GRANT_ACTIONS.map((a) => ({ ...a, grant: true, request: make(a.action, true) })),
  ];
}

/** Does any statement's condition mention kms:ViaService? (Only then is another calling service worth a try.) */
function mentionsViaService(value: unknown): boolean {
  return mentionsConditionKey(value, 'kms:ViaService');
}

function analyse(value: unknown, input: CheckInput, ids: { source: string; dest: string }): ActionResult[] {
  const keyArn = fact(input, 'sourceKeyArn');
  const keyRegion = arnRegion(keyArn) ?? fact(input, 'sourceRegion');
  const partition = partitionOf(keyRegion);
  const org = fact(input, 'organizationId');
  const resourceType = fact(input, 'resourceType');
  const via = mentionsViaService(value);
  const services = (resourceType && VIA_SERVICES_BY_TYPE[resourceType]) || (resourceType ? [] : ALL_VIA_SERVICES);
  return requests(ids.dest, partition, keyRegion, keyArn, org).map(({ action, pattern, grant, request }) => {
    const decision = evaluate(value, request);
    const out: ActionResult = { action, pattern, grant, decision };
    if (decision.decision === 'explicit-deny') {
      const behind = evaluate(withoutStatements(value, decision.deciding.map((d) => d.index)), request);
      out.allowBehindDeny = behind.decision === 'allow';
    }
    // AWS Backup copies of EBS (and other not fully managed types) call KMS through that service (ec2, rds...).
    // A statement limited to that service may be enough: say so instead of failing.
    if (decision.decision !== 'allow' && decision.decision !== 'explicit-deny' && via && keyRegion) {
      for (const service of services) {
        const alt = evaluate(value, { ...request, context: { ...request.context, 'kms:ViaService': `${service}.${keyRegion}.amazonaws.com` } });
        if (alt.decision === 'allow') {
          out.via = { service: `${service}.${keyRegion}.amazonaws.com`, decision: alt };
          break;
        }
      }
    }
    return out;
  });
}

/** Can someone in the key's own account still change the key policy (no lockout)? */
function ownerCanManage(value: unknown, source: string, partition: string): 'yes' | 'no' | 'denied' | 'unknown' {
  const ask = (arn: string) =>
    evaluate(value, {
      principal: { type: 'AWS', arn, account: source },
      action: 'kms:PutKeyPolicy',
      context: { 'aws:PrincipalAccount': source, 'kms:CallerAccount': source, 'aws:PrincipalArn': arn, 'aws:PrincipalIsAWSService': false, 'kms:GrantIsForAWSResource': undefined },
    }).decision;
  const root = ask(accountRootArn(source, partition));
  if (root === 'allow') return 'yes';
  // A key administrator role of the owner account also keeps the key manageable.
  const arns = new Set<string>();
  for (const st of normalisePolicy(value).statements) {
    for (const p of st.principal?.aws ?? []) {
      const m = /^arn:[^:]+:iam::(\d{12}):(role|user)\//.exec(p.trim());
      if (m && m[1] === source) arns.add(p.trim());
    }
  }
  for (const arn of arns) if (ask(arn) === 'allow') return 'yes';
  if (root === 'explicit-deny') return 'denied';
  if (root === 'unknown') return 'unknown';
  return 'no';
}

interface Analysis {
  status: CheckResult['status'];
  findings: Finding[];
  grammar: Finding[];
  needs: string[];
  pt?: PolicyText;
  results?: ActionResult[];
  /** Template placeholders in principals and ARNs, with their replacement when it is clear. */
  placeholders?: PlaceholderHit[];
}

function run(input: CheckInput): Analysis {
  const source = fact(input, 'sourceAccountId');
  const dest = fact(input, 'destinationAccountId');
  if (source && dest && source === dest) return { status: 'not-applicable', findings: [], grammar: [], needs: [] };
  const text = paste(input, INPUT);
  const needs: string[] = [];
  if (!isAccountId(source)) needs.push('sourceAccountId');
  if (!isAccountId(dest)) needs.push('destinationAccountId');
  if (!text) return { status: 'unknown', findings: [], grammar: [], needs: [INPUT, ...needs] };

  const pt = readPolicyText(text);
  if (pt.empty) return { status: 'unknown', findings: [], grammar: [], needs: [INPUT, ...needs] };
  const grammar = grammarFindings(pt, 'key', {
    ...(isAccountId(source) ? { sourceAccountId: source } : {}),
    ...(isAccountId(dest) ? { destinationAccountId: dest } : {}),
  });
  if (pt.cliError || pt.parsed.errors.length > 0 || !isRecord(pt.parsed.value)) {
    // Cannot be evaluated: the text is not a policy we can read.
    return { status: 'fail', findings: [], grammar, needs: [INPUT], pt };
  }
  if (!isAccountId(source) || !isAccountId(dest)) return { status: 'unknown', findings: [], grammar, needs, pt };

  const results = analyse(pt.parsed.value, input, { source, dest });
  const findings: Finding[] = [];
  const slr = backupServiceRoleArn(dest, partitionOf(arnRegion(fact(input, 'sourceKeyArn')) ?? fact(input, 'sourceRegion')));

  // Deny statements that certainly block, one finding per statement.
  const denies = new Map<number, { sid?: string; actions: string[] }>();
  for (const r of results) {
    if (r.decision.decision !== 'explicit-deny') continue;
    for (const d of r.decision.deciding) {
      const entry = denies.get(d.index) ?? { sid: d.sid, actions: [] };
      entry.actions.push(r.action);
      denies.set(d.index, entry);
    }
  }
  for (const [index, { sid, actions }] of denies) {
    findings.push(
      finding('KEY_POLICY_DENY_BLOCKS_COPY', 'error', { statement: statementLabel(index, sid), index, actions: actions.join(', '), principal: slr }, policyLocation(INPUT, pt.parsed, ['Statement', index])),
    );
  }
  // Actions no Allow gives, one finding per action.
  // One finding for the key-use actions and one for the grant actions, each naming every missing action.
  for (const grant of [false, true]) {
    const missing = results.filter((r) => r.grant === grant && r.decision.decision === 'implicit-deny' && !r.via).map((r) => r.action);
    if (missing.length === 0) continue;
    findings.push(
      finding(grant ? 'KEY_POLICY_GRANT_NOT_ALLOWED' : 'KEY_POLICY_ACTION_NOT_ALLOWED', 'error', { actions: missing.join(', '), count: missing.length, principal: slr }, policyLocation(INPUT, pt.parsed, ['Statement'])),
    );
  }
  if (results.some((r) => r.decision.decision === 'implicit-deny' && !r.via)) {
    findings.push(...nearMissFindings(INPUT, pt.parsed, normalisePolicy(pt.parsed.value).statements, dest));
  }
  // Allowed only through another service.
  const viaGroups = new Map<string, { index: number; sid?: string; service: string; actions: string[] }>();
  for (const r of results) {
    if (!r.via) continue;
    for (const d of r.via.decision.deciding) {
      const id = `${d.index}|${r.via.service}`;
      const g = viaGroups.get(id) ?? { index: d.index, sid: d.sid, service: r.via.service, actions: [] };
      g.actions.push(r.action);
      viaGroups.set(id, g);
    }
  }
  for (const g of viaGroups.values()) {
    findings.push(
      finding(
        'KEY_POLICY_VIA_OTHER_SERVICE',
        'warning',
        { statement: statementLabel(g.index, g.sid), service: g.service, actions: g.actions.join(', ') },
        policyLocation(INPUT, pt.parsed, ['Statement', g.index, 'Condition']),
      ),
    );
  }
  // Undecided ones.
  const unknown = groupUnknowns(results.filter((r) => r.decision.decision === 'unknown' && !r.via).map((r) => ({ action: r.action, unknowns: r.decision.unknowns ?? [] })));
  const u = unknownFindings(INPUT, pt.parsed, unknown, 'sourceKeyArn');
  findings.push(...u.findings);

  const failed = results.some((r) => r.decision.decision === 'explicit-deny' || (r.decision.decision === 'implicit-deny' && !r.via));
  const undecided = results.some((r) => r.decision.decision === 'unknown' && !r.via);
  // A policy KMS would refuse fails, whatever it would allow (an undecided one stays undecided until it is known).
  const rejected = grammar.some(rejectedByAws);
  const status = failed ? 'fail' : undecided ? 'unknown' : rejected ? 'fail' : results.some((r) => r.via) ? 'warn' : 'pass';
  const placeholders = findPlaceholders(pt.parsed.value, { sourceAccountId: source, destinationAccountId: dest });
  return { status, findings, grammar, needs: status === 'unknown' ? u.needs : [], pt, results, placeholders };
}

function summaryText(changes: KeyPolicyChange[], dest: string): { code: string; text: string } {
  const narrowed = changes.some((c) => c.kind === 'deny-narrowed');
  const added = changes.some((c) => c.kind === 'statement-added' || c.kind === 'statement-extended');
  if (narrowed && added) return { code: 'KEY_POLICY_NARROW_DENY_AND_ALLOW', text: `Narrow the Deny that blocks account ${dest} (review it) and let ${dest} use the source key` };
  if (narrowed) return { code: 'KEY_POLICY_NARROW_DENY', text: `Narrow the Deny that blocks account ${dest} from the source key (review it)` };
  return { code: 'KEY_POLICY_ALLOW_DESTINATION', text: `Let account ${dest} use the source key for the copy` };
}

function buildFix(input: CheckInput, a: Analysis, source: string, dest: string): { fix?: Fix; findings: Finding[]; needs: string[] } {
  const pt = a.pt!;
  const keyArn = fact(input, 'sourceKeyArn');
  const region = arnRegion(keyArn) ?? fact(input, 'sourceRegion');
  const partition = partitionOf(region);
  // First the user's own IDs in place of the placeholders (a minimal edit of each string), then the usual merge on
  // the policy as it then reads.
  const pasted = policyBase(pt.parsed.text, pt.parsed.root, pt.parsed.value);
  const hits = a.placeholders ?? [];
  const replaced = replacePlaceholders(pasted.text, hits);
  const base = replaced === pasted.text ? pasted : { text: replaced };
  const value = (replaced === pasted.text ? pt.parsed.value : parse(replaced)) as Record<string, unknown>;
  const results = replaced === pasted.text ? (a.results ?? []) : analyse(value, input, { source, dest });
  const missing = (grant: boolean) => [
    ...new Set(results.filter((r) => r.grant === grant && r.decision.decision !== 'allow' && !denyOnly(r) && !r.allowBehindDeny).map((r) => r.pattern)),
  ];
  const blockingDenies = [...new Set(results.filter((r) => r.decision.decision === 'explicit-deny').flatMap((r) => r.decision.deciding.map((d) => d.index)))];
  const owner = ownerCanManage(value, source, partition);
  const { text, changes } = buildKeyPolicyFix({
    text: base.text,
    value,
    ...(base.tree ? { tree: base.tree } : {}),
    sourceAccountId: source,
    destinationAccountId: dest,
    partition,
    missingUse: missing(false),
    missingGrant: missing(true),
    blockingDenies,
    addOwner: owner === 'no',
  });

  const findings: Finding[] = placeholderFindings(INPUT, pt.parsed, hits).replaced;
  const needs: string[] = [];
  if (changes.length === 0 && replaced === pasted.text) return { findings, needs };
  for (const c of changes) {
    if (c.kind === 'deny-narrowed') {
      findings.push(
        finding(
          'POLICY_DENY_NARROWED',
          'warning',
          { statement: statementLabel(c.index, c.sid), principal: backupServiceRoleArn(dest, partition), condition: 'ArnNotEquals aws:PrincipalArn' },
          policyLocation(INPUT, pt.parsed, ['Statement', c.index]),
        ),
      );
    }
    if (c.kind === 'owner-added') findings.push(finding('KEY_POLICY_OWNER_STATEMENT_ADDED', 'warning', { account: source, sid: c.sid }));
  }
  if (owner === 'denied') findings.push(finding('KEY_POLICY_OWNER_DENIED', 'warning', { account: source }));
  if (pt.damage.length > 0) findings.push(finding('FIX_FROM_REPAIRED_TEXT', 'suggestion', { count: pt.damage.length }));

  const commands = new Commands(input);
  if (keyArn) {
    commands.add(
      aws(
        'kms',
        'put-key-policy',
        ['--key-id', userValue('kmsKey', keyArn, factOrigin(input, 'sourceKeyArn'))],
        ['--policy-name', 'default'],
        ['--policy', file('key-policy.json')],
        region && ['--region', userValue('region', region, factOrigin(input, arnRegion(keyArn) ? 'sourceKeyArn' : 'sourceRegion'))],
      ),
    );
    findings.push(...commands.findings());
    needs.push(...commands.needs());
  } else {
    findings.push(finding('KEY_ARN_UNKNOWN', 'warning', { fileName: 'key-policy.json' }));
    needs.push('sourceKeyArn');
  }
  const summary = changes.length === 0 ? { code: 'POLICY_PLACEHOLDERS_REPLACED', text: 'Put the real account IDs in place of the placeholders' } : summaryText(changes, dest);
  const fix: Fix = {
    summary: summary.text,
    summaryCode: summary.code,
    summaryParams: { destination: dest, source },
    runIn: 'source account',
    runInAccount: 'source',
    accountId: source,
    ...(region ? { region } : {}),
    documents: [{ input: INPUT, fileName: 'key-policy.json', text }],
    commands: commands.lines,
    ...(changes.some((c) => c.kind === 'deny-narrowed') ? { needsReview: true } : {}),
  };
  return { fix, findings, needs };
}

/** An action refused only by a Deny whose condition is unknown: no Allow would change that. */
function denyOnly(r: ActionResult): boolean {
  return r.decision.decision === 'unknown' && r.decision.deciding.some((d) => d.effect === 'Deny');
}

export function checkSourceKeyPolicy(input: CheckInput, options: KeyCheckOptions = {}): CheckResult {
  const a = run(input);
  const findings = [...a.findings, ...a.grammar];
  const needs = [...a.needs];
  const source = fact(input, 'sourceAccountId');
  const dest = fact(input, 'destinationAccountId');
  const asked = placeholderFindings(INPUT, a.pt?.parsed, a.placeholders ?? []);
  if (asked.unclear.length > 0) {
    // Never guess which account a placeholder means: ask for it, and build no fix.
    findings.push(...asked.unclear);
    return result(ID, a.status, findings, { needs: [...needs, ...asked.needs] });
  }
  if ((options.fix ?? true) && (a.status === 'fail' || a.status === 'warn') && a.results && isAccountId(source) && isAccountId(dest)) {
    const built = buildFix(input, a, source, dest);
    const fix = built.fix;
    if (!fix) return result(ID, a.status, findings, { needs });
    const verdict = verifyFix(input, fix, (s: Session) => {
      const again = run({ ...input, session: s });
      return { status: again.status, grammar: again.grammar };
    }, a.grammar);
    if (verdict.ok) {
      findings.push(...built.findings);
      needs.push(...built.needs);
      return result(ID, a.status, findings, { fix, needs });
    }
    findings.push(finding('FIX_NOT_VERIFIED', 'error', { status: verdict.status, reason: verdict.reason }));
  }
  return result(ID, a.status, findings, { needs });
}

export type { Unknown };
