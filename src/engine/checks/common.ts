// What every check receives, and small helpers to build findings.
import type { KnowledgePack } from '../knowledge/schema';
import { locate, type ParsedJson } from '../json/parse';
import type { CheckId, CheckResult, FactKey, FactValue, Finding, Location, Params, PasteKey, Session, Severity, TriageMatch } from '../types';
import type { Command, Rejection, ValueOrigin } from '../core/shell';
import { rejectionFindings, rejectionNeeds } from '../inputs/rejections';

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

/** Where a resolved fact came from, for a command that uses it. */
export function factOrigin(input: CheckInput, key: FactKey): ValueOrigin {
  return { input: input.facts[key]?.from ?? 'facts', fact: key };
}

/**
 * Collects the commands of a fix: a command whose values are all given and valid is kept; one with a rejected value
 * is left out, and its rejections become INPUT_VALUE_REJECTED findings and `needs` (never a command with the value).
 */
export class Commands {
  readonly lines: string[] = [];
  readonly rejected: Rejection[] = [];
  constructor(private readonly input: CheckInput) {}
  /** Adds the command when it can run as it is; returns whether it was added. */
  add(cmd: Command): boolean {
    this.rejected.push(...cmd.rejected);
    if (!cmd.ok) return false;
    this.lines.push(cmd.text);
    return true;
  }
  /** Adds a rejection found before any command was built (a copy job field left out by its reader). */
  reject(rs: Rejection[]): void {
    this.rejected.push(...rs);
  }
  findings(): Finding[] {
    return rejectionFindings(this.rejected, this.input.session.pastes);
  }
  needs(): string[] {
    return rejectionNeeds(this.rejected);
  }
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

/** A fix's summary is its code until the catalog renders it: the engine has no words of its own (diagnose() fills them). */
export function fixSummary(code: string): { summary: string; summaryCode: string } {
  return { summary: code, summaryCode: code };
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
