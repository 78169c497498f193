// Check: does the destination vault's access policy let the source account copy into it?
//
// Who is asked: the copy job's role in the source account calling backup:CopyIntoBackupVault on the destination vault
// (`arn:PARTITION:backup:DEST_REGION:DEST:backup-vault:NAME`, built from the facts). A statement naming the source
// account covers every role of it; one naming a role covers that role only (the copy job's IamRoleArn says which). A
// statement for another vault does not apply. The request carries the context of a call AWS Backup makes itself
// (policy/conditionKeys): no client IP, no VPC endpoint, no backup: condition key at all.
//
// A vault with no policy at all (get-backup-vault-access-policy fails with ResourceNotFoundException, or the user says
// so) fails, with a complete policy to create. The status follows ADR 5, as for the key policy: a policy AWS Backup
// would refuse fails; an allowed copy with something a person should look at (a dead statement, a damaged paste, a
// condition that never holds) warns. Clear placeholders and the documentation's example organization ID are replaced by
// the user's IDs in the corrected policy (unclear ones are not guessed).
import { arnRegion } from '../ids';
import { readCopyJob } from '../inputs/copyJob';
import type { PolicyText } from '../json/policyText';
import { absentFromCopyCall } from '../policy/conditionKeys';
import { UNKNOWN_PART, deniesThatMayApply, evaluate, type ArnPart, type Decision, type Request } from '../policy/evaluate';
import { EXAMPLE_ORG_IDS } from '../policy/grammar';
import { normalisePolicy, statementList, withoutStatements } from '../policy/model';
import { keepDenials } from '../fixes/denials';
import { buildVaultPolicyFix } from '../fixes/vaultPolicyFix';
import { policyBase } from '../fixes/merge';
import { findPlaceholders } from '../fixes/placeholders';
import type { CheckResult, Finding, Fix } from '../types';
import { aws, file, value } from '../core/shell';
import { validValue, vaultNameOfArn } from '../core/formats';
import { Commands, fixSummary, fact, factOrigin, isAccountId, paste, policyLocation, rejectedByAws, statementLabel, type CheckInput } from './common';
import { groupUnknowns, nearMissFindings, neverMatchFindings, unknownFindings, type UnknownNeeds } from './policyFindings';
import { OTHER_VAULT_ACTIONS, VAULT_ACTION, accountRootArn, copyTime, roleSessionContext, needsAPerson, partitionOf } from '../policy/requirements';
import { POLICY_FIX_CODES, changeSummary, denyFindings, policyCheck, repairedText, withUserIds, type Accounts, type PolicyAnalysis, type PolicyCheckOptions, type PolicyCheckSpec } from './policyCheck';
import { defineCheck, findingsFor, fixCodesFor } from './registry';
import { CHECK_STEPS } from './steps';

const CODES = [
  'VAULT_POLICY_MISSING',
  'VAULT_POLICY_DENY_BLOCKS_COPY',
  'VAULT_POLICY_SOURCE_NOT_ALLOWED',
  'VAULT_NAME_UNKNOWN',
  'VAULT_REGION_UNKNOWN',
  ...POLICY_FIX_CODES,
] as const;
const FIX_CODES = ['VAULT_POLICY_CREATE', 'VAULT_POLICY_NARROW_DENY_AND_ALLOW', 'VAULT_POLICY_NARROW_DENY', 'VAULT_POLICY_ALLOW_SOURCE', 'POLICY_PLACEHOLDERS_REPLACED'] as const;
const finding = findingsFor(CODES);
const fixCode = fixCodesFor(FIX_CODES);

export const destinationVaultPolicyCheck = defineCheck({
  id: 'destination-vault-policy',
  step: CHECK_STEPS['destination-vault-policy'],
  factsUsed: ['sourceAccountId', 'destinationAccountId', 'destinationRegion', 'destinationVaultName', 'organizationId'],
  codes: CODES,
  fixCodes: FIX_CODES,
  run: checkDestinationVaultPolicy,
});

const ID = 'destination-vault-policy' as const;
const INPUT = 'destinationVaultPolicy' as const;

/** Answers that mean "the vault has no access policy": the wizard's `vaultPolicyExists: no`, or
 *  `destinationVaultPolicy` set to one of these. */
export const NO_VAULT_POLICY_ANSWERS = ['none', 'no-policy', 'missing'];

/** The vault has no policy: the CLI said so (ResourceNotFoundException), or the user answered so. */
function policyMissing(input: CheckInput, text: string | undefined, pt: PolicyText | undefined): boolean {
  if (pt?.cliError && /ResourceNotFound/i.test(pt.cliError.code)) return true;
  if (text && !text.includes('{') && /ResourceNotFoundException|has no associated policy|does not have (an? )?(access )?policy|policy (was )?not found/i.test(text)) return true;
  const answers = input.session.answers ?? {};
  const answer = answers[INPUT];
  const saysNone = answers.vaultPolicyExists === 'no' || (typeof answer === 'string' && NO_VAULT_POLICY_ANSWERS.includes(answer));
  return !text && saysNone;
}

interface Analysis extends PolicyAnalysis {
  missing?: boolean;
  decision?: Decision;
}

const VAULT_ARN_RE = /arn:aws(?:-cn|-us-gov)?:backup:[a-z0-9-]+:\d{12}:backup-vault:[A-Za-z0-9_-]{2,50}/;

/** The vault ARN the paste names: the get-backup-vault-access-policy output, or the ResourceNotFoundException text
 *  ("Backup Vault arn:aws:backup:...:backup-vault:NAME has no associated POLICY"); never an ARN inside the policy. */
function pastedVaultArn(pt: PolicyText | undefined, text: string | undefined): string | undefined {
  // Only a well-formed vault ARN: the facts report one that is not (INPUT_VALUE_REJECTED).
  if (pt?.outer && typeof pt.outer.BackupVaultArn === 'string') return validValue('vaultArn', pt.outer.BackupVaultArn.trim());
  return text && !text.includes('{') ? VAULT_ARN_RE.exec(text)?.[0] : undefined;
}

/** The destination vault's ARN from the facts (which also take the vault a pasted get-backup-vault-access-policy
 *  output names); the parts not known are UNKNOWN_PART. */
function vaultArn(input: CheckInput, pt: PolicyText | undefined): string {
  const fromPaste = pastedVaultArn(pt, paste(input, INPUT));
  const name = fact(input, 'destinationVaultName') ?? (fromPaste ? /:backup-vault:(.+)$/.exec(fromPaste)?.[1] : undefined);
  const region = fact(input, 'destinationRegion') ?? arnRegion(fromPaste);
  const destFact = fact(input, 'destinationAccountId');
  const dest = isAccountId(destFact) ? destFact : undefined;
  const partition = region ? partitionOf(region) : UNKNOWN_PART;
  return `arn:${partition}:backup:${region ?? UNKNOWN_PART}:${dest ?? UNKNOWN_PART}:backup-vault:${name ?? UNKNOWN_PART}`;
}

/** The facts that build the vault ARN's parts. */
const PART_FACTS: Record<ArnPart, string | undefined> = {
  partition: 'destinationRegion',
  service: undefined,
  region: 'destinationRegion',
  account: 'destinationAccountId',
  resource: 'destinationVaultName',
};

/** What decides an undecided vault policy statement. */
const VAULT_DECIDE: UnknownNeeds = {
  keys: {
    'aws:principalorgid': { code: 'POLICY_CONDITION_NEEDS_ORGANIZATION_ID', need: 'organizationId' },
    'aws:resourceorgid': { code: 'POLICY_CONDITION_NEEDS_ORGANIZATION_ID', need: 'organizationId' },
    'aws:principalorgpaths': { code: 'POLICY_CONDITION_NEEDS_ORG_PATH', need: 'sourceOrganizationPath' },
    'aws:principalarn': { code: 'POLICY_CONDITION_NEEDS_COPY_ROLE', need: 'copyJob' },
  },
  resource: (parts) => {
    const list = parts ?? (['region', 'account', 'resource'] as ArnPart[]);
    return [...new Set(list.map((p) => PART_FACTS[p]).filter((x): x is string => x !== undefined))];
  },
  principal: 'copyJob',
};

/** The copy job's role, when the pasted copy job names one of the source account. */
function copyRole(input: CheckInput, source: string): string | undefined {
  const text = paste(input, 'copyJob');
  const role = text ? readCopyJob(text)?.iamRoleArn : undefined;
  return role && /^arn:aws(-cn|-us-gov)?:iam::(\d{12}):role\//.exec(role)?.[2] === source ? role : undefined;
}

/** The request the copy makes: the copy job's role in the source account calling backup:CopyIntoBackupVault on the
 *  destination vault, as AWS Backup makes it. */
function copyRequest(input: CheckInput, pt: PolicyText | undefined, source: string): Request {
  const org = fact(input, 'organizationId');
  const dest = fact(input, 'destinationAccountId');
  const orgPath = input.session.answers?.sourceOrganizationPath;
  const role = copyRole(input, source);
  const now = copyTime();
  const context: Request['context'] = {
    'aws:PrincipalAccount': source,
    ...roleSessionContext(now),
    // Both accounts are in one organization (the organization check). Its ID is not the documentation's example.
    'aws:PrincipalOrgID': org ?? { unknownExcept: EXAMPLE_ORG_IDS },
    'aws:ResourceOrgID': org ?? { unknownExcept: EXAMPLE_ORG_IDS },
  };
  if (role) context['aws:PrincipalArn'] = role;
  if (isAccountId(dest)) context['aws:ResourceAccount'] = dest;
  if (typeof orgPath === 'string' && orgPath.trim()) context['aws:PrincipalOrgPaths'] = [orgPath.trim()];
  const partition = partitionOf(fact(input, 'destinationRegion'));
  return {
    principal: role ? { type: 'AWS', arn: role, account: source } : { type: 'AWS', arn: accountRootArn(source, partition), account: source, arnUnknown: true },
    action: VAULT_ACTION,
    resource: vaultArn(input, pt),
    context,
    absentKey: (key) => absentFromCopyCall('backup', VAULT_ACTION, key),
  };
}

/** The vault has no policy at all: a complete one is to be created. */
function noPolicy(input: CheckInput, text: string | undefined, pt: PolicyText | undefined): Analysis | undefined {
  if (!policyMissing(input, text, pt)) return undefined;
  const source = fact(input, 'sourceAccountId');
  const known = isAccountId(source);
  const f = finding('VAULT_POLICY_MISSING', 'error', known ? { source } : {}, pt?.cliError ? { input: INPUT, path: [], line: pt.cliError.line, column: pt.cliError.column, offset: pt.cliError.offset, length: pt.cliError.length } : undefined);
  return { status: known ? 'fail' : 'unknown', findings: [f], grammar: [], needs: known ? [] : ['sourceAccountId'], missing: true, ...(pt ? { pt } : {}) };
}

function run(input: CheckInput, pt: PolicyText, grammar: Finding[], { source, dest }: Accounts): Analysis {
  const request = copyRequest(input, pt, source);
  const decision = evaluate(pt.parsed.value, request);

  const findings: Finding[] = [];
  let status: CheckResult['status'];
  const outNeeds: string[] = [];
  findings.push(...neverMatchFindings(INPUT, pt.parsed, [{ action: VAULT_ACTION, never: decision.neverMatches, allowed: decision.decision === 'allow' }], 'AWS Backup'));
  if (decision.decision === 'allow') status = 'pass';
  else if (decision.decision === 'explicit-deny') {
    status = 'fail';
    for (const d of decision.deciding) {
      findings.push(
        finding('VAULT_POLICY_DENY_BLOCKS_COPY', 'error', { statement: statementLabel(d.index, d.sid), index: d.index, source, action: VAULT_ACTION }, policyLocation(INPUT, pt.parsed, ['Statement', d.index])),
      );
    }
  } else if (decision.decision === 'implicit-deny') {
    status = 'fail';
    findings.push(finding('VAULT_POLICY_SOURCE_NOT_ALLOWED', 'error', { source, action: VAULT_ACTION }, policyLocation(INPUT, pt.parsed, ['Statement'])));
    findings.push(...nearMissFindings(INPUT, pt.parsed, normalisePolicy(pt.parsed.value).statements, source));
  } else {
    status = 'unknown';
    const u = unknownFindings(INPUT, pt.parsed, groupUnknowns([{ action: VAULT_ACTION, unknowns: decision.unknowns ?? [] }]), VAULT_DECIDE);
    findings.push(...u.findings);
    outNeeds.push(...u.needs);
  }
  // A policy AWS Backup would refuse fails, whatever it would allow (ADR 5).
  if (grammar.some(rejectedByAws)) status = 'fail';
  // Allowed, but something for a person to look at (ADR 5).
  if (status === 'pass' && needsAPerson([...findings, ...grammar])) status = 'warn';
  const placeholders = findPlaceholders(pt.parsed.value, { sourceAccountId: source, ...(isAccountId(dest) ? { destinationAccountId: dest } : {}) });
  return { status, findings, grammar, needs: outNeeds, pt, decision, placeholders };
}

function buildFix(input: CheckInput, a: Analysis, source: string): { fix: Fix; findings: Finding[]; needs: string[] } {
  const pt = a.pt;
  const pastedArn = pastedVaultArn(pt, paste(input, INPUT));
  const region = fact(input, 'destinationRegion') ?? arnRegion(pastedArn);
  const partition = partitionOf(region);
  const org = fact(input, 'organizationId');
  // First the user's own IDs, then the usual merge on the policy as it then reads (none: a policy to create).
  const start = !a.missing && pt ? withUserIds(INPUT, pt, a.placeholders ?? [], source, OTHER_VAULT_ACTIONS, org) : undefined;
  const request = copyRequest(input, pt, source);
  const decision = start?.edited ? evaluate(start.value, request) : a.decision;
  const denied = start !== undefined && decision !== undefined && decision.decision !== 'allow';
  // Every Deny that applies or may apply is narrowed; an Allow is only added when none applies once they do not.
  const blockingDenies = denied ? deniesThatMayApply(start.value, request) : [];
  const missingAllow = !start || (denied && evaluate(withoutStatements(start.value, blockingDenies), request).decision !== 'allow');
  const built = buildVaultPolicyFix({
    ...(start ? { text: start.base.text, value: start.value } : {}),
    sourceAccountId: source,
    partition,
    missingAllow,
    blockingDenies,
  });
  const changes = built.changes;
  // A narrowed Deny keeps denying the source account every action the copy does not need (their backup: keys, such
  // as backup:CopyTargets on CopyFromBackupVault, are left undecided: only CopyIntoBackupVault's are known here).
  const root: Request['principal'] = { type: 'AWS', arn: accountRootArn(source, partition), account: source };
  const absentFor = (action: string) => (key: string) => (key.toLowerCase().startsWith('backup:') ? undefined : absentFromCopyCall('backup', action, key));
  const others: Request[] = OTHER_VAULT_ACTIONS.map((action) => ({ ...request, principal: root, action, absentKey: absentFor(action) }));
  const narrowedIdx = changes.filter((c) => c.kind === 'deny-narrowed').map((c) => c.index);
  const keptDenials = keepDenials(start?.value ?? {}, built.text, narrowedIdx, others, { operator: 'StringEquals', key: 'aws:PrincipalAccount', value: source });
  const text = keptDenials.text;
  const findings: Finding[] = [...(start?.findings ?? [])];
  const needs: string[] = [];
  const denies = denyFindings(INPUT, pt?.parsed, changes, keptDenials.kept, accountRootArn(source, partition), 'StringNotEquals aws:PrincipalAccount');
  findings.push(...denies.narrowed, ...denies.kept);
  if (pt && !a.missing) findings.push(...repairedText(pt));
  // The vault's name as the facts give it, else as this paste names it, only when it is a valid vault name (the facts
  // report one that is not). A BackupVaultName that is not valid is not replaced by the name in the ARN beside it.
  const outerName = typeof pt?.outer?.BackupVaultName === 'string' ? pt.outer.BackupVaultName.trim() : undefined;
  const name = fact(input, 'destinationVaultName') ?? (outerName !== undefined ? validValue('vaultName', outerName) : vaultNameOfArn(pastedArn));
  const dest = fact(input, 'destinationAccountId');
  const commands = new Commands(input);
  if (!name) {
    findings.push(finding('VAULT_NAME_UNKNOWN', 'warning', { fileName: 'vault-policy.json' }));
    needs.push('destinationVaultName');
  } else if (!region) {
    findings.push(finding('VAULT_REGION_UNKNOWN', 'warning', { fileName: 'vault-policy.json', vault: name }));
    needs.push('destinationRegion');
  } else {
    const nameOrigin = fact(input, 'destinationVaultName') ? factOrigin(input, 'destinationVaultName') : { input: INPUT, field: 'BackupVaultName' } as const;
    commands.add(
      aws(
        'backup',
        'put-backup-vault-access-policy',
        ['--backup-vault-name', value('vaultName', name, nameOrigin)],
        ['--policy', file('vault-policy.json')],
        ['--region', value('region', region, factOrigin(input, 'destinationRegion'))],
      ),
    );
    findings.push(...commands.findings());
    needs.push(...commands.needs());
  }
  const narrowOrAllow = [fixCode('VAULT_POLICY_NARROW_DENY_AND_ALLOW'), fixCode('VAULT_POLICY_NARROW_DENY'), fixCode('VAULT_POLICY_ALLOW_SOURCE')] as const;
  const created = changes.some((c) => c.kind === 'policy-created');
  const summary = changes.length === 0 && start?.edited ? fixCode('POLICY_PLACEHOLDERS_REPLACED') : created ? fixCode('VAULT_POLICY_CREATE') : changeSummary(changes, narrowOrAllow);
  const fix: Fix = {
    ...fixSummary(summary),
    summaryParams: { source, ...(isAccountId(dest) ? { destination: dest } : {}), ...(name ? { vault: name } : {}) },
    runIn: 'destination account',
    runInAccount: 'destination',
    ...(isAccountId(dest) ? { accountId: dest } : {}),
    ...(region ? { region } : {}),
    documents: [{ input: INPUT, fileName: 'vault-policy.json', text }],
    commands: commands.lines,
    ...(changes.some((c) => c.kind === 'deny-narrowed') ? { needsReview: true } : {}),
  };
  return { fix, findings, needs };
}

const SPEC: PolicyCheckSpec<Analysis> = {
  id: ID,
  input: INPUT,
  grammar: 'vault',
  needsDestination: false,
  before: noPolicy,
  evaluate: run,
  buildFix: (input, a) => {
    const source = fact(input, 'sourceAccountId');
    if (!isAccountId(source)) return undefined;
    const built = buildFix(input, a, source);
    const text = built.fix.documents[0]?.text;
    // Nothing the fix can change (the policy is refused for another reason, or only a person can judge it): say
    // nothing more than the findings.
    if (text === undefined || (!a.missing && a.pt && text === policyBase(a.pt.parsed.text, a.pt.parsed.root, a.pt.parsed.value).text)) return undefined;
    return built;
  },
  open: (again) => again.decision !== undefined && again.decision.decision !== 'allow',
  added: (a) => (a.missing ? 0 : statementList(a.pt?.parsed.value).length),
};

export function checkDestinationVaultPolicy(input: CheckInput, options: PolicyCheckOptions = {}): CheckResult {
  return policyCheck(input, SPEC, options);
}
