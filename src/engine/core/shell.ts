// Every AWS CLI command the engine shows is built here: one `aws` invocation on one line, every word quoted for POSIX
// shells, every value from the user checked against its kind's format first (./formats). A value that is missing or
// fails is never written into the command: its kind's placeholder (`VAULT_NAME`, `KEY_ARN`...) stands there instead,
// and the caller learns which value it was and why, so a check can say so and leave the command out of a fix.
import type { FactKey, PasteKey } from '../types';
import { checkValue, hasControlCharacter, PLACEHOLDERS, type RejectReason, type ValueKind } from './formats';

/** Where a value came from: the fact it is, the answer it is, or the field of the paste it was read from. */
export interface ValueOrigin {
  /** The paste it was read from; `facts` for a fact typed or given in the session; `answers` for a wizard answer. */
  input: PasteKey | 'facts' | 'answers';
  fact?: FactKey;
  answer?: string;
  /** The field inside the paste, as AWS names it (`DestinationBackupVaultArn`, `KeyMetadata.Arn`). */
  field?: string;
  /** The JSON path of the field in the paste, for the finding's location. */
  path?: (string | number)[];
}

export interface Rejection {
  kind: ValueKind;
  reason: RejectReason;
  origin: ValueOrigin;
  placeholder: string;
}

export type Word =
  | { type: 'literal'; text: string }
  | { type: 'value'; kind: ValueKind; raw: string | undefined; origin: ValueOrigin | undefined }
  | { type: 'file'; name: string }
  | { type: 'placeholder'; name: string };

/** A value from the user (a fact, an answer, a field of a paste): validated for its kind. */
export function value(kind: ValueKind, raw: string | undefined, origin?: ValueOrigin): Word {
  return { type: 'value', kind, raw, origin };
}

/** Text the engine wrote itself (a policy name, a JMESPath query, a JSON document it built). Quoted when needed. */
export function literal(text: string): Word {
  if (hasControlCharacter(text)) throw new Error('A command literal holds a control character');
  return { type: 'literal', text };
}

/** Names of files the engine writes and the commands read (`file://key-policy.json`): fixed, plain names only. */
export const FILE_NAME_RE = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

export function isSafeFileName(name: string): boolean {
  return FILE_NAME_RE.test(name) && !name.includes('..');
}

/** `file://NAME` for a file the engine names. */
export function file(name: string): Word {
  if (!isSafeFileName(name)) throw new Error(`Not a plain file name: ${JSON.stringify(name)}`);
  return { type: 'file', name };
}

/** A placeholder the user fills in from an earlier command's output (`COPY_JOB_ID` from list-copy-jobs). */
export function placeholder(name: string): Word {
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new Error(`Not a placeholder name: ${JSON.stringify(name)}`);
  return { type: 'placeholder', name };
}

/** An option: its flag and its words (none for a switch). Falsy entries are left out, for optional options. */
export type Option = readonly [flag: string, ...words: (Word | string)[]];

export interface Command {
  /** The command line: `aws SERVICE OPERATION --flag value ...`. */
  text: string;
  /** Values that were given but fail their format (a placeholder stands in the command). */
  rejected: Rejection[];
  /** Values that were not given (a placeholder stands in the command). */
  missing: { kind: ValueKind; origin?: ValueOrigin; placeholder: string }[];
  /** True when every value was given and valid: the command can be run as it is. */
  ok: boolean;
}

/** Words a POSIX shell reads as themselves, unquoted: no white space, quote, operator, glob, `$`, `~`, `#`, `!`. */
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One shell word whose value is exactly `s`: bare when that is provably the same, else in single quotes. */
export function shellQuote(s: string): string {
  if (hasControlCharacter(s)) throw new Error('Cannot quote a control character for a command line');
  if (BARE.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const NAME = /^[a-z0-9][a-z0-9-]*$/;
const FLAG = /^--[a-z0-9][a-z0-9-]*$/;

function wordText(w: Word | string, out: Pick<Command, 'rejected' | 'missing'>): string {
  if (typeof w === 'string') return wordText(literal(w), out);
  switch (w.type) {
    case 'literal':
      return shellQuote(w.text);
    case 'file':
      return `file://${w.name}`;
    case 'placeholder':
      return w.name;
    case 'value': {
      const name = PLACEHOLDERS[w.kind];
      if (w.raw === undefined) {
        out.missing.push({ kind: w.kind, placeholder: name, ...(w.origin ? { origin: w.origin } : {}) });
        return name;
      }
      const c = checkValue(w.kind, w.raw);
      if (!c.ok) {
        out.rejected.push({ kind: w.kind, reason: c.reason, origin: w.origin ?? { input: 'facts' }, placeholder: name });
        return name;
      }
      return shellQuote(w.raw);
    }
  }
}

/**
 * `aws SERVICE OPERATION` with its options, e.g.
 * `aws('kms', 'describe-key', ['--key-id', value('kmsKeyRef', arn, origin)], region && ['--region', value('region', region)])`.
 */
export function aws(service: string, operation: string, ...options: (Option | false | null | undefined | '')[]): Command {
  if (!NAME.test(service) || !NAME.test(operation)) throw new Error(`Not an AWS CLI command: ${service} ${operation}`);
  const out: Pick<Command, 'rejected' | 'missing'> = { rejected: [], missing: [] };
  const words = ['aws', service, operation];
  for (const option of options) {
    if (!option) continue;
    const [flag, ...rest] = option;
    if (!FLAG.test(flag)) throw new Error(`Not an option: ${flag}`);
    words.push(flag, ...rest.map((w) => wordText(w, out)));
  }
  return { text: words.join(' '), ...out, ok: out.rejected.length === 0 && out.missing.length === 0 };
}

/** The command lines of the commands that can run as they are, and every rejection among all of them. */
export function runnable(commands: Command[]): { lines: string[]; rejected: Rejection[]; missing: Command['missing'] } {
  return {
    lines: commands.filter((c) => c.ok).map((c) => c.text),
    rejected: commands.flatMap((c) => c.rejected),
    missing: commands.flatMap((c) => c.missing),
  };
}
