// A small IAM policy evaluator for one resource policy and one request. It never guesses: whatever it cannot
// decide (an operator it does not know, a context key the caller did not supply, an ambiguous NotPrincipal)
// makes the answer `unknown`, with the reasons, rather than `allow`.
//
// Order of precedence: a Deny that certainly applies > a Deny that may apply (unknown) > an Allow that
// certainly applies > an Allow that may apply (unknown) > implicit deny.
//
// Context convention: a key present in `context` with the value `undefined` is known to be ABSENT from the
// request; a key not in `context` at all is UNKNOWN (it may or may not be there, with any value), unless the
// request's `absentKey` says the request certainly lacks it.
//
// Resources: `request.resource` is the ARN the request is made on. A part of it that is not known (the vault's name,
// the key's ID) is written as UNKNOWN_PART; a statement that names a specific resource is then undecided, unless a
// known part already rules it out.
import type { AbsentReason } from './conditionKeys';
import { actionMatches, globMatch, isUniqueId, principalRootAccount } from './match';
import { normalisePolicy, type ConditionEntry, type NormalPolicy, type NormalStatement, type PrincipalSpec } from './model';

/** A value not known, except that it is none of `except` (compared ignoring case): the documentation's example
 *  organization IDs are never the user's organization. */
export interface UnknownExcept {
  unknownExcept: string[];
}

export type ContextValue = string | string[] | boolean | number | undefined | UnknownExcept;

/** Marks a part of `Request.resource` that is not known. */
export const UNKNOWN_PART = '\u0000';

export interface Request {
  /** `arnUnknown`: only the account is known, not which of its roles or users makes the request. */
  principal: { type: 'AWS' | 'Service'; arn: string; account?: string; arnUnknown?: boolean };
  action: string;
  resource?: string;
  context: Record<string, ContextValue>;
  /** For keys not in `context`: why the request certainly does not carry the key, or undefined when it may. */
  absentKey?: (key: string) => AbsentReason | undefined;
}

/** A statement that would apply to the request but for a condition on a key the request does not carry. */
export interface NeverMatch {
  index: number;
  sid?: string;
  effect?: 'Allow' | 'Deny';
  operator: string;
  key: string;
  /** Why the key is absent; `absent` when the caller's context says so without a reason. */
  reason: AbsentReason | 'absent';
}

export interface Deciding {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
}

/** A structured reason for an unknown answer, for findings with parameters. */
export interface Unknown {
  index: number;
  sid?: string;
  effect?: 'Allow' | 'Deny';
  /** What could not be decided. */
  reason:
    | 'unknown-operator'
    | 'key-unknown'
    | 'bad-value'
    | 'date'
    | 'not-principal-ambiguous'
    | 'resource-unknown'
    | 'bad-effect'
    | 'malformed'
    | 'no-principal'
    | 'principal-unknown'
    | 'not-a-policy';
  operator?: string;
  key?: string;
  /** For `resource-unknown`: the parts of the resource ARN that decide it and are not known. */
  parts?: ArnPart[];
  /** Where in the statement, e.g. ['Condition', 'StringEquals', 'kms:ViaService']. */
  path: (string | number)[];
}

export interface Decision {
  decision: 'allow' | 'explicit-deny' | 'implicit-deny' | 'unknown';
  deciding: Deciding[];
  unknownReasons?: string[];
  unknowns?: Unknown[];
  /** Statements that never apply to the request because of a condition on a key it does not carry. */
  neverMatches?: NeverMatch[];
}

export interface EvaluateOptions {
  /** Resource policies must name a principal: a statement without Principal/NotPrincipal is then malformed
   *  (unknown). Identity policies (false) apply to whoever holds them. Default true. */
  requirePrincipal?: boolean;
}

type Tri = 'yes' | 'no' | 'unknown';

interface StatementOutcome {
  match: Tri;
  unknowns: Unknown[];
  never?: NeverMatch[];
}

// ---------------------------------------------------------------------------------------------------------
// Matching: one glob and action matcher for the whole policy core (./match).

export { actionMatches, globMatch } from './match';

/** ARN match component by component (ArnLike semantics); the resource part may hold colons. */
export function arnMatches(pattern: string, value: string): boolean {
  return arnMatch(pattern, value).t === 'yes';
}

export type ArnPart = 'partition' | 'service' | 'region' | 'account' | 'resource';
const ARN_PARTS: readonly (ArnPart | 'arn')[] = ['arn', 'partition', 'service', 'region', 'account', 'resource'];

const onlyStars = (s: string) => /^\*+$/.test(s);

/** One ARN part whose value holds UNKNOWN_PART (the known text before it, if any, is a fixed prefix). */
function unknownPartMatch(pattern: string, value: string): Tri {
  if (onlyStars(pattern)) return 'yes';
  const prefix = value.slice(0, value.indexOf(UNKNOWN_PART));
  const literal = /^[^*?]*/.exec(pattern)![0];
  if (literal.length >= prefix.length) {
    if (!literal.startsWith(prefix)) return 'no';
    return pattern.length > prefix.length && onlyStars(pattern.slice(prefix.length)) ? 'yes' : 'unknown';
  }
  if (!prefix.startsWith(literal)) return 'no';
  return onlyStars(pattern.slice(literal.length)) ? 'yes' : 'unknown';
}

/** ARN match that knows about UNKNOWN_PART: the parts that leave it undecided come with an unknown answer. */
export function arnMatch(pattern: string, value: string): { t: Tri; parts: ArnPart[] } {
  if (pattern === '*') return { t: 'yes', parts: [] };
  const p = pattern.split(':');
  const v = value.split(':');
  if (p.length < 6 || v.length < 6) return { t: 'no', parts: [] };
  const pp = [...p.slice(0, 5), p.slice(5).join(':')];
  const vv = [...v.slice(0, 5), v.slice(5).join(':')];
  const parts: ArnPart[] = [];
  let t: Tri = 'yes';
  for (let i = 0; i < pp.length; i++) {
    const pat = pp[i]!;
    const val = vv[i] ?? '';
    const one: Tri = val.includes(UNKNOWN_PART) ? unknownPartMatch(pat, val) : globMatch(pat, val, false) ? 'yes' : 'no';
    if (one === 'no') return { t: 'no', parts: [] };
    if (one === 'unknown') {
      t = 'unknown';
      parts.push(ARN_PARTS[i] as ArnPart);
    }
  }
  return { t, parts };
}

// ---------------------------------------------------------------------------------------------------------
// Principals

/** The account a principal-element value stands for as a whole, if it is an account form. */
const accountOf = principalRootAccount;

function requestAccount(p: Request['principal']): string | undefined {
  if (p.account) return p.account;
  const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(p.arn);
  return m ? m[1] : undefined;
}

function isRootArn(arn: string): boolean {
  return principalRootAccount(arn) !== undefined && arn.trim().startsWith('arn:');
}

/** Compare IAM ARNs: role and user names are case-insensitive in IAM, the rest is exact. */
function sameIamArn(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The account of an IAM or STS principal ARN. */
function arnAccountOf(value: string): string | undefined {
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value.trim())?.[1];
}

/** Does one AWS principal value name the requester? Account forms include every role and user of the account. */
function awsValueMatches(value: string, req: Request['principal']): Tri {
  const v = value.trim();
  if (v === '*') return 'yes';
  if (isUniqueId(v)) return 'no'; // a deleted role or user: matches nothing, even if recreated
  const account = accountOf(v);
  if (account !== undefined) return requestAccount(req) === account ? 'yes' : 'no';
  if (v.includes('*') || v.includes('?')) return 'no'; // partial wildcards are not valid in principals
  if (req.arnUnknown) return arnAccountOf(v) === requestAccount(req) ? 'unknown' : 'no';
  return sameIamArn(v, req.arn) ? 'yes' : 'no';
}

function principalSpecMatch(spec: PrincipalSpec, req: Request['principal']): Tri {
  if (spec.any) return 'yes';
  if (req.type === 'AWS') return any(spec.aws.map((v) => awsValueMatches(v, req)));
  return spec.service.some((v) => v.trim() === '*' || v.trim().toLowerCase() === req.arn.toLowerCase()) ? 'yes' : 'no';
}

/**
 * NotPrincipal: the statement applies to everyone not listed. AWS checks the account, then the role, then
 * the session: to exempt a role, both the account and the role must be listed. When only one of them is
 * listed the outcome depends on the service, so we answer unknown.
 */
function notPrincipalApplies(spec: PrincipalSpec, req: Request['principal']): Tri {
  if (spec.any) return 'no';
  if (req.type === 'Service') {
    return spec.service.some((v) => v.trim().toLowerCase() === req.arn.toLowerCase()) ? 'no' : 'yes';
  }
  const acct = requestAccount(req);
  const listsAccount = spec.aws.some((v) => v.trim() === '*' || (accountOf(v) !== undefined && accountOf(v) === acct));
  if (req.arnUnknown) {
    // Some role of the account: exempt only if both the account and that role are listed, which cannot be told.
    const listsARole = spec.aws.some((v) => accountOf(v) === undefined && !isUniqueId(v) && arnAccountOf(v) === acct);
    return !listsAccount && !listsARole ? 'yes' : 'unknown';
  }
  if (isRootArn(req.arn)) return listsAccount ? 'no' : 'yes';
  const listsSelf = spec.aws.some((v) => accountOf(v) === undefined && !isUniqueId(v) && sameIamArn(v, req.arn));
  if (listsAccount && listsSelf) return 'no';
  if (!listsAccount && !listsSelf) return 'yes';
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------------------
// Conditions

interface Lookup {
  known: boolean;
  value: ContextValue;
  /** The key is absent from the request: why. */
  absent?: AbsentReason | 'absent';
}

/** Context keys by lower-case name, built once per context object (condition keys are matched ignoring case). */
const lowerKeys = new WeakMap<Record<string, ContextValue>, Map<string, string>>();

function lookup(context: Record<string, ContextValue>, key: string, absentKey?: Request['absentKey']): Lookup {
  let found: { value: ContextValue } | undefined;
  if (key in context) found = { value: context[key] };
  else {
    let index = lowerKeys.get(context);
    if (!index) {
      index = new Map(Object.keys(context).map((k) => [k.toLowerCase(), k]));
      lowerKeys.set(context, index);
    }
    const k = index.get(key.toLowerCase());
    if (k !== undefined) found = { value: context[k] };
  }
  if (found) return found.value === undefined ? { known: true, value: undefined, absent: 'absent' } : { known: true, value: found.value };
  const reason = absentKey?.(key);
  return reason ? { known: true, value: undefined, absent: reason } : { known: false, value: undefined };
}

function isUnknownExcept(v: ContextValue): v is UnknownExcept {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asStrings(v: ContextValue): string[] {
  if (v === undefined || isUnknownExcept(v)) return [];
  if (Array.isArray(v)) return v.map(String);
  return [String(v)];
}

/** Substitute `${key}` policy variables from the context. Returns undefined if a variable is unknown. */
function substitute(value: string, context: Record<string, ContextValue>): string | undefined {
  if (!value.includes('${')) return value;
  let unknown = false;
  const out = value.replace(/\$\{([^}]*)\}/g, (_m, name: string) => {
    if (name === '*') return '*';
    if (name === '?') return '?';
    if (name === '$') return '$';
    const { known, value: v } = lookup(context, name);
    if (!known || v === undefined || Array.isArray(v) || isUnknownExcept(v)) {
      unknown = true;
      return '';
    }
    return String(v);
  });
  return unknown ? undefined : out;
}

/** The condition operators the evaluator decides; any other (BinaryEquals...) makes the answer unknown. */
export const EVALUATED_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Bool',
  'Null',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'IpAddress',
  'NotIpAddress',
] as const;
type Base = (typeof EVALUATED_OPERATORS)[number];

const BASES = new Map<string, Base>(EVALUATED_OPERATORS.map((b) => [b.toLowerCase(), b]));

/** Negated operators: "matches none of the values"; true when the key is absent. */
const NEGATED = new Set<Base>(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress']);

/** The positive operator a negated one is the opposite of. */
const POSITIVE_OF: Partial<Record<Base, Base>> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress',
};

export interface ParsedOperator {
  set?: 'ForAnyValue' | 'ForAllValues';
  base: Base;
  ifExists: boolean;
}

export function parseOperator(op: string): ParsedOperator | undefined {
  let rest = op.trim();
  let set: ParsedOperator['set'];
  const m = /^(ForAnyValue|ForAllValues):(.*)$/i.exec(rest);
  if (m) {
    set = m[1]!.toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues';
    rest = m[2]!;
  }
  let ifExists = false;
  if (/IfExists$/i.test(rest)) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const base = BASES.get(rest.toLowerCase());
  if (!base) return undefined;
  // Operator names are case-sensitive in AWS; a miscased one is not an operator AWS would accept.
  if (rest !== base) return undefined;
  if (base === 'Null' && (ifExists || set)) return undefined;
  return { set, base, ifExists };
}

function toNumber(s: string): number | undefined {
  if (s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function toDate(s: string): number | undefined {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000; // epoch seconds
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined;
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? ms : undefined;
}

function ipv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.trim());
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((n) => n > 255)) return undefined;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

/** An IPv4 address inside an IPv4 CIDR block (or equal to an address); IPv6 is not decided here. */
function ipMatch(ctx: string, pol: string): Tri {
  const [net, bitsText] = pol.trim().split('/');
  const a = ipv4(ctx);
  const n = ipv4(net ?? '');
  if (a === undefined || n === undefined) return 'unknown';
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) return 'unknown';
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((a & mask) >>> 0) === ((n & mask) >>> 0) ? 'yes' : 'no';
}

/** One context value against one policy value, for a positive operator. */
function positiveMatch(base: Base, ctx: string, pol: string): Tri {
  switch (base) {
    case 'IpAddress':
      return ipMatch(ctx, pol);
    case 'StringEquals':
      return ctx === pol ? 'yes' : 'no';
    case 'StringEqualsIgnoreCase':
      return ctx.toLowerCase() === pol.toLowerCase() ? 'yes' : 'no';
    case 'StringLike':
      return globMatch(pol, ctx, false) ? 'yes' : 'no';
    case 'ArnEquals':
    case 'ArnLike':
      return arnMatches(pol, ctx) ? 'yes' : 'no';
    case 'Bool': {
      const p = pol.toLowerCase();
      if (p !== 'true' && p !== 'false') return 'no';
      return ctx.toLowerCase() === p ? 'yes' : 'no';
    }
    case 'NumericEquals':
    case 'NumericLessThan':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThan':
    case 'NumericGreaterThanEquals': {
      const a = toNumber(ctx);
      const b = toNumber(pol);
      if (a === undefined || b === undefined) return 'unknown';
      if (base === 'NumericEquals') return a === b ? 'yes' : 'no';
      if (base === 'NumericLessThan') return a < b ? 'yes' : 'no';
      if (base === 'NumericLessThanEquals') return a <= b ? 'yes' : 'no';
      if (base === 'NumericGreaterThan') return a > b ? 'yes' : 'no';
      return a >= b ? 'yes' : 'no';
    }
    case 'DateEquals':
    case 'DateLessThan':
    case 'DateLessThanEquals':
    case 'DateGreaterThan':
    case 'DateGreaterThanEquals': {
      const a = toDate(ctx);
      const b = toDate(pol);
      if (a === undefined || b === undefined) return 'unknown';
      if (base === 'DateEquals') return a === b ? 'yes' : 'no';
      if (base === 'DateLessThan') return a < b ? 'yes' : 'no';
      if (base === 'DateLessThanEquals') return a <= b ? 'yes' : 'no';
      if (base === 'DateGreaterThan') return a > b ? 'yes' : 'no';
      return a >= b ? 'yes' : 'no';
    }
    default:
      return 'unknown';
  }
}

/** OR over tri-state values. */
function any(values: Tri[]): Tri {
  if (values.includes('yes')) return 'yes';
  if (values.includes('unknown')) return 'unknown';
  return 'no';
}

/** AND over tri-state values. */
function all(values: Tri[]): Tri {
  if (values.includes('no')) return 'no';
  if (values.includes('unknown')) return 'unknown';
  return 'yes';
}

function not(t: Tri): Tri {
  return t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unknown';
}

/** One context value against the policy values (OR); negated operators: matches none of them. */
function singleValue(base: Base, ctx: string, pols: string[]): Tri {
  const positive = POSITIVE_OF[base];
  if (positive) return not(any(pols.map((p) => positiveMatch(positive, ctx, p))));
  return any(pols.map((p) => positiveMatch(base, ctx, p)));
}

function conditionUnknown(entry: ConditionEntry, st: NormalStatement, reason: Unknown['reason']): { t: Tri; unknown: Unknown } {
  return {
    t: 'unknown',
    unknown: { index: st.index, sid: st.sid, effect: st.effect, reason, operator: entry.operator, key: entry.key, path: ['Condition', entry.operator, entry.key] },
  };
}

/** A value known only to be none of `except`: a string equality with policy values all in the list is false. */
function unknownExceptMatch(op: ParsedOperator, v: UnknownExcept, pols: string[]): Tri {
  const positive = POSITIVE_OF[op.base] ?? op.base;
  if (positive !== 'StringEquals' && positive !== 'StringEqualsIgnoreCase' && positive !== 'StringLike') return 'unknown';
  const except = v.unknownExcept.map((x) => x.toLowerCase());
  const allExcluded = pols.length > 0 && pols.every((p) => !/[*?]/.test(p) && except.includes(p.toLowerCase()));
  if (!allExcluded) return 'unknown';
  return NEGATED.has(op.base) ? 'yes' : 'no';
}

interface ConditionResult {
  t: Tri;
  unknown?: Unknown;
  /** The condition is false because the request does not carry the key. */
  absent?: AbsentReason | 'absent';
}

function conditionEntry(entry: ConditionEntry, req: Request, st: NormalStatement): ConditionResult {
  const context = req.context;
  const mk = (reason: Unknown['reason']) => conditionUnknown(entry, st, reason);
  const op = parseOperator(entry.operator);
  if (!op) return mk('unknown-operator');
  // Policy values: strings, booleans and numbers are all compared as strings.
  const pols: string[] = [];
  for (const v of entry.values) {
    if (typeof v === 'string') {
      const s = substitute(v, context);
      if (s === undefined) return mk('key-unknown');
      pols.push(s);
    } else if (typeof v === 'boolean' || typeof v === 'number') pols.push(String(v));
    else return mk('bad-value');
  }
  const found = lookup(context, entry.key, req.absentKey);
  const { known, value } = found;
  const absent = known && (value === undefined || (Array.isArray(value) && value.length === 0));
  const falseForAbsence = (t: Tri): ConditionResult => (t === 'no' && found.absent ? { t, absent: found.absent } : { t });

  if (isUnknownExcept(value)) {
    if (op.base === 'Null') return { t: pols.some((p) => p.toLowerCase() === 'false') ? 'yes' : 'no' };
    const t = unknownExceptMatch(op, value, pols);
    return t === 'unknown' ? mk('key-unknown') : { t };
  }

  if (op.base === 'Null') {
    if (!known) return mk('key-unknown');
    const results = pols.map((p): Tri => {
      const q = p.toLowerCase();
      if (q === 'true') return absent ? 'yes' : 'no';
      if (q === 'false') return absent ? 'no' : 'yes';
      return 'no';
    });
    return falseForAbsence(any(results));
  }

  if (op.set) {
    if (!known) return mk('key-unknown');
    const values = asStrings(value);
    // An absent key or an empty set: ForAnyValue is false, ForAllValues is true; ...IfExists makes both true.
    if (values.length === 0) return falseForAbsence(op.ifExists || op.set === 'ForAllValues' ? 'yes' : 'no');
    const each = values.map((v) => singleValue(op.base, v, pols));
    const t = op.set === 'ForAnyValue' ? any(each) : all(each);
    if (t === 'unknown') return mk(op.base.startsWith('Date') ? 'date' : 'bad-value');
    return { t };
  }

  if (!known) return mk('key-unknown');
  if (absent) {
    if (op.ifExists) return { t: 'yes' };
    return falseForAbsence(NEGATED.has(op.base) ? 'yes' : 'no');
  }
  const values = asStrings(value);
  // A multivalued key without a set operator: true if any request value satisfies the operator.
  let t: Tri;
  if (values.length > 1 && NEGATED.has(op.base)) {
    t = all(values.map((v) => singleValue(op.base, v, pols)));
  } else {
    t = any(values.map((v) => singleValue(op.base, v, pols)));
  }
  if (t === 'unknown') return mk(op.base.startsWith('Date') ? 'date' : 'bad-value');
  return { t };
}

// ---------------------------------------------------------------------------------------------------------
// Statements

function anyActionMatches(patterns: string[], action: string): boolean {
  for (const p of patterns) if (actionMatches(p, action)) return true;
  return false;
}

function undecided(st: NormalStatement, reason: Unknown['reason'], path: (string | number)[]): StatementOutcome {
  return { match: 'unknown', unknowns: [{ index: st.index, sid: st.sid, effect: st.effect, reason, path }] };
}

const NO: StatementOutcome = { match: 'no', unknowns: [] };

function statementOutcome(st: NormalStatement, req: Request, opts: Required<EvaluateOptions>): StatementOutcome {
  const unknowns: Unknown[] = [];

  // Action first: the cheapest way to rule a statement out.
  if (st.action !== undefined) {
    if (!anyActionMatches(st.action, req.action)) return NO;
  } else if (st.notAction !== undefined) {
    if (anyActionMatches(st.notAction, req.action)) return NO;
  } else {
    return undecided(st, 'malformed', ['Action']);
  }

  // Principal
  let principal: Tri;
  if (st.principal) {
    principal = principalSpecMatch(st.principal, req.principal);
    if (st.principal.malformed && principal !== 'yes') return undecided(st, 'malformed', ['Principal']);
    if (principal === 'unknown') unknowns.push({ index: st.index, sid: st.sid, effect: st.effect, reason: 'principal-unknown', path: ['Principal'] });
  } else if (st.notPrincipal) {
    if (st.notPrincipal.malformed) return undecided(st, 'malformed', ['NotPrincipal']);
    principal = notPrincipalApplies(st.notPrincipal, req.principal);
    if (principal === 'unknown') unknowns.push({ index: st.index, sid: st.sid, effect: st.effect, reason: 'not-principal-ambiguous', path: ['NotPrincipal'] });
  } else if (opts.requirePrincipal) {
    return undecided(st, 'no-principal', []);
  } else {
    principal = 'yes';
  }
  if (principal === 'no') return { match: 'no', unknowns: [] };

  // Resource: a resource policy's statements apply to its own resource; "*" means it.
  let resource: Tri = 'yes';
  const parts = new Set<ArnPart>();
  const matchAny = (patterns: string[]): Tri => {
    if (req.resource === undefined) return 'unknown';
    return any(
      patterns.map((r) => {
        const m = arnMatch(r.trim(), req.resource!);
        for (const part of m.parts) parts.add(part);
        return m.t;
      }),
    );
  };
  if (st.resource !== undefined) {
    resource = st.resource.some((r) => r.trim() === '*') ? 'yes' : matchAny(st.resource);
  } else if (st.notResource !== undefined) {
    resource = st.notResource.some((r) => r.trim() === '*') ? 'no' : not(matchAny(st.notResource));
  }
  if (resource === 'no') return { match: 'no', unknowns: [] };
  if (resource === 'unknown') {
    unknowns.push({ index: st.index, sid: st.sid, effect: st.effect, reason: 'resource-unknown', path: [st.resource ? 'Resource' : 'NotResource'], ...(parts.size ? { parts: [...parts] } : {}) });
  }

  // Conditions: all must hold. Every one is looked at, to say which ones can never hold for this request.
  if (st.conditionMalformed) return undecided(st, 'malformed', ['Condition']);
  const results: Tri[] = [];
  let never: NeverMatch[] | undefined;
  for (const entry of st.conditions) {
    const { t, unknown, absent } = conditionEntry(entry, req, st);
    results.push(t);
    if (unknown) unknowns.push(unknown);
    if (absent) (never ??= []).push({ index: st.index, ...(st.sid !== undefined ? { sid: st.sid } : {}), ...(st.effect ? { effect: st.effect } : {}), operator: entry.operator, key: entry.key, reason: absent });
  }
  const match = all([principal, resource, ...results]);
  if (match === 'no') return { match, unknowns: [], ...(never ? { never } : {}) };
  return { match, unknowns: match === 'unknown' ? unknowns : [] };
}

function describe(u: Unknown): string {
  const where = `Statement ${u.index}${u.sid ? ` (Sid ${u.sid})` : ''}`;
  switch (u.reason) {
    case 'unknown-operator':
      return `${where}: condition operator ${u.operator} is not one the evaluator knows`;
    case 'key-unknown':
      return `${where}: condition ${u.operator} on ${u.key} needs a value the request context does not have`;
    case 'bad-value':
      return `${where}: condition ${u.operator} on ${u.key} has a value that cannot be compared`;
    case 'date':
      return `${where}: date condition ${u.operator} on ${u.key} cannot be decided`;
    case 'not-principal-ambiguous':
      return `${where}: NotPrincipal lists the account or the role but not both; AWS may check either`;
    case 'resource-unknown':
      return `${where}: names a specific resource, and the request's resource is not known`;
    case 'principal-unknown':
      return `${where}: names a role or user of the requesting account, and which one makes the request is not known`;
    case 'bad-effect':
      return `${where}: Effect is neither "Allow" nor "Deny"`;
    case 'malformed':
      return `${where}: ${u.path.join('.') || 'the statement'} cannot be read`;
    case 'no-principal':
      return `${where}: has no Principal`;
    case 'not-a-policy':
      return 'The document is not a policy (no Statement list)';
  }
}

/** Checks ask many questions of one policy: normalise each policy object once. */
const modelCache = new WeakMap<object, NormalPolicy>();

function modelOf(policy: unknown): NormalPolicy {
  if (typeof policy !== 'object' || policy === null) return normalisePolicy(policy);
  let model = modelCache.get(policy);
  if (!model) {
    model = normalisePolicy(policy);
    modelCache.set(policy, model);
  }
  return model;
}

/**
 * Evaluate one request against one policy. The policy object must not be mutated between calls (its normalised
 * form is cached per object).
 */
export function evaluate(policy: unknown, request: Request, options: EvaluateOptions = {}): Decision {
  const opts: Required<EvaluateOptions> = { requirePrincipal: options.requirePrincipal ?? true };
  const model = modelOf(policy);
  if (model.problem) {
    const u: Unknown = { index: -1, reason: 'not-a-policy', path: ['Statement'] };
    return { decision: 'unknown', deciding: [], unknowns: [u], unknownReasons: [describe(u)] };
  }

  const denyYes: Deciding[] = [];
  const denyUnknown: Deciding[] = [];
  const allowYes: Deciding[] = [];
  const allowUnknown: Deciding[] = [];
  const denyUnknowns: Unknown[] = [];
  const allowUnknowns: Unknown[] = [];

  const never: NeverMatch[] = [];
  for (const st of model.statements) {
    const out = statementOutcome(st, request, opts);
    if (out.never) never.push(...out.never);
    if (out.match === 'no') continue;
    if (!st.effect) {
      // An Effect that is neither Allow nor Deny: the statement applies, but we cannot say how.
      const u: Unknown = { index: st.index, sid: st.sid, reason: 'bad-effect', path: ['Effect'] };
      denyUnknown.push({ index: st.index, sid: st.sid, effect: 'Deny' });
      denyUnknowns.push(u);
      continue;
    }
    const d: Deciding = { index: st.index, sid: st.sid, effect: st.effect };
    if (st.sid === undefined) delete d.sid;
    if (st.effect === 'Deny') {
      if (out.match === 'yes') denyYes.push(d);
      else {
        denyUnknown.push(d);
        denyUnknowns.push(...out.unknowns);
      }
    } else if (out.match === 'yes') allowYes.push(d);
    else {
      allowUnknown.push(d);
      allowUnknowns.push(...out.unknowns);
    }
  }

  const extra = never.length ? { neverMatches: never } : {};
  if (denyYes.length) return { decision: 'explicit-deny', deciding: denyYes, ...extra };
  if (denyUnknown.length) {
    return { decision: 'unknown', deciding: denyUnknown, unknowns: denyUnknowns, unknownReasons: denyUnknowns.map(describe), ...extra };
  }
  if (allowYes.length) return { decision: 'allow', deciding: allowYes, ...extra };
  if (allowUnknown.length) {
    return { decision: 'unknown', deciding: allowUnknown, unknowns: allowUnknowns, unknownReasons: allowUnknowns.map(describe), ...extra };
  }
  return { decision: 'implicit-deny', deciding: [], ...extra };
}

export { describe as describeUnknown };

/** Does any statement have a condition on `key` (case-insensitive)? Uses the same cached normal form. */
export function mentionsConditionKey(policy: unknown, key: string): boolean {
  const lower = key.toLowerCase();
  return modelOf(policy).statements.some((st) => st.conditions.some((c) => c.key.toLowerCase() === lower));
}

/**
 * Every Deny statement that applies, or may apply, to the request (a Deny hidden behind another that certainly applies
 * included): the ones a corrected policy must narrow so that the request is certainly not denied.
 */
export function deniesThatMayApply(policy: unknown, request: Request, options: EvaluateOptions = {}): number[] {
  const opts: Required<EvaluateOptions> = { requirePrincipal: options.requirePrincipal ?? true };
  const model = modelOf(policy);
  if (model.problem) return [];
  return model.statements.filter((st) => st.effect === 'Deny' && statementOutcome(st, request, opts).match !== 'no').map((st) => st.index);
}
