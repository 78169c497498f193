// Reading a session document (DESIGN.md, "Session document") as untrusted input: it may come from a file, local
// storage or a share link. Unknown fields are ignored; missing sections become empty. Size caps (limits.ts) apply
// to every reader: a document over them is refused before any check runs on it.
import * as v from 'valibot';
import { LIMITS, overBytes, sessionSizeProblem, sizeProblemText, utf8Length, type SizeProblem } from './limits';
import { FACT_KEYS, PASTE_KEYS, type Facts, type Pastes, type Session } from './types';

export const SESSION_FORMAT = 'copy-doctor/session';
export const SESSION_VERSION = 1;

const StringMap = v.record(v.string(), v.string());

const SessionSchema = v.object({
  format: v.literal(SESSION_FORMAT),
  version: v.literal(SESSION_VERSION),
  facts: v.optional(StringMap, {}),
  answers: v.optional(StringMap, {}),
  pastes: v.optional(StringMap, {}),
});

export type SessionRead = { ok: true; session: Session } | { ok: false; error: string; size?: SizeProblem };

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return `the string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
  if (typeof x === 'object') return 'an object';
  return `${typeof x} ${String(x)}`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Validate a parsed session document. The error names the field that is wrong and what it holds. */
export function readSession(input: unknown): SessionRead {
  if (!isRecord(input)) return { ok: false, error: `A session document must be a JSON object, not ${describe(input)}.` };
  if (input.format !== SESSION_FORMAT) {
    return { ok: false, error: `"format" must be "${SESSION_FORMAT}", but it is ${describe(input.format)}.` };
  }
  if (input.version !== SESSION_VERSION) {
    return { ok: false, error: `"version" must be ${SESSION_VERSION} (this Copy Doctor reads version ${SESSION_VERSION}), but it is ${describe(input.version)}.` };
  }
  for (const section of ['facts', 'answers', 'pastes'] as const) {
    const value = input[section];
    if (value === undefined || value === null) continue;
    if (!isRecord(value)) return { ok: false, error: `"${section}" must be an object, but it is ${describe(value)}.` };
    for (const [key, item] of Object.entries(value)) {
      if (typeof item !== 'string') return { ok: false, error: `"${section}.${key}" must be a string, but it is ${describe(item)}.` };
    }
  }
  const parsed = v.safeParse(SessionSchema, {
    format: input.format,
    version: input.version,
    facts: input.facts ?? undefined,
    answers: input.answers ?? undefined,
    pastes: input.pastes ?? undefined,
  });
  if (!parsed.success) return { ok: false, error: `The session document is not valid: ${parsed.issues[0]?.message ?? 'unknown problem'}.` };
  // Keep only the facts and pastes the contract knows; answers are the wizard's own ids, kept as they are.
  const facts: Facts = {};
  for (const key of FACT_KEYS) if (Object.hasOwn(parsed.output.facts, key)) facts[key] = parsed.output.facts[key];
  const pastes: Pastes = {};
  for (const key of PASTE_KEYS) if (Object.hasOwn(parsed.output.pastes, key)) pastes[key] = parsed.output.pastes[key];
  const answers: Record<string, string> = {};
  for (const [k, val] of Object.entries(parsed.output.answers)) if (k !== '__proto__') answers[k] = val;
  const session: Session = { format: SESSION_FORMAT, version: SESSION_VERSION, facts, answers, pastes };
  const size = sessionSizeProblem(session);
  if (size) return { ok: false, error: sizeProblemText(size), size };
  return { ok: true, session };
}

/** Parse JSON text, then validate it as a session document. */
export function parseSessionText(text: string): SessionRead {
  if (overBytes(text, LIMITS.fileBytes)) {
    const size: SizeProblem = { code: 'file-too-large', size: utf8Length(text), max: LIMITS.fileBytes };
    return { ok: false, error: sizeProblemText(size), size };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `The session file is not valid JSON (${detail}).` };
  }
  return readSession(value);
}
