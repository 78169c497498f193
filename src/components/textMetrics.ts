// Text widths for laying out SVG labels without a DOM: advance widths of DejaVu Sans (the widest common sans-serif,
// the default on Linux), so labels fit in the fonts most people have, which are narrower. Measured in Chromium with
// canvas measureText at 100 px for ASCII 32..126. CJK ideographs take one em in every font.
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63,
  58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58,
  28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68,
  68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67,
  34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
const MONO = 0.61;

export interface Font {
  size: number;
  bold?: boolean;
  mono?: boolean;
}

/** Ideographs, kana, hangul and full-width forms: one em wide, and a line may break between any two of them. */
export const isWide = (ch: string) => /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch);

function charWidth(ch: string, font: Font): number {
  if (isWide(ch)) return 1;
  if (font.mono) return MONO;
  const code = ch.codePointAt(0) ?? 0;
  const table = font.bold ? BOLD : REGULAR;
  if (code >= 32 && code < 127) return (table[code - 32] ?? 64) / 100;
  return font.bold ? 0.75 : 0.7; // accented letters, typographic quotes, arrows: about a capital's width
}

/** The width of `text` in `font`, in the same units as its size. */
export function textWidth(text: string, font: Font): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, font);
  return w * font.size;
}

/**
 * Where a long identifier may break, when it does not fit on a line of its own: after `-/:_.,` (so `0b7f3c52-9a1e-`
 * ends a line and `4d8b-…` starts the next) and between a lower-case letter and a capital (`AWSServiceRoleFor|Backup`).
 */
function idPieces(word: string): string[] {
  return word.split(/(?<=[-/:_.,])|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
}

/** Words with their trailing space, and single wide characters (a line may break between any two of those). */
function words(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (isWide(ch)) {
      if (cur) out.push(cur);
      out.push(ch);
      cur = '';
    } else {
      cur += ch;
      if (ch === ' ') {
        out.push(cur);
        cur = '';
      }
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Wraps text to lines no wider than `max`: between words first; a word too long for a line of its own breaks where an
 * identifier may break, and a piece still too long is cut character by character.
 */
export function wrap(text: string, max: number, font: Font): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s.trimEnd(), font) <= max;
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  const add = (piece: string, split: (p: string) => string[] | undefined) => {
    if (fits(line + piece)) {
      line += piece;
      return;
    }
    if (line.trim() !== '' && fits(piece)) {
      push();
      line = piece;
      return;
    }
    const parts = split(piece);
    if (parts) {
      for (const part of parts) add(part, () => undefined);
      return;
    }
    for (const ch of piece) {
      if (!fits(line + ch)) push();
      line += ch;
    }
  };
  for (const word of words(text.trim())) {
    add(word, (w) => {
      const parts = idPieces(w);
      return parts.length > 1 ? parts : undefined;
    });
  }
  push();
  return lines.length ? lines : [''];
}
