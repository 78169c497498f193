// The pipeline a resource policy check runs (the key and vault policy checks): read the paste, run the grammar,
// evaluate the copy's requests, build the minimal fix, verify it. Each check gives a small spec: which paste and which
// grammar, how it evaluates its requests, how it builds its fix and what is still open once it is applied.
import { readPolicyText, type PolicyText } from '../json/policyText';
import { grammarFindings, type PolicyKind } from '../policy/grammar';
import { statementList } from '../policy/model';
import type { PlaceholderHit } from '../fixes/placeholders';
import type { CheckId, CheckResult, Finding, Fix, PasteKey, Session } from '../types';
import { fact, isAccountId, paste, result, type CheckInput } from './common';
import { placeholderFindings } from './policyFindings';
import { verifyFix, type Recheck } from './verify';

/** What a check found in the paste: its status and findings, and what the fix stage needs. */
export interface PolicyAnalysis {
  status: CheckResult['status'];
  findings: Finding[];
  grammar: Finding[];
  needs: string[];
  pt?: PolicyText;
  /** Template placeholders in principals and ARNs, with their replacement when it is clear. */
  placeholders?: PlaceholderHit[];
}

/** The accounts of a copy between two accounts; the source is known, the destination when the spec needs it. */
export interface Accounts {
  source: string;
  dest?: string;
}

export interface Built {
  fix?: Fix;
  findings: Finding[];
  needs: string[];
}

export interface PolicyCheckSpec<A extends PolicyAnalysis> {
  id: CheckId;
  input: PasteKey;
  grammar: PolicyKind;
  /** The destination account must be known before the requests are evaluated (the source always must). */
  needsDestination: boolean;
  /** An answer read before the paste is (the vault has no policy at all). */
  before?: (input: CheckInput, text: string | undefined, pt: PolicyText | undefined) => A | undefined;
  /** Evaluate the copy's requests on the policy read. */
  evaluate: (input: CheckInput, pt: PolicyText, grammar: Finding[], ids: Accounts) => A;
  /** The minimal fix; none when there is nothing to build or change. */
  buildFix: (input: CheckInput, a: A) => Built | undefined;
  /** Something a corrected policy would still change, once the fix is applied. */
  open: (again: A) => boolean;
  /** The index of the first statement the fix appends (default: the pasted policy's statement count). */
  added?: (a: A) => number;
}

export interface PolicyCheckOptions {
  /** Build and verify a fix (default true; the verification itself runs the check without one). */
  fix?: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The analysis, and the check's own (from `before` or `evaluate`) when the pipeline got that far. */
interface Stage<A> {
  a: PolicyAnalysis;
  own?: A;
}

/** Read -> grammar -> evaluate the copy's requests. */
export function analysePolicy<A extends PolicyAnalysis>(input: CheckInput, spec: PolicyCheckSpec<A>): Stage<A> {
  const early = (a: PolicyAnalysis): Stage<A> => ({ a });
  const own = (a: A): Stage<A> => ({ a, own: a });
  const source = fact(input, 'sourceAccountId');
  const dest = fact(input, 'destinationAccountId');
  if (source && dest && source === dest) return early({ status: 'not-applicable', findings: [], grammar: [], needs: [] });
  const text = paste(input, spec.input);
  const pt = text ? readPolicyText(text) : undefined;
  const needs: string[] = [];
  if (!isAccountId(source)) needs.push('sourceAccountId');
  if (spec.needsDestination && !isAccountId(dest)) needs.push('destinationAccountId');
  const answered = spec.before?.(input, text, pt);
  if (answered) return own(answered);
  if (!pt || pt.empty) return early({ status: 'unknown', findings: [], grammar: [], needs: [spec.input, ...needs] });

  const org = fact(input, 'organizationId');
  const grammar = grammarFindings(pt, spec.grammar, {
    ...(isAccountId(source) ? { sourceAccountId: source } : {}),
    ...(isAccountId(dest) ? { destinationAccountId: dest } : {}),
    ...(org ? { organizationId: org } : {}),
  });
  // Cannot be evaluated: the text is not a policy we can read.
  if (pt.cliError || pt.parsed.errors.length > 0 || !isRecord(pt.parsed.value)) return early({ status: 'fail', findings: [], grammar, needs: [spec.input], pt });
  if (!isAccountId(source) || (spec.needsDestination && !isAccountId(dest))) return early({ status: 'unknown', findings: [], grammar, needs, pt });
  return own(spec.evaluate(input, pt, grammar, { source, ...(isAccountId(dest) ? { dest } : {}) }));
}

/** The whole pipeline: read -> grammar -> evaluate -> build the minimal fix -> verify it, and the check's result. */
export function policyCheck<A extends PolicyAnalysis>(input: CheckInput, spec: PolicyCheckSpec<A>, options: PolicyCheckOptions = {}): CheckResult {
  const { a, own } = analysePolicy(input, spec);
  const findings = [...a.findings, ...a.grammar];
  const needs = [...a.needs];
  const asked = placeholderFindings(spec.input, a.pt?.parsed, a.placeholders ?? []);
  if (asked.unclear.length > 0) {
    // Never guess which account a placeholder means: ask for it, and build no fix.
    findings.push(...asked.unclear);
    return result(spec.id, a.status, findings, { needs: [...needs, ...asked.needs] });
  }
  // Only a policy the check evaluated (or answered for) gets a fix, and only when it fails or warns.
  const built = (options.fix ?? true) && own && (own.status === 'fail' || own.status === 'warn') ? spec.buildFix(input, own) : undefined;
  if (own && built?.fix) {
    const rerun = (s: Session): Recheck => {
      const again = analysePolicy({ ...input, session: s }, spec);
      return { status: again.a.status, findings: [...again.a.findings, ...again.a.grammar], open: again.own ? spec.open(again.own) : false };
    };
    const added = spec.added ? spec.added(own) : statementList(own.pt?.parsed.value).length;
    const verdict = verifyFix(input, built.fix, rerun, findings, added);
    if (verdict.ok) {
      findings.push(...built.findings);
      needs.push(...built.needs);
      return result(spec.id, a.status, findings, { fix: built.fix, needs });
    }
    if (verdict.finding) findings.push(verdict.finding);
  }
  return result(spec.id, a.status, findings, { needs });
}
