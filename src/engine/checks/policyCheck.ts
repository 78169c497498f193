// The pipeline a resource policy check runs (the key and vault policy checks): read the paste, run the grammar,
// evaluate the copy's requests, build the minimal fix, verify it. Each check gives a small spec: which paste and which
// grammar, how it evaluates its requests, how it builds its fix and what is still open once it is applied.
import { parse, type Node } from 'jsonc-parser';
import type { ParsedJson } from '../json/parse';
import { readPolicyText, type PolicyText } from '../json/policyText';
import { EXAMPLE_ORG_IDS, grammarFindings, type PolicyKind } from '../policy/grammar';
import { statementList } from '../policy/model';
import { onlyCopyActions } from '../policy/requirements';
import type { KeptDenial } from '../fixes/denials';
import { applyPolicyEdits, policyBase } from '../fixes/merge';
import { exampleOrgEdits, findExampleOrgIds, replacePlaceholders, type PlaceholderHit } from '../fixes/placeholders';
import type { CheckId, CheckResult, Finding, Fix, PasteKey, Session } from '../types';
import { fact, isAccountId, paste, policyLocation, result, statementLabel, type CheckInput } from './common';
import { placeholderFindings } from './policyFindings';
import { findingsFor } from './registry';
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

/** The codes the fix steps below emit, declared by each check that uses them. */
export const POLICY_FIX_CODES = ['POLICY_EXAMPLE_ORG_REPLACED', 'POLICY_EXAMPLE_ORG_NARROWED', 'POLICY_DENY_NARROWED', 'POLICY_DENY_KEPT_FOR_OTHER_ACTIONS', 'FIX_FROM_REPAIRED_TEXT'] as const;
const finding = findingsFor(POLICY_FIX_CODES);

/** The pasted policy a fix starts from, once the user's own IDs are in it. */
export interface Start {
  /** The text to merge into (with its tree when nothing was edited), and the policy it reads as. */
  base: { text: string; tree?: Node };
  value: Record<string, unknown>;
  edited: boolean;
  /** What was replaced or narrowed, where. */
  findings: Finding[];
}

/**
 * The first step of a fix: the user's own IDs in place of the clear placeholders and of the documentation's example
 * organization ID (a minimal edit of each string; a statement for the copy's actions alone is narrowed to `account`
 * when the organization is not known), before the usual merge on the policy as it then reads.
 */
export function withUserIds(key: PasteKey, pt: PolicyText, hits: PlaceholderHit[], account: string, otherActions: readonly string[], org: string | undefined): Start {
  const pasted = policyBase(pt.parsed.text, pt.parsed.root, pt.parsed.value);
  let text = replacePlaceholders(pasted.text, hits);
  let value = (text === pasted.text ? pt.parsed.value : parse(text)) as Record<string, unknown>;
  const orgs = exampleOrgEdits(value, findExampleOrgIds(value, EXAMPLE_ORG_IDS, org), org, account, (i) => onlyCopyActions(value, i, otherActions));
  if (orgs.edits.length > 0) {
    text = applyPolicyEdits(text, value, orgs.edits);
    value = parse(text) as Record<string, unknown>;
  }
  const findings = placeholderFindings(key, pt.parsed, hits).replaced;
  for (const h of orgs.replaced) findings.push(finding('POLICY_EXAMPLE_ORG_REPLACED', 'warning', { value: h.value, org: org ?? '', statement: statementLabel(h.statementIndex, h.sid) }, policyLocation(key, pt.parsed, h.path)));
  for (const h of orgs.narrowed) findings.push(finding('POLICY_EXAMPLE_ORG_NARROWED', 'warning', { value: h.value, account, statement: statementLabel(h.statementIndex, h.sid) }, policyLocation(key, pt.parsed, h.path)));
  const edited = text !== pasted.text;
  return { base: edited ? { text } : pasted, value, edited, findings };
}

/** Said with a fix built from a paste that was repaired first. */
export function repairedText(pt: PolicyText): Finding[] {
  return pt.damage.length > 0 ? [finding('FIX_FROM_REPAIRED_TEXT', 'suggestion', { count: pt.damage.length })] : [];
}

/** Each Deny the fix narrowed for `principal` (with `condition`), and each kept denying it what the copy does not need. */
export function denyFindings(key: PasteKey, parsed: ParsedJson | undefined, changes: { kind: string; index?: number; sid?: string }[], kept: KeptDenial[], principal: string, condition: string) {
  const at = (index: number) => (parsed ? policyLocation(key, parsed, ['Statement', index]) : undefined);
  return {
    narrowed: changes.flatMap((c) => (c.kind === 'deny-narrowed' && c.index !== undefined ? [finding('POLICY_DENY_NARROWED', 'warning', { statement: statementLabel(c.index, c.sid), principal, condition }, at(c.index))] : [])),
    kept: kept.map((k) => finding('POLICY_DENY_KEPT_FOR_OTHER_ACTIONS', 'warning', { statement: statementLabel(k.index, k.sid), sid: k.companionSid, actions: k.actions.join(', '), principal }, at(k.index))),
  };
}

/** A key or vault policy fix's summary from what it changed: `codes` name narrowed and added, narrowed, added. */
export function changeSummary<C extends string>(changes: { kind: string }[], codes: readonly [C, C, C]): C {
  const narrowed = changes.some((c) => c.kind === 'deny-narrowed');
  const added = changes.some((c) => c.kind === 'statement-added' || c.kind === 'statement-extended');
  return narrowed ? (added ? codes[0] : codes[1]) : codes[2];
}
