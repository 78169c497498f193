// Readers for pasted AWS CLI outputs the checks need beyond the copy job and the policies:
//
//   aws organizations describe-organization   {"Organization": {"Id", "Arn", "FeatureSet", "MasterAccountId", ...}}
//   aws backup describe-global-settings       {"GlobalSettings": {"isCrossAccountBackupEnabled": "true", ...}, "LastUpdateTime": ...}
//   aws kms describe-key                      {"KeyMetadata": {"KeyId", "Arn", "KeyState", "KeyManager", "Description", ...}}
//   aws backup describe-backup-vault          {"BackupVaultName", "BackupVaultArn", "EncryptionKeyArn", "Locked", ...}
//
// Every reader is tolerant (paste damage, text around the JSON, a bare inner object, names in other casings) and
// never throws. Each one keeps the parsed text so that findings can point at a line and column as pasted.
import { locate, type ParsedJson } from '../json/parse';
import { readPolicyText, type CliError } from '../json/policyText';
import type { Location, PasteKey } from '../types';
import { looseJsonValue, readCopyJob } from './copyJob';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

/** A property by name, ignoring case; returns the key as written too. */
export function propEntry(o: Obj, name: string): [string, unknown] | undefined {
  if (name in o) return [name, o[name]];
  const lower = name.toLowerCase();
  const key = Object.keys(o).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : [key, o[key]];
}

function strOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** A pasted output as parsed, with the JSON value and positions into the pasted text. */
export interface PastedOutput {
  /** The value as far as it could be read; undefined when the paste holds no JSON. */
  value: unknown;
  /** With positions (undefined when only the loose reader could make sense of it). */
  parsed?: ParsedJson;
  /** An AWS CLI error pasted instead of the output (`An error occurred (Code) when calling ...`). */
  cliError?: CliError;
}

/** Parses a pasted output: positions when possible, else the loose reader. Never throws. */
export function readOutput(text: string | undefined): PastedOutput {
  if (typeof text !== 'string' || text.trim() === '') return { value: undefined };
  const pt = readPolicyText(text);
  if (pt.cliError) return { value: undefined, cliError: pt.cliError };
  if (!pt.empty && pt.parsed.root && (isObj(pt.parsed.value) || Array.isArray(pt.parsed.value))) {
    return { value: pt.parsed.value, parsed: pt.parsed };
  }
  let value: unknown;
  try {
    value = looseJsonValue(text);
  } catch {
    value = undefined;
  }
  return { value };
}

/** A location for `path` in a pasted output (line and column when the output was parsed with positions). */
export function outputLocation(input: PasteKey, out: PastedOutput | undefined, path: (string | number)[]): Location {
  const loc: Location = { input, path };
  if (out?.cliError) {
    return { input, path: [], line: out.cliError.line, column: out.cliError.column, offset: out.cliError.offset, length: out.cliError.length };
  }
  if (!out?.parsed) return loc;
  const pos = locate(out.parsed, path);
  if (pos) Object.assign(loc, pos);
  return loc;
}

/** Reads named fields of an object, remembering the path each was found at. */
class Fields {
  readonly paths: Record<string, (string | number)[]> = {};
  constructor(
    private readonly o: Obj,
    private readonly prefix: (string | number)[],
  ) {}
  get(name: string): unknown {
    const e = propEntry(this.o, name);
    if (!e) return undefined;
    this.paths[name] = [...this.prefix, e[0]];
    return e[1];
  }
  str(name: string): string | undefined {
    return strOf(this.get(name));
  }
}

/** The inner object under `wrapper` (e.g. `Organization`), or the object itself when the inner one was pasted bare. */
function inner(value: unknown, wrapper: string, marker: string[]): { o: Obj; prefix: string[] } | undefined {
  if (!isObj(value)) return undefined;
  const w = propEntry(value, wrapper);
  if (w && isObj(w[1])) return { o: w[1], prefix: [w[0]] };
  if (marker.some((m) => propEntry(value, m) !== undefined)) return { o: value, prefix: [] };
  return undefined;
}

// ---- describe-organization

export interface OrganizationRead {
  out: PastedOutput;
  /** The account is in no organization (AWSOrganizationsNotInUseException). */
  notInOrganization?: boolean;
  id?: string;
  arn?: string;
  featureSet?: string;
  masterAccountId?: string;
  paths: Record<string, (string | number)[]>;
}

export function readOrganization(text: string | undefined): OrganizationRead | undefined {
  const out = readOutput(text);
  if (out.cliError) {
    if (/OrganizationsNotInUse/i.test(out.cliError.code)) return { out, notInOrganization: true, paths: {} };
    return undefined;
  }
  if (!out.value && typeof text === 'string' && /AWSOrganizationsNotInUseException|not a member of an organi[sz]ation/i.test(text)) {
    return { out, notInOrganization: true, paths: {} };
  }
  const found = inner(out.value, 'Organization', ['MasterAccountId', 'FeatureSet', 'AvailablePolicyTypes']);
  if (!found) return undefined;
  const f = new Fields(found.o, found.prefix);
  const r: OrganizationRead = {
    out,
    id: f.str('Id'),
    arn: f.str('Arn'),
    featureSet: f.str('FeatureSet')?.toUpperCase(),
    masterAccountId: f.str('MasterAccountId'),
    paths: f.paths,
  };
  if (!r.id && r.arn) r.id = /:organization\/(o-[a-z0-9]+)/.exec(r.arn)?.[1];
  if (!r.id && !r.masterAccountId && !r.featureSet) return undefined;
  return r;
}

// ---- describe-global-settings

export interface GlobalSettingsRead {
  out: PastedOutput;
  /** `true` / `false` when the setting was read (the API returns the strings "true" and "false"). */
  crossAccountEnabled?: boolean;
  /** The value as pasted, when it is neither true nor false. */
  raw?: string;
  lastUpdateTime?: string;
  paths: Record<string, (string | number)[]>;
}

export function readGlobalSettings(text: string | undefined): GlobalSettingsRead | undefined {
  const out = readOutput(text);
  if (!isObj(out.value)) return undefined;
  const found = inner(out.value, 'GlobalSettings', ['isCrossAccountBackupEnabled']);
  if (!found) return undefined;
  const f = new Fields(found.o, found.prefix);
  const raw = f.str('isCrossAccountBackupEnabled');
  const top = new Fields(out.value, []);
  const r: GlobalSettingsRead = { out, paths: f.paths };
  const last = top.str('LastUpdateTime');
  if (last) {
    r.lastUpdateTime = last;
    r.paths.LastUpdateTime = top.paths.LastUpdateTime ?? ['LastUpdateTime'];
  }
  if (raw === undefined) return r;
  const lower = raw.toLowerCase();
  if (lower === 'true') r.crossAccountEnabled = true;
  else if (lower === 'false') r.crossAccountEnabled = false;
  else r.raw = raw;
  return r;
}

// ---- kms describe-key

export interface KeyMetadataRead {
  out: PastedOutput;
  arn?: string;
  keyId?: string;
  /** `AWS` or `CUSTOMER` (upper case). */
  keyManager?: string;
  keyState?: string;
  description?: string;
  enabled?: boolean;
  paths: Record<string, (string | number)[]>;
}

export function readKeyMetadata(text: string | undefined): KeyMetadataRead | undefined {
  const out = readOutput(text);
  const found = inner(out.value, 'KeyMetadata', ['KeyManager', 'KeyState', 'KeyId']);
  if (!found) return undefined;
  const f = new Fields(found.o, found.prefix);
  const enabled = f.get('Enabled');
  const r: KeyMetadataRead = {
    out,
    arn: f.str('Arn'),
    keyId: f.str('KeyId'),
    keyManager: f.str('KeyManager')?.toUpperCase(),
    keyState: f.str('KeyState'),
    description: f.str('Description'),
    paths: f.paths,
  };
  if (typeof enabled === 'boolean') r.enabled = enabled;
  return r;
}

// ---- backup describe-backup-vault

export interface BackupVaultRead {
  out: PastedOutput;
  name?: string;
  arn?: string;
  encryptionKeyArn?: string;
  /** `AWS_OWNED_KMS_KEY` or `CUSTOMER_MANAGED_KMS_KEY` when present. */
  encryptionKeyType?: string;
  locked?: boolean;
  minRetentionDays?: number;
  maxRetentionDays?: number;
  vaultType?: string;
  lockDate?: string;
  paths: Record<string, (string | number)[]>;
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
  return undefined;
}

export function readBackupVault(text: string | undefined): BackupVaultRead | undefined {
  const out = readOutput(text);
  if (!isObj(out.value)) return undefined;
  const found = inner(out.value, 'BackupVault', ['BackupVaultName', 'BackupVaultArn', 'EncryptionKeyArn']);
  if (!found) return undefined;
  const f = new Fields(found.o, found.prefix);
  const locked = f.get('Locked');
  const r: BackupVaultRead = {
    out,
    name: f.str('BackupVaultName'),
    arn: f.str('BackupVaultArn'),
    encryptionKeyArn: f.str('EncryptionKeyArn'),
    encryptionKeyType: f.str('EncryptionKeyType')?.toUpperCase(),
    minRetentionDays: num(f.get('MinRetentionDays')),
    maxRetentionDays: num(f.get('MaxRetentionDays')),
    vaultType: f.str('VaultType')?.toUpperCase(),
    lockDate: f.str('LockDate'),
    paths: f.paths,
  };
  if (typeof locked === 'boolean') r.locked = locked;
  else if (typeof locked === 'string' && /^(true|false)$/i.test(locked.trim())) r.locked = locked.trim().toLowerCase() === 'true';
  if (!r.name && r.arn) r.name = /:backup-vault:(.+)$/.exec(r.arn)?.[1];
  return r;
}

// ---- the status message, for quoting it in findings

/** The copy job's status message as pasted (from the copy job output, or the error message paste), shortened. */
export function reportedMessage(pastes: Partial<Record<PasteKey, string>> | undefined, max = 400): string | undefined {
  const m = rawReportedMessage(pastes);
  return m && m.length > max ? `${m.slice(0, max - 1)}…` : m;
}

function rawReportedMessage(pastes: Partial<Record<PasteKey, string>> | undefined): string | undefined {
  for (const key of ['errorMessage', 'copyJob'] as const) {
    const text = pastes?.[key];
    if (typeof text !== 'string' || text.trim() === '') continue;
    const job = readCopyJob(text);
    const message = job?.statusMessage ?? (key === 'errorMessage' && !/^\s*[{[]/.test(text) ? text.trim() : undefined);
    if (message) return message;
  }
  return undefined;
}
