// The facts the checks work from: what the user typed, plus what the pasted CLI outputs say.
// An explicit fact wins over a pasted one; a disagreement is reported, never silently resolved.
// A value without its fact's format (a vault name holding `;curl ...|sh`, a key ARN with a line break) is no fact:
// it is left out and reported as INPUT_VALUE_REJECTED, wherever it came from (typed, a session file, a paste).
import { FACT_KEYS, type FactKey, type FactProblem, type FactValue, type Finding, type PasteKey, type Session } from './types';
import { chosenFieldPath, looseJsonValue, readCopyJob, type CopyJobRead } from './inputs/copyJob';
import { rejectionFinding } from './inputs/rejections';
import { checkValue, type RejectReason, type ValueKind } from './core/formats';
import { accountIdProblem, arnAccount, arnRegion, ORG_ID_RE, parseArn, VAULT_NAME_RE } from './ids';

export type ResolvedFacts = Partial<Record<FactKey, FactValue>>;

export interface FactsResult {
  facts: ResolvedFacts;
  /** `FACT_CONFLICT` (a typed fact differs from a paste) and `PASTE_CONFLICT` (two pastes differ). */
  conflicts: Finding[];
  /** `INPUT_VALUE_REJECTED`: a fact given or pasted without its format, left out. */
  problems: Finding[];
}

/** The format each fact must have to be used. */
export const FACT_KINDS: Record<FactKey, ValueKind> = {
  sourceAccountId: 'accountId',
  destinationAccountId: 'accountId',
  sourceRegion: 'region',
  destinationRegion: 'region',
  resourceType: 'resourceType',
  organizationId: 'organizationId',
  destinationVaultName: 'vaultName',
  sourceKeyArn: 'kmsKeyRef',
  destinationVaultKeyArn: 'kmsKeyRef',
};

interface Candidate {
  key: FactKey;
  value: string;
  input: PasteKey;
  path: (string | number)[];
  /** The field as AWS names it, for the finding when the value is rejected. */
  field: string;
  /** Already rejected by the reader (the copy job's own validation). */
  rejected?: RejectReason;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

function prop(o: Obj, name: string): unknown {
  if (name in o) return o[name];
  const key = Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : o[key];
}

function str(o: unknown, name: string): string | undefined {
  if (!isObj(o)) return undefined;
  const v = prop(o, name);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function objectOf(text: string | undefined): Obj | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    const v = looseJsonValue(text);
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function vaultNameFromArn(arn: string | undefined): string | undefined {
  if (!arn) return undefined;
  const { arn: parsed, problem } = parseArn(arn);
  return parsed && !problem ? /^backup-vault:(.+)$/.exec(parsed.resource)?.[1] : undefined;
}

function fromCopyJob(text: string | undefined, input: PasteKey): Candidate[] {
  if (typeof text !== 'string') return [];
  const job: CopyJobRead | undefined = readCopyJob(text);
  if (!job) return [];
  const pairs: [FactKey, string | undefined, string][] = [
    ['sourceAccountId', job.sourceAccountId, 'SourceBackupVaultArn'],
    ['destinationAccountId', job.destinationAccountId, 'DestinationBackupVaultArn'],
    ['sourceRegion', job.sourceRegion, 'SourceBackupVaultArn'],
    ['destinationRegion', job.destinationRegion, 'DestinationBackupVaultArn'],
    ['resourceType', job.resourceType, 'ResourceType'],
    ['destinationVaultName', job.destinationVaultName, 'DestinationBackupVaultArn'],
    // Newer describe-copy-job outputs name the key the copy is encrypted with in the destination vault.
    ['destinationVaultKeyArn', job.destinationEncryptionKeyArn, 'DestinationEncryptionKeyArn'],
  ];
  const found = pairs.flatMap(([key, value, field]): Candidate[] => (value ? [{ key, value, input, path: chosenFieldPath(text, field), field }] : []));
  const rejected = (job.rejected ?? []).flatMap((r): Candidate[] =>
    r.fact ? [{ key: r.fact, value: '', input, path: chosenFieldPath(text, r.field), field: r.field, rejected: r.reason }] : [],
  );
  return [...found, ...rejected];
}

/** describe-backup-vault output, or get-backup-vault-access-policy output (which names the vault too). */
function fromVault(o: Obj | undefined, input: PasteKey, withKey: boolean): Candidate[] {
  if (!o) return [];
  const out: Candidate[] = [];
  const vaultArn = str(o, 'BackupVaultArn');
  const name = str(o, 'BackupVaultName') ?? vaultNameFromArn(vaultArn);
  const nameField = str(o, 'BackupVaultName') ? 'BackupVaultName' : 'BackupVaultArn';
  if (name) out.push({ key: 'destinationVaultName', value: name, input, path: [nameField], field: nameField });
  const account = arnAccount(vaultArn);
  if (account) out.push({ key: 'destinationAccountId', value: account, input, path: ['BackupVaultArn'], field: 'BackupVaultArn' });
  const region = arnRegion(vaultArn);
  if (region) out.push({ key: 'destinationRegion', value: region, input, path: ['BackupVaultArn'], field: 'BackupVaultArn' });
  const keyArn = withKey ? str(o, 'EncryptionKeyArn') : undefined;
  if (keyArn) out.push({ key: 'destinationVaultKeyArn', value: keyArn, input, path: ['EncryptionKeyArn'], field: 'EncryptionKeyArn' });
  return out;
}

/** describe-key output (`{"KeyMetadata": {"Arn": ...}}`), a bare KeyMetadata object, or just the key ARN. */
function fromKeyMetadata(text: string | undefined, input: PasteKey, key: FactKey): Candidate[] {
  const o = objectOf(text);
  if (o) {
    const meta = prop(o, 'KeyMetadata');
    const arn = str(meta, 'Arn');
    if (arn) return [{ key, value: arn, input, path: ['KeyMetadata', 'Arn'], field: 'KeyMetadata.Arn' }];
    const bare = str(o, 'Arn');
    return bare ? [{ key, value: bare, input, path: ['Arn'], field: 'Arn' }] : [];
  }
  const trimmed = typeof text === 'string' ? text.trim() : '';
  return /^arn:[^\s]+:kms:[^\s]+$/.test(trimmed) ? [{ key, value: trimmed, input, path: [], field: 'Arn' }] : [];
}

function organizationId(text: string | undefined): string | undefined {
  const o = objectOf(text);
  if (!o) return undefined;
  const org = prop(o, 'Organization');
  return str(org, 'Id') ?? str(o, 'Id');
}

function fromOrganizations(session: Session): Candidate[] {
  const source = organizationId(session.pastes?.sourceOrganization);
  const destination = organizationId(session.pastes?.destinationOrganization);
  // Two different organizations is the organization check's finding, not a fact.
  if (source && destination && source !== destination) return [];
  const path = ['Organization', 'Id'];
  if (source) return [{ key: 'organizationId', value: source, input: 'sourceOrganization', path, field: 'Organization.Id' }];
  if (destination) return [{ key: 'organizationId', value: destination, input: 'destinationOrganization', path, field: 'Organization.Id' }];
  return [];
}

/** Every fact the pastes give, in order of trust: the copy job first, then the error message, vault, keys, organizations. */
export function pastedFacts(session: Session): Candidate[] {
  const pastes = isObj(session.pastes) ? session.pastes : {};
  return [
    ...fromCopyJob(pastes.copyJob, 'copyJob'),
    ...fromCopyJob(pastes.errorMessage, 'errorMessage'),
    ...fromVault(objectOf(pastes.destinationVault), 'destinationVault', true),
    ...fromVault(objectOf(pastes.destinationVaultPolicy), 'destinationVaultPolicy', false),
    ...fromKeyMetadata(pastes.sourceKeyMetadata, 'sourceKeyMetadata', 'sourceKeyArn'),
    ...fromKeyMetadata(pastes.destinationKeyMetadata, 'destinationKeyMetadata', 'destinationVaultKeyArn'),
    ...fromOrganizations(session),
  ];
}

const CASE_INSENSITIVE = new Set<FactKey>(['sourceRegion', 'destinationRegion', 'resourceType', 'organizationId']);

/** Whether two values of a fact mean the same thing (Regions and types ignore case; a key ID equals its key ARN). */
export function sameFact(key: FactKey, a: string, b: string): boolean {
  if (a === b) return true;
  if (CASE_INSENSITIVE.has(key)) return a.toLowerCase() === b.toLowerCase();
  if (key === 'sourceKeyArn' || key === 'destinationVaultKeyArn') {
    const id = (s: string) => /:key\/([0-9a-f-]{36})$/i.exec(s)?.[1]?.toLowerCase() ?? s.toLowerCase();
    return id(a) === id(b);
  }
  return false;
}

/** Region codes are lower case (`EU-West-1` typed is `eu-west-1`); every other fact is used as given. */
function normalise(key: FactKey, value: string): string {
  return key === 'sourceRegion' || key === 'destinationRegion' ? value.toLowerCase() : value;
}

/**
 * Facts from `session.facts` (from: 'facts') and from the pastes. An explicit fact wins; a paste that disagrees
 * with it gives a FACT_CONFLICT warning, and two pastes that disagree give a PASTE_CONFLICT warning (the first wins).
 * Blank facts count as absent; values are trimmed.
 */
export function resolveFacts(session: Session): FactsResult {
  const facts: ResolvedFacts = {};
  const conflicts: Finding[] = [];
  const problems: Finding[] = [];
  const given = isObj(session?.facts) ? (session.facts as Record<string, unknown>) : {};
  for (const key of FACT_KEYS) {
    const raw = given[key];
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const v = normalise(key, raw.trim());
    const c = checkValue(FACT_KINDS[key], v);
    if (c.ok) facts[key] = { value: v, from: 'facts' };
    else problems.push(rejectionFinding({ kind: FACT_KINDS[key], reason: c.reason, origin: { input: 'facts', fact: key } }));
  }
  const reported = new Set<string>();
  for (const c of session ? pastedFacts(session) : []) {
    const value = normalise(c.key, c.value);
    const rejected = c.rejected ?? (() => {
      const v = checkValue(FACT_KINDS[c.key], value);
      return v.ok ? undefined : v.reason;
    })();
    if (rejected) {
      const tag = `rejected|${c.key}|${c.input}|${c.field}`;
      if (reported.has(tag)) continue;
      reported.add(tag);
      problems.push(
        rejectionFinding({ kind: FACT_KINDS[c.key], reason: rejected, origin: { input: c.input, fact: c.key, field: c.field, path: c.path } }, session.pastes),
      );
      continue;
    }
    const current = facts[c.key];
    if (!current) {
      facts[c.key] = { value, from: c.input };
      continue;
    }
    if (sameFact(c.key, current.value, value)) continue;
    const tag = `${c.key}|${c.input}|${c.value}`;
    if (reported.has(tag)) continue;
    reported.add(tag);
    const location = { input: c.input, path: c.path };
    if (current.from === 'facts') {
      conflicts.push({
        code: 'FACT_CONFLICT',
        severity: 'warning',
        params: { fact: c.key, given: current.value, pasted: c.value, input: c.input },
        message: '',
        location,
      });
    } else {
      conflicts.push({
        code: 'PASTE_CONFLICT',
        severity: 'warning',
        params: { fact: c.key, given: current.value, givenInput: current.from, pasted: c.value, input: c.input },
        message: '',
        location,
      });
    }
  }
  return { facts, conflicts, problems };
}

/**
 * What is wrong with each fact the facts step asks for, judged on the value it shows: the typed one, else the one the
 * pastes gave. Account IDs are required; Regions must be ones the pack knows (when a pack is given); the organization
 * ID and the vault name, when given, must have their formats.
 */
export function factProblems(session: Session, facts: ResolvedFacts, regions?: readonly { code: string }[]): Partial<Record<FactKey, FactProblem>> {
  const given = isObj(session?.facts) ? (session.facts as Record<string, unknown>) : {};
  const shown = (k: FactKey) => {
    const raw = given[k];
    return typeof raw === 'string' && raw.trim() !== '' ? raw : (facts[k]?.value ?? '');
  };
  const out: Partial<Record<FactKey, FactProblem>> = {};
  for (const k of ['sourceAccountId', 'destinationAccountId'] as const) {
    const code = accountIdProblem(shown(k));
    if (code) out[k] = { code };
  }
  for (const k of ['sourceRegion', 'destinationRegion'] as const) {
    const region = shown(k).trim();
    if (region && regions && !regions.some((r) => r.code === normalise(k, region))) out[k] = { code: 'unknownRegion', params: { region } };
  }
  const org = shown('organizationId').trim();
  if (org && !ORG_ID_RE.test(org)) out.organizationId = { code: 'orgId' };
  const vault = shown('destinationVaultName').trim();
  if (vault && !VAULT_NAME_RE.test(vault)) out.destinationVaultName = { code: 'vaultName' };
  return out;
}
