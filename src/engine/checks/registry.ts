// A check is one unit: its id, what its step asks for, the facts it reads, every finding and fix code it can emit
// (each needs words in every language: the catalogs' types say so), and the function that decides it.
// `checks/index.ts` lists them; diagnose(), the wizard's steps, FACTS_USED and the catalog tests derive from that list.
import type { CheckId, CheckResult, FactKey, Finding, Location, Params, PasteKey, Severity } from '../types';
import type { CheckInput } from './common';

export interface Question {
  id: string;
  options: readonly string[];
}

/** What the check's wizard step asks for. Plain data: the start page carries it without the check's logic. */
export interface CheckStep {
  /** Pasted inputs the step asks for. */
  inputs: readonly PasteKey[];
  /** Multiple-choice questions; answers are stored under the question id. */
  questions?: readonly Question[];
  /** Free-text answers (a number of days, an ARN), stored under their id. */
  fields?: readonly string[];
}

export interface CheckDefinition<Id extends CheckId = CheckId, Code extends string = string, FixCode extends string = string> {
  id: Id;
  step: CheckStep;
  /** Facts the check reads: a conflict about one of them is shown with the check. */
  factsUsed: readonly FactKey[];
  /** Every finding code the check emits itself (shared codes are in `SHARED_CODES`). */
  codes: readonly Code[];
  /** Every fix summary code. */
  fixCodes: readonly FixCode[];
  run: (input: CheckInput) => CheckResult;
}

export function defineCheck<const Id extends CheckId, const Code extends string, const FixCode extends string>(
  check: CheckDefinition<Id, Code, FixCode>,
): CheckDefinition<Id, Code, FixCode> {
  return check;
}

/** A `finding()` that takes only the codes in `codes`: emitting an undeclared code is a compile error. */
export function findingsFor<const Code extends string>(_codes: readonly Code[]) {
  return (code: Code, severity: Severity, params?: Params, location?: Location): Finding => {
    const f: Finding = { code, severity, message: code };
    if (params && Object.keys(params).length > 0) f.params = params;
    if (location) f.location = location;
    return f;
  };
}

/** The fix summary codes in `codes`, checked at compile time. */
export function fixCodesFor<const FixCode extends string>(_codes: readonly FixCode[]) {
  return (code: FixCode): FixCode => code;
}
