// Session document -> diagnosis. Runs every check, never stops at the first failure, never throws.
import { CHECKS, DIAGNOSE_CODES } from './checks/index';
import { findingsFor } from './checks/registry';
import type { CheckInput } from './checks/common';
import { factProblems, resolveFacts, type ResolvedFacts } from './facts';
import { applyFix } from './fixes/apply';
import { fixPlace } from './fixes/render';
import { repairText } from './json/repair';
import { reportedMessage } from './inputs/outputs';
import { findingParams } from './inputs/rejections';
import type { KnowledgePack } from './knowledge/schema';
import { triage, type TriageResult } from './triage/triage';
import { PASTE_KEYS, type CheckResult, type Diagnosis, type Finding, type PasteKey, type PasteRepair, type Session, type TriageMatch } from './types';

export { applyFix };

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface DiagnoseOptions {
  translate?: Translate;
}

const finding = findingsFor(DIAGNOSE_CODES);

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

function runCheck(check: (typeof CHECKS)[number], input: CheckInput): CheckResult {
  const id = check.id;
  try {
    const r = check.run(input);
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

/** Fill messages and fix summaries through `translate` (without it, each stays its code: the engine has no words). */
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

/** The repair offered for each pasted document with paste damage (an error message is prose: it is never repaired). */
function pasteRepairs(session: Session): Partial<Record<PasteKey, PasteRepair>> {
  const out: Partial<Record<PasteKey, PasteRepair>> = {};
  for (const key of PASTE_KEYS) {
    const text = session.pastes[key];
    if (key === 'errorMessage' || typeof text !== 'string' || text === '') continue;
    const repaired = repairText(text);
    if (repaired.changes.length) out[key] = { kinds: [...new Set(repaired.changes.map((d) => d.kind))], text: repaired.text };
  }
  return out;
}

/** Each fix with the place it runs in, resolved once from the fix and the facts. */
function placed(c: CheckResult, facts: ResolvedFacts): CheckResult {
  return c.fix ? { ...c, fix: { ...c.fix, runInPlace: fixPlace(c.fix, facts) } } : c;
}

const nonEmpty = <T extends object>(key: string, o: T) => (Object.keys(o).length ? { [key]: o } : {});

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

  const checks = CHECKS.map((check) => {
    const r = runCheck(check, input);
    const related = aboutFacts.filter((c) => (check.factsUsed as readonly string[]).includes(String(c.params?.fact ?? '')));
    return placed(related.length ? { ...r, findings: [...related, ...r.findings] } : r, facts);
  });
  const statusMessage = reportedMessage(s.pastes);
  const diagnosis: Diagnosis = {
    format: 'copy-doctor/diagnosis',
    version: 1,
    facts,
    triage: tri.matches,
    ...(statusMessage ? { statusMessage } : {}),
    checks,
    ...nonEmpty('repairs', pasteRepairs(s)),
    ...nonEmpty('factProblems', factProblems(s, facts, knowledge?.regions)),
  };
  return renderDiagnosis(diagnosis, options.translate);
}

/** True when at least one check failed (the CLI's exit code 1). */
export function anyFailed(d: Diagnosis): boolean {
  return d.checks.some((c) => c.status === 'fail');
}
