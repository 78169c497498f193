// Error message -> likely checks. The input may be the bare status message, a message with text around it, or a
// whole describe-copy-job / list-copy-jobs output (then the StatusMessage is what is matched).
import type { CheckId, TriageMatch } from '../types';
import type { CategoryEntry, ErrorEntry } from '../knowledge/schema';
import { copyJobObjects, looseJsonValue, readCopyJobObject, type CopyJobRead } from '../inputs/copyJob';
import { compilePattern, normalizeMessage } from '../core/text';

export interface TriageResult {
  /** Known messages found, most specific first; one per catalogue entry. */
  matches: TriageMatch[];
  /** The copy job, when the text was a describe-copy-job or list-copy-jobs output (the first failed job of a list). */
  copyJob?: CopyJobRead;
  /** The status message that was matched (the first one, for a list of jobs). */
  statusMessage?: string;
  /** Every distinct status message of the failed jobs, for a list of jobs. */
  statusMessages?: string[];
  /** The message category as given, normalised to the console's UPPER_SNAKE spelling (`AccessDenied` -> `ACCESS_DENIED`). */
  category?: string;
  /** The checks to look at: those of the matches, or the category's when no message was recognised. */
  checks: CheckId[];
  recognised: boolean;
}

/** Message category -> checks, for messages the catalogue does not know. errors.json may carry its own list. */
export const DEFAULT_CATEGORIES: CategoryEntry[] = [
  { id: 'ACCESS_DENIED', checks: ['destination-vault-policy', 'service-control-policies', 'iam-role'] },
  { id: 'KMS_KEY_ERROR', checks: ['source-key-policy', 'encryption'] },
  { id: 'FEATURE_NOT_ENABLED', checks: ['cross-account-setting', 'resource-support'] },
  { id: 'UNSUPPORTED_OPERATION', checks: ['resource-support', 'encryption'] },
  { id: 'INVALID_LIFECYCLE', checks: ['vault-lock'] },
  { id: 'TAG_COPY_ERROR', checks: ['tag-policy'] },
  { id: 'LIMIT_EXCEEDED', checks: [] },
  { id: 'CONCURRENT_JOB', checks: [] },
  { id: 'RESOURCE_NOT_FOUND', checks: ['encryption', 'resource-support'] },
  { id: 'TOKEN_EXPIRED', checks: [] },
  { id: 'FATAL_ERROR', checks: [] },
  { id: 'JOB_EXPIRED', checks: [] },
  { id: 'MISCELLANEOUS', checks: [] },
  { id: 'VSS_ERROR', checks: [] },
  { id: 'INVALID_STATE', checks: [] },
  { id: 'ACCESS_KEY_ERROR', checks: [] },
  { id: 'HYPERVISOR_OFFLINE', checks: [] },
  { id: 'RESOURCE_NOT_SUPPORTED', checks: ['resource-support'] },
  { id: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT_NOT_SUPPORTED', checks: ['resource-support', 'encryption'] },
  { id: 'SUCCESS', checks: [] },
];

interface Compiled {
  entry: ErrorEntry;
  order: number;
  regexes: RegExp[];
}

const compiledCache = new WeakMap<readonly ErrorEntry[], Compiled[]>();

function compile(errors: readonly ErrorEntry[]): Compiled[] {
  const cached = compiledCache.get(errors);
  if (cached) return cached;
  const out = errors.map((entry, order) => ({
    entry,
    order,
    // A pattern that does not compile is skipped here; validateKnowledge reports it.
    regexes: (Array.isArray(entry.patterns) ? entry.patterns : []).map(compilePattern).filter((r): r is RegExp => r !== undefined),
  }));
  compiledCache.set(errors, out);
  return out;
}

const LOWER_CASE_VALUES = new Set(['sourceRegion', 'destinationRegion']);

function cleanExtracted(groups: Record<string, string | undefined> | undefined, into: Record<string, string>): void {
  if (!groups) return;
  for (const [key, raw] of Object.entries(groups)) {
    if (raw === undefined) continue;
    const value = raw.trim();
    if (value === '' || key in into) continue;
    into[key] = LOWER_CASE_VALUES.has(key) ? value.toLowerCase() : value;
  }
}

interface Hit {
  compiled: Compiled;
  spans: [number, number][];
  extracted: Record<string, string>;
}

const within = (inner: [number, number], outer: [number, number]) => outer[0] <= inner[0] && inner[1] <= outer[1];
const spanLength = (s: [number, number]) => s[1] - s[0];

/** Matches one normalised message against the catalogue; drops entries whose text lies inside a longer match. */
function matchMessage(message: string, compiled: Compiled[]): Hit[] {
  const hits: Hit[] = [];
  for (const c of compiled) {
    const spans: [number, number][] = [];
    const extracted: Record<string, string> = {};
    for (const re of c.regexes) {
      const m = re.exec(message);
      if (!m) continue;
      spans.push([m.index, m.index + m[0].length]);
      cleanExtracted(m.groups, extracted);
    }
    if (spans.length > 0) hits.push({ compiled: c, spans, extracted });
  }
  // "Given key ID is not accessible" is part of the AMI message about the default key: keep the more specific one.
  const kept = hits.filter(
    (h) =>
      !hits.some(
        (other) =>
          other !== h &&
          h.spans.every((s) => other.spans.some((o) => within(s, o) && spanLength(o) > spanLength(s))),
      ),
  );
  return kept.sort((a, b) => Math.min(...a.spans.map((s) => s[0])) - Math.min(...b.spans.map((s) => s[0])) || a.compiled.order - b.compiled.order);
}

/** `AccessDenied`, `access-denied`, `ACCESS_DENIED` -> `ACCESS_DENIED` (when the spelling is known). */
export function normalizeCategory(raw: string | undefined, categories: readonly CategoryEntry[] = DEFAULT_CATEGORIES): string | undefined {
  if (!raw || raw.trim() === '') return undefined;
  const squash = (s: string) => s.replace(/[^a-z0-9]/gi, '').toUpperCase();
  const key = squash(raw);
  const known = [...categories, ...DEFAULT_CATEGORIES].find((c) => squash(c.id) === key);
  if (known) return known.id;
  return raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

function categoryChecks(category: string | undefined, categories: readonly CategoryEntry[]): CheckId[] {
  if (!category) return [];
  const entry = categories.find((c) => c.id === category) ?? DEFAULT_CATEGORIES.find((c) => c.id === category);
  return entry ? [...entry.checks] : [];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/**
 * Finds the known error messages in `text`. Case-insensitive; whitespace and typographic quotes are normalised
 * first. When nothing is recognised, the copy job's MessageCategory (if any) still points at checks.
 */
export function triage(text: string, errors: readonly ErrorEntry[], categories: readonly CategoryEntry[] = DEFAULT_CATEGORIES): TriageResult {
  if (typeof text !== 'string' || text.trim() === '') return { matches: [], checks: [], recognised: false };
  const compiled = compile(errors);

  let jobs: CopyJobRead[] = [];
  try {
    jobs = copyJobObjects(looseJsonValue(text)).map(readCopyJobObject);
  } catch {
    jobs = [];
  }
  const failed = jobs.filter((j) => j.state === 'FAILED');
  const relevant = failed.length > 0 ? failed : jobs;
  const copyJob = relevant.find((j) => j.statusMessage) ?? relevant[0];
  const statusMessages = unique(relevant.flatMap((j) => (j.statusMessage ? [j.statusMessage] : [])));
  // A message not inside a copy job, or a copy job without one: match the whole text.
  const messages = statusMessages.length > 0 ? statusMessages : [text];

  const byId = new Map<string, TriageMatch>();
  for (const message of messages) {
    for (const hit of matchMessage(normalizeMessage(message), compiled)) {
      const id = hit.compiled.entry.id;
      const existing = byId.get(id);
      if (existing) {
        existing.extracted = { ...hit.extracted, ...existing.extracted };
        if (Object.keys(existing.extracted).length === 0) delete existing.extracted;
        continue;
      }
      const match: TriageMatch = { messageId: id, checks: [...hit.compiled.entry.checks] };
      const lookAt = hit.compiled.entry.lookAt;
      if (Array.isArray(lookAt) && lookAt.length > 0) match.lookAt = [...lookAt];
      if (Object.keys(hit.extracted).length > 0) match.extracted = hit.extracted;
      byId.set(id, match);
    }
  }
  const matches = [...byId.values()];
  const rawCategory = copyJob?.messageCategory ?? relevant.find((j) => j.messageCategory)?.messageCategory;
  const category = normalizeCategory(rawCategory, categories);
  const recognised = matches.length > 0;
  const checks = recognised ? unique(matches.flatMap((m) => m.checks)) : categoryChecks(category, categories);

  const result: TriageResult = { matches, checks, recognised };
  if (copyJob) result.copyJob = copyJob;
  if (statusMessages.length > 0) {
    result.statusMessage = statusMessages[0];
    if (statusMessages.length > 1) result.statusMessages = statusMessages;
  }
  if (category) result.category = category;
  return result;
}
