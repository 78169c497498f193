// Size caps for everything Copy Doctor reads (docs/decisions/0008-caps-and-the-engine-worker.md). One set, used
// by the engine's readers (session documents, share links, session files, the CLI) and by the UI (paste boxes,
// the saved session), so a session the page accepts is a session every reader accepts, and the engine never
// spends seconds on a paste no real AWS output reaches. Sizes are UTF-8 bytes; 1 KB is 1,024 bytes.
import type { PasteKey, Session } from './types';
import { PASTE_KEYS } from './types';

const KB = 1024;

export const LIMITS = {
  /**
   * One pasted input. A KMS key policy is at most 32 KB; a get-key-policy output carries it as an escaped JSON
   * string (every quote and line break doubles), and people paste a comment or a second policy by mistake.
   */
  pasteBytes: 64 * KB,
  /** The whole session document as JSON: what local storage holds, what a share link unpacks to, what a file holds. */
  sessionBytes: 256 * KB,
  /** A session file (pretty-printed JSON, hand-edited ones included: room for indentation). */
  fileBytes: 512 * KB,
  /**
   * A share link's data (base64url). Four characters per three bytes of the session cap, plus deflate's few bytes
   * per block: any session within the cap fits, even one that does not compress at all.
   */
  linkChars: 360_000,
} as const;

/** UTF-8 length of a string, without encoding it. At least `s.length`, so `s.length > cap` is a quick refusal. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** True when the text holds more than `max` UTF-8 bytes (the common case answered from the length alone). */
export function overBytes(s: string, max: number): boolean {
  if (s.length > max) return true;
  if (s.length * 3 <= max) return false;
  return utf8Length(s) > max;
}

export type SizeProblem =
  | { code: 'paste-too-large'; input: PasteKey; size: number; max: number }
  | { code: 'session-too-large'; size: number; max: number }
  | { code: 'file-too-large'; size: number; max: number };

/** A pasted input over its cap, or undefined. */
export function pasteSizeProblem(input: PasteKey, text: string): SizeProblem | undefined {
  return overBytes(text, LIMITS.pasteBytes) ? { code: 'paste-too-large', input, size: utf8Length(text), max: LIMITS.pasteBytes } : undefined;
}

/**
 * The first cap a session breaks: a pasted input over its own cap, then the whole document (as compact JSON).
 * `json` is that JSON when the caller has it already (the store writes it to local storage anyway).
 */
export function sessionSizeProblem(session: Session, json?: string): SizeProblem | undefined {
  for (const key of PASTE_KEYS) {
    const text = session.pastes[key];
    const problem = typeof text === 'string' ? pasteSizeProblem(key, text) : undefined;
    if (problem) return problem;
  }
  const text = json ?? JSON.stringify(session);
  return overBytes(text, LIMITS.sessionBytes) ? { code: 'session-too-large', size: utf8Length(text), max: LIMITS.sessionBytes } : undefined;
}

/** The problem's words in English (the CLI's stderr, and the detail behind a localized message). */
export function sizeProblemText(p: SizeProblem): string {
  switch (p.code) {
    case 'paste-too-large':
      return `The pasted input "${p.input}" is ${formatBytes(p.size)}; a pasted input holds at most ${formatBytes(p.max)}.`;
    case 'session-too-large':
      return `The session is ${formatBytes(p.size)}; a session holds at most ${formatBytes(p.max)}.`;
    case 'file-too-large':
      return `The file is ${formatBytes(p.size)}; a session file holds at most ${formatBytes(p.max)}.`;
  }
}

/**
 * A size for people: "64 KB", "70.3 KB", "1.9 MB". Rounded up, so a size just over a cap never reads as the cap
 * itself; exact multiples (the caps) have no decimals. The units read the same in English and Chinese.
 */
export function formatBytes(n: number): string {
  const MB = KB * KB;
  if (n >= MB) return n % MB === 0 ? `${n / MB} MB` : `${(Math.ceil((n / MB) * 10) / 10).toFixed(1)} MB`;
  if (n % KB === 0) return `${n / KB} KB`;
  const kb = Math.ceil((n / KB) * 10) / 10;
  return kb >= 1024 ? '1.0 MB' : `${kb.toFixed(1)} KB`;
}
