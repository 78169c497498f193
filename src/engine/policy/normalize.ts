// A tolerant, normalized view of an IAM policy value (resource policy or SCP): every element as a list, with the JSON
// path of each statement. Never throws; whatever is not understood is left out (the grammar reports it).

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

/** IAM wildcard match (`*` any run, `?` one character); case-insensitive, as action names are. */
export function wildcardMatch(pattern: string, value: string, caseInsensitive = true): boolean {
  const p = caseInsensitive ? pattern.toLowerCase() : pattern;
  const v = caseInsensitive ? value.toLowerCase() : value;
  // Iterative glob with backtracking to the last `*`: linear for practical patterns.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (star !== -1) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** Does the statement's Action (or NotAction) cover `action`? */
export function statementCoversAction(st: NormalizedStatement, action: string): boolean {
  if (st.actions) return st.actions.some((a) => wildcardMatch(a, action));
  if (st.notActions) return !st.notActions.some((a) => wildcardMatch(a, action));
  return false;
}

/** The account a principal value names as a whole (`arn:aws:iam::ID:root` or a bare ID), if it does. */
export function principalRootAccount(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  const m = /^arn:aws(?:-cn|-us-gov)?:iam::(\d{12}):root$/.exec(value);
  return m ? m[1] : undefined;
}

/** The account of an IAM or STS principal ARN (role, user, assumed role), if any. */
export function principalAccount(value: string): string | undefined {
  const root = principalRootAccount(value);
  if (root) return root;
  const m = /^arn:aws(?:-cn|-us-gov)?:(?:iam|sts)::(\d{12}):/.exec(value);
  return m ? m[1] : undefined;
}
