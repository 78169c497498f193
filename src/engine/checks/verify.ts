// Every corrected document is checked by the engine itself before it is shown (DESIGN.md): the check runs again
// with the correction pasted in, and must pass, without a grammar error the original did not have, and with no
// placeholder left anywhere in it (kept from the paste or new).
import { parse, type ParseError } from 'jsonc-parser';
import { applyFix } from '../fixes/apply';
import { findPlaceholders } from '../fixes/placeholders';
import type { Finding, Fix, Session, Status } from '../types';
import type { CheckInput } from './common';

export interface Verdict {
  ok: boolean;
  status: Status;
  reason: 'ok' | 'status' | 'grammar' | 'placeholder';
}

/** Words a template leaves in: never in a corrected document or command. */
const PLACEHOLDER = /(source|destination|dest|target|your|my)[-_ ]?account[-_ ]?(id|number)\b|account[-_ ]?id\b|<[A-Za-z_ -]+>|\$\{|\{\{|\bREPLACE|\bEXAMPLE\b|\bTODO\b|\.\.\.|\b(111122223333|444455556666|123456789012)\b/i;

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** Placeholder-like text in `text` that `original` (the user's own paste) does not already contain. */
export function newPlaceholder(text: string, original = ''): string | undefined {
  const re = new RegExp(PLACEHOLDER.source, 'gi');
  for (const m of text.matchAll(re)) if (!original.includes(m[0])) return m[0];
  return undefined;
}

/** A placeholder anywhere in a corrected document: template words, or a principal or ARN that still holds one. */
export function documentHasPlaceholder(text: string, input?: CheckInput): boolean {
  if (hasPlaceholder(text)) return true;
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors);
  if (errors.length > 0) return false;
  const ids = {
    ...(input?.facts.sourceAccountId?.value ? { sourceAccountId: input.facts.sourceAccountId.value.trim() } : {}),
    ...(input?.facts.destinationAccountId?.value ? { destinationAccountId: input.facts.destinationAccountId.value.trim() } : {}),
  };
  return findPlaceholders(value, ids).length > 0;
}

function errorCounts(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') m.set(f.code, (m.get(f.code) ?? 0) + 1);
  return m;
}

export function verifyFix(
  input: CheckInput,
  fix: Fix,
  rerun: (session: Session) => { status: Status; grammar: Finding[] },
  grammarBefore: Finding[],
): Verdict {
  // Any placeholder, not only a new one: a placeholder kept from the paste makes the document as unusable.
  const placeholder = fix.commands.some(hasPlaceholder) || fix.documents.some((d) => documentHasPlaceholder(d.text, input));
  if (placeholder) return { ok: false, status: 'fail', reason: 'placeholder' };
  const again = rerun(applyFix(input.session, fix));
  if (again.status !== 'pass') return { ok: false, status: again.status, reason: 'status' };
  const before = errorCounts(grammarBefore);
  for (const [code, n] of errorCounts(again.grammar)) if (n > (before.get(code) ?? 0)) return { ok: false, status: again.status, reason: 'grammar' };
  return { ok: true, status: 'pass', reason: 'ok' };
}
