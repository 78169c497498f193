// Small Markdown helpers. The report's own words (the catalogs) are trusted; everything else (pasted text, facts,
// answers, anything the engine read from them) is not, and reaches Markdown only inside a code span or a fenced block
// that its content cannot close. Backslash escapes are not enough for such text: GitHub and GitLab turn `www.` and
// `https://` into links and `@name` into mentions even when escaped, but never inside code.
import type { CheckResult, Params } from '../types';

export type Translate = (key: string, params?: Params) => string;

export const STATUS_ICON: Record<CheckResult['status'], string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  unknown: '❔',
  'not-applicable': '➖',
};

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** Every kind of line break: CommonMark's CR and LF, and the ones other renderers and editors break at. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BREAKS = /[\r\n\u000b\u000c\u0085\u2028\u2029]+/g;
/** Characters that print nothing or reorder what is shown: C0 and C1 controls (not tab), DEL, bidirectional
 *  marks, embeddings, overrides and isolates; and lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function shown(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0x7f) return '\u2421';
  if (n >= 0xd800 && n <= 0xdfff) return '\ufffd';
  return `\\u${n.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text on one line, with nothing invisible: every run of line breaks becomes one space, control characters
 *  show as their control pictures (␀, ␛, …), bidirectional controls as `\u202E`. */
export function oneLine(text: string): string {
  return text.replace(BREAKS, ' ').replace(INVISIBLE, shown);
}

/** Lines kept, as LF, and everything else invisible shown: for quoted text that is read, not run. */
export function visibleLines(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(/[\u000b\u000c]/g, shown).replace(INVISIBLE, shown);
}

export type FenceLanguage = 'json' | 'sh' | 'hcl' | 'yaml' | 'text';

/** A fenced code block that nothing inside `text` can close early: backticks one more than its longest backtick run
 *  (a line of tildes never closes a backtick fence), and an info string from a fixed list. The text is kept byte for
 *  byte, less its trailing newlines. */
export function fence(text: string, lang: FenceLanguage): string {
  const ticks = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${ticks}${lang}\n${text.replace(/[\r\n]+$/, '')}\n${ticks}`;
}

/** An inline code span that shows any text exactly (on one line, see `oneLine`): its backtick fence is longer than
 *  any backtick run inside, and a space pads content that starts or ends with a backtick or a space (CommonMark
 *  strips one such space from each end). Empty text shows as a one-space span. */
export function code(text: string): string {
  const flat = oneLine(text);
  if (flat === '') return '` `';
  const ticks = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && /[^ ]/.test(flat) ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A table cell: a code span with its pipes escaped (GFM splits a row at every unescaped pipe, code spans included,
 *  and reads `\|` as a pipe inside the cell's code span). */
export function cell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/** Catalog words shown as written, in a heading or a table cell. Not for pasted text: that goes in `code`. */
export function escapeText(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]<>#|~!&@]/g, (c) => `\\${c}`);
}

/** Markdown the report wrote itself (catalog words, spans it built), put into a template as it is. */
export interface Md {
  readonly md: string;
}
export const md = (text: string): Md => ({ md: text });
export type MdParams = Record<string, string | number | Md>;

const PIECES = /`([^`\n]*)`|\{(\w+)\}/g;

/**
 * A catalog template filled for Markdown. The template's words are trusted and kept as written; every string
 * parameter is not, and goes in a code span (numbers as they are, `Md` values as given). A placeholder inside one of
 * the template's own code spans (`aws kms describe-key --key-id {keyArn}`) is filled there, and that whole span gets
 * a fence its content cannot close. Unknown placeholders stay as they are, as `t` leaves them.
 */
export function mdFill(template: string, params: MdParams = {}): string {
  const raw = (v: string | number | Md) => (typeof v === 'object' ? v.md : String(v));
  return template.replace(PIECES, (whole, span: string | undefined, name: string | undefined) => {
    if (span !== undefined) {
      if (!/\{\w+\}/.test(span)) return whole;
      return code(span.replace(/\{(\w+)\}/g, (m, n: string) => (n in params ? raw(params[n]!) : m)));
    }
    if (!(name! in params)) return whole;
    const v = params[name!]!;
    return typeof v === 'string' ? code(v) : raw(v);
  });
}

/** The catalog's template for a key, or undefined when the catalog lacks it (t returns the key itself then). */
export function template(t: Translate, key: string): string | undefined {
  const out = t(key);
  return out === key ? undefined : out;
}

/** A catalog template filled for Markdown (see `mdFill`); the key itself when the catalog lacks it. */
export function mt(t: Translate, key: string, params?: MdParams): string {
  return mdFill(t(key), params);
}

/** The catalog's words for a key, or the fallback when the catalog lacks it (t returns the key itself then). */
export function tr(t: Translate, key: string, fallback: string, params?: Params): string {
  const out = t(key, params);
  return out === key ? fallback : out;
}

/** The words for an input a check reads or needs: a paste, a fact, a question or a free-text field. */
export function inputLabel(t: Translate, input: string): string {
  for (const key of [`paste.${input}.short`, `fact.${input}`, `question.${input}`, `field.${input}`]) {
    const out = t(key);
    if (out !== key) return out;
  }
  return input;
}

/** `inputLabel` as Markdown: the catalog's words escaped, or the input's name in a code span when it has none. */
export function inputLabelMd(t: Translate, input: string): string {
  const label = inputLabel(t, input);
  return label === input ? code(input) : escapeText(label);
}

export function checkTitle(t: Translate, id: string): string {
  return tr(t, `check.${id}.title`, id);
}

export function statusWord(t: Translate, status: CheckResult['status']): string {
  return tr(t, `status.${status}`, status);
}

/** The lines as one text: runs of blank lines become one, the end has one newline. Fenced blocks are single entries,
 *  so their content stays exactly as given. */
export function joinLines(lines: readonly string[]): string {
  const kept = lines.filter((l, i) => l !== '' || (i > 0 && lines[i - 1] !== ''));
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  return `${kept.join('\n')}\n`;
}
