// A tolerant, normalized view of an IAM policy value (resource policy or SCP): every element as a list, with the JSON
// path of each statement. Never throws; whatever is not understood is left out (the grammar reports it).
import { actionMatches } from './match';

export type JsonPath = (string | number)[];

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';
export const PRINCIPAL_TYPES: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

export interface NormalizedPrincipal {
  /** `*` for `"Principal": "*"`. */
  type: PrincipalType | '*';
  value: string;
}

export interface NormalizedCondition {
  /** As written, e.g. `ForAnyValue:StringLike`. */
  operator: string;
  key: string;
  values: string[];
}

export interface NormalizedStatement {
  index: number;
  path: JsonPath;
  sid?: string;
  effect?: 'Allow' | 'Deny';
  /** Undefined when the statement has no Principal element. */
  principals?: NormalizedPrincipal[];
  notPrincipals?: NormalizedPrincipal[];
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  conditions: NormalizedCondition[];
}

export interface NormalizedPolicy {
  version?: string;
  id?: string;
  statements: NormalizedStatement[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** A string or a list of strings (numbers and booleans are read as text); undefined when absent. */
export function stringList(v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.map(scalarText).filter((s): s is string => s !== undefined);
  const s = scalarText(v);
  return s === undefined ? [] : [s];
}

function principals(v: unknown): NormalizedPrincipal[] | undefined {
  if (v === undefined) return undefined;
  if (v === '*') return [{ type: '*', value: '*' }];
  if (!isRecord(v)) return [];
  const out: NormalizedPrincipal[] = [];
  for (const type of PRINCIPAL_TYPES) {
    for (const value of stringList(own(v, type)) ?? []) out.push({ type, value });
  }
  return out;
}

function conditions(v: unknown): NormalizedCondition[] {
  if (!isRecord(v)) return [];
  const out: NormalizedCondition[] = [];
  for (const [operator, block] of Object.entries(v)) {
    if (!isRecord(block)) continue;
    for (const [key, values] of Object.entries(block)) out.push({ operator, key, values: stringList(values) ?? [] });
  }
  return out;
}

function statement(v: unknown, index: number, path: JsonPath): NormalizedStatement | undefined {
  if (!isRecord(v)) return undefined;
  const effect = own(v, 'Effect');
  const sid = own(v, 'Sid');
  return {
    index,
    path,
    sid: typeof sid === 'string' ? sid : undefined,
    effect: effect === 'Allow' || effect === 'Deny' ? effect : undefined,
    principals: principals(own(v, 'Principal')),
    notPrincipals: principals(own(v, 'NotPrincipal')),
    actions: stringList(own(v, 'Action')),
    notActions: stringList(own(v, 'NotAction')),
    resources: stringList(own(v, 'Resource')),
    notResources: stringList(own(v, 'NotResource')),
    conditions: conditions(own(v, 'Condition')),
  };
}

/** Normalize a policy value (as parsed). `prefix` is put before every path (for a policy inside a list of SCPs). */
export function normalizePolicy(value: unknown, prefix: JsonPath = []): NormalizedPolicy {
  if (!isRecord(value)) return { statements: [] };
  const version = own(value, 'Version');
  const id = own(value, 'Id');
  const raw = own(value, 'Statement');
  const statements: NormalizedStatement[] = [];
  if (Array.isArray(raw)) {
    raw.forEach((s, i) => {
      const st = statement(s, i, [...prefix, 'Statement', i]);
      if (st) statements.push(st);
    });
  } else if (isRecord(raw)) {
    const st = statement(raw, 0, [...prefix, 'Statement']);
    if (st) statements.push(st);
  }
  return {
    version: typeof version === 'string' ? version : undefined,
    id: typeof id === 'string' ? id : undefined,
    statements,
  };
}

// Matching ------------------------------------------------------------------------------------------------------

/** Does the statement's Action (or NotAction) cover `action`? */
export function statementCoversAction(st: NormalizedStatement, action: string): boolean {
  if (st.actions) return st.actions.some((a) => actionMatches(a, action));
  if (st.notActions) return !st.notActions.some((a) => actionMatches(a, action));
  return false;
}

export { principalAccount, principalRootAccount } from './match';
