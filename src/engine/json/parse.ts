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

const identity = (offset: number) => offset;

/** Strict JSON with positions: comments and trailing commas are reported as errors (they are paste damage). */
export function parseJson(text: string): ParsedJson {
  const raw: ParseError[] = [];
  const root = parseTree(text, raw, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const errors = raw.map((e) => ({
    code: printParseErrorCode(e.error),
    offset: e.offset,
    length: e.length,
    ...lineColumn(text, e.offset),
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
    // Point at the property key when the path names a property, like Access Analyzer does.
    const target = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
    const start = parsed.toPasted(target.offset);
    const end = parsed.toPasted(node.offset + node.length);
    return { ...lineColumn(parsed.pasted, start), offset: start, length: Math.max(0, end - start) };
  }
  return undefined;
}
