// Detect and repair the damage that pasting does to JSON: typographic quotes from chat and word processors,
// trailing commas, comments, a byte-order mark, non-breaking and invisible spaces.
//
// Rules (they make the repair safe and idempotent):
// - Nothing inside a JSON string value changes, except curly quotes that act as the string's delimiters.
// - Valid JSON has no damage: `repairText(valid).text === valid`.
// - `repairText(repairText(t).text).changes` is empty.
//
// A hand-written lexer rather than jsonc-parser's scanner: the scanner does not know that “ opens a string, and deciding
// whether a curly quote inside a string is text or a delimiter needs a look at what follows it.

import { lineIndex } from './parse';

export const DAMAGE_KINDS = [
  'TYPOGRAPHIC_QUOTES',
  'TRAILING_COMMA',
  'COMMENT',
  'BYTE_ORDER_MARK',
  'NON_BREAKING_SPACE',
] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/** A replacement of `length` characters at `offset` (in the damaged text) by `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

export interface Damage {
  kind: DamageKind;
  /** The damaged characters in the text given to `detectDamage` (line 1-based, column 0-based). */
  offset: number;
  length: number;
  line: number;
  column: number;
  /** The damaged characters themselves. */
  found: string;
  /**
   * What the repair does. Usually the same range as the damage; a comment that fills a whole line takes the line with
   * it, and a comment after a value takes the spaces before it.
   */
  edit: TextEdit;
}

// Character classes ------------------------------------------------------------------------------------------------

/** Curly and other typographic double quotes that pasting puts where JSON needs `"`. */
function isDoubleQuoteLike(c: number): boolean {
  return (
    (c >= 0x201c && c <= 0x201f) || // “ ” „ ‟
    c === 0x2033 || // ″ double prime
    c === 0x2036 || // ‶
    (c >= 0x301d && c <= 0x301f) || // 〝 〞 〟
    c === 0xff02 // ＂ full-width
  );
}

/** Curly single quotes: only repaired when they clearly delimit a string (‘Version’), never as apostrophes. */
function isSingleQuoteLike(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201b) || c === 0x2032;
}

/** Spaces that look like a space but are not JSON whitespace: replaced by a plain space. */
function isSpaceLike(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Invisible characters: removed. U+FEFF at the very start is reported as a byte-order mark instead. */
function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** Whitespace for the purpose of "what comes next": JSON whitespace plus the space-like and invisible characters. */
function isSkippable(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || isSpaceLike(c) || isZeroWidth(c);
}

const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const BACKSLASH = 92;
const SLASH = 47;
const STAR = 42;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Characters around which removing a comment cannot glue two tokens together. */
function isSeparator(c: number): boolean {
  return (
    Number.isNaN(c) ||
    isSkippable(c) ||
    c === COMMA ||
    c === COLON ||
    c === OPEN_BRACE ||
    c === CLOSE_BRACE ||
    c === OPEN_BRACKET ||
    c === CLOSE_BRACKET ||
    c === QUOTE ||
    isDoubleQuoteLike(c)
  );
}

// Look-ahead ------------------------------------------------------------------------------------------------------

/**
 * `next(p)`: the position of the first significant character at or after `p`, skipping whitespace (also the
 * space-like and invisible characters) and terminated comments; `text.length` at the end. Computed once, right to
 * left, so that every look-ahead is O(1) and the whole lexer stays linear.
 */
function makeNextSignificant(text: string): (p: number) => number {
  let table: Int32Array | undefined;
  const n = text.length;
  const build = (): Int32Array => {
    const next = new Int32Array(n + 1);
    next[n] = n;
    let nextBreak = n; // first line break at or after p
    let close1 = -1; // first "*/" starting at or after p + 1
    let close2 = -1; // first "*/" starting at or after p + 2
    for (let p = n - 1; p >= 0; p--) {
      const c = text.charCodeAt(p);
      if (isLineBreak(c)) nextBreak = p;
      if (isSkippable(c)) {
        next[p] = next[p + 1] as number;
      } else if (c === SLASH && text.charCodeAt(p + 1) === SLASH) {
        next[p] = nextBreak < n ? (next[nextBreak] as number) : n;
      } else if (c === SLASH && text.charCodeAt(p + 1) === STAR) {
        next[p] = close2 === -1 ? p : (next[close2 + 2] as number);
      } else {
        next[p] = p;
      }
      close2 = close1;
      if (c === STAR && text.charCodeAt(p + 1) === SLASH) close1 = p;
    }
    return next;
  };
  return (p: number) => {
    if (p >= n) return n;
    if (!table) table = build();
    return table[p] as number;
  };
}

// The lexer -------------------------------------------------------------------------------------------------------

type Prev = 'none' | 'open' | 'comma' | 'colon' | 'value';

/** Where a string starts: as an object's property name (must be followed by `:`) or as a value. */
type Role = 'key' | 'value';

/** Find the damage in `text`. Offsets, lines and columns are into `text`. Never throws. */
export function detectDamage(text: string): Damage[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const n = text.length;
  const code = (p: number) => text.charCodeAt(p); // NaN past the end
  const nextSig = makeNextSignificant(text);
  let position: ((offset: number) => { line: number; column: number }) | undefined;
  const out: Damage[] = [];

  const push = (kind: DamageKind, offset: number, length: number, edit: TextEdit) => {
    position ??= lineIndex(text);
    out.push({ kind, offset, length, ...position(offset), found: text.slice(offset, offset + length), edit });
  };
  /** What removing `from..to` should leave: nothing, or a space when a `/` would otherwise start a new comment. */
  const removal = (from: number, to: number): string =>
    code(from - 1) === SLASH && (code(to) === SLASH || code(to) === STAR) ? ' ' : '';
  const quote = (p: number) => push('TYPOGRAPHIC_QUOTES', p, 1, { offset: p, length: 1, text: '"' });

  /**
   * Would a string closed at `p` be followed by what follows a JSON string in its role: `:` after a property name;
   * `,` `}` `]` or the end after a value. In valid JSON every string is, so valid JSON never changes.
   */
  const closesHere = (p: number, role: Role): boolean => {
    const q = nextSig(p);
    if (role === 'key') return q < n && code(q) === COLON;
    if (q >= n) return true;
    const c = code(q);
    return c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET;
  };

  const endOfLine = (p: number): number => {
    let i = p;
    while (i < n && !isLineBreak(code(i))) i++;
    return i;
  };

  /** A string opened by `"` at `start`. Returns the position after it. */
  const asciiString = (start: number, role: Role): number => {
    let firstDelimiter = -1; // first curly double quote that looks like the closing delimiter
    let i = start + 1;
    while (i < n) {
      const c = code(i);
      if (isLineBreak(c)) break;
      if (c === BACKSLASH) {
        i += isLineBreak(code(i + 1)) ? 1 : 2;
        continue;
      }
      if (c === QUOTE) {
        // The normal case. Only when the ASCII quote cannot be the end (what follows is not : , } ]) and a curly
        // quote before it can, the curly quote is the delimiter: "Version”: "2012-10-17".
        if (closesHere(i + 1, role) || firstDelimiter === -1) return i + 1;
        quote(firstDelimiter);
        return firstDelimiter + 1;
      }
      if (firstDelimiter === -1 && isDoubleQuoteLike(c) && closesHere(i + 1, role)) firstDelimiter = i;
      i++;
    }
    // No ASCII quote until the end of the line: a curly quote that looks like a delimiter ends the string.
    if (firstDelimiter !== -1) {
      quote(firstDelimiter);
      return firstDelimiter + 1;
    }
    return i; // unterminated: leave it to the parser to report
  };

  /** A string opened by a curly double quote at `start` (the opener is always a delimiter). */
  const curlyString = (start: number, role: Role): number => {
    quote(start);
    let firstCurly = -1;
    let i = start + 1;
    while (i < n) {
      const c = code(i);
      if (isLineBreak(c)) break;
      if (c === BACKSLASH) {
        i += isLineBreak(code(i + 1)) ? 1 : 2;
        continue;
      }
      if (c === QUOTE) return i + 1;
      if (isDoubleQuoteLike(c)) {
        if (closesHere(i + 1, role)) {
          quote(i);
          return i + 1;
        }
        if (firstCurly === -1) firstCurly = i;
      }
      i++;
    }
    if (firstCurly !== -1) {
      quote(firstCurly);
      return firstCurly + 1;
    }
    return i;
  };

  /**
   * ‘Version’: only when a matching single quote on the same line ends it cleanly and no " or \ is inside.
   * Otherwise the text up to where the search stopped is left exactly as it is (so that a second run sees the same).
   */
  const singleQuotedString = (start: number, role: Role): number => {
    let i = start + 1;
    while (i < n) {
      const c = code(i);
      if (isLineBreak(c) || c === QUOTE || c === BACKSLASH || isDoubleQuoteLike(c)) return i;
      if ((isSingleQuoteLike(c) || c === APOSTROPHE) && closesHere(i + 1, role)) {
        quote(start);
        if (c === APOSTROPHE) push('TYPOGRAPHIC_QUOTES', i, 1, { offset: i, length: 1, text: '"' });
        else quote(i);
        return i + 1;
      }
      i++;
    }
    return i;
  };

  const comment = (start: number, end: number, lineComment: boolean) => {
    // Take the spaces before the comment along; a comment alone on its line takes the whole line.
    let from = start;
    while (from > 0 && isAsciiSpace(code(from - 1))) from--;
    let to = end;
    while (to < n && isAsciiSpace(code(to))) to++;
    const aloneOnLine = (from === 0 || isLineBreak(code(from - 1))) && (to >= n || isLineBreak(code(to)));
    let edit: TextEdit;
    if (aloneOnLine) {
      if (to < n) to += code(to) === 13 && code(to + 1) === 10 ? 2 : 1;
      edit = { offset: from, length: to - from, text: '' };
    } else if (lineComment) {
      edit = { offset: from, length: end - from, text: '' };
    } else {
      const glue = !isSeparator(code(from - 1)) && !isSeparator(code(end));
      edit = { offset: from, length: end - from, text: glue ? ' ' : '' };
    }
    push('COMMENT', start, end - start, edit);
  };

  let i = 0;
  let prev: Prev = 'none';
  const stack: number[] = []; // open braces and brackets
  // In an object, a string that does not follow a colon is a property name (also when a comma is missing).
  const role = (): Role => (stack[stack.length - 1] === OPEN_BRACE && prev !== 'colon' ? 'key' : 'value');
  if (code(0) === 0xfeff) {
    push('BYTE_ORDER_MARK', 0, 1, { offset: 0, length: 1, text: '' });
    i = 1;
  }
  while (i < n) {
    const c = code(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (isSpaceLike(c) || isZeroWidth(c)) {
      // One damage for a run (indentation made of non-breaking spaces is one thing to fix, not twelve).
      let j = i;
      let replacement = '';
      while (j < n && (isSpaceLike(code(j)) || isZeroWidth(code(j)))) {
        if (isSpaceLike(code(j))) replacement += ' ';
        j++;
      }
      push('NON_BREAKING_SPACE', i, j - i, { offset: i, length: j - i, text: replacement || removal(i, j) });
      i = j;
    } else if (c === SLASH && code(i + 1) === SLASH) {
      const end = endOfLine(i);
      comment(i, end, true);
      i = end;
    } else if (c === SLASH && code(i + 1) === STAR) {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) break; // unterminated: the parser reports it; removing the rest would lose the document
      comment(i, close + 2, false);
      i = close + 2;
    } else if (c === COMMA) {
      if (prev === 'value') {
        const q = nextSig(i + 1);
        if (q < n && (code(q) === CLOSE_BRACE || code(q) === CLOSE_BRACKET)) {
          push('TRAILING_COMMA', i, 1, { offset: i, length: 1, text: removal(i, i + 1) });
        }
      }
      prev = 'comma';
      i++;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      stack.push(c);
      prev = 'open';
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      prev = 'value';
      i++;
    } else if (c === COLON) {
      prev = 'colon';
      i++;
    } else if (c === QUOTE) {
      i = asciiString(i, role());
      prev = 'value';
    } else if (isDoubleQuoteLike(c)) {
      i = curlyString(i, role());
      prev = 'value';
    } else if (isSingleQuoteLike(c)) {
      i = singleQuotedString(i, role());
      prev = 'value';
    } else {
      i++;
      prev = 'value';
    }
  }
  return out;
}

/** Apply non-overlapping edits (sorted by offset). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.offset), e.text);
    at = e.offset + e.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Repair the damage. Idempotent; valid JSON comes back unchanged. Never throws. */
export function repairText(text: string): { text: string; changes: Damage[] } {
  if (typeof text !== 'string') return { text: '', changes: [] };
  const changes = detectDamage(text);
  return { text: applyEdits(text, changes.map((d) => d.edit)), changes };
}

/**
 * Map offsets in the repaired text back to offsets in the damaged text. A position inside a replacement maps into the
 * replaced characters; a position right after a removal maps to the character after the removed range.
 */
export function repairedToOriginal(changes: readonly Damage[]): (offset: number) => number {
  if (changes.length === 0) return (offset) => offset;
  const starts: number[] = []; // start of each edit in the repaired text
  const ends: number[] = []; // end of its replacement in the repaired text
  const deltas: number[] = []; // repaired - original after the edit
  let delta = 0;
  for (const { edit } of changes) {
    const start = edit.offset + delta;
    starts.push(start);
    ends.push(start + edit.text.length);
    delta += edit.text.length - edit.length;
    deltas.push(delta);
  }
  return (offset: number) => {
    // last edit whose repaired start is <= offset
    let lo = 0;
    let hi = starts.length - 1;
    if (offset < (starts[0] as number)) return offset;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const edit = (changes[lo] as Damage).edit;
    if (offset < (ends[lo] as number)) {
      return edit.offset + Math.min(offset - (starts[lo] as number), Math.max(0, edit.length - 1));
    }
    return offset - (deltas[lo] as number);
  };
}
