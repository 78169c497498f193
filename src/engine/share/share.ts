// Share links and session files (docs/decisions/0004-share-links.md, 0008-caps-and-the-engine-worker.md). Pure
// TypeScript: the link's data is the session document as JSON, compressed with deflate-raw (CompressionStream, a web
// and Node global) and written in base64url. What comes back from a link is untrusted: its size is capped before and
// during decompression (limits.ts), and the document is validated with readSession like any imported file.
import { resolveFacts } from '../facts';
import { LIMITS, type SizeProblem } from '../limits';
import { FACT_KEYS, PASTE_KEYS, type PasteKey, type Session } from '../types';
import { parseSessionText, readSession } from '../session';

/** Above this many characters a link may be cut by chat tools and some browsers: the UI warns. */
export const SHARE_LONG_CHARS = 8_000;

export interface ShareOptions {
  /** Carry the pasted policies and command outputs. Off by default: anyone with the link can read them. */
  includePastes: boolean;
  /** Replace every account ID with a stand-in 12-digit ID, the same stand-in for the same ID. */
  redactAccounts: boolean;
}

/**
 * What can be wrong with a link or a file. `too-long`: more link characters than LIMITS.linkChars (`length` says
 * how many); `too-large`: the data unpacks to more than LIMITS.sessionBytes (reading stops there, so the full size
 * is never known); `size`: a cap from limits.ts, with the size (a file, the whole session, or one pasted input).
 */
export type ShareProblem = 'empty' | 'too-long' | 'bad-characters' | 'not-compressed' | 'too-large' | 'not-text' | 'not-json' | 'invalid' | 'size';
export type ShareRead =
  | { ok: true; session: Session }
  | { ok: false; problem: ShareProblem; detail?: string; length?: number; size?: SizeProblem };

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

/**
 * An account ID as people write it: 12 digits (`210987654321`, ARNs included), or in three groups of four with the
 * same separator, as the console's account menu shows them and people type them in tickets (`2109-8765-4321`,
 * `3456 7890 1234`, `2109.8765.4321`, a non-breaking space). A grouped ID must not sit inside a longer token
 * (the middle of a key ID such as `...-1234-5678-9012-...` is not an account).
 */
const ACCOUNT_ID = /(?<!\d)\d{12}(?!\d)|(?<![\w.-])\d{4}([-. \u00a0])\d{4}\1\d{4}(?![\w-]|\.\d)/g;
const digits = (written: string) => written.replace(/\D/g, '');

/** Every account ID in a text, as its 12 digits, in order of appearance (an ID written twice appears twice). */
export function accountIdsIn(text: string): string[] {
  return [...text.matchAll(ACCOUNT_ID)].map((m) => digits(m[0]));
}

/** Stand-ins count up from here: 100000000001, 100000000002, … */
const STAND_IN_BASE = 100000000000;
/** Whether a 12-digit ID is one of the stand-ins redaction hands out (a real account there is most unlikely). */
export function isStandIn(id: string): boolean {
  const n = Number(id);
  return /^\d{12}$/.test(id) && n > STAND_IN_BASE && n < STAND_IN_BASE + 10_000;
}

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
 * Replace every account ID with a stand-in: 100000000001, 100000000002, … in order of first appearance (the source
 * account first, then the destination). The same ID always gets the same stand-in, everywhere: facts, answers,
 * pasted text, ARNs, and however it is written (`2109-8765-4321` and `210987654321` are one ID; a grouped ID keeps
 * its grouping: `1000-0000-0001`). Stand-ins are valid IDs, so the recipient's session still reads and checks; a
 * stand-in never equals a number already in the session.
 */
export function redactAccountIds(session: Session): { session: Session; replaced: [original: string, standIn: string][] } {
  const all = strings(session);
  const present = new Set(all.flatMap(accountIdsIn));
  const map = new Map<string, string>();
  let next = STAND_IN_BASE + 1;
  for (const text of all)
    for (const id of accountIdsIn(text)) {
      if (map.has(id)) continue;
      while (present.has(String(next))) next++;
      map.set(id, String(next++));
    }
  const swap = (text: string) =>
    text.replace(ACCOUNT_ID, (written: string, sep: string | undefined) => {
      const standIn = map.get(digits(written));
      if (!standIn) return written;
      return sep === undefined ? standIn : [standIn.slice(0, 4), standIn.slice(4, 8), standIn.slice(8)].join(sep);
    });
  const mapValues = <T extends Record<string, string | undefined>>(o: T): T =>
    Object.fromEntries(Object.entries(o).map(([k, val]) => [k, typeof val === 'string' ? swap(val) : val])) as T;
  return {
    session: { ...session, facts: mapValues(session.facts), answers: mapValues(session.answers), pastes: mapValues(session.pastes) },
    replaced: [...map.entries()],
  };
}

/** What a session brings, for the question asked before a link or a file replaces the one in progress. */
export interface SessionSummary {
  /** The accounts the engine will use (explicit facts, else from the pastes), and whether each is a stand-in. */
  accounts: { role: 'source' | 'destination'; id: string; standIn: boolean }[];
  regions: { role: 'source' | 'destination'; region: string }[];
  resourceType?: string;
  /** The pasted inputs it carries, in the contract's order. */
  pastes: PasteKey[];
  /** How many answers it carries (the start page's choice not counted). */
  answers: number;
  /** At least one account ID anywhere in it is a stand-in: the sender replaced the real ones. */
  standIns: boolean;
}

export function summarizeSession(session: Session): SessionSummary {
  const { facts } = resolveFacts(session);
  const account = (role: 'source' | 'destination') => {
    const id = facts[role === 'source' ? 'sourceAccountId' : 'destinationAccountId']?.value;
    return id ? [{ role, id, standIn: isStandIn(digits(id)) }] : [];
  };
  const region = (role: 'source' | 'destination') => {
    const r = facts[role === 'source' ? 'sourceRegion' : 'destinationRegion']?.value;
    return r ? [{ role, region: r }] : [];
  };
  return {
    accounts: [...account('source'), ...account('destination')],
    regions: [...region('source'), ...region('destination')],
    ...(facts.resourceType ? { resourceType: facts.resourceType.value } : {}),
    pastes: PASTE_KEYS.filter((k) => !blank(session.pastes[k])),
    answers: Object.entries(session.answers).filter(([k, val]) => k !== 'start' && !blank(val)).length,
    standIns: strings(session).some((text) => accountIdsIn(text).some(isStandIn)),
  };
}

/** Two sessions that hold the same: opening one over the other changes nothing. */
export function sameSession(a: Session, b: Session): boolean {
  const norm = (s: Session) =>
    JSON.stringify([
      FACT_KEYS.map((k) => s.facts[k] ?? ''),
      PASTE_KEYS.map((k) => s.pastes[k] ?? ''),
      Object.entries(s.answers)
        .filter(([, val]) => val !== '')
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    ]);
  return norm(a) === norm(b);
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
  if (text.length > LIMITS.linkChars) return { ok: false, problem: 'too-long', length: text.length };
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return { ok: false, problem: 'bad-characters' };
  const bytes = fromBase64Url(text);
  // An impossible length: the link was cut.
  if (!bytes) return { ok: false, problem: 'not-compressed' };
  let raw: Uint8Array | 'too-large';
  try {
    raw = await collect(streamOf(bytes).pipeThrough(new (streams().DecompressionStream)('deflate-raw')), LIMITS.sessionBytes);
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
  return fromRead(readSession(value));
}

function fromRead(read: ReturnType<typeof readSession>): ShareRead {
  if (read.ok) return read;
  return read.size ? { ok: false, problem: 'size', size: read.size, detail: read.error } : { ok: false, problem: 'invalid', detail: read.error };
}

/** Whether a file of this many bytes is worth reading at all (the UI asks before it reads the file's text). */
export function fileSizeProblem(bytes: number): SizeProblem | undefined {
  return bytes > LIMITS.fileBytes ? { code: 'file-too-large', size: bytes, max: LIMITS.fileBytes } : undefined;
}

/** Read a session file's text as untrusted input (size first, then JSON, then the contract and its caps). */
export function readSessionFile(text: string, bytes: number): ShareRead {
  const size = fileSizeProblem(bytes);
  if (size) return { ok: false, problem: 'size', size };
  return fromRead(parseSessionText(text));
}

/** The session as a file: pretty JSON, everything included (the file stays with the user). */
export function sessionFileText(session: Session): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}
