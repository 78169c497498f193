// Template placeholders left in a pasted policy's principals and ARNs (`arn:aws:iam::DestinationAccountID:root`, the
// AWS article's `arn:aws:iam::SourceAccountID :root`, `[source-account-id]`, `<DESTINATION_ACCOUNT_ID>`,
// `${SourceAccountId}`). KMS and AWS Backup reject a policy with such a principal, so the corrected policy replaces
// each one whose meaning is clear with the user's real ID, as a minimal edit of that one JSON string (DESIGN.md:
// "use the user's real IDs everywhere; never leave a placeholder in output"). A placeholder whose meaning is not clear
// (`ACCOUNT_ID`, a documentation example ID) is never guessed.
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import { EXAMPLE_ACCOUNT_IDS, arnPlaceholderPart, isPlaceholderText } from '../ids';
import type { Edit } from './merge';

export type PlaceholderRole = 'source' | 'destination';

export interface PlaceholderHit {
  /** Path of the JSON string that holds the placeholder. */
  path: JSONPath;
  /** The string as pasted. */
  value: string;
  /** The placeholder itself, as pasted (`SourceAccountID `, `<DESTINATION_ACCOUNT_ID>`). */
  placeholder: string;
  /** Which account the placeholder names, when that is clear. */
  role?: PlaceholderRole;
  /** The account ID it stands for (the fact for `role`), when known. */
  accountId?: string;
  /** The corrected string, when the placeholder can be replaced. */
  replacement?: string;
}

export interface PlaceholderIds {
  sourceAccountId?: string;
  destinationAccountId?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Which account a placeholder's words name: source words, destination words, or neither (or both). */
export function placeholderRole(placeholder: string): PlaceholderRole | undefined {
  const words = placeholder
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const source = words.some((w) => w === 'source' || w === 'src');
  const backupAccount = words.some((w, i) => w === 'backup' && words[i + 1] === 'account');
  const destination = backupAccount || words.some((w) => w === 'destination' || w === 'dest' || w === 'dst' || w === 'target');
  if (source === destination) return undefined;
  return source ? 'source' : 'destination';
}

function idFor(role: PlaceholderRole | undefined, ids: PlaceholderIds): string | undefined {
  if (role === 'source') return ids.sourceAccountId;
  if (role === 'destination') return ids.destinationAccountId;
  return undefined;
}

/** The placeholder in one string, if any: the account part of an ARN, or the whole string when it stands for an ID. */
function inspect(value: string, ids: PlaceholderIds, bareAccount: boolean): Omit<PlaceholderHit, 'path'> | undefined {
  // A policy variable (`${aws:PrincipalAccount}`) is filled in by AWS, not a template's placeholder.
  if (/\$\{[A-Za-z0-9-]+:[^}]+\}/.test(value)) return undefined;
  const known = new Set([ids.sourceAccountId, ids.destinationAccountId].filter((x): x is string => Boolean(x)));
  if (value.trimStart().startsWith('arn:')) {
    const parts = value.trim().split(':');
    if (parts.length < 6) return undefined;
    const account = parts[4] ?? '';
    const example = /^\s*\d{12}\s*$/.test(account) && EXAMPLE_ACCOUNT_IDS.includes(account.trim()) && !known.has(account.trim());
    if (!example && arnPlaceholderPart(value) !== 'account') return undefined;
    const role = example ? undefined : placeholderRole(account);
    const accountId = idFor(role, ids);
    const hit: Omit<PlaceholderHit, 'path'> = { value, placeholder: account, ...(role ? { role } : {}), ...(accountId ? { accountId } : {}) };
    if (accountId) {
      const fixed = [...parts];
      fixed[4] = accountId;
      // An ARN never holds a space: the article's "SourceAccountID :root" loses its stray one.
      hit.replacement = fixed.join(':').replace(/\s+/g, '');
    }
    return hit;
  }
  if (!bareAccount) return undefined;
  const trimmed = value.trim();
  const example = EXAMPLE_ACCOUNT_IDS.includes(trimmed) && !known.has(trimmed);
  if (!example && !isPlaceholderText(trimmed)) return undefined;
  const role = example ? undefined : placeholderRole(trimmed);
  const accountId = idFor(role, ids);
  return { value, placeholder: value, ...(role ? { role } : {}), ...(accountId ? { accountId, replacement: accountId } : {}) };
}

function strings(v: unknown, path: JSONPath, out: { path: JSONPath; value: string }[]): void {
  if (typeof v === 'string') out.push({ path, value: v });
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, [...path, i], out));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) strings(x, [...path, k], out);
}

/** Placeholders in the principals, resources and account conditions of a policy value. */
export function findPlaceholders(value: unknown, ids: PlaceholderIds): PlaceholderHit[] {
  if (!isRecord(value)) return [];
  const raw = value.Statement;
  const statements: { st: unknown; path: JSONPath }[] = Array.isArray(raw)
    ? raw.map((st, i) => ({ st, path: ['Statement', i] }))
    : isRecord(raw)
      ? [{ st: raw, path: ['Statement'] }]
      : [];
  const hits: PlaceholderHit[] = [];
  for (const { st, path } of statements) {
    if (!isRecord(st)) continue;
    for (const [key, v] of Object.entries(st)) {
      const lower = key.toLowerCase();
      const found: { path: JSONPath; value: string }[] = [];
      if (lower === 'principal' || lower === 'notprincipal') {
        if (isRecord(v)) {
          for (const [type, p] of Object.entries(v)) if (type === 'AWS') strings(p, [...path, key, type], found);
        }
        for (const f of found) {
          const h = inspect(f.value, ids, true);
          if (h) hits.push({ path: f.path, ...h });
        }
      } else if (lower === 'resource' || lower === 'notresource') {
        strings(v, [...path, key], found);
        for (const f of found) {
          const h = inspect(f.value, ids, false);
          if (h) hits.push({ path: f.path, ...h });
        }
      } else if (lower === 'condition' && isRecord(v)) {
        for (const [op, block] of Object.entries(v)) {
          if (!isRecord(block)) continue;
          for (const [ck, cv] of Object.entries(block)) {
            const accountKey = /account$/i.test(ck);
            const values: { path: JSONPath; value: string }[] = [];
            strings(cv, [...path, key, op, ck], values);
            for (const f of values) {
              const h = inspect(f.value, ids, accountKey);
              if (h) hits.push({ path: f.path, ...h });
            }
          }
        }
      }
    }
  }
  return hits;
}

/**
 * Replace each resolved placeholder in `text` (a clean JSON text of the same policy) by editing only that string:
 * every other byte stays as pasted.
 */
export function replacePlaceholders(text: string, hits: PlaceholderHit[]): string {
  const root = parseTree(text);
  if (!root) return text;
  const edits: { offset: number; length: number; content: string }[] = [];
  for (const h of hits) {
    if (h.replacement === undefined) continue;
    const node = findNodeAtLocation(root, h.path);
    if (!node || node.type !== 'string') continue;
    edits.push({ offset: node.offset, length: node.length, content: JSON.stringify(h.replacement) });
  }
  edits.sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of edits) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}

/** A documentation example organization ID in a condition on the principal's organization. */
export interface ExampleOrgHit {
  /** Path of the JSON string that holds it. */
  path: JSONPath;
  statementIndex: number;
  sid?: string;
  effect?: string;
  operator: string;
  /** The condition key as written (`aws:PrincipalOrgID`). */
  key: string;
  value: string;
  /** It is the key's only value. */
  only: boolean;
}

const ORG_KEYS = new Set(['aws:principalorgid', 'aws:resourceorgid', 'aws:sourceorgid']);

/** Example organization IDs (`o-a1b2c3d4e5`, `o-exampleorgid`...) left in organization conditions, unless `ownOrg` is one. */
export function findExampleOrgIds(value: unknown, examples: readonly string[], ownOrg?: string): ExampleOrgHit[] {
  if (!isRecord(value)) return [];
  const raw = value.Statement;
  const statements: { st: unknown; path: JSONPath; index: number }[] = Array.isArray(raw)
    ? raw.map((st, i) => ({ st, path: ['Statement', i], index: i }))
    : isRecord(raw)
      ? [{ st: raw, path: ['Statement'], index: 0 }]
      : [];
  const hits: ExampleOrgHit[] = [];
  for (const { st, path, index } of statements) {
    if (!isRecord(st) || !isRecord(st.Condition)) continue;
    for (const [operator, block] of Object.entries(st.Condition)) {
      if (!isRecord(block)) continue;
      for (const [key, v] of Object.entries(block)) {
        if (!ORG_KEYS.has(key.toLowerCase())) continue;
        const list = Array.isArray(v) ? v : [v];
        list.forEach((x, i) => {
          if (typeof x !== 'string' || !examples.includes(x.trim()) || x.trim() === ownOrg) return;
          hits.push({
            path: [...path, 'Condition', operator, key, ...(Array.isArray(v) ? [i] : [])],
            statementIndex: index,
            ...(typeof st.Sid === 'string' ? { sid: st.Sid } : {}),
            ...(typeof st.Effect === 'string' ? { effect: st.Effect } : {}),
            operator,
            key,
            value: x,
            only: list.length === 1,
          });
        });
      }
    }
  }
  return hits;
}

/**
 * Edits for the example organization IDs of a policy (DESIGN.md: the user's real IDs everywhere), in the Allow
 * statements that grant nothing but the copy's actions (`onlyCopy`): there the example can only have meant "my
 * organization". With the user's organization ID known, it is replaced by it. Without it, a statement whose only
 * organization value is the example is narrowed to the account that makes the copy's request (`aws:PrincipalAccount`):
 * it never matched anyone, so the narrowed statement takes nothing away and gives that account only the copy. Other
 * hits are left for the usual merge (an added statement, a narrowed Deny) and stay a warning.
 */
export function exampleOrgEdits(
  value: unknown,
  hits: ExampleOrgHit[],
  org: string | undefined,
  account: string,
  onlyCopy: (statementIndex: number) => boolean,
): { edits: Edit[]; replaced: ExampleOrgHit[]; narrowed: ExampleOrgHit[] } {
  const edits: Edit[] = [];
  const replaced: ExampleOrgHit[] = [];
  const narrowed: ExampleOrgHit[] = [];
  for (const h of hits) {
    if (h.effect !== 'Allow' || !onlyCopy(h.statementIndex)) continue;
    if (org) {
      edits.push({ kind: 'set', path: h.path, value: org });
      replaced.push(h);
      continue;
    }
    const positive = !/Not|^Null/.test(h.operator.replace(/^(ForAnyValue|ForAllValues):/, ''));
    if (!h.only || !positive || h.key.toLowerCase() !== 'aws:principalorgid') continue;
    const blockPath = h.path.slice(0, -1);
    const block = blockPath.reduce<unknown>((cur, seg) => (isRecord(cur) || Array.isArray(cur) ? (cur as Record<string, unknown>)[seg as string] : undefined), value);
    if (isRecord(block) && Object.keys(block).some((k) => k.toLowerCase() === 'aws:principalaccount')) continue;
    edits.push({ kind: 'set', path: [...blockPath, 'aws:PrincipalAccount'], value: account });
    edits.push({ kind: 'set', path: h.path, value: undefined });
    narrowed.push(h);
  }
  return { edits, replaced, narrowed };
}
