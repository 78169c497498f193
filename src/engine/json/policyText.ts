// Read a pasted policy: the policy itself, or the whole CLI output around it.
//
//   aws kms get-key-policy ...                      {"Policy": "<policy as a JSON string>", "PolicyName": "default"}
//   aws backup get-backup-vault-access-policy ...   {"BackupVaultName": ..., "BackupVaultArn": ..., "Policy": "<string>"}
//   aws organizations describe-policy ...           {"Policy": {"PolicySummary": {...}, "Content": "<string>"}}
//   ... --query Policy --output text                the bare policy
//   ... --query Policy (JSON output)                one JSON string literal
//   ... --output text (no query)                    the policy with `\tdefault` after it, or vault ARN and name before it
//
// The inner policy is parsed on its own, and every offset in it maps back to the text exactly as pasted, through the
// JSON string escapes and through the paste-damage repair, so findings point at the right line and column.

import { getNodeValue, type Node } from 'jsonc-parser';
import { lineIndex, parseJson, type ParsedJson, type SyntaxIssue } from './parse';
import { repairText, repairedToOriginal, type Damage } from './repair';

export type PolicyWrapper =
  | 'get-key-policy'
  | 'get-backup-vault-access-policy'
  /** `aws organizations describe-policy` (an SCP): the policy is `Policy.Content`. */
  | 'describe-policy'
  /** Some other object whose `Policy` holds the policy. */
  | 'policy-property'
  /** The whole paste is one JSON string literal holding the policy (`--query Policy` with JSON output). */
  | 'json-string';

/** Text around the JSON that was left out: a shell prompt and command, a Markdown fence, `\tdefault` from text output. */
export interface ExtraText {
  where: 'before' | 'after';
  offset: number;
  length: number;
  line: number;
  column: number;
  text: string;
}

/** An AWS CLI error message pasted instead of the output: `An error occurred (ResourceNotFoundException) when ...`. */
export interface CliError {
  code: string;
  operation: string;
  offset: number;
  length: number;
  line: number;
  column: number;
}

export interface PolicyText {
  /**
   * The policy. When unwrapped or repaired, `parsed.text` is the policy as it will be evaluated, `parsed.pasted` is
   * the text as pasted, and `parsed.toPasted` maps offsets between them, so `locate(parsed, path)` gives line and
   * column into the pasted text. `parsed.errors` are in `parsed.text` coordinates; see `syntax` for pasted ones.
   */
  parsed: ParsedJson;
  wrapper?: PolicyWrapper;
  /** The wrapper's other fields, e.g. BackupVaultName, BackupVaultArn, PolicyName (or an SCP's PolicySummary). */
  outer?: Record<string, unknown>;
  /** Paste damage that was repaired before parsing, in pasted coordinates (edits too). */
  damage: Damage[];
  /** Nothing but whitespace was pasted. */
  empty: boolean;
  /** Text before or after the JSON that was left out. */
  extra: ExtraText[];
  /** Syntax errors left after the repair, in pasted coordinates (line 1-based, column 0-based). */
  syntax: SyntaxIssue[];
  cliError?: CliError;
}

// ---------------------------------------------------------------------------------------------------------------------

const identity = (offset: number) => offset;

function isBlank(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function firstNonBlank(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

function lastNonBlank(text: string, to = text.length): number {
  let i = to;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i; // exclusive end
}

/** Characters a JSON document (even a damaged one) can start with. */
const JSON_START = /^[{["“”„‟″＂‘’/]/;
/** An AWS CloudShell or bash prompt, which starts with `[` like JSON does: `[cloudshell-user@ip-10-0-0-1 ~]$ `. */
const BRACKET_PROMPT = /^\[[\w.-]+@[^\]\n]*\][$#]/;

/**
 * Where the JSON is in the pasted text. A prompt, a command or a Markdown fence before it, and `\tdefault` or a
 * closing fence after it, are left out (and reported), but only when that is clearly safe.
 */
function jsonRegion(text: string): { start: number; end: number; extra: Omit<ExtraText, 'line' | 'column'>[] } {
  const extra: Omit<ExtraText, 'line' | 'column'>[] = [];
  const s0 = firstNonBlank(text);
  let start = 0;
  let end = text.length;
  if (s0 >= text.length) return { start, end, extra };
  const prompt = BRACKET_PROMPT.exec(text.slice(s0, s0 + 200));
  if (!JSON_START.test(text.slice(s0, s0 + 1)) || prompt) {
    const open = jsonStartAfterJunk(text, prompt ? s0 + prompt[0].length : s0);
    if (open !== -1) {
      const junkEnd = lastNonBlank(text, open);
      extra.push({ where: 'before', offset: s0, length: junkEnd - s0, text: text.slice(s0, junkEnd) });
      start = open;
    }
  }
  const first = text.charCodeAt(firstNonBlank(text, start));
  if (first === 123 || first === 91) {
    // A prompt on the last line (the shell waiting for the next command) is not part of the JSON either.
    const tail = /\n[ \t]*\[[\w.-]+@[^\]\n]*\][$#][^\n]*\s*$/.exec(text);
    const limit = tail && tail.index > start ? tail.index : text.length;
    const close = Math.max(text.lastIndexOf('}', limit), text.lastIndexOf(']', limit));
    if (close >= start) {
      const afterStart = firstNonBlank(text, close + 1);
      const after = text.slice(afterStart, lastNonBlank(text));
      const beforeTail = text.slice(afterStart, Math.max(afterStart, limit));
      if (after !== '' && !/^\//.test(after) && !/[{}[\]"“”,:]/.test(beforeTail)) {
        extra.push({ where: 'after', offset: afterStart, length: after.length, text: after });
        end = close + 1;
      }
    }
  }
  return { start, end, extra };
}

/** The first `{` or `[` that starts a line or follows a tab; else the first `{`. -1 when the prefix may be JSON. */
function jsonStartAfterJunk(text: string, from: number): number {
  const re = /(^|\n|\t)[ \t\u00a0]*([{[])/g;
  re.lastIndex = from;
  const m = re.exec(text);
  let open = m ? m.index + m[0].length - 1 : -1;
  if (open === -1) open = text.indexOf('{', from);
  if (open === -1) return -1;
  // A key before it ("Version": ...) means the paste is JSON with its start cut off, not junk.
  if (/["“”]\s*:/.test(text.slice(from, open))) return -1;
  return open;
}

interface Decoded {
  text: string;
  /** map[i] = offset in the outer text of inner character i; map[text.length] = the closing quote. */
  map: Int32Array;
}

const SIMPLE_ESCAPES = new Map<string, string>(Object.entries({
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}));

/** Decode the JSON string literal whose opening quote is at `open`, keeping where each character came from. */
function decodeString(outer: string, open: number, nodeEnd: number): Decoded {
  const limit = Math.min(nodeEnd, outer.length);
  const map = new Int32Array(Math.max(0, limit - open) + 1); // the decoded text is never longer than the literal
  const parts: string[] = [];
  let k = 0;
  let i = open + 1;
  let run = i; // start of the current stretch copied as it is
  while (i < limit) {
    const c = outer.charCodeAt(i);
    if (c === 34) break;
    if (c === 92 && i + 1 < limit) {
      const e = outer[i + 1] as string;
      const simple = SIMPLE_ESCAPES.get(e);
      const hex = e === 'u' ? outer.slice(i + 2, i + 6) : '';
      if (simple !== undefined || /^[0-9a-fA-F]{4}$/.test(hex)) {
        parts.push(outer.slice(run, i), simple ?? String.fromCharCode(parseInt(hex, 16)));
        map[k++] = i;
        i += simple !== undefined ? 2 : 6;
        run = i;
        continue;
      }
    }
    // A plain character, or a backslash JSON does not know: kept as it is.
    map[k++] = i;
    i++;
  }
  parts.push(outer.slice(run, i));
  map[k] = i;
  return { text: parts.join(''), map: map.subarray(0, k + 1) };
}

function propertyValue(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  let found: Node | undefined;
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (k?.value === key && v) found = v; // the last one wins, as in JSON.parse
  }
  return found;
}

function hasKey(node: Node | undefined, key: string): boolean {
  return node?.type === 'object' && (node.children ?? []).some((p) => p.children?.[0]?.value === key);
}

function valueOf(node: Node | undefined): unknown {
  if (!node) return undefined;
  try {
    return getNodeValue(node);
  } catch {
    return undefined;
  }
}

function withoutKey(value: unknown, key: string): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (k !== key) out[k] = v;
  return out;
}

/** One layer of text: the parse of `parsed.text`, mapped into the pasted text by `parsed.toPasted`. */
interface Layer {
  parsed: ParsedJson;
}

function looksLikePolicy(node: Node | undefined): boolean {
  return hasKey(node, 'Statement') || hasKey(node, 'Version');
}

/** What to unwrap next in a layer, if anything. */
function innerOf(
  root: Node | undefined,
): { string?: Node; node?: Node; wrapper: PolicyWrapper; outer?: Record<string, unknown> } | undefined {
  if (!root) return undefined;
  if (root.type === 'string') {
    const v = typeof root.value === 'string' ? root.value.trimStart() : '';
    return v.startsWith('{') || v.startsWith('[') ? { string: root, wrapper: 'json-string' } : undefined;
  }
  if (root.type !== 'object' || looksLikePolicy(root)) return undefined;
  const policy = propertyValue(root, 'Policy');
  if (!policy) return undefined;
  const rootValue = valueOf(root);
  if (policy.type === 'string') {
    const wrapper: PolicyWrapper =
      hasKey(root, 'BackupVaultName') || hasKey(root, 'BackupVaultArn')
        ? 'get-backup-vault-access-policy'
        : hasKey(root, 'PolicyName')
          ? 'get-key-policy'
          : 'policy-property';
    return { string: policy, wrapper, outer: withoutKey(rootValue, 'Policy') };
  }
  if (policy.type === 'object') {
    const content = propertyValue(policy, 'Content');
    if (content?.type === 'string') {
      const summary = valueOf(propertyValue(policy, 'PolicySummary'));
      return {
        string: content,
        wrapper: 'describe-policy',
        outer: summary && typeof summary === 'object' ? (summary as Record<string, unknown>) : undefined,
      };
    }
    if (looksLikePolicy(policy)) return { node: policy, wrapper: 'policy-property', outer: withoutKey(rootValue, 'Policy') };
  }
  return undefined;
}

const CLI_ERROR = /An error occurred \(([A-Za-z0-9.]+)\)(?: when calling the ([A-Za-z0-9]+) operation)?/;

function emptyPolicyText(pasted: string): PolicyText {
  const parsed = parseJson('');
  return { parsed: { ...parsed, pasted, toPasted: identity }, damage: [], empty: true, extra: [], syntax: [] };
}

/** Read a pasted policy or CLI output. Never throws. */
export function readPolicyText(text: string): PolicyText {
  const pasted = typeof text === 'string' ? text : '';
  try {
    return read(pasted);
  } catch {
    // Defensive: the steps below are written not to throw; if one does, still give a usable answer.
    const parsed = parseJson(pasted);
    return { parsed, damage: [], empty: false, extra: [], syntax: parsed.errors };
  }
}

function read(pasted: string): PolicyText {
  if (firstNonBlank(pasted) >= pasted.length) return emptyPolicyText(pasted);
  const position = lineIndex(pasted);

  const cli = CLI_ERROR.exec(pasted);
  if (cli && !pasted.includes('{')) {
    const parsed = parseJson('');
    return {
      parsed: { ...parsed, pasted, toPasted: () => cli.index },
      damage: [],
      empty: false,
      extra: [],
      syntax: [],
      cliError: {
        code: cli[1] as string,
        operation: cli[2] ?? '',
        offset: cli.index,
        length: cli[0].length,
        ...position(cli.index),
      },
    };
  }

  const region = jsonRegion(pasted);
  const extra: ExtraText[] = region.extra.map((e) => ({ ...e, ...position(e.offset) }));
  const damage: Damage[] = [];
  const syntax: SyntaxIssue[] = [];

  /** Repair and parse `source`, whose offsets map into the pasted text by `sourceToPasted`. */
  const layer = (source: string, sourceToPasted: (offset: number) => number): Layer => {
    const repaired = repairText(source);
    for (const d of repaired.changes) {
      const offset = sourceToPasted(d.offset);
      const end = sourceToPasted(d.offset + d.length);
      const editOffset = sourceToPasted(d.edit.offset);
      const editEnd = sourceToPasted(d.edit.offset + d.edit.length);
      damage.push({
        ...d,
        offset,
        length: Math.max(0, end - offset),
        ...position(offset),
        found: pasted.slice(offset, end),
        edit: { offset: editOffset, length: Math.max(0, editEnd - editOffset), text: d.edit.text },
      });
    }
    const back = repairedToOriginal(repaired.changes);
    const toPasted = repaired.changes.length === 0 ? sourceToPasted : (o: number) => sourceToPasted(back(o));
    const parsed = parseJson(repaired.text);
    return { parsed: { ...parsed, toPasted, pasted } };
  };

  const regionText = pasted.slice(region.start, region.end);
  let current = layer(regionText, region.start === 0 ? identity : (o) => o + region.start);
  let wrapper: PolicyWrapper | undefined;
  let outer: Record<string, unknown> | undefined;

  for (let depth = 0; depth < 3; depth++) {
    const inner = innerOf(current.parsed.root);
    if (!inner) break;
    wrapper ??= inner.wrapper;
    outer ??= inner.outer;
    if (inner.node) {
      // The policy is an object inside the same text: same offsets, same errors.
      current = { parsed: { ...current.parsed, root: inner.node, value: valueOf(inner.node) } };
      break;
    }
    const str = inner.string as Node;
    const decoded = decodeString(current.parsed.text, str.offset, str.offset + str.length);
    const outerToPasted = current.parsed.toPasted;
    const map = decoded.map;
    const last = map.length - 1;
    current = layer(decoded.text, (o) => outerToPasted(map[Math.min(Math.max(o, 0), last)] as number));
  }

  // jsonc-parser can give a node or an error a range past the end (an unterminated comment): keep every position inside.
  const mapped = current.parsed.toPasted;
  const clamp = (o: number) => Math.min(Math.max(mapped(o), 0), pasted.length);
  current = { parsed: { ...current.parsed, toPasted: clamp } };

  for (const e of current.parsed.errors) {
    const offset = current.parsed.toPasted(e.offset);
    const end = current.parsed.toPasted(e.offset + e.length);
    syntax.push({ code: e.code, offset, length: Math.max(0, end - offset), ...position(offset) });
  }

  damage.sort((a, b) => a.offset - b.offset);
  return { parsed: current.parsed, wrapper, outer, damage, empty: false, extra, syntax };
}
