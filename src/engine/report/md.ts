// Small Markdown helpers: fences and code spans that survive any content, table cells, escaped text.
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

/** A fenced code block that no backtick run inside `text` can close early. */
export function fence(text: string, lang: string): string {
  const ticks = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${ticks}${lang}\n${text.replace(/\n+$/, '')}\n${ticks}`;
}

/** An inline code span around any text (no line breaks inside). */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const ticks = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A table cell: a code span with its pipes escaped (GFM reads `\|` as a pipe inside a cell's code span). */
export function cell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/** Plain text that Markdown shows as written. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~!]/g, (c) => `\\${c}`);
}

/** Every line of `text` as a block quote. */
export function quote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => (l.trim() === '' ? '>' : `> ${escapeText(l)}`))
    .join('\n');
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
