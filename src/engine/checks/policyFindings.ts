// Turning the evaluator's "unknown" answers into findings that say which statement and which condition, and
// which input would decide it.
import type { ParsedJson } from '../json/parse';
import type { PlaceholderHit } from '../fixes/placeholders';
import type { ArnPart, NeverMatch, Unknown } from '../policy/evaluate';
import type { NormalStatement } from '../policy/model';
import type { Finding, PasteKey } from '../types';
import { policyLocation, statementLabel } from './common';
import { findingsFor } from './registry';

/** Every finding code this module emits, for any check that uses it. */
export const POLICY_FINDING_CODES = [
  'POLICY_CONDITION_NEEDS_ORGANIZATION_ID',
  'POLICY_CONDITION_NEEDS_ORG_PATH',
  'POLICY_CONDITION_NEEDS_COPY_ROLE',
  'POLICY_CONDITION_NEEDS_REGION',
  'POLICY_CONDITION_UNDECIDABLE',
  'POLICY_CONDITION_OPERATOR_UNKNOWN',
  'POLICY_NOT_PRINCIPAL_AMBIGUOUS',
  'POLICY_RESOURCE_UNDECIDED',
  'POLICY_PRINCIPAL_ROLE_UNKNOWN',
  'POLICY_NOT_A_POLICY',
  'POLICY_STATEMENT_UNREADABLE',
  'POLICY_CONDITION_KEY_INVENTED',
  'POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL',
  'POLICY_CONDITION_KEY_NOT_IN_REQUEST',
  'POLICY_DENY_CONDITION_KEY_INVENTED',
  'POLICY_DEAD_ALLOW_COVERED',
  'POLICY_ACCOUNT_NEAR_MISS',
  'POLICY_PLACEHOLDER_REPLACED',
  'POLICY_PLACEHOLDER_ID_UNKNOWN',
  'POLICY_PLACEHOLDER_UNCLEAR',
] as const;
type PolicyFindingCode = (typeof POLICY_FINDING_CODES)[number];
const finding = findingsFor(POLICY_FINDING_CODES);

export interface KeyNeed {
  code: PolicyFindingCode;
  need: string;
}

/** What decides an undecided statement, per check: the facts a condition key or a resource ARN comes from. */
export interface UnknownNeeds {
  /** Condition keys (lower case) whose value a fact or an answer supplies. */
  keys: Record<string, KeyNeed>;
  /** The facts that build the resource ARN's parts that are not known (all of them when `parts` is undefined). */
  resource: (parts: ArnPart[] | undefined) => string[];
  /** The input that says which role makes the request. */
  principal?: string;
}

export interface UnknownGroup {
  unknown: Unknown;
  actions: string[];
}

/** Collect the unknowns of several requests, one entry per statement and condition, with the actions affected. */
export function groupUnknowns(items: { action: string; unknowns: Unknown[] }[]): UnknownGroup[] {
  const groups = new Map<string, UnknownGroup>();
  for (const { action, unknowns } of items) {
    for (const u of unknowns) {
      const id = `${u.index}|${u.reason}|${u.operator ?? ''}|${u.key ?? ''}|${u.path.join('.')}`;
      const g = groups.get(id);
      if (g) {
        if (!g.actions.includes(action)) g.actions.push(action);
      } else groups.set(id, { unknown: u, actions: [action] });
    }
  }
  return [...groups.values()];
}

export function unknownFindings(
  input: PasteKey,
  parsed: ParsedJson,
  groups: UnknownGroup[],
  decide: UnknownNeeds,
): { findings: Finding[]; needs: string[] } {
  const findings: Finding[] = [];
  const needs: string[] = [];
  for (const { unknown: u, actions } of groups) {
    const path = u.index >= 0 ? ['Statement', u.index, ...u.path] : u.path;
    const location = policyLocation(input, parsed, path);
    const statement = statementLabel(u.index, u.sid);
    const base = { statement, actions: actions.join(', ') };
    switch (u.reason) {
      case 'key-unknown': {
        const known = decide.keys[(u.key ?? '').toLowerCase()];
        if (known) {
          needs.push(known.need);
          findings.push(finding(known.code, 'warning', { ...base, operator: u.operator ?? '', key: u.key ?? '' }, location));
        } else {
          findings.push(finding('POLICY_CONDITION_UNDECIDABLE', 'warning', { ...base, operator: u.operator ?? '', key: u.key ?? '' }, location));
        }
        break;
      }
      case 'unknown-operator':
        findings.push(finding('POLICY_CONDITION_OPERATOR_UNKNOWN', 'warning', { ...base, operator: u.operator ?? '' }, location));
        break;
      case 'bad-value':
      case 'date':
        findings.push(finding('POLICY_CONDITION_UNDECIDABLE', 'warning', { ...base, operator: u.operator ?? '', key: u.key ?? '' }, location));
        break;
      case 'not-principal-ambiguous':
        findings.push(finding('POLICY_NOT_PRINCIPAL_AMBIGUOUS', 'warning', base, location));
        break;
      case 'resource-unknown':
        needs.push(...decide.resource(u.parts));
        findings.push(finding('POLICY_RESOURCE_UNDECIDED', 'warning', base, location));
        break;
      case 'principal-unknown':
        if (decide.principal) needs.push(decide.principal);
        findings.push(finding('POLICY_PRINCIPAL_ROLE_UNKNOWN', 'warning', base, location));
        break;
      case 'not-a-policy':
        findings.push(finding('POLICY_NOT_A_POLICY', 'error', {}, location));
        break;
      default:
        findings.push(finding('POLICY_STATEMENT_UNREADABLE', 'warning', { ...base, element: u.path.join('.') || 'Statement' }, location));
    }
  }
  return { findings, needs };
}

/** Finding codes for a statement that never applies because of a condition on a key the request does not carry. */
const NEVER_CODES: Record<'Allow' | 'Deny', Partial<Record<NeverMatch['reason'], PolicyFindingCode>>> = {
  Allow: {
    invented: 'POLICY_CONDITION_KEY_INVENTED',
    'service-call': 'POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL',
    'not-in-request': 'POLICY_CONDITION_KEY_NOT_IN_REQUEST',
    absent: 'POLICY_CONDITION_KEY_NOT_IN_REQUEST',
  },
  // A Deny that never applies only matters when its author meant it to: a key that does not exist.
  Deny: { invented: 'POLICY_DENY_CONDITION_KEY_INVENTED' },
};

/**
 * Statements that would apply to the copy but for a condition on a key its request never carries (ADR 5): an Allow
 * that never matches, a Deny on an invented key that never applies. One finding per statement and key, with the
 * actions affected. `service` names the service whose keys are meant (AWS KMS, AWS Backup).
 *
 * `allowed` says the policy allows that action anyway (another Allow covers it, such as the one a corrected policy
 * adds beside the user's statement, which it keeps). A dead Allow whose every action is allowed so blocks nothing:
 * its findings are suggestions, and one more (POLICY_DEAD_ALLOW_COVERED) says the copy is not blocked by it.
 */
export function neverMatchFindings(input: PasteKey, parsed: ParsedJson, items: { action: string; never?: NeverMatch[]; allowed?: boolean }[], service: string): Finding[] {
  const groups = new Map<string, { n: NeverMatch; actions: string[]; covered: boolean }>();
  for (const { action, never, allowed } of items) {
    for (const n of never ?? []) {
      const id = `${n.index}|${n.operator}|${n.key}`;
      const g = groups.get(id);
      if (g) {
        if (!g.actions.includes(action)) g.actions.push(action);
        g.covered &&= allowed === true;
      } else groups.set(id, { n, actions: [action], covered: allowed === true });
    }
  }
  const out: Finding[] = [];
  const covered = new Map<number, { n: NeverMatch; actions: string[] }>();
  for (const { n, actions, covered: harmless } of groups.values()) {
    const code = n.effect ? NEVER_CODES[n.effect][n.reason] : undefined;
    if (!code) continue;
    const dead = n.effect === 'Allow' && harmless;
    out.push(
      finding(
        code,
        dead ? 'suggestion' : 'warning',
        { statement: statementLabel(n.index, n.sid), key: n.key, operator: n.operator, actions: actions.join(', '), service },
        policyLocation(input, parsed, ['Statement', n.index, 'Condition', n.operator, n.key]),
      ),
    );
    if (dead) {
      const c = covered.get(n.index);
      if (c) c.actions.push(...actions.filter((a) => !c.actions.includes(a)));
      else covered.set(n.index, { n, actions: [...actions] });
    }
  }
  for (const { n, actions } of covered.values()) {
    out.push(finding('POLICY_DEAD_ALLOW_COVERED', 'suggestion', { statement: statementLabel(n.index, n.sid), actions: actions.join(', ') }, policyLocation(input, parsed, ['Statement', n.index])));
  }
  return out;
}

/** Two 12-digit account IDs one typo apart: one digit changed, or two neighbouring digits swapped. */
export function nearMiss(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * Principals that name an account one typo away from the one the copy needs (210987654312 for 210987654321):
 * the likely reason the policy does not allow it.
 */
export function nearMissFindings(input: PasteKey, parsed: ParsedJson, statements: NormalStatement[], expected: string): Finding[] {
  const out: Finding[] = [];
  for (const st of statements) {
    const seen = new Set<string>();
    for (const p of st.principal?.aws ?? []) {
      const account = /^(?:arn:[^:]+:iam::)?(\d{12})(?::|$)/.exec(p.trim())?.[1];
      if (!account || seen.has(account) || !nearMiss(account, expected)) continue;
      seen.add(account);
      out.push(finding('POLICY_ACCOUNT_NEAR_MISS', 'warning', { statement: statementLabel(st.index, st.sid), found: account, expected }, policyLocation(input, parsed, ['Statement', st.index, 'Principal'])));
    }
  }
  return out;
}

/**
 * What happened to each template placeholder of a pasted policy: replaced by the user's ID (said, with where it was),
 * or left, because which account it means is not clear (an error asking for the right ID).
 */
export function placeholderFindings(input: PasteKey, parsed: ParsedJson | undefined, hits: PlaceholderHit[]): { replaced: Finding[]; unclear: Finding[]; needs: string[] } {
  const replaced: Finding[] = [];
  const unclear: Finding[] = [];
  const needs: string[] = [];
  for (const h of hits) {
    const location = policyLocation(input, parsed, h.path);
    const placeholder = h.placeholder.trim() || h.placeholder;
    if (h.replacement !== undefined && h.accountId) {
      replaced.push(finding('POLICY_PLACEHOLDER_REPLACED', 'warning', { placeholder, accountId: h.accountId, value: h.value, replacement: h.replacement }, location));
    } else if (h.role) {
      needs.push(h.role === 'source' ? 'sourceAccountId' : 'destinationAccountId');
      unclear.push(finding('POLICY_PLACEHOLDER_ID_UNKNOWN', 'error', { placeholder, value: h.value }, location));
    } else {
      unclear.push(finding('POLICY_PLACEHOLDER_UNCLEAR', 'error', { placeholder, value: h.value }, location));
    }
  }
  return { replaced, unclear, needs };
}
