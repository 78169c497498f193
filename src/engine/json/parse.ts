// Parse pasted text with positions. jsonc-parser keeps going after errors and gives every node's offset.
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';

export type { Node };

/** A path into a JSON document: object keys and array indexes, as jsonc-parser gives them. */
export type JsonPath = (string | number)[];

export interface SyntaxIssue {
  /** jsonc-parser's error name, e.g. `CommaExpected`. */
  code: string;
  offset: number;
  length: number;
  line: number;
  column: number;
}

export interface ParsedJson {
  text: string;
  root: Node | undefined;
  /** The value as far as it could be read (jsonc-parser recovers from errors). */
  value: unknown;
  errors: SyntaxIssue[];
  /** Maps an offset in `text` to an offset in the text the user pasted (identity unless unwrapped). */
  toPasted: (offset: number) => number;
  /** The text the user pasted (differs from `text` when a CLI output was unwrapped). */
  pasted: string;
}

export interface Position {
  line: number;
  column: number;
  offset: number;
  length: number;
}

/** 1-based line, 0-based column, like the diagnosis contract says. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart };
}

/** Line starts of a text, for many offset -> line/column look-ups (binary search instead of a scan each time). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A fast `lineColumn` for one text: build once, then each look-up is O(log lines). Same results as `lineColumn`. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return (offset: number) => {
    const end = Math.min(Math.max(offset, 0), text.length);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= end) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: end - (starts[lo] as number) };
  };
}

const indexCache = new WeakMap<ParsedJson, (offset: number) => { line: number; column: number }>();

function pastedIndex(parsed: ParsedJson): (offset: number) => { line: number; column: number } {
  let index = indexCache.get(parsed);
  if (!index) {
    index = lineIndex(parsed.pasted);
    indexCache.set(parsed, index);
  }
  return index;
}

const identity = (offset: number) => offset;

/** Strict JSON with positions: comments and trailing commas are reported as errors (they are paste damage). */
export function parseJson(text: string): ParsedJson {
  const raw: ParseError[] = [];
  const root = parseTree(text, raw, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const position = raw.length > 1 ? lineIndex(text) : (offset: number) => lineColumn(text, offset);
  const errors = raw.map((e) => ({
    code: printParseErrorCode(e.error),
    offset: e.offset,
    length: e.length,
    ...position(e.offset),
  }));
  let value: unknown;
  try {
    value = root ? getNodeValue(root) : undefined;
  } catch {
    value = undefined;
  }
  return { text, root, value, errors, toPasted: identity, pasted: text };
}

/** Where a JSON path points in the pasted text; falls back to the nearest existing parent. */
export function locate(parsed: ParsedJson, path: (string | number)[]): Position | undefined {
  if (!parsed.root) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(parsed.root, path.slice(0, n));
    if (!node) continue;
    return locateNode(parsed, node);
  }
  return undefined;
}

/**
 * Where a node of `parsed.root` is in the pasted text. Same rule as `locate`: a property's value is shown from its
 * key (like Access Analyzer does), so `locateNode(p, findNodeAtLocation(p.root, path))` equals `locate(p, path)`.
 */
export function locateNode(parsed: ParsedJson, node: Node): Position {
  const target = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
  return locateRange(parsed, target.offset, node.offset + node.length - target.offset);
}

/** An offset range of `parsed.text`, as a position in the pasted text (through any unwrapping). */
export function locateRange(parsed: ParsedJson, offset: number, length: number): Position {
  const max = parsed.pasted.length;
  const start = Math.min(Math.max(parsed.toPasted(offset), 0), max);
  const end = Math.min(parsed.toPasted(offset + Math.max(0, length)), max);
  return { ...pastedIndex(parsed)(start), offset: start, length: Math.max(0, end - start) };
}
