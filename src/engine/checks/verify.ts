// Every corrected document is checked by the engine itself before it is shown (DESIGN.md): the check runs again
// with the correction pasted in. The copy's requests must then all be allowed, with nothing left for a corrected
// policy to add (`pass`, or `warn` only for what the user has to judge and the fix must not touch: a dead statement
// kept as it was, a documentation ID that is the user's own), with no finding the original did not have, and with no
// placeholder left in a principal, resource or condition, nor template words the paste did not have.
import { parse, type ParseError } from 'jsonc-parser';
import { applyFix } from '../fixes/apply';
import { findPlaceholders } from '../fixes/placeholders';
import { newTemplateWord } from '../core/placeholders';
import { GRAMMAR_CODES } from '../policy/grammar';
import type { Finding, Fix, Session, Status } from '../types';
import { rejectedByAws, type CheckInput } from './common';
import { findingsFor } from './registry';

/** Every finding code this module emits, for any check that uses it. */
export const VERIFY_CODES = [
  'FIX_AFTER_HAND_EDIT',
  'FIX_NOT_VERIFIED',
  'EXAMPLE_ACCOUNT_ID_IS_YOURS',
] as const;
const finding = findingsFor(VERIFY_CODES);

export interface Verdict {
  ok: boolean;
  status: Status;
  reason: 'ok' | 'status' | 'new-finding' | 'placeholder' | 'refused';
  /** When not ok: the finding to show instead of the fix. */
  finding?: Finding;
}

/** What the check says about the corrected policy. */
export interface Recheck {
  status: Status;
  /** Every finding, grammar included. */
  findings: Finding[];
  /** Something a corrected policy would still change (a recommended action missing, a grant only through EC2...). */
  open: boolean;
}

/** Template words the engine's text must not bring in (`core/placeholders`). */
export const newPlaceholder = newTemplateWord;

export function hasPlaceholder(text: string, own: readonly string[] = []): boolean {
  return newPlaceholder(text, '', own) !== undefined;
}

/** The account IDs the user's facts give (a documentation example ID among them is the user's own). */
function ownAccounts(input: CheckInput | undefined): string[] {
  return [input?.facts.sourceAccountId?.value, input?.facts.destinationAccountId?.value].flatMap((v) => (v ? [v.trim()] : []));
}

/**
 * A placeholder in a corrected document: a principal, ARN or account condition that still holds one (kept from the
 * paste or new), or template words the paste did not have. A Sid that happens to say "Example" is not one.
 */
export function documentHasPlaceholder(text: string, input?: CheckInput, original?: string): boolean {
  if (newPlaceholder(text, original ?? '', ownAccounts(input)) !== undefined) return true;
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors);
  if (errors.length > 0) return false;
  const ids = {
    ...(input?.facts.sourceAccountId?.value ? { sourceAccountId: input.facts.sourceAccountId.value.trim() } : {}),
    ...(input?.facts.destinationAccountId?.value ? { destinationAccountId: input.facts.destinationAccountId.value.trim() } : {}),
  };
  return findPlaceholders(value, ids).length > 0;
}

/** Findings a corrected policy may add without making anything worse: it names the user's own account, and that
 *  account happens to be a documentation example ID (EXAMPLE_ACCOUNT_ID_IS_YOURS says so, for a person to confirm). */
const ABOUT_THE_FACTS = new Set(['EXAMPLE_ACCOUNT_ID_IS_YOURS']);
const LOOK = (f: Finding) => f.severity !== 'suggestion' && !ABOUT_THE_FACTS.has(f.code);

function counts(findings: Finding[], which: (f: Finding) => boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (which(f)) m.set(f.code, (m.get(f.code) ?? 0) + 1);
  return m;
}

/**
 * A finding code the corrected policy has more often than the original: the fix made something worse. Findings in the
 * statements the fix appended (from index `added` on) are not counted: a companion Deny repeats its original's
 * conditions, and with them its warnings.
 */
function newCode(after: Finding[], before: Finding[], added: number): string | undefined {
  const b = counts(before, LOOK);
  const inOriginal = (f: Finding) => {
    const p = f.location?.path;
    return !(p && p[0] === 'Statement' && typeof p[1] === 'number' && p[1] >= added);
  };
  for (const [code, n] of counts(after, (f) => LOOK(f) && inOriginal(f))) if (n > (b.get(code) ?? 0)) return code;
  return undefined;
}

/** `added`: the index of the first statement the fix appended (the original policy's statement count). */
export function verifyFix(input: CheckInput, fix: Fix, rerun: (session: Session) => Recheck, before: Finding[], added = Number.MAX_SAFE_INTEGER): Verdict {
  const failed = (status: Status, reason: Verdict['reason']): Verdict => ({
    ok: false,
    status,
    reason,
    finding: finding('FIX_NOT_VERIFIED', 'error', { status, reason }),
  });
  const original = fix.documents.map((d) => input.session.pastes[d.input] ?? '').join('\n');
  const placeholder = fix.commands.some((c) => hasPlaceholder(c, ownAccounts(input))) || fix.documents.some((d) => documentHasPlaceholder(d.text, input, original));
  if (placeholder) return failed('fail', 'placeholder');
  const again = rerun(applyFix(input.session, fix));
  const settled = again.status === 'pass' || (again.status === 'warn' && !again.open);
  if (!settled) {
    // AWS would refuse the policy for a reason no corrected policy changes (a duplicate Sid, an invalid principal the
    // user has to name): say so, rather than show a policy that would fail again.
    const refusal = (f: Finding) => rejectedByAws(f) && (GRAMMAR_CODES as readonly string[]).includes(f.code);
    const refused = again.findings.filter(refusal);
    const stillThere = counts(before, refusal);
    if (refused.length > 0 && refused.every((f) => stillThere.has(f.code))) {
      return { ok: false, status: again.status, reason: 'refused', finding: finding('FIX_AFTER_HAND_EDIT', 'warning', { count: refused.length }) };
    }
    return failed(again.status, 'status');
  }
  if (newCode(again.findings, before, added)) return failed(again.status, 'new-finding');
  return { ok: true, status: again.status, reason: 'ok' };
}
