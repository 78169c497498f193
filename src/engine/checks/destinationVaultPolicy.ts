// Check: does the destination vault's access policy let the source account copy into it?
//
// Who is asked: the source account (`arn:aws:iam::SOURCE:root`) calling backup:CopyIntoBackupVault. A vault with no
// policy at all (get-backup-vault-access-policy fails with ResourceNotFoundException, or the user says so) fails,
// with a complete policy to create. As for the key policy, a grammar error that makes AWS Backup refuse the policy
// fails the check, and clear placeholders are replaced by the user's IDs in the corrected policy (unclear ones are not
// guessed).
import { parse } from 'jsonc-parser';
import { arnRegion } from '../ids';
import { readPolicyText, type PolicyText } from '../json/policyText';
import { evaluate, type Decision, type Request } from '../policy/evaluate';
import { grammarFindings } from '../policy/grammar';
import { normalisePolicy, withoutStatements } from '../policy/model';
import { buildVaultPolicyFix, type VaultPolicyChange } from '../fixes/vaultPolicyFix';
import { policyBase } from '../fixes/merge';
import { findPlaceholders, replacePlaceholders, type PlaceholderHit } from '../fixes/placeholders';
import type { CheckResult, Finding, Fix, Session } from '../types';
import { aws, file, value } from '../core/shell';
import { validValue, vaultNameOfArn } from '../core/formats';
import { Commands, fact, factOrigin, finding, isAccountId, paste, policyLocation, rejectedByAws, result, statementLabel, type CheckInput } from './common';
import { groupUnknowns, nearMissFindings, placeholderFindings, unknownFindings } from './policyFindings';
import { VAULT_ACTION, accountRootArn, partitionOf } from './requirements';
import { verifyFix } from './verify';

const ID = 'destination-vault-policy' as const;
const INPUT = 'destinationVaultPolicy' as const;

/** Answers that mean "the vault has no access policy": the wizard's `vaultPolicyExists: no`, or
 *  `destinationVaultPolicy` set to one of these. */
export const NO_VAULT_POLICY_ANSWERS = ['none', 'no-policy', 'missing'];

export interface VaultCheckOptions {
  fix?: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The vault has no policy: the CLI said so (ResourceNotFoundException), or the user answered so. */
function policyMissing(input: CheckInput, text: string | undefined, pt: PolicyText | undefined): boolean {
  if (pt?.cliError && /ResourceNotFound/i.test(pt.cliError.code)) return true;
  if (text && !text.includes('{') && /ResourceNotFoundException|has no associated policy|does not have (an? )?(access )?policy|policy (was )?not found/i.test(text)) return true;
  const answers = input.session.answers ?? {};
  const answer = answers[INPUT];
  const saysNone = answers.vaultPolicyExists === 'no' || (typeof answer === 'string' && NO_VAULT_POLICY_ANSWERS.includes(answer));
  return !text && saysNone;
}

interface Analysis {
  status: CheckResult['status'];
  findings: Finding[];
  grammar: Finding[];
  needs: string[];
  pt?: PolicyText;
  missing?: boolean;
  decision?: Decision;
  /** For an explicit deny: an Allow would apply if the Deny did not. */
  allowBehindDeny?: boolean;
  placeholders?: PlaceholderHit[];
}

const VAULT_ARN_RE = /arn:aws(?:-cn|-us-gov)?:backup:[a-z0-9-]+:\d{12}:backup-vault:[A-Za-z0-9_-]{2,50}/;

/** The vault ARN the paste names: the get-backup-vault-access-policy output, or the ResourceNotFoundException text
 *  ("Backup Vault arn:aws:backup:...:backup-vault:NAME has no associated POLICY"). */
function pastedVaultArn(pt: PolicyText | undefined, text: string | undefined): string | undefined {
  // Only a well-formed vault ARN: the facts report one that is not (INPUT_VALUE_REJECTED).
  if (pt?.outer && typeof pt.outer.BackupVaultArn === 'string') return validValue('vaultArn', pt.outer.BackupVaultArn.trim());
  return text ? VAULT_ARN_RE.exec(text)?.[0] : undefined;
}

function vaultArn(input: CheckInput, pt: PolicyText | undefined): string | undefined {
  const fromPaste = pastedVaultArn(pt, paste(input, INPUT));
  if (fromPaste) return fromPaste;
  const name = fact(input, 'destinationVaultName');
  const region = fact(input, 'destinationRegion');
  const dest = fact(input, 'destinationAccountId');
  if (name && region && isAccountId(dest)) return `arn:${partitionOf(region)}:backup:${region}:${dest}:backup-vault:${name}`;
  return undefined;
}

/** The request the copy makes: the source account calling backup:CopyIntoBackupVault on the vault. */
function copyRequest(input: CheckInput, pt: PolicyText | undefined, source: string): Request {
  const org = fact(input, 'organizationId');
  const orgPath = input.session.answers?.sourceOrganizationPath;
  const context: Request['context'] = { 'aws:PrincipalAccount': source };
  if (org) context['aws:PrincipalOrgID'] = org;
  if (typeof orgPath === 'string' && orgPath.trim()) context['aws:PrincipalOrgPaths'] = [orgPath.trim()];
  const resource = vaultArn(input, pt);
  return {
    principal: { type: 'AWS', arn: accountRootArn(source, partitionOf(fact(input, 'destinationRegion'))), account: source },
    action: VAULT_ACTION,
    ...(resource ? { resource } : {}),
    context,
  };
}

function run(input: CheckInput): Analysis {
  const source = fact(input, 'sourceAccountId');
  const dest = fact(input, 'destinationAccountId');
  if (source && dest && source === dest) return { status: 'not-applicable', findings: [], grammar: [], needs: [] };
  const text = paste(input, INPUT);
  const pt = text ? readPolicyText(text) : undefined;
  const needs: string[] = [];
  if (!isAccountId(source)) needs.push('sourceAccountId');

  if (policyMissing(input, text, pt)) {
    const f = finding('VAULT_POLICY_MISSING', 'error', isAccountId(source) ? { source } : {}, pt?.cliError ? { input: INPUT, path: [], line: pt.cliError.line, column: pt.cliError.column, offset: pt.cliError.offset, length: pt.cliError.length } : undefined);
    return { status: isAccountId(source) ? 'fail' : 'unknown', findings: [f], grammar: [], needs, missing: true, pt };
  }
  if (!text || !pt || pt.empty) return { status: 'unknown', findings: [], grammar: [], needs: [INPUT, ...needs] };

  const grammar = grammarFindings(pt, 'vault', {
    ...(isAccountId(source) ? { sourceAccountId: source } : {}),
    ...(isAccountId(dest) ? { destinationAccountId: dest } : {}),
  });
  if (pt.cliError || pt.parsed.errors.length > 0 || !isRecord(pt.parsed.value)) {
    return { status: 'fail', findings: [], grammar, needs: [INPUT], pt };
  }
  if (!isAccountId(source)) return { status: 'unknown', findings: [], grammar, needs, pt };

  const request = copyRequest(input, pt, source);
  const decision = evaluate(pt.parsed.value, request);

  const findings: Finding[] = [];
  let allowBehindDeny = false;
  let status: CheckResult['status'];
  const outNeeds: string[] = [];
  if (decision.decision === 'allow') status = 'pass';
  else if (decision.decision === 'explicit-deny') {
    status = 'fail';
    const behind = evaluate(withoutStatements(pt.parsed.value, decision.deciding.map((d) => d.index)), request);
    allowBehindDeny = behind.decision === 'allow';
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
    const u = unknownFindings(INPUT, pt.parsed, groupUnknowns([{ action: VAULT_ACTION, unknowns: decision.unknowns ?? [] }]), 'destinationVaultName');
    findings.push(...u.findings);
    outNeeds.push(...u.needs);
  }
  // A policy AWS Backup would refuse fails, whatever it would allow (an undecided one stays undecided until it is known).
  if (status === 'pass' && grammar.some(rejectedByAws)) status = 'fail';
  const placeholders = findPlaceholders(pt.parsed.value, { sourceAccountId: source, ...(isAccountId(dest) ? { destinationAccountId: dest } : {}) });
  return { status, findings, grammar, needs: outNeeds, pt, decision, allowBehindDeny, placeholders };
}

function summaryText(changes: VaultPolicyChange[], source: string): { code: string; text: string } {
  const narrowed = changes.some((c) => c.kind === 'deny-narrowed');
  const added = changes.some((c) => c.kind === 'statement-added' || c.kind === 'statement-extended');
  if (changes.some((c) => c.kind === 'policy-created')) return { code: 'VAULT_POLICY_CREATE', text: `Give the destination vault an access policy that lets account ${source} copy into it` };
  if (narrowed && added) return { code: 'VAULT_POLICY_NARROW_DENY_AND_ALLOW', text: `Narrow the Deny that blocks account ${source} (review it) and let ${source} copy into the vault` };
  if (narrowed) return { code: 'VAULT_POLICY_NARROW_DENY', text: `Narrow the Deny that blocks account ${source} from copying into the vault (review it)` };
  return { code: 'VAULT_POLICY_ALLOW_SOURCE', text: `Let account ${source} copy into the destination vault` };
}

function buildFix(input: CheckInput, a: Analysis, source: string): { fix: Fix; findings: Finding[]; needs: string[] } {
  const pt = a.pt;
  const pastedArn = pastedVaultArn(pt, paste(input, INPUT));
  const region = fact(input, 'destinationRegion') ?? arnRegion(pastedArn);
  const partition = partitionOf(region);
  // First the user's own IDs in place of the placeholders (a minimal edit of each string), then the usual merge on the
  // policy as it then reads.
  const hits = a.missing ? [] : (a.placeholders ?? []);
  let existing: { text?: string; value?: Record<string, unknown> } = {};
  let decision = a.decision;
  let allowBehindDeny = a.allowBehindDeny;
  let replacedAny = false;
  if (!a.missing && pt && isRecord(pt.parsed.value)) {
    const pasted = policyBase(pt.parsed.text, pt.parsed.root, pt.parsed.value).text;
    const replaced = replacePlaceholders(pasted, hits);
    replacedAny = replaced !== pasted;
    const value = (replacedAny ? parse(replaced) : pt.parsed.value) as Record<string, unknown>;
    existing = { text: replaced, value };
    if (replacedAny) {
      const request = copyRequest(input, pt, source);
      decision = evaluate(value, request);
      allowBehindDeny =
        decision.decision === 'explicit-deny' && evaluate(withoutStatements(value, decision.deciding.map((d) => d.index)), request).decision === 'allow';
    }
  }
  const blockingDenies = decision?.decision === 'explicit-deny' ? decision.deciding.map((d) => d.index) : [];
  const { text, changes } = buildVaultPolicyFix({
    ...existing,
    sourceAccountId: source,
    partition,
    missingAllow: a.missing === true || decision?.decision === 'implicit-deny' || (decision?.decision === 'explicit-deny' && !allowBehindDeny),
    blockingDenies,
  });
  // An explicit Deny is narrowed; an Allow is only added when none exists once the Deny no longer applies.
  const findings: Finding[] = pt ? placeholderFindings(INPUT, pt.parsed, hits).replaced : [];
  const needs: string[] = [];
  for (const c of changes) {
    if (c.kind === 'deny-narrowed') {
      findings.push(
        finding(
          'POLICY_DENY_NARROWED',
          'warning',
          { statement: statementLabel(c.index, c.sid), principal: accountRootArn(source, partition), condition: 'StringNotEquals aws:PrincipalAccount' },
          pt ? policyLocation(INPUT, pt.parsed, ['Statement', c.index]) : undefined,
        ),
      );
    }
  }
  if (pt && pt.damage.length > 0 && !a.missing) findings.push(finding('FIX_FROM_REPAIRED_TEXT', 'suggestion', { count: pt.damage.length }));
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
  const summary =
    changes.length === 0 && replacedAny ? { code: 'POLICY_PLACEHOLDERS_REPLACED', text: 'Put the real account IDs in place of the placeholders' } : summaryText(changes, source);
  const fix: Fix = {
    summary: summary.text,
    summaryCode: summary.code,
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

export function checkDestinationVaultPolicy(input: CheckInput, options: VaultCheckOptions = {}): CheckResult {
  const a = run(input);
  const findings = [...a.findings, ...a.grammar];
  const needs = [...a.needs];
  const source = fact(input, 'sourceAccountId');
  const asked = placeholderFindings(INPUT, a.pt?.parsed, a.placeholders ?? []);
  if (asked.unclear.length > 0) {
    // Never guess which account a placeholder means: ask for it, and build no fix.
    findings.push(...asked.unclear);
    return result(ID, a.status, findings, { needs: [...needs, ...asked.needs] });
  }
  if ((options.fix ?? true) && a.status === 'fail' && (a.missing || a.decision) && isAccountId(source)) {
    const built = buildFix(input, a, source);
    if (!built.fix.documents[0] || (!a.missing && built.fix.documents[0].text === policyBase(a.pt!.parsed.text, a.pt!.parsed.root, a.pt!.parsed.value).text)) {
      // Nothing the fix can change (the policy is refused for another reason): say nothing more than the findings.
      return result(ID, a.status, findings, { needs });
    }
    const verdict = verifyFix(
      input,
      built.fix,
      (s: Session) => {
        const again = run({ ...input, session: s });
        return { status: again.status, grammar: again.grammar };
      },
      a.grammar,
    );
    if (verdict.ok) {
      findings.push(...built.findings);
      needs.push(...built.needs);
      return result(ID, a.status, findings, { fix: built.fix, needs });
    }
    findings.push(finding('FIX_NOT_VERIFIED', 'error', { status: verdict.status, reason: verdict.reason }));
  }
  return result(ID, a.status, findings, { needs });
}
