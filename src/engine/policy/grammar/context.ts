// The walker's context: the pasted text, what is being checked, and the findings so far, each located in the text
// exactly as pasted (through any unwrapping). Plus the helpers every concern reads JSON nodes with.

import type { Node } from 'jsonc-parser';
import { locateNode, type ParsedJson } from '../../json/parse';
import type { PolicyText } from '../../json/policyText';
import type { Finding, Location, Params, PasteKey, Severity } from '../../types';
import type { JsonPath } from '../../json/parse';
import { INPUT, type GrammarCode, type GrammarOptions, type PolicyKind } from './codes';

export class Grammar {
  readonly findings: Finding[] = [];
  readonly input: PasteKey;
  readonly parsed: ParsedJson;
  readonly knownAccounts: Set<string>;

  constructor(
    readonly pt: PolicyText,
    readonly kind: PolicyKind,
    readonly opts: GrammarOptions,
  ) {
    this.input = INPUT[kind];
    this.parsed = pt.parsed;
    this.knownAccounts = new Set(
      [opts.sourceAccountId, opts.destinationAccountId].filter((s): s is string => !!s).map((s) => s.trim()),
    );
  }

  add(code: GrammarCode, severity: Severity, node: Node | undefined, path: JsonPath, params?: Params): void {
    const location: Location = { input: this.input, path };
    const target = node ?? this.parsed.root;
    if (target) Object.assign(location, locateNode(this.parsed, target));
    this.findings.push({ code, severity, ...(params ? { params } : {}), message: '', location });
  }

  addAt(
    code: GrammarCode,
    severity: Severity,
    at: { offset: number; length: number; line: number; column: number },
    params?: Params,
  ): void {
    const { offset, length, line, column } = at;
    this.findings.push({
      code,
      severity,
      ...(params ? { params } : {}),
      message: '',
      location: { input: this.input, path: [], line, column, offset, length },
    });
  }
}

export interface Prop {
  key: string;
  keyNode: Node;
  value?: Node;
}

export function props(node: Node): Prop[] {
  const out: Prop[] = [];
  for (const p of node.children ?? []) {
    const keyNode = p.children?.[0];
    if (p.type !== 'property' || !keyNode || typeof keyNode.value !== 'string') continue;
    out.push({ key: keyNode.value, keyNode, value: p.children?.[1] });
  }
  return out;
}

export function nodeValue(node: Node | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return node.value;
    case 'array':
      return (node.children ?? []).map(nodeValue);
    case 'object': {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const p of props(node)) out[p.key] = nodeValue(p.value);
      return out;
    }
    default:
      return undefined;
  }
}

/** A JSON value's shape, written the same in every language: {…} […] "…" 123 true null. */
export function shape(node: Node | undefined): string {
  switch (node?.type) {
    case 'object':
      return '{…}';
    case 'array':
      return '[…]';
    case 'string':
      return '"…"';
    case 'number':
      return '123';
    case 'boolean':
      return 'true/false';
    case 'null':
      return 'null';
    default:
      return '—';
  }
}

export const EXPECT_STRING = '"…"';
const EXPECT_STRINGS = '"…" / ["…", "…"]';
export const EXPECT_OBJECT = '{…}';

export interface Item {
  node: Node;
  path: JsonPath;
  value: string;
}

/** A string or a list of strings; anything else is reported. */
export function strings(g: Grammar, node: Node, path: JsonPath, element: string): Item[] {
  if (node.type === 'string') return [{ node, path, value: node.value as string }];
  if (node.type === 'array') {
    const children = node.children ?? [];
    if (children.length === 0) g.add('ELEMENT_EMPTY', 'warning', node, path, { element });
    const out: Item[] = [];
    children.forEach((child, i) => {
      if (child.type === 'string') out.push({ node: child, path: [...path, i], value: child.value as string });
      else g.add('ELEMENT_TYPE_INVALID', 'error', child, [...path, i], { element, expected: EXPECT_STRING });
    });
    return out;
  }
  g.add('ELEMENT_TYPE_INVALID', 'error', node, path, { element, expected: EXPECT_STRINGS });
  return [];
}
