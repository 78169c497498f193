// The knowledge pack (public/knowledge/*.json): schemas, types and a validator that explains what is wrong.
// The files are data a site owner may replace without a rebuild, so they are checked like any untrusted input.
import * as v from 'valibot';
import { CHECK_IDS, type CheckId } from '../types';
import { compilePattern, normalizeMessage } from '../core/text';

export const KNOWLEDGE_FORMATS = {
  errors: 'copy-doctor/knowledge-errors',
  regions: 'copy-doctor/knowledge-regions',
  resources: 'copy-doctor/knowledge-resources',
} as const;

/** Where the app fetches the pack from, relative to the app root (never to the current route). */
export const KNOWLEDGE_FILES = {
  errors: 'knowledge/errors.json',
  regions: 'knowledge/regions.json',
  resources: 'knowledge/resources.json',
} as const;

export type KnowledgeFile = keyof typeof KNOWLEDGE_FILES;

/** The console's message categories [DASH]. The API spells them in other casings (`AccessDenied`). */
export const MESSAGE_CATEGORIES = [
  'ACCESS_DENIED',
  'KMS_KEY_ERROR',
  'FEATURE_NOT_ENABLED',
  'UNSUPPORTED_OPERATION',
  'INVALID_LIFECYCLE',
  'TAG_COPY_ERROR',
  'LIMIT_EXCEEDED',
  'CONCURRENT_JOB',
  'RESOURCE_NOT_FOUND',
  'TOKEN_EXPIRED',
  'FATAL_ERROR',
  'JOB_EXPIRED',
  'MISCELLANEOUS',
  // Listed on the dashboards page as well [DASH]; the last two come from the logically air-gapped vault pages and
  // the API examples (`SUCCESS` is what a job that completed without issues carries).
  'VSS_ERROR',
  'INVALID_STATE',
  'ACCESS_KEY_ERROR',
  'HYPERVISOR_OFFLINE',
  'RESOURCE_NOT_SUPPORTED',
  'LOGICALLY_AIR_GAPPED_BACKUP_VAULT_NOT_SUPPORTED',
  'SUCCESS',
] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_OR_DATE_RE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CATEGORY_RE = /^[A-Z][A-Z0-9_]*$/;
const REGION_RE = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

const text = (what = 'text') => v.pipe(v.string(`expected ${what} (a string)`), v.trim(), v.nonEmpty(`${what} is empty`));
const date = v.pipe(v.string((i) => `expected a date string (YYYY-MM-DD), got ${describe(i.input)}`), v.regex(DATE_RE, (i) => `not a date in YYYY-MM-DD form: ${JSON.stringify(i.input)}`));
const checkId = v.picklist(CHECK_IDS, (i) => `unknown check id ${JSON.stringify(i.input)} (known: ${CHECK_IDS.join(', ')})`);
const pattern = v.pipe(
  v.string('expected a regular expression source (a string)'),
  v.nonEmpty('pattern is empty'),
  v.check((s) => compilePattern(s) !== undefined, 'not a valid regular expression'),
);
const category = v.pipe(
  v.string('expected a category name'),
  v.regex(CATEGORY_RE, (i) => `not an UPPER_SNAKE category name: ${JSON.stringify(i.input)}`),
);
const regionCode = v.pipe(
  v.string('expected a Region code'),
  v.regex(REGION_RE, (i) => `not a Region code: ${JSON.stringify(i.input)}`),
);
/** Words in several languages: English always, any other language by its code (`"zh-TW"`); English stands in for a missing one. */
const localized = v.objectWithRest({ en: text('English text') }, text('text'), 'expected { "en": ..., "zh-TW": ... }');
export type Localized = v.InferOutput<typeof localized>;

/**
 * Params for words in several languages: `name` in English and `name@<lang>` for each other language (the catalog
 * fills {name} with the one in the chosen language).
 */
export function localizedParams(name: string, words: Localized): Record<string, string> {
  return Object.fromEntries(Object.entries(words).map(([lang, s]) => [lang === 'en' ? name : `${name}@${lang}`, s]));
}

// ---- errors.json

/**
 * Where to look when no check of this tool covers a cause yet (`lookAt` of an entry). Each has words in the
 * catalogs (`lookAt.<id>`), so the triage says what to inspect instead of "retry".
 */
export const LOOK_AT = [
  'allowed-amis',
  'recovery-point',
  'db-windows',
  'service-quotas',
  'resource-state',
  'lag-support',
  's3-continuous-backup',
  'iam-eventual-consistency',
  'job-schedule',
] as const;
export type LookAt = (typeof LOOK_AT)[number];
const lookAt = v.picklist(LOOK_AT, (i) => `unknown lookAt ${JSON.stringify(i.input)} (known: ${LOOK_AT.join(', ')})`);

export const ErrorEntrySchema = v.object({
  id: v.pipe(v.string('expected an id'), v.regex(ID_RE, (i) => `id must be kebab-case: ${JSON.stringify(i.input)}`)),
  checks: v.array(checkId, 'expected a list of check ids'),
  patterns: v.pipe(v.array(pattern, 'expected a list of patterns'), v.minLength(1, 'needs at least one pattern')),
  example: text('example'),
  variants: v.optional(v.array(text('variant'), 'expected a list of variants')),
  category,
  source: text('source'),
  seeAlso: v.optional(v.array(text('source'), 'expected a list of sources')),
  note: v.optional(text('note')),
  /** What to look at for causes no check covers yet. */
  lookAt: v.optional(v.pipe(v.array(lookAt, 'expected a list of places to look at'), v.minLength(1, 'lookAt is empty'))),
  checkedOn: date,
});

export const CategoryEntrySchema = v.object({
  id: category,
  checks: v.array(checkId, 'expected a list of check ids'),
});

export const ErrorsFileSchema = v.object({
  format: v.literal(KNOWLEDGE_FORMATS.errors, (i) => `expected "${KNOWLEDGE_FORMATS.errors}", got ${JSON.stringify(i.input)}`),
  version: v.literal(1, (i) => `expected version 1, got ${JSON.stringify(i.input)}`),
  checkedOn: date,
  note: v.optional(text('note')),
  categories: v.optional(v.array(CategoryEntrySchema, 'expected a list of categories')),
  entries: v.array(ErrorEntrySchema, 'expected a list of entries'),
});

export type ErrorEntry = v.InferOutput<typeof ErrorEntrySchema> & { checks: CheckId[] };
export type CategoryEntry = v.InferOutput<typeof CategoryEntrySchema>;
export type ErrorsFile = v.InferOutput<typeof ErrorsFileSchema>;

// ---- regions.json

export const PARTITION_IDS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-eusc'] as const;
export type PartitionId = (typeof PARTITION_IDS)[number];
export const PartitionSchema = v.picklist(PARTITION_IDS, (i) => `unknown partition ${JSON.stringify(i.input)} (known: ${PARTITION_IDS.join(', ')})`);
const partitionList = v.array(PartitionSchema, 'expected a list of partitions');
const copySupport = v.picklist(['yes', 'no'] as const, (i) => `expected "yes" or "no", got ${JSON.stringify(i.input)}`);
const sourceList = v.pipe(v.array(text('source'), 'expected a list of sources'), v.minLength(1, 'needs at least one source'));

export const RegionSchema = v.object({
  code: regionCode,
  name: localized,
  partition: PartitionSchema,
  optIn: v.boolean('expected true or false'),
});

/** What a whole partition allows (the AWS European Sovereign Cloud: no copy), dated, with its sources. */
export const PartitionRowSchema = v.object({
  id: PartitionSchema,
  name: localized,
  crossRegion: copySupport,
  crossAccount: copySupport,
  since: v.optional(date),
  says: text('says'),
  sources: sourceList,
  checkedOn: date,
});

export const RegionsFileSchema = v.object({
  format: v.literal(KNOWLEDGE_FORMATS.regions, (i) => `expected "${KNOWLEDGE_FORMATS.regions}", got ${JSON.stringify(i.input)}`),
  version: v.literal(1, (i) => `expected version 1, got ${JSON.stringify(i.input)}`),
  checkedOn: date,
  source: text('source'),
  seeAlso: v.optional(v.array(text('source'))),
  note: v.optional(text('note')),
  regions: v.pipe(v.array(RegionSchema, 'expected a list of Regions'), v.minLength(1, 'needs at least one Region')),
  partitions: v.optional(v.array(PartitionRowSchema, 'expected a list of partition rows')),
});

export type Region = v.InferOutput<typeof RegionSchema>;
export type PartitionRow = v.InferOutput<typeof PartitionRowSchema>;
export type RegionsFile = v.InferOutput<typeof RegionsFileSchema>;

// ---- resources.json

export const SUPPORT_VALUES = ['yes', 'no', 'advanced-features'] as const;
export type Support = (typeof SUPPORT_VALUES)[number];
const support = v.picklist(SUPPORT_VALUES, (i) => `expected "yes", "no" or "advanced-features", got ${JSON.stringify(i.input)}`);
const regionList = v.array(regionCode, 'expected a list of Region codes');

/**
 * Words of a conflict: `{ "en": ..., "zh-TW": ... }`, or, as packs written before the words had languages did,
 * one plain string, shown in every language.
 */
const localizedOrPlain = v.union(
  [localized, v.pipe(text(), v.transform((s): Localized => ({ en: s })))],
  'expected { "en": ..., "zh-TW": ... } or a string',
);

export const ConflictSchema = v.object({
  about: localizedOrPlain,
  claims: v.pipe(
    v.array(v.object({ source: text('source'), says: text('says'), date: v.optional(date) }), 'expected a list of claims'),
    v.minLength(2, 'a conflict names at least two sources'),
  ),
  treatedAs: localizedOrPlain,
});

export const ResourceSubtypeSchema = v.object({
  name: text('name'),
  crossRegion: v.optional(support),
  crossAccount: v.optional(support),
  noCrossRegionIn: v.optional(regionList),
  noCrossAccountIn: v.optional(regionList),
  noCrossRegionInPartitions: v.optional(partitionList),
  noCrossAccountInPartitions: v.optional(partitionList),
  /** The day AWS changed this row (its document history), when known. */
  since: v.optional(date),
  notes: v.optional(localized),
  sources: v.optional(sourceList),
  checkedOn: v.optional(date),
});

export const ResourceEntrySchema = v.object({
  resourceType: text('resourceType'),
  name: text('name'),
  aliases: v.optional(v.array(text('alias'))),
  crossRegion: support,
  crossAccount: support,
  fullyManaged: support,
  noCrossAccountInOptIn: v.optional(v.boolean('expected true or false')),
  noCrossRegionInOptIn: v.optional(v.boolean('expected true or false')),
  noCrossRegionIn: v.optional(regionList),
  noCrossAccountIn: v.optional(regionList),
  noCrossRegionInPartitions: v.optional(partitionList),
  noCrossAccountInPartitions: v.optional(partitionList),
  notes: v.optional(localized),
  subtypes: v.optional(v.array(ResourceSubtypeSchema)),
  conflicts: v.optional(v.array(ConflictSchema)),
  sources: v.pipe(v.array(text('source')), v.minLength(1, 'needs at least one source')),
  /** When this row was last compared with its sources (the file's checkedOn otherwise). */
  checkedOn: v.optional(date),
});

export const HistoryNoteSchema = v.object({
  id: v.pipe(v.string('expected an id'), v.regex(ID_RE, (i) => `id must be kebab-case: ${JSON.stringify(i.input)}`)),
  changed: v.pipe(v.string('expected a date'), v.regex(MONTH_OR_DATE_RE, (i) => `not a date in YYYY-MM or YYYY-MM-DD form: ${JSON.stringify(i.input)}`)),
  resourceTypes: v.array(text('resourceType')),
  note: localized,
  sources: v.pipe(v.array(text('source')), v.minLength(1, 'needs at least one source')),
  checkedOn: v.optional(date),
  /**
   * Error entries (errors.json ids) this change makes out of date: a copy job that still prints one of them for these
   * types is explained with this note. A change that explains no message (a new Region, a new type) leaves it out.
   */
  explains: v.optional(v.array(v.pipe(v.string('expected an error id'), v.regex(ID_RE, (i) => `id must be kebab-case: ${JSON.stringify(i.input)}`)), 'expected a list of error ids')),
});

export const PackNoteSchema = v.object({
  id: v.pipe(v.string('expected an id'), v.regex(ID_RE, (i) => `id must be kebab-case: ${JSON.stringify(i.input)}`)),
  note: localized,
  sources: v.pipe(v.array(text('source')), v.minLength(1, 'needs at least one source')),
});

export const ResourcesFileSchema = v.object({
  format: v.literal(KNOWLEDGE_FORMATS.resources, (i) => `expected "${KNOWLEDGE_FORMATS.resources}", got ${JSON.stringify(i.input)}`),
  version: v.literal(1, (i) => `expected version 1, got ${JSON.stringify(i.input)}`),
  checkedOn: date,
  source: text('source'),
  history: v.array(HistoryNoteSchema, 'expected a list of history notes'),
  notes: v.optional(v.array(PackNoteSchema, 'expected a list of notes')),
  resources: v.pipe(v.array(ResourceEntrySchema, 'expected a list of resources'), v.minLength(1, 'needs at least one resource')),
});

export type ResourceEntry = v.InferOutput<typeof ResourceEntrySchema>;
export type ResourceSubtype = v.InferOutput<typeof ResourceSubtypeSchema>;
export type ResourceConflict = v.InferOutput<typeof ConflictSchema>;
export type HistoryNote = v.InferOutput<typeof HistoryNoteSchema>;
export type PackNote = v.InferOutput<typeof PackNoteSchema>;
export type ResourcesFile = v.InferOutput<typeof ResourcesFileSchema>;

// ---- the pack

export interface KnowledgePack {
  errors: ErrorEntry[];
  regions: Region[];
  resources: ResourceEntry[];
  /** What whole partitions allow (empty when regions.json has none). */
  partitions: PartitionRow[];
  /** Message category -> checks, for messages the catalogue does not know (empty when errors.json has none). */
  categories: CategoryEntry[];
  /** The files as validated: sources, checked-on dates, history and notes for the UI. */
  files: { errors: ErrorsFile; regions: RegionsFile; resources: ResourcesFile };
}

export type KnowledgeResult = { ok: true; pack: KnowledgePack } | { ok: false; problems: string[] };

function formatPath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string') out += /^[A-Za-z_$][\w$-]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out || '(top level)';
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'missing';
  if (issue.kind === 'schema' && issue.type === 'object' && (issue.input === null || typeof issue.input !== 'object' || Array.isArray(issue.input))) {
    return `expected an object, got ${describe(issue.input)}`;
  }
  if (issue.kind === 'schema' && issue.type === 'array' && !Array.isArray(issue.input)) return `expected a list, got ${describe(issue.input)}`;
  return issue.message;
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return `the string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
  return typeof x === 'object' ? 'an object' : `${typeof x} ${String(x)}`;
}

function parseFile<S extends v.GenericSchema>(file: string, schema: S, input: unknown, problems: string[]): v.InferOutput<S> | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    problems.push(`${file}: (top level): expected a JSON object, got ${describe(input)}`);
    return undefined;
  }
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  for (const issue of result.issues) problems.push(`${file}: ${formatPath(issue)}: ${issueMessage(issue)}`);
  return undefined;
}

function duplicates<T>(items: T[], key: (t: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(key(item), [...(seen.get(key(item)) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

function checkErrors(file: ErrorsFile, problems: string[]): void {
  const name = 'errors.json';
  for (const [id, at] of duplicates(file.entries, (e) => e.id)) {
    problems.push(`${name}: entries[${at[1]}].id: duplicate id ${JSON.stringify(id)} (also entries[${at[0]}])`);
  }
  const categories = file.categories ?? [];
  for (const [id, at] of duplicates(categories, (c) => c.id)) {
    problems.push(`${name}: categories[${at[1]}].id: duplicate category ${JSON.stringify(id)} (also categories[${at[0]}])`);
  }
  const known = new Set<string>([...MESSAGE_CATEGORIES, ...categories.map((c) => c.id)]);
  file.entries.forEach((entry, i) => {
    if (!known.has(entry.category)) {
      problems.push(`${name}: entries[${i}].category: unknown category ${JSON.stringify(entry.category)} (known: ${[...known].join(', ')})`);
    }
    const regexes = entry.patterns.map(compilePattern).filter((r): r is RegExp => r !== undefined);
    const samples: [string, string][] = [['example', entry.example], ...(entry.variants ?? []).map((s, j): [string, string] => [`variants[${j}]`, s])];
    for (const [where, sample] of samples) {
      const normal = normalizeMessage(sample);
      if (!regexes.some((r) => r.test(normal))) problems.push(`${name}: entries[${i}].${where}: not matched by any of the entry's patterns`);
    }
    for (const [check, at] of duplicates(entry.checks, (c) => c)) problems.push(`${name}: entries[${i}].checks[${at[1]}]: ${check} is listed twice`);
    for (const [place, at] of duplicates(entry.lookAt ?? [], (c) => c)) problems.push(`${name}: entries[${i}].lookAt[${at[1]}]: ${place} is listed twice`);
  });
}

function checkResources(file: ResourcesFile, regionCodes: Set<string> | undefined, errorIds: Set<string> | undefined, problems: string[]): void {
  const name = 'resources.json';
  for (const [type, at] of duplicates(file.resources, (r) => r.resourceType.toLowerCase())) {
    problems.push(`${name}: resources[${at[1]}].resourceType: duplicate resource type ${JSON.stringify(type)} (also resources[${at[0]}])`);
  }
  for (const [id, at] of duplicates(file.history, (h) => h.id)) problems.push(`${name}: history[${at[1]}].id: duplicate id ${JSON.stringify(id)}`);
  for (const [id, at] of duplicates(file.notes ?? [], (h) => h.id)) problems.push(`${name}: notes[${at[1]}].id: duplicate id ${JSON.stringify(id)}`);
  const types = new Set(file.resources.map((r) => r.resourceType));
  file.history.forEach((h, i) => {
    h.resourceTypes.forEach((t, j) => {
      if (!types.has(t)) problems.push(`${name}: history[${i}].resourceTypes[${j}]: unknown resource type ${JSON.stringify(t)}`);
    });
    h.explains?.forEach((id, j) => {
      if (errorIds && !errorIds.has(id)) problems.push(`${name}: history[${i}].explains[${j}]: no error entry ${JSON.stringify(id)} in errors.json`);
    });
  });
  if (!regionCodes) return;
  const checkList = (list: string[] | undefined, where: string) =>
    list?.forEach((code, j) => {
      if (!regionCodes.has(code)) problems.push(`${name}: ${where}[${j}]: Region ${JSON.stringify(code)} is not in regions.json`);
    });
  file.resources.forEach((r, i) => {
    checkList(r.noCrossRegionIn, `resources[${i}].noCrossRegionIn`);
    checkList(r.noCrossAccountIn, `resources[${i}].noCrossAccountIn`);
    r.subtypes?.forEach((s, k) => {
      checkList(s.noCrossRegionIn, `resources[${i}].subtypes[${k}].noCrossRegionIn`);
      checkList(s.noCrossAccountIn, `resources[${i}].subtypes[${k}].noCrossAccountIn`);
    });
  });
}

/**
 * Validates the three knowledge files as parsed JSON. Problems name the file and the JSON path, e.g.
 * `errors.json: entries[3].patterns[0]: not a valid regular expression`.
 */
export function validateKnowledge(files: { errors: unknown; regions: unknown; resources: unknown }): KnowledgeResult {
  const problems: string[] = [];
  const errors = parseFile('errors.json', ErrorsFileSchema, files.errors, problems);
  const regions = parseFile('regions.json', RegionsFileSchema, files.regions, problems);
  const resources = parseFile('resources.json', ResourcesFileSchema, files.resources, problems);
  if (errors) checkErrors(errors, problems);
  if (regions) {
    for (const [code, at] of duplicates(regions.regions, (r) => r.code)) {
      problems.push(`regions.json: regions[${at[1]}].code: duplicate Region ${JSON.stringify(code)} (also regions[${at[0]}])`);
    }
    for (const [id, at] of duplicates(regions.partitions ?? [], (p) => p.id)) {
      problems.push(`regions.json: partitions[${at[1]}].id: duplicate partition ${JSON.stringify(id)} (also partitions[${at[0]}])`);
    }
  }
  if (resources) {
    checkResources(resources, regions ? new Set(regions.regions.map((r) => r.code)) : undefined, errors ? new Set(errors.entries.map((e) => e.id)) : undefined, problems);
  }
  if (problems.length > 0 || !errors || !regions || !resources) return { ok: false, problems };
  return {
    ok: true,
    pack: {
      errors: errors.entries as ErrorEntry[],
      regions: regions.regions,
      partitions: regions.partitions ?? [],
      resources: resources.resources,
      categories: errors.categories ?? [],
      files: { errors, regions, resources },
    },
  };
}

/** The resource entry for a ResourceType value or a known alias, ignoring case and spacing. */
export function findResource(resources: readonly ResourceEntry[], type: string | undefined): ResourceEntry | undefined {
  if (!type) return undefined;
  const key = type.replace(/[\s_-]+/g, '').toLowerCase();
  const norm = (s: string) => s.replace(/[\s_-]+/g, '').toLowerCase();
  return resources.find((r) => norm(r.resourceType) === key) ?? resources.find((r) => r.aliases?.some((a) => norm(a) === key));
}

export function findRegion(regions: readonly Region[], code: string | undefined): Region | undefined {
  if (!code) return undefined;
  const key = code.trim().toLowerCase();
  return regions.find((r) => r.code === key);
}
