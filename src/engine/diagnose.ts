// Session document -> diagnosis. Runs every check, never stops at the first failure, never throws.
import { checkCrossAccountSetting } from './checks/crossAccountSetting';
import { checkDestinationVaultPolicy } from './checks/destinationVaultPolicy';
import { checkEncryption } from './checks/encryption';
import { checkIamRole } from './checks/iamRole';
import { checkOrganization } from './checks/organization';
import { checkResourceSupport } from './checks/resourceSupport';
import { checkServiceControlPolicies } from './checks/serviceControlPolicies';
import { checkSourceKeyPolicy } from './checks/sourceKeyPolicy';
import { checkTagPolicy } from './checks/tagPolicy';
import { checkVaultLock } from './checks/vaultLock';
import { finding, type CheckInput } from './checks/common';
import { resolveFacts } from './facts';
import { applyFix } from './fixes/apply';
import { findingParams } from './inputs/rejections';
import type { KnowledgePack } from './knowledge/schema';
import { triage, type TriageResult } from './triage/triage';
import { CHECK_IDS, type CheckId, type CheckResult, type Diagnosis, type FactKey, type Finding, type Session, type TriageMatch } from './types';

export { applyFix };

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface DiagnoseOptions {
  translate?: Translate;
}

/** The facts each check depends on: a conflict about one of them is shown with the check. */
const FACTS_USED: Record<CheckId, FactKey[]> = {
  organization: ['sourceAccountId', 'destinationAccountId', 'organizationId'],
  'cross-account-setting': ['sourceAccountId', 'destinationAccountId'],
  'resource-support': ['resourceType', 'sourceRegion', 'destinationRegion'],
  encryption: ['sourceKeyArn', 'destinationVaultKeyArn'],
  'source-key-policy': ['sourceAccountId', 'destinationAccountId', 'sourceRegion', 'sourceKeyArn', 'organizationId', 'resourceType'],
  'destination-vault-policy': ['sourceAccountId', 'destinationAccountId', 'destinationRegion', 'destinationVaultName', 'organizationId'],
  'tag-policy': [],
  'vault-lock': ['destinationVaultName'],
  'service-control-policies': [],
  'iam-role': [],
};

function mergeTriage(results: (TriageResult | undefined)[]): { matches: TriageMatch[]; statusMessage?: string } {
  const byId = new Map<string, TriageMatch>();
  let statusMessage: string | undefined;
  for (const r of results) {
    if (!r) continue;
    statusMessage ??= r.statusMessage;
    for (const m of r.matches) {
      const existing = byId.get(m.messageId);
      if (existing) existing.extracted = { ...(m.extracted ?? {}), ...(existing.extracted ?? {}) };
      else byId.set(m.messageId, { ...m, checks: [...m.checks], ...(m.extracted ? { extracted: { ...m.extracted } } : {}), ...(m.lookAt ? { lookAt: [...m.lookAt] } : {}) });
    }
  }
  for (const m of byId.values()) if (m.extracted && Object.keys(m.extracted).length === 0) delete m.extracted;
  return { matches: [...byId.values()], ...(statusMessage ? { statusMessage } : {}) };
}

function safeTriage(text: string | undefined, knowledge: KnowledgePack | undefined): TriageResult | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return triage(text, knowledge?.errors ?? [], knowledge?.categories?.length ? knowledge.categories : undefined);
  } catch {
    return undefined;
  }
}

/** Every check, by id. */
const CHECKS: Record<CheckId, (input: CheckInput) => CheckResult> = {
  organization: (input) => checkOrganization(input),
  'cross-account-setting': checkCrossAccountSetting,
  'resource-support': checkResourceSupport,
  encryption: checkEncryption,
  'source-key-policy': (input) => checkSourceKeyPolicy(input),
  'destination-vault-policy': (input) => checkDestinationVaultPolicy(input),
  'tag-policy': checkTagPolicy,
  'vault-lock': checkVaultLock,
  'service-control-policies': checkServiceControlPolicies,
  'iam-role': checkIamRole,
};

function runCheck(id: CheckId, input: CheckInput): CheckResult {
  try {
    const r = CHECKS[id](input);
    // A check that does not apply says why, so the wizard can skip its step with a visible reason.
    if (r.status === 'not-applicable' && r.findings.length === 0) {
      return { ...r, findings: [finding('CHECK_NOT_APPLICABLE_SAME_ACCOUNT', 'suggestion', { account: input.facts.sourceAccountId?.value ?? '' })] };
    }
    return r;
  } catch (e) {
    // A bug in one check must not take the others down; say so instead of guessing.
    return { id, status: 'unknown', findings: [finding('CHECK_INTERNAL_ERROR', 'error', { check: id, error: e instanceof Error ? e.message : String(e) })] };
  }
}

function render(f: Finding, translate: Translate | undefined): Finding {
  if (!translate) return { ...f, message: f.code };
  return { ...f, message: translate(`finding.${f.code}`, findingParams(f, translate)) };
}

/** Fill messages and fix summaries through `translate` (or leave the code, and the engine's English summary). */
export function renderDiagnosis(d: Diagnosis, translate: Translate | undefined): Diagnosis {
  return {
    ...d,
    checks: d.checks.map((c) => ({
      ...c,
      findings: c.findings.map((f) => render(f, translate)),
      ...(c.fix
        ? { fix: { ...c.fix, summary: translate && c.fix.summaryCode ? translate(`fix.${c.fix.summaryCode}`, c.fix.summaryParams) : c.fix.summary } }
        : {}),
    })),
  };
}

function normaliseSession(session: Session): Session {
  const obj = (x: unknown) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, string>) : {});
  return { format: 'copy-doctor/session', version: 1, facts: obj(session?.facts), answers: obj(session?.answers), pastes: obj(session?.pastes) };
}

export function diagnose(session: Session, knowledge: KnowledgePack | undefined, options: DiagnoseOptions = {}): Diagnosis {
  const s = normaliseSession(session);
  const { facts, conflicts, problems } = resolveFacts(s);
  const aboutFacts = [...problems, ...conflicts];
  const tri = mergeTriage([safeTriage(s.pastes.errorMessage, knowledge), safeTriage(s.pastes.copyJob, knowledge)]);
  const input: CheckInput = { session: s, facts, triage: tri.matches, ...(knowledge ? { knowledge } : {}) };

  const checks = CHECK_IDS.map((id) => {
    const r = runCheck(id, input);
    const related = aboutFacts.filter((c) => FACTS_USED[id].includes(String(c.params?.fact ?? '') as FactKey));
    return related.length ? { ...r, findings: [...related, ...r.findings] } : r;
  });
  const diagnosis: Diagnosis = { format: 'copy-doctor/diagnosis', version: 1, facts, triage: tri.matches, checks };
  return renderDiagnosis(diagnosis, options.translate);
}

/** True when at least one check failed (the CLI's exit code 1). */
export function anyFailed(d: Diagnosis): boolean {
  return d.checks.some((c) => c.status === 'fail');
}
