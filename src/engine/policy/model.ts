// Statement normalisation for the evaluator: a pasted policy (any JSON value) becomes a list of statements
// whose elements are always lists, with the original index and Sid kept for findings.

export type Effect = 'Allow' | 'Deny';

/** A principal element, normalised. `any` is `"*"`; the maps keep every value as a string list. */
export interface PrincipalSpec {
  any: boolean;
  /** Values of the AWS key ("*", account IDs, account root ARNs, role/user ARNs, unique IDs). */
  aws: string[];
  service: string[];
  federated: string[];
  canonicalUser: string[];
  /** Keys we do not know (they match nothing). */
  other: string[];
  /** The element was not a string or an object (or held non-string values): cannot be read. */
  malformed: boolean;
}

export interface ConditionEntry {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The key as written. */
  key: string;
  values: unknown[];
}

export interface NormalStatement {
  index: number;
  sid?: string;
  /** `undefined` when the Effect is missing or not exactly `Allow` / `Deny`. */
  effect?: Effect;
  rawEffect: unknown;
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  conditions: ConditionEntry[];
  /** The Condition element was present but not an object of objects. */
  conditionMalformed: boolean;
  /** Action/Resource elements held something other than strings. */
  elementMalformed: string[];
  raw: unknown;
}

export interface NormalPolicy {
  statements: NormalStatement[];
  /** Why the document is not a policy at all (no Statement, not an object...). */
  problem?: 'not-object' | 'no-statement' | 'statement-not-list';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string or a list of strings; anything else is reported as malformed. */
function stringList(v: unknown): { list: string[]; ok: boolean } {
  if (typeof v === 'string') return { list: [v], ok: true };
  if (Array.isArray(v)) {
    const list = v.filter((x): x is string => typeof x === 'string');
    return { list, ok: list.length === v.length };
  }
  return { list: [], ok: false };
}

/** Find a property by name ignoring case (policy element names are case-sensitive in AWS, but a pasted
 *  `principal` is still recognisably the Principal; the grammar reports the casing separately). */
function prop(obj: Record<string, unknown>, name: string): unknown {
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return obj[k];
  return undefined;
}

function hasProp(obj: Record<string, unknown>, name: string): boolean {
  const lower = name.toLowerCase();
  return Object.keys(obj).some((k) => k.toLowerCase() === lower);
}

export function normalisePrincipal(v: unknown): PrincipalSpec {
  const spec: PrincipalSpec = { any: false, aws: [], service: [], federated: [], canonicalUser: [], other: [], malformed: false };
  if (typeof v === 'string') {
    if (v.trim() === '*') spec.any = true;
    else spec.malformed = true;
    return spec;
  }
  if (!isRecord(v)) {
    spec.malformed = true;
    return spec;
  }
  for (const [k, raw] of Object.entries(v)) {
    const { list, ok } = stringList(raw);
    if (!ok) spec.malformed = true;
    switch (k.toLowerCase()) {
      case 'aws':
        spec.aws.push(...list);
        break;
      case 'service':
        spec.service.push(...list);
        break;
      case 'federated':
        spec.federated.push(...list);
        break;
      case 'canonicaluser':
        spec.canonicalUser.push(...list);
        break;
      default:
        spec.other.push(...list);
    }
  }
  return spec;
}

/** An object's keys by lower-case name (element names are matched ignoring case; see `prop`). */
function keysByLowerCase(obj: Record<string, unknown>): Map<string, string> {
  const m = new Map<string, string>();
  for (const k of Object.keys(obj)) {
    const lower = k.toLowerCase();
    if (!m.has(lower) || k === lower) m.set(lower, k);
  }
  return m;
}

const LIST_ELEMENTS = [
  ['action', 'Action', 'action'],
  ['notaction', 'NotAction', 'notAction'],
  ['resource', 'Resource', 'resource'],
  ['notresource', 'NotResource', 'notResource'],
] as const;

export function normaliseStatement(raw: unknown, index: number): NormalStatement {
  const st: NormalStatement = { index, rawEffect: undefined, conditions: [], conditionMalformed: false, elementMalformed: [], raw };
  if (!isRecord(raw)) {
    st.elementMalformed.push('Statement');
    return st;
  }
  const keys = keysByLowerCase(raw);
  // The exact spelling wins over another casing of the same element.
  const get = (exact: string, lower: string): unknown => (exact in raw ? raw[exact] : keys.has(lower) ? raw[keys.get(lower)!] : undefined);
  const has = (exact: string, lower: string): boolean => exact in raw || keys.has(lower);
  const sid = get('Sid', 'sid');
  if (typeof sid === 'string') st.sid = sid;
  st.rawEffect = get('Effect', 'effect');
  if (st.rawEffect === 'Allow' || st.rawEffect === 'Deny') st.effect = st.rawEffect;
  if (has('Principal', 'principal')) st.principal = normalisePrincipal(get('Principal', 'principal'));
  if (has('NotPrincipal', 'notprincipal')) st.notPrincipal = normalisePrincipal(get('NotPrincipal', 'notprincipal'));
  for (const [lower, name, field] of LIST_ELEMENTS) {
    if (!has(name, lower)) continue;
    const { list, ok } = stringList(get(name, lower));
    st[field] = list;
    if (!ok) st.elementMalformed.push(name);
  }
  if (has('Condition', 'condition')) {
    const cond = get('Condition', 'condition');
    if (!isRecord(cond)) st.conditionMalformed = true;
    else {
      for (const [operator, block] of Object.entries(cond)) {
        if (!isRecord(block)) {
          st.conditionMalformed = true;
          continue;
        }
        for (const [key, value] of Object.entries(block)) {
          st.conditions.push({ operator, key, values: Array.isArray(value) ? value : [value] });
        }
      }
    }
  }
  return st;
}

export function normalisePolicy(policy: unknown): NormalPolicy {
  if (!isRecord(policy)) return { statements: [], problem: 'not-object' };
  if (!hasProp(policy, 'Statement')) return { statements: [], problem: 'no-statement' };
  const raw = prop(policy, 'Statement');
  if (isRecord(raw)) return { statements: [normaliseStatement(raw, 0)] };
  if (!Array.isArray(raw)) return { statements: [], problem: 'statement-not-list' };
  return { statements: raw.map((s, i) => normaliseStatement(s, i)) };
}

/** The statements of a policy value as a list (a single statement object counts as a list of one). */
export function statementList(policy: unknown): unknown[] {
  if (!isRecord(policy)) return [];
  const raw = prop(policy, 'Statement');
  if (Array.isArray(raw)) return raw;
  if (isRecord(raw)) return [raw];
  return [];
}

/** The policy without the statements at `indices` (to ask what is left once some Deny statements no longer apply). */
export function withoutStatements(policy: unknown, indices: readonly number[]): unknown {
  if (!isRecord(policy) || indices.length === 0) return policy;
  const drop = new Set(indices);
  const key = Object.keys(policy).find((k) => k.toLowerCase() === 'statement');
  if (key === undefined) return policy;
  const raw = policy[key];
  const list = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : [];
  return { ...policy, [key]: list.filter((_s, i) => !drop.has(i)) };
}
