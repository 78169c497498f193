// Share links and session files (docs/decisions/0004-share-links.md). Pure TypeScript: the link's data is the
// session document as JSON, compressed with deflate-raw (CompressionStream, a web and Node global) and written
// in base64url. What comes back from a link is untrusted: its size is capped before and after decompression,
// and the document is validated with readSession like any imported file.
import { FACT_KEYS, PASTE_KEYS, type Session } from '../types';
import { parseSessionText, readSession } from '../session';

/** The longest link data we read (characters of base64url). Far above any real session without pastes. */
export const SHARE_MAX_CHARS = 200_000;
/** The most we decompress: a small link must not unfold into something huge. */
export const SHARE_MAX_BYTES = 2_000_000;
/** Above this many characters a link may be cut by chat tools and some browsers: the UI warns. */
export const SHARE_LONG_CHARS = 8_000;
/** The largest session file we read. */
export const FILE_MAX_BYTES = 2_000_000;

export interface ShareOptions {
  /** Carry the pasted policies and command outputs. Off by default: anyone with the link can read them. */
  includePastes: boolean;
  /** Replace every account ID with a stand-in 12-digit ID, the same stand-in for the same ID. */
  redactAccounts: boolean;
}

export type ShareProblem = 'empty' | 'too-long' | 'bad-characters' | 'not-compressed' | 'too-large' | 'not-text' | 'not-json' | 'invalid';
export type ShareRead = { ok: true; session: Session } | { ok: false; problem: ShareProblem; detail?: string };

type Streams = { CompressionStream: typeof CompressionStream; DecompressionStream: typeof DecompressionStream };
const streams = (): Streams => globalThis as unknown as Streams;

const blank = (s: string | undefined) => !s || s.trim() === '';

/** Nothing worth keeping: no fact, no paste, no answer beyond the start page's choice. */
export function isSessionEmpty(s: Session): boolean {
  return (
    Object.values(s.facts).every(blank) &&
    Object.values(s.pastes).every(blank) &&
    Object.entries(s.answers).every(([k, val]) => k === 'start' || blank(val))
  );
}

const ACCOUNT_ID = /(?<!\d)\d{12}(?!\d)/g;

/** Every string of the session in a fixed order: facts (source account first), answers, pastes. */
function strings(s: Session): string[] {
  return [
    ...FACT_KEYS.map((k) => s.facts[k]),
    ...Object.keys(s.answers)
      .sort()
      .map((k) => s.answers[k]),
    ...PASTE_KEYS.map((k) => s.pastes[k]),
  ].filter((x): x is string => typeof x === 'string');
}

/**
 * Replace every 12-digit account ID with a stand-in: 100000000001, 100000000002, … in order of first appearance
 * (the source account first, then the destination). The same ID always gets the same stand-in, everywhere:
 * facts, answers, pasted text, ARNs. Stand-ins are valid IDs, so the recipient's session still reads and checks;
 * a stand-in never equals a number already in the session.
 */
export function redactAccountIds(session: Session): { session: Session; replaced: [original: string, standIn: string][] } {
  const all = strings(session);
  const present = new Set(all.flatMap((text) => text.match(ACCOUNT_ID) ?? []));
  const map = new Map<string, string>();
  let next = 100000000001;
  const standInFor = (id: string) => {
    let s = map.get(id);
    if (!s) {
      while (present.has(String(next))) next++;
      s = String(next++);
      map.set(id, s);
    }
    return s;
  };
  for (const text of all) for (const id of text.match(ACCOUNT_ID) ?? []) standInFor(id);
  const swap = (text: string) => text.replace(ACCOUNT_ID, (id) => map.get(id) ?? id);
  const mapValues = <T extends Record<string, string | undefined>>(o: T): T =>
    Object.fromEntries(Object.entries(o).map(([k, val]) => [k, typeof val === 'string' ? swap(val) : val])) as T;
  return {
    session: { ...session, facts: mapValues(session.facts), answers: mapValues(session.answers), pastes: mapValues(session.pastes) },
    replaced: [...map.entries()],
  };
}

/** The session as the link will carry it. */
export function sharedSession(session: Session, options: ShareOptions): Session {
  let s: Session = { format: session.format, version: session.version, facts: { ...session.facts }, answers: { ...session.answers }, pastes: {} };
  if (options.includePastes) s.pastes = { ...session.pastes };
  if (options.redactAccounts) s = redactAccountIds(s).session;
  return s;
}

// base64url without padding, on bytes.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63]!;
    if (c !== undefined) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Undefined when the text is not base64url (or has an impossible length). */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const q = [0, 1, 2, 3].map((j) => (i + j < text.length ? LOOKUP.get(text[i + j]!) : 0));
    if (q.some((x) => x === undefined)) return undefined;
    const n = (q[0]! << 18) | (q[1]! << 12) | (q[2]! << 6) | q[3]!;
    out[o++] = (n >> 16) & 255;
    if (i + 2 < text.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < text.length) out[o++] = n & 255;
  }
  return out.subarray(0, o);
}

async function collect(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

/** The link data for a session: its JSON, deflate-raw compressed, in base64url. */
export async function encodeShare(session: Session, options: ShareOptions): Promise<string> {
  const json = JSON.stringify(sharedSession(session, options));
  const compressed = await collect(streamOf(new TextEncoder().encode(json)).pipeThrough(new (streams().CompressionStream)('deflate-raw')), Infinity);
  return toBase64Url(compressed as Uint8Array);
}

/** Read link data as untrusted input. Never throws. */
export async function decodeShare(data: string): Promise<ShareRead> {
  const text = data.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > SHARE_MAX_CHARS) return { ok: false, problem: 'too-long', detail: String(text.length) };
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return { ok: false, problem: 'bad-characters' };
  const bytes = fromBase64Url(text);
  // An impossible length: the link was cut.
  if (!bytes) return { ok: false, problem: 'not-compressed' };
  let raw: Uint8Array | 'too-large';
  try {
    raw = await collect(streamOf(bytes).pipeThrough(new (streams().DecompressionStream)('deflate-raw')), SHARE_MAX_BYTES);
  } catch {
    return { ok: false, problem: 'not-compressed' };
  }
  if (raw === 'too-large') return { ok: false, problem: 'too-large' };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false, problem: 'not-text' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const read = readSession(value);
  return read.ok ? read : { ok: false, problem: 'invalid', detail: read.error };
}

/** Read a session file's text as untrusted input (size first, then JSON, then the contract). */
export function readSessionFile(text: string, size: number): ShareRead {
  if (size > FILE_MAX_BYTES) return { ok: false, problem: 'too-large' };
  const read = parseSessionText(text);
  return read.ok ? read : { ok: false, problem: 'invalid', detail: read.error };
}

/** The session as a file: pretty JSON, everything included (the file stays with the user). */
export function sessionFileText(session: Session): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}
