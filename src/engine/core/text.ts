// Text clean-up before an error message is matched: what chat tools, consoles and documents do to a pasted message.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\uFF07]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;
// \s covers the no-break space, the thin spaces, the ideographic space and line breaks.
const SPACES = /\s+/g;

/** Straight quotes and hyphens, no zero-width characters, every run of whitespace one space, trimmed. */
export function normalizeMessage(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** Patterns are matched case-insensitively. Returns undefined when the source is not a valid regular expression. */
export function compilePattern(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'i');
  } catch {
    return undefined;
  }
}
