// Check: does the source KMS key policy let the destination account's AWSServiceRoleForBackup use the key?
//
// Who is asked: the destination's service-linked role (it performs the copy). A statement naming the destination
// account (`arn:aws:iam::DEST:root` or the bare ID) covers it, as does one naming the role itself. Every request is
// made on the source key (`"Resource": "*"` in a key policy means this key; a statement naming another key does not
// apply), with the context AWS Backup's own calls carry (policy/conditionKeys).
//
// The status follows ADR 5. `fail`: a request the copy needs (the key-use actions, kms:CreateGrant) is denied, or KMS
// would refuse the policy. `warn`: everything the copy needs is allowed, but something needs a person: a recommended
// grant action (kms:ListGrants, kms:RevokeGrant) is missing, an action is allowed only through another calling service,
// a statement is dead, the paste was evaluated after repairing it. `unknown`: an input that decides it is missing.
//
// Placeholders whose meaning is clear (`SourceAccountID`, `<DESTINATION_ACCOUNT_ID>`) are replaced by the user's IDs in
// the corrected policy; unclear ones (`ACCOUNT_ID`, a documentation example ID) are not guessed: no fix, a finding asks
// for the right ID. A documentation example organization ID is replaced by the user's (or the statement narrowed).
import { arnRegion, backupServiceRoleArn } from '../ids';
import type { PolicyText } from '../json/policyText';
import { absentFromCopyCall } from '../policy/conditionKeys';
import { UNKNOWN_PART, deniesThatMayApply, evaluate, mentionsConditionKey, type Decision, type Request, type Unknown } from '../policy/evaluate';
import { EXAMPLE_ORG_IDS } from '../policy/grammar';
import { ownerCanManage } from '../policy/lockout';
import { normalisePolicy, withoutStatements } from '../policy/model';
import { keepDenials } from '../fixes/denials';
import { buildKeyPolicyFix } from '../fixes/keyPolicyFix';
import { findPlaceholders, type PlaceholderHit } from '../fixes/placeholders';
import type { CheckResult, Finding, Fix } from '../types';
import { aws, file, value as userValue } from '../core/shell';
import { Commands, fixSummary, fact, factOrigin, policyLocation, rejectedByAws, statementLabel, type CheckInput } from './common';
import { groupUnknowns, nearMissFindings, neverMatchFindings, unknownFindings, type UnknownNeeds } from './policyFindings';
import { ALL_VIA_SERVICES, KEY_GRANT_ACTIONS, KEY_USE_ACTIONS, OTHER_KEY_ACTIONS, VIA_SERVICES_BY_TYPE, copyTime, roleSessionContext, needsAPerson, partitionOf } from '../policy/requirements';
import { POLICY_FIX_CODES, changeSummary, denyFindings, policyCheck, repairedText, withUserIds, type Accounts, type PolicyAnalysis, type PolicyCheckOptions, type PolicyCheckSpec } from './policyCheck';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'KEY_POLICY_DENY_BLOCKS_COPY',
  'KEY_POLICY_DENY_BLOCKS_RECOMMENDED',
  'KEY_POLICY_ACTION_NOT_ALLOWED',
  'KEY_POLICY_GRANT_NOT_ALLOWED',
  'KEY_POLICY_RECOMMENDED_GRANT_MISSING',
  'KEY_POLICY_VIA_OTHER_SERVICE',
  'KEY_POLICY_OWNER_STATEMENT_ADDED',
  'KEY_POLICY_OWNER_DENIED',
  'KEY_ARN_UNKNOWN',
  ...POLICY_FIX_CODES,
] as const;
const FIX_CODES = ['KEY_POLICY_NARROW_DENY_AND_ALLOW', 'KEY_POLICY_NARROW_DENY', 'KEY_POLICY_ALLOW_DESTINATION', 'POLICY_PLACEHOLDERS_REPLACED'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const sourceKeyPolicyCheck = defineCheck({
  id: 'source-key-policy',
  step: CHECK_STEPS['source-key-policy'],
  factsUsed: ['sourceAccountId', 'destinationAccountId', 'sourceRegion', 'sourceKeyArn', 'organizationId', 'resourceType'],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkSourceKeyPolicy,
});

const ID = 'source-key-policy' as const;
const INPUT = 'sourceKeyPolicy' as const;

interface ActionResult {
  action: string;
  pattern: string;
  grant: boolean;
  /** The copy fails without it (otherwise it is recommended). */
  required: boolean;
  request: Request;
  decision: Decision;
  /** Allowed only when KMS is called through another service (ec2, rds...): cannot be confirmed. */
  via?: { service: string; decision: Decision };
}

/** What decides an undecided key policy statement. */
const KEY_DECIDE: UnknownNeeds = {
  keys: {
    'aws:principalorgid': { code: 'POLICY_CONDITION_NEEDS_ORGANIZATION_ID', need: 'organizationId' },
    'aws:resourceorgid': { code: 'POLICY_CONDITION_NEEDS_ORGANIZATION_ID', need: 'organizationId' },
    'kms:viaservice': { code: 'POLICY_CONDITION_NEEDS_REGION', need: 'sourceRegion' },
    'aws:requestedregion': { code: 'POLICY_CONDITION_NEEDS_REGION', need: 'sourceRegion' },
  },
  resource: () => ['sourceKeyArn'],
};

type Ids = Required<Accounts>;

/** The key ARN the requests are made on; the parts not known are UNKNOWN_PART. */
function keyResource(input: CheckInput, source: string): string {
  const keyArn = fact(input, 'sourceKeyArn');
  if (keyArn) return keyArn;
  const region = fact(input, 'sourceRegion');
  return `arn:${region ? partitionOf(region) : UNKNOWN_PART}:kms:${region ?? UNKNOWN_PART}:${source}:key/${UNKNOWN_PART}`;
}

/** Every KMS request the copy makes with the source key, as the destination's service-linked role. */
function requests(input: CheckInput, ids: Ids, keyRegion: string | undefined) {
  const partition = partitionOf(keyRegion);
  const slr = backupServiceRoleArn(ids.dest, partition);
  const org = fact(input, 'organizationId');
  const now = copyTime();
  const base: Request['context'] = {
    'aws:PrincipalAccount': ids.dest,
    'aws:PrincipalArn': slr,
    ...roleSessionContext(now),
    'aws:ResourceAccount': ids.source,
    'kms:CallerAccount': ids.dest,
    // Both accounts are in one organization (the organization check). Its ID is not the documentation's example.
    'aws:PrincipalOrgID': org ?? { unknownExcept: EXAMPLE_ORG_IDS },
    'aws:ResourceOrgID': org ?? { unknownExcept: EXAMPLE_ORG_IDS },
  };
  if (keyRegion) {
    base['kms:ViaService'] = `backup.${keyRegion}.amazonaws.com`;
    base['aws:RequestedRegion'] = keyRegion;
  }
  const resource = keyResource(input, ids.source);
  const crypto = /^kms:(Encrypt|Decrypt|ReEncrypt|GenerateDataKey)/;
  const make = (action: string, grant: boolean): Request => ({
    principal: { type: 'AWS', arn: slr, account: ids.dest },
    action,
    resource,
    context: {
      ...base,
      // kms:GrantIsForAWSResource is only in the context of the grant operations (AWS Backup's grants are for AWS
      // resources); a vault key is a symmetric encryption key, so its algorithm is SYMMETRIC_DEFAULT.
      ...(grant ? { 'kms:GrantIsForAWSResource': true } : {}),
      ...(crypto.test(action) ? { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' } : {}),
    },
    absentKey: (key) => absentFromCopyCall('kms', action, key),
  });
  return [
    ...KEY_USE_ACTIONS.map((a) => ({ ...a, grant: false, request: make(a.action, false) })),
    ...KEY_GRANT_ACTIONS.map((a) => ({ ...a, grant: true, request: make(a.action, true) })),
  ];
}

function analyse(value: unknown, input: CheckInput, ids: Ids): ActionResult[] {
  const keyRegion = arnRegion(fact(input, 'sourceKeyArn')) ?? fact(input, 'sourceRegion');
  const resourceType = fact(input, 'resourceType');
  const via = mentionsConditionKey(value, 'kms:ViaService');
  const services = (resourceType && VIA_SERVICES_BY_TYPE[resourceType]) || (resourceType ? [] : ALL_VIA_SERVICES);
  return requests(input, ids, keyRegion).map(({ action, pattern, grant, required, request }) => {
    const decision = evaluate(value, request);
    const out: ActionResult = { action, pattern, grant, required, request, decision };
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

interface Analysis extends PolicyAnalysis {
  ids: Ids;
  pt: PolicyText;
  results: ActionResult[];
  placeholders: PlaceholderHit[];
  /** Something a corrected policy must still change, although nothing the copy needs is denied. */
  open: boolean;
}

const denied = (r: ActionResult) => r.decision.decision === 'explicit-deny' || (r.decision.decision === 'implicit-deny' && !r.via);
const undecidedResult = (r: ActionResult) => r.decision.decision === 'unknown' && !r.via;

function run(input: CheckInput, pt: PolicyText, grammar: Finding[], accounts: Accounts): Analysis {
  const ids = { source: accounts.source, dest: accounts.dest! };
  const { source, dest } = ids;
  const results = analyse(pt.parsed.value, input, ids);
  const findings: Finding[] = [];
  const slr = backupServiceRoleArn(dest, partitionOf(arnRegion(fact(input, 'sourceKeyArn')) ?? fact(input, 'sourceRegion')));

  // Deny statements that certainly apply, one finding per statement: an error when the copy needs an action it denies.
  const denies = new Map<number, { sid?: string; actions: string[]; required: boolean }>();
  for (const r of results) {
    if (r.decision.decision !== 'explicit-deny') continue;
    for (const d of r.decision.deciding) {
      const entry = denies.get(d.index) ?? { sid: d.sid, actions: [], required: false };
      entry.actions.push(r.action);
      entry.required ||= r.required;
      denies.set(d.index, entry);
    }
  }
  for (const [index, { sid, actions, required }] of denies) {
    findings.push(
      finding(
        required ? 'KEY_POLICY_DENY_BLOCKS_COPY' : 'KEY_POLICY_DENY_BLOCKS_RECOMMENDED',
        required ? 'error' : 'warning',
        { statement: statementLabel(index, sid), index, actions: actions.join(', '), principal: slr },
        policyLocation(INPUT, pt.parsed, ['Statement', index]),
      ),
    );
  }
  // Actions no Allow gives: one finding for the key-use actions, one for the grant the copy needs, one for the
  // recommended grant actions, each naming every action.
  const groups: [(typeof CODES)[number], 'error' | 'warning', (r: ActionResult) => boolean][] = [
    ['KEY_POLICY_ACTION_NOT_ALLOWED', 'error', (r) => !r.grant],
    ['KEY_POLICY_GRANT_NOT_ALLOWED', 'error', (r) => r.grant && r.required],
    ['KEY_POLICY_RECOMMENDED_GRANT_MISSING', 'warning', (r) => r.grant && !r.required],
  ];
  for (const [code, severity, which] of groups) {
    const missing = results.filter((r) => which(r) && r.decision.decision === 'implicit-deny' && !r.via).map((r) => r.action);
    if (missing.length === 0) continue;
    findings.push(finding(code, severity, { actions: missing.join(', '), count: missing.length, principal: slr }, policyLocation(INPUT, pt.parsed, ['Statement'])));
  }
  if (results.some((r) => r.decision.decision === 'implicit-deny' && !r.via)) {
    findings.push(...nearMissFindings(INPUT, pt.parsed, normalisePolicy(pt.parsed.value).statements, dest));
  }
  // Statements that never apply: a condition on a key the copy's requests never carry.
  findings.push(...neverMatchFindings(INPUT, pt.parsed, results.map((r) => ({ action: r.action, never: r.decision.neverMatches, allowed: r.decision.decision === 'allow' })), 'AWS KMS'));
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
  const unknown = groupUnknowns(results.filter(undecidedResult).map((r) => ({ action: r.action, unknowns: r.decision.unknowns ?? [] })));
  const u = unknownFindings(INPUT, pt.parsed, unknown, KEY_DECIDE);
  findings.push(...u.findings);

  const required = results.filter((r) => r.required);
  const failed = required.some(denied);
  const undecided = required.some(undecidedResult);
  // A policy KMS would refuse fails, whatever it would allow (ADR 5): it cannot be the key's policy as written.
  const rejected = grammar.some(rejectedByAws);
  // Allowed, but a corrected policy still has something to add: a recommended action, a direct grant.
  const open = results.some((r) => r.decision.decision !== 'allow');
  const status = failed || rejected ? 'fail' : undecided ? 'unknown' : open || needsAPerson([...findings, ...grammar]) ? 'warn' : 'pass';
  const placeholders = findPlaceholders(pt.parsed.value, { sourceAccountId: source, destinationAccountId: dest });
  return { status, findings, grammar, needs: status === 'unknown' ? u.needs : [], ids, pt, results, placeholders, open };
}

function buildFix(input: CheckInput, a: Analysis, source: string, dest: string): { fix?: Fix; findings: Finding[]; needs: string[] } {
  const pt = a.pt;
  const keyArn = fact(input, 'sourceKeyArn');
  const region = arnRegion(keyArn) ?? fact(input, 'sourceRegion');
  const partition = partitionOf(region);
  const org = fact(input, 'organizationId');
  const { base, value, edited, findings } = withUserIds(INPUT, pt, a.placeholders, dest, OTHER_KEY_ACTIONS, org);
  const results = edited ? analyse(value, input, { source, dest }) : a.results;
  // Every Deny that applies or may apply to one of the copy's requests is narrowed, so the corrected policy certainly
  // lets the copy through; then an Allow is added for each request no Allow certainly gives once they do not apply.
  const mayBeDenied = (d: Decision) => d.decision === 'explicit-deny' || (d.decision === 'unknown' && d.deciding.some((x) => x.effect === 'Deny'));
  const blockingDenies = [...new Set(results.filter((r) => mayBeDenied(r.decision)).flatMap((r) => deniesThatMayApply(value, r.request)))].sort((x, y) => x - y);
  const withoutDenies = withoutStatements(value, blockingDenies);
  const allowedThen = (r: ActionResult) => (blockingDenies.length === 0 ? r.decision.decision === 'allow' : evaluate(withoutDenies, r.request).decision === 'allow');
  const missing = (grant: boolean) => [...new Set(results.filter((r) => r.grant === grant && r.decision.decision !== 'allow' && !allowedThen(r)).map((r) => r.pattern))];
  const owner = ownerCanManage(value, source, partition);
  const built = buildKeyPolicyFix({
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
  const changes = built.changes;
  // A narrowed Deny keeps denying the service-linked role every action the copy does not need.
  const slr = backupServiceRoleArn(dest, partition);
  const first = results[0]?.request;
  const others: Request[] = first ? OTHER_KEY_ACTIONS.map((action) => ({ ...first, action, absentKey: (key: string) => absentFromCopyCall('kms', action, key) })) : [];
  const narrowedIdx = changes.filter((c) => c.kind === 'deny-narrowed').map((c) => c.index);
  const keptDenials = keepDenials(value, built.text, narrowedIdx, others, { operator: 'ArnEquals', key: 'aws:PrincipalArn', value: slr });
  const text = keptDenials.text;

  const needs: string[] = [];
  if (changes.length === 0 && !edited) return { findings, needs };
  // The fix narrows the Denies first and adds the owner's statement last.
  const denies = denyFindings(INPUT, pt.parsed, changes, keptDenials.kept, slr, 'ArnNotEquals aws:PrincipalArn');
  findings.push(...denies.narrowed);
  for (const c of changes) if (c.kind === 'owner-added') findings.push(finding('KEY_POLICY_OWNER_STATEMENT_ADDED', 'warning', { account: source, sid: c.sid }));
  findings.push(...denies.kept);
  if (owner === 'denied') findings.push(finding('KEY_POLICY_OWNER_DENIED', 'warning', { account: source }));
  findings.push(...repairedText(pt));

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
  const narrowOrAllow = [fixCode('KEY_POLICY_NARROW_DENY_AND_ALLOW'), fixCode('KEY_POLICY_NARROW_DENY'), fixCode('KEY_POLICY_ALLOW_DESTINATION')] as const;
  const summary = changes.length === 0 ? fixCode('POLICY_PLACEHOLDERS_REPLACED') : changeSummary(changes, narrowOrAllow);
  const fix: Fix = {
    ...fixSummary(summary),
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

const SPEC: PolicyCheckSpec<Analysis> = {
  id: ID,
  input: INPUT,
  grammar: 'key',
  needsDestination: true,
  evaluate: run,
  buildFix: (input, a) => buildFix(input, a, a.ids.source, a.ids.dest),
  open: (again) => again.open,
};

export function checkSourceKeyPolicy(input: CheckInput, options: PolicyCheckOptions = {}): CheckResult {
  return policyCheck(input, SPEC, options);
}

export type { Unknown };
