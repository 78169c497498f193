// What every check receives, and small helpers to build findings.
import type { KnowledgePack } from '../knowledge/schema';
import { locate, type ParsedJson } from '../json/parse';
import type { CheckId, CheckResult, FactKey, FactValue, Finding, Location, Params, PasteKey, Session, Severity, TriageMatch } from '../types';

export interface CheckInput {
  session: Session;
  facts: Partial<Record<FactKey, FactValue>>;
  triage: TriageMatch[];
  knowledge?: KnowledgePack;
}

export function fact(input: CheckInput, key: FactKey): string | undefined {
  const v = input.facts[key]?.value?.trim();
  return v ? v : undefined;
}

export function paste(input: CheckInput, key: PasteKey): string | undefined {
  const v = input.session.pastes[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export function finding(code: string, severity: Severity, params?: Params, location?: Location): Finding {
  const f: Finding = { code, severity, message: code };
  if (params && Object.keys(params).length > 0) f.params = params;
  if (location) f.location = location;
  return f;
}

/** A location in a pasted policy, with line and column into the text exactly as pasted. */
export function policyLocation(input: PasteKey, parsed: ParsedJson | undefined, path: (string | number)[]): Location {
  const loc: Location = { input, path };
  if (!parsed) return loc;
  const pos = locate(parsed, path);
  if (pos) Object.assign(loc, pos);
  return loc;
}

/** How a statement is named in messages: its Sid in quotes, or `#n` (1-based) when it has none. */
export function statementLabel(index: number, sid: string | undefined): string {
  return sid ? `"${sid}"` : `#${index + 1}`;
}

export function result(id: CheckId, status: CheckResult['status'], findings: Finding[], extra: Partial<CheckResult> = {}): CheckResult {
  const r: CheckResult = { id, status, findings };
  if (extra.fix) r.fix = extra.fix;
  if (extra.needs && extra.needs.length > 0) r.needs = [...new Set(extra.needs)];
  return r;
}

/** Account IDs usable in a request: 12 digits. */
export function isAccountId(s: string | undefined): s is string {
  return typeof s === 'string' && /^\d{12}$/.test(s);
}

/**
 * A grammar error that makes AWS refuse the policy (put-key-policy, put-backup-vault-access-policy): an invalid
 * principal, a placeholder, a lockout... A policy that cannot be put is not a passing policy. Paste damage is not one
 * of them: it is repaired before the policy is read, and was not in the policy the user copied it from.
 */
export function rejectedByAws(f: Finding): boolean {
  return f.severity === 'error' && !f.code.startsWith('PASTE_DAMAGE_');
}
