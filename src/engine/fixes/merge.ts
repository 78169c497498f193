// Minimal edits to a policy document. A pretty-printed paste is edited in place (jsonc-parser's `modify`), so every
// byte the fix does not touch stays as the user pasted it; a single-line paste is re-printed with JSON.stringify.
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';

export interface Format {
  insertSpaces: boolean;
  tabSize: number;
  eol: string;
  /** The paste is on several lines: edit it in place. */
  inPlace: boolean;
}

/** Indentation and line ends of a pasted JSON text. */
export function detectFormat(text: string): Format {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const inPlace = /\n/.test(text.trim());
  const m = /\n([ \t]+)\S/.exec(text);
  if (m && m[1]!.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol, inPlace };
  const width = m ? m[1]!.length : 2;
  return { insertSpaces: true, tabSize: width >= 1 && width <= 8 ? width : 2, eol, inPlace };
}

export type Edit =
  /** Set (or create) the value at a path. */
  | { kind: 'set'; path: JSONPath; value: unknown }
  /** Insert a value into the array at `path` (at the end when `index` is undefined). */
  | { kind: 'append'; path: JSONPath; value: unknown };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function getAt(root: unknown, path: JSONPath): unknown {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isRecord(cur) && typeof seg === 'string') cur = cur[seg];
    else return undefined;
  }
  return cur;
}

function setAt(root: Record<string, unknown>, path: JSONPath, value: unknown): void {
  let cur: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    const next = path[i + 1]!;
    if (Array.isArray(cur) && typeof seg === 'number') {
      if (cur[seg] === undefined) cur[seg] = typeof next === 'number' ? [] : {};
      cur = cur[seg];
    } else if (isRecord(cur) && typeof seg === 'string') {
      if (!isRecord(cur[seg]) && !Array.isArray(cur[seg])) cur[seg] = typeof next === 'number' ? [] : {};
      cur = cur[seg];
    }
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(cur) && typeof last === 'number') cur[last] = value;
  else if (isRecord(cur) && typeof last === 'string') cur[last] = value;
}

/** Apply edits to a clean JSON text whose value is `value` (and whose parse tree is `tree`, when at hand). Returns the new text. */
export function applyPolicyEdits(text: string, value: Record<string, unknown>, edits: Edit[], tree?: Node): string {
  const format = detectFormat(text);
  if (format.inPlace) {
    const options: FormattingOptions = { insertSpaces: format.insertSpaces, tabSize: format.tabSize, eol: format.eol };
    let out = text;
    // Sets first (they address existing elements by index), then the appends, which all go to the end.
    let root = tree;
    for (const e of edits) {
      if (e.kind !== 'set') continue;
      out = applyEdits(out, modify(out, e.path, e.value, { formattingOptions: options }));
      root = undefined;
    }
    const appends = edits.filter((e) => e.kind === 'append');
    const byPath = new Map<string, { path: JSONPath; values: unknown[] }>();
    for (const e of appends) {
      const key = JSON.stringify(e.path);
      const entry = byPath.get(key) ?? { path: e.path, values: [] };
      entry.values.push(e.value);
      byPath.set(key, entry);
    }
    for (const { path, values } of byPath.values()) {
      out = appendToArray(out, path, values, format, options, root);
      root = undefined;
    }
    return out;
  }
  const current = clone(value);
  for (const e of edits) {
    if (e.kind === 'set') setAt(current, e.path, clone(e.value));
    else {
      const arr = getAt(current, e.path);
      if (Array.isArray(arr)) arr.push(clone(e.value));
      else setAt(current, e.path, [clone(e.value)]);
    }
  }
  const indent = format.insertSpaces ? format.tabSize : '\t';
  return JSON.stringify(current, null, indent) + '\n';
}

/**
 * Append values to the array at `path` with one parse: each value is printed with the paste's indentation and put
 * after the last element, at that element's indentation. An empty or missing array goes through jsonc's `modify`.
 */
function appendToArray(text: string, path: JSONPath, values: unknown[], format: Format, options: FormattingOptions, tree?: Node): string {
  const root = tree ?? parseTree(text);
  const arr = root ? findNodeAtLocation(root, path) : undefined;
  const last = arr?.type === 'array' ? arr.children?.at(-1) : undefined;
  if (!arr || !last) {
    let out = text;
    values.forEach((v, i) => {
      out = applyEdits(out, modify(out, [...path, (arr?.children?.length ?? 0) + i], v, { formattingOptions: options, isArrayInsertion: true }));
    });
    return out;
  }
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const lead = text.slice(lineStart, last.offset);
  const indent = /^[ \t]*$/.test(lead) ? lead : '';
  const unit = format.insertSpaces ? ' '.repeat(format.tabSize) : '\t';
  const printed = values.map((v) => indent + JSON.stringify(v, null, unit).split('\n').join(format.eol + indent));
  const end = last.offset + last.length;
  return text.slice(0, end) + ',' + format.eol + printed.join(',' + format.eol) + text.slice(end);
}

/** A Sid not used by any statement: `base`, then `base2`, `base3`... */
export function uniqueSid(statements: unknown[], base: string): string {
  const taken = new Set(statements.map((s) => (isRecord(s) && typeof s.Sid === 'string' ? s.Sid : '')).filter(Boolean));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** The value of a string-or-list element as a list. */
export function asList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Keep a single value as a string, more than one as a list (the shape AWS itself returns). */
export function listOrString(values: string[]): string | string[] {
  return values.length === 1 ? values[0]! : values;
}

/**
 * Edits that make the document's Statement a list we can append to: a single statement object becomes a list of
 * one, a missing Statement becomes an empty list. Returns the edits and the current statements.
 */
export function statementsForAppend(value: Record<string, unknown>): { edits: Edit[]; statements: unknown[] } {
  const raw = value.Statement;
  if (Array.isArray(raw)) return { edits: [], statements: raw };
  if (isRecord(raw)) return { edits: [{ kind: 'set', path: ['Statement'], value: [raw] }], statements: [raw] };
  return { edits: [{ kind: 'set', path: ['Statement'], value: [] }], statements: [] };
}

/**
 * Edits that add `key: value` under `Condition.<operator>` of the statement at `index`, merging with what is
 * there: an existing list under the same operator and key gets the value appended.
 */
export function addConditionValue(statement: Record<string, unknown>, index: number, operator: string, key: string, value: string): Edit {
  const cond = isRecord(statement.Condition) ? statement.Condition : undefined;
  const block = cond && isRecord(cond[operator]) ? (cond[operator] as Record<string, unknown>) : undefined;
  const existingKey = block ? Object.keys(block).find((k) => k.toLowerCase() === key.toLowerCase()) : undefined;
  if (block && existingKey !== undefined) {
    const values = asList(block[existingKey]);
    if (!values.includes(value)) values.push(value);
    return { kind: 'set', path: ['Statement', index, 'Condition', operator, existingKey], value: listOrString(values) };
  }
  return { kind: 'set', path: ['Statement', index, 'Condition', operator, key], value };
}

/**
 * The text a fix edits: the policy's own text. When the policy is an object inside a larger paste (a wrapper whose
 * `Policy` is an object, not a string), that text is not the whole paste, so the policy is printed on its own.
 */
export function policyBase(text: string, root: Node | undefined, value: unknown): { text: string; tree?: Node } {
  if (root && !root.parent && root.offset === text.length - text.trimStart().length) return { text, tree: root };
  const unit = detectFormat(text);
  return { text: JSON.stringify(value, null, unit.insertSpaces ? unit.tabSize : '\t') + '\n' };
}
