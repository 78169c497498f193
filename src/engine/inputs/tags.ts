// Reads organization tag policies and a resource's tags (knowledge file, 1.6).
//
// Tag policy, with operators:   {"tags": {"costcenter": {"tag_key": {"@@assign": "CostCenter"},
//                                 "tag_value": {"@@assign": ["100", "200"]}, "enforced_for": {"@@assign": ["backup:recovery-point"]}}}}
// Effective policy (no operators), also as the JSON string in `describe-effective-policy` output
// (`{"EffectivePolicy": {"PolicyContent": "<string>"}}`) or in `describe-policy` output (`{"Policy": {"Content": ...}}`).
//
// Resource tags: `{"k": "v"}`, `[{"Key": "k", "Value": "v"}]`, `{"Tags": [...]}` (EC2), `{"TagList": [...]}` (RDS),
// or `aws backup list-tags` output `{"Tags": {"k": "v"}}`.
import type { ParsedJson } from '../json/parse';
import { readPolicyText } from '../json/policyText';
import type { PasteKey } from '../types';
import { outputLocation, propEntry, readOutput, type PastedOutput } from './outputs';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

export interface TagRule {
  /** The policy key (lower case by convention); equals the tag key ignoring case. */
  policyKey: string;
  /** The exact capitalisation `tag_key` requires, if it sets one. */
  tagKey?: string;
  /** Allowed values (a trailing `*` is a wildcard); undefined when any value is allowed. */
  values?: string[];
  enforcedFor: string[];
  /** JSON path of the rule in the policy document. */
  path: (string | number)[];
}

export interface TagPolicyRead {
  rules: TagRule[];
  /** The policy document (the inner one when it came as a string). */
  document: Obj;
  /** Has `@@` operators (a policy as written), rather than an effective policy. */
  withOperators: boolean;
  /** Where the document came from: the paste itself, or a JSON string inside describe-effective-policy / describe-policy. */
  wrapper?: 'describe-effective-policy' | 'describe-policy';
  /** The tag policy's id (p-...), when the paste was describe-policy output. */
  policyId?: string;
  /** Positions: the pasted output, and the path prefix of the document in it (undefined: no positions inside). */
  out: PastedOutput;
  parsed?: ParsedJson;
  /** Path to use when the rule's own position is not known (the PolicyContent string). */
  anchor?: (string | number)[];
}

/** Operator values of one field: `@@assign` (then `@@append`, then `@@remove`), or a bare value (effective policy). */
function operatorList(v: unknown): { values: string[] | undefined; operators: boolean } {
  const list = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : typeof x === 'string' ? [x] : []);
  if (isObj(v)) {
    const assign = propEntry(v, '@@assign');
    const append = propEntry(v, '@@append');
    const remove = propEntry(v, '@@remove');
    if (!assign && !append && !remove) return { values: undefined, operators: true };
    let values = assign ? list(assign[1]) : [];
    if (append) values = [...values, ...list(append[1]).filter((x) => !values.includes(x))];
    if (remove) {
      const gone = new Set(list(remove[1]));
      values = values.filter((x) => !gone.has(x));
    }
    return { values, operators: true };
  }
  if (v === undefined) return { values: undefined, operators: false };
  return { values: list(v), operators: false };
}

function rulesOf(doc: Obj): { rules: TagRule[]; operators: boolean } {
  const tags = propEntry(doc, 'tags');
  if (!tags || !isObj(tags[1])) return { rules: [], operators: false };
  let operators = false;
  const rules: TagRule[] = [];
  for (const [policyKey, spec] of Object.entries(tags[1])) {
    if (!isObj(spec) || policyKey.startsWith('@@')) continue;
    const rule: TagRule = { policyKey, enforcedFor: [], path: [tags[0], policyKey] };
    const key = propEntry(spec, 'tag_key');
    if (key) {
      const r = operatorList(key[1]);
      operators ||= r.operators;
      if (r.values?.[0]) rule.tagKey = r.values[0];
    }
    const value = propEntry(spec, 'tag_value');
    if (value) {
      const r = operatorList(value[1]);
      operators ||= r.operators;
      if (r.values) rule.values = r.values;
    }
    const enforced = propEntry(spec, 'enforced_for');
    if (enforced) {
      const r = operatorList(enforced[1]);
      operators ||= r.operators;
      rule.enforcedFor = r.values ?? [];
    }
    rules.push(rule);
  }
  return { rules, operators };
}

function parseInner(text: string): Obj | undefined {
  const pt = readPolicyText(text);
  return isObj(pt.parsed.value) ? pt.parsed.value : undefined;
}

/** Reads a tag policy in any of its forms. Undefined when the paste holds no tag policy. Never throws. */
export function readTagPolicy(text: string | undefined): TagPolicyRead | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    const pt = readPolicyText(text);
    const out: PastedOutput = pt.cliError ? { value: undefined, cliError: pt.cliError } : { value: pt.parsed.value, parsed: pt.parsed };
    let value = pt.parsed.value;
    if (!isObj(value)) {
      const loose = readOutput(text);
      value = loose.value;
      out.parsed = undefined;
    }
    if (!isObj(value)) return undefined;
    let wrapper: TagPolicyRead['wrapper'];
    let anchor: (string | number)[] | undefined;
    let doc: Obj | undefined = value;
    const eff = propEntry(value, 'EffectivePolicy');
    if (eff && isObj(eff[1])) {
      const content = propEntry(eff[1], 'PolicyContent');
      wrapper = 'describe-effective-policy';
      anchor = [eff[0], content?.[0] ?? 'PolicyContent'];
      doc = typeof content?.[1] === 'string' ? parseInner(content[1]) : isObj(content?.[1]) ? (content[1] as Obj) : undefined;
    }
    if (!doc) return undefined;
    const { rules, operators } = rulesOf(doc);
    if (!propEntry(doc, 'tags')) return undefined;
    const r: TagPolicyRead = { rules, document: doc, withOperators: operators, out, parsed: anchor ? undefined : out.parsed };
    if (pt.wrapper === 'describe-policy') {
      r.wrapper = 'describe-policy';
      const id = pt.outer && typeof pt.outer.Id === 'string' ? pt.outer.Id : undefined;
      if (id) r.policyId = id;
    } else if (wrapper) r.wrapper = wrapper;
    if (anchor) r.anchor = anchor;
    return r;
  } catch {
    return undefined;
  }
}

/** Is this rule enforced for AWS Backup recovery points? */
export function enforcedForRecoveryPoints(rule: TagRule): boolean {
  return rule.enforcedFor.some((e) => {
    const v = e.trim().toLowerCase();
    return v === 'backup:recovery-point' || v === 'backup:*';
  });
}

/** Does a value satisfy the allowed values (exact, or a trailing `*` wildcard)? */
export function valueAllowed(value: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.endsWith('*') ? value.startsWith(a.slice(0, -1)) : a === value));
}

// ---- resource tags

export interface ResourceTag {
  key: string;
  value: string;
  path: (string | number)[];
}

export interface ResourceTagsRead {
  tags: ResourceTag[];
  out: PastedOutput;
}

function fromList(list: unknown[], prefix: (string | number)[]): ResourceTag[] | undefined {
  const tags: ResourceTag[] = [];
  for (const [i, item] of list.entries()) {
    if (!isObj(item)) return undefined;
    const k = propEntry(item, 'Key');
    const v = propEntry(item, 'Value');
    if (!k || typeof k[1] !== 'string') return undefined;
    tags.push({ key: k[1], value: typeof v?.[1] === 'string' ? v[1] : '', path: [...prefix, i, k[0]] });
  }
  return tags;
}

function fromMap(o: Obj, prefix: (string | number)[]): ResourceTag[] | undefined {
  const entries = Object.entries(o);
  if (!entries.every(([, v]) => typeof v === 'string')) return undefined;
  return entries.map(([key, value]) => ({ key, value: value as string, path: [...prefix, key] }));
}

/** Reads a resource's tags in any of the usual forms. Undefined when none can be read. Never throws. */
export function readResourceTags(text: string | undefined): ResourceTagsRead | undefined {
  try {
    const out = readOutput(text);
    const v = out.value;
    let tags: ResourceTag[] | undefined;
    if (Array.isArray(v)) tags = fromList(v, []);
    else if (isObj(v)) {
      const wrapped = propEntry(v, 'Tags') ?? propEntry(v, 'TagList') ?? propEntry(v, 'TagSet');
      if (wrapped && Array.isArray(wrapped[1])) tags = fromList(wrapped[1], [wrapped[0]]);
      else if (wrapped && isObj(wrapped[1])) tags = fromMap(wrapped[1], [wrapped[0]]);
      else tags = fromMap(v, []);
    }
    return tags ? { tags, out } : undefined;
  } catch {
    return undefined;
  }
}

/** Location of a path in a pasted input read by these readers. */
export function tagLocation(input: PasteKey, out: PastedOutput | undefined, path: (string | number)[]) {
  return outputLocation(input, out, path);
}
