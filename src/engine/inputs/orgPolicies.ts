// Reads organization authorization policies: service control policies and resource control policies come in the same
// shapes (knowledge update, 4.7):
//
//   one policy                                    {"Version": "2012-10-17", "Statement": [...]}
//   several, as a JSON array                      [{...}, {...}]
//   aws organizations describe-policy             {"Policy": {"PolicySummary": {"Id", "Name", "Type", ...}, "Content": "<string>"}}
//   several describe-policy outputs, or their Policy objects, or the Content strings, in an array
//
// It returns what the SCP check's own reader returns (`readScps` in checks/serviceControlPolicies.ts; a test keeps the
// two equal), plus the policy type that describe-policy names, so that one reader can later serve both checks.
import type { ParsedJson } from '../json/parse';
import { readPolicyText } from '../json/policyText';
import { normalisePolicy } from '../policy/model';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

export interface OrgPolicy {
  value: Obj;
  /** 1-based position in the paste, for messages. */
  number: number;
  name?: string;
  policyId?: string;
  /** `SERVICE_CONTROL_POLICY`, `RESOURCE_CONTROL_POLICY`... when describe-policy output says. */
  type?: string;
  /** The organization the policy belongs to, from its ARN in describe-policy output (`...:policy/o-.../...`). */
  organizationId?: string;
  /** Parsed text whose root is this policy (positions into the paste), when known. */
  parsed?: ParsedJson;
  /** Path of the policy inside `parsed` (for an element of an array). */
  prefix: (string | number)[];
  /** When the policy came from a JSON string inside the paste: the path of that string (no positions inside). */
  anchor?: (string | number)[];
}

function contentOf(o: Obj): { content?: string; summary?: Obj } {
  const policy = o.Policy;
  if (isObj(policy) && typeof policy.Content === 'string') return { content: policy.Content, summary: isObj(policy.PolicySummary) ? policy.PolicySummary : undefined };
  if (typeof o.Content === 'string') return { content: o.Content, summary: isObj(o.PolicySummary) ? o.PolicySummary : undefined };
  return {};
}

function fromString(text: string): Obj | undefined {
  const pt = readPolicyText(text);
  return isObj(pt.parsed.value) ? pt.parsed.value : undefined;
}

function describe(p: OrgPolicy, summary: Obj | undefined): OrgPolicy {
  if (typeof summary?.Name === 'string') p.name = summary.Name;
  if (typeof summary?.Id === 'string') p.policyId = summary.Id;
  if (typeof summary?.Type === 'string') p.type = summary.Type.trim().toUpperCase();
  const org = typeof summary?.Arn === 'string' ? /^arn:[^:]+:organizations::\d{12}:policy\/(o-[a-z0-9]{10,32})\//.exec(summary.Arn.trim())?.[1] : undefined;
  if (org) p.organizationId = org;
  return p;
}

/** Reads the pasted SCPs or RCPs. An empty list when there are none. Never throws. */
export function readOrgPolicies(text: string | undefined): OrgPolicy[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  try {
    const pt = readPolicyText(text);
    const v = pt.parsed.value;
    if (isObj(v)) {
      const one: OrgPolicy = { value: v, number: 1, parsed: pt.parsed, prefix: [] };
      if (pt.wrapper === 'describe-policy' && pt.outer) describe(one, pt.outer);
      return normalisePolicy(v).problem ? [] : [one];
    }
    if (!Array.isArray(v)) return [];
    const out: OrgPolicy[] = [];
    v.forEach((item, i) => {
      const number = i + 1;
      if (typeof item === 'string') {
        const inner = fromString(item);
        if (inner) out.push({ value: inner, number, prefix: [i], parsed: pt.parsed, anchor: [i] });
        return;
      }
      if (!isObj(item)) return;
      const { content, summary } = contentOf(item);
      if (content !== undefined) {
        const inner = fromString(content);
        if (inner) out.push(describe({ value: inner, number, prefix: [i], parsed: pt.parsed, anchor: [i, isObj(item.Policy) ? 'Policy' : 'Content'] }, summary));
        return;
      }
      if (!normalisePolicy(item).problem) out.push({ value: item, number, prefix: [i], parsed: pt.parsed });
    });
    return out;
  } catch {
    return [];
  }
}

/** The resource control policies in a paste. */
export const readResourceControlPolicies = readOrgPolicies;
