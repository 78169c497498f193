// Readers for two account settings outputs (knowledge update, 4.5 and 4.8):
//
//   aws backup describe-region-settings      {"ResourceTypeOptInPreference": {"DynamoDB": true, ...},
//   (source account, source Region)           "ResourceTypeManagementPreference": {"DynamoDB": false, "EFS": true}}
//   aws ec2 get-allowed-images-settings      {"State": "enabled", "ImageCriteria": [{"ImageProviders": ["amazon", "111122223333"]}],
//   (destination account, destination Region) "ManagedBy": "account"}
//
// Tolerant like the other readers (paste damage, text around the JSON, the Region settings event's `detail`, values as
// the strings "true"/"false") and never throwing; each keeps the parsed text so findings can point at a line.
// Findings point into them with `outputLocation(input, read.out, path)` from ./outputs.
import { propEntry, readOutput, type PastedOutput } from './outputs';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

function boolOf(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) return v.trim().toLowerCase() === 'true';
  return undefined;
}

// ---- backup describe-region-settings

export interface RegionPreference {
  /** The resource type as written (`DynamoDB`, `Aurora`, `S3`...). */
  type: string;
  value: boolean;
  path: (string | number)[];
}

export interface RegionSettingsRead {
  out: PastedOutput;
  /** `ResourceTypeOptInPreference`: which resource types AWS Backup protects in this Region. */
  optIn: RegionPreference[];
  /** `ResourceTypeManagementPreference`: full AWS Backup management (for DynamoDB: the advanced features). */
  management: RegionPreference[];
}

function preferences(o: Obj, name: string, prefix: (string | number)[]): RegionPreference[] | undefined {
  const e = propEntry(o, name);
  if (!e || !isObj(e[1])) return undefined;
  return Object.entries(e[1]).flatMap(([type, v]) => {
    const value = boolOf(v);
    return value === undefined ? [] : [{ type, value, path: [...prefix, e[0], type] }];
  });
}

/** Reads describe-region-settings output (or the "Region Setting State Change" event). Undefined when it is not one. */
export function readRegionSettings(text: string | undefined): RegionSettingsRead | undefined {
  try {
    const out = readOutput(text);
    if (!isObj(out.value)) return undefined;
    const detail = propEntry(out.value, 'detail');
    const [o, prefix] = detail && isObj(detail[1]) ? [detail[1], [detail[0]]] : [out.value, []];
    const optIn = preferences(o, 'ResourceTypeOptInPreference', prefix);
    const management = preferences(o, 'ResourceTypeManagementPreference', prefix);
    if (!optIn && !management) return undefined;
    return { out, optIn: optIn ?? [], management: management ?? [] };
  } catch {
    return undefined;
  }
}

/** One preference by resource type, ignoring case (`dynamodb` finds `DynamoDB`). */
export function regionPreference(r: RegionSettingsRead | undefined, kind: 'optIn' | 'management', type: string): RegionPreference | undefined {
  const wanted = type.trim().toLowerCase();
  return r?.[kind].find((p) => p.type.toLowerCase() === wanted);
}

/** DynamoDB's advanced features (`ResourceTypeManagementPreference.DynamoDB`): without them no DynamoDB copy works. */
export function dynamoDbAdvancedFeatures(r: RegionSettingsRead | undefined): boolean | undefined {
  return regionPreference(r, 'management', 'DynamoDB')?.value;
}

// ---- ec2 get-allowed-images-settings

export interface AllowedImagesRead {
  out: PastedOutput;
  /** `disabled`, `audit-mode` or `enabled` (lower case). */
  state?: string;
  /** `account` or `declarative-policy` (lower case). */
  managedBy?: string;
  /** Each criterion's image providers (`amazon`, `aws-marketplace`, `aws-backup-vault`, account IDs, `none`). */
  criteria: { providers: string[]; path: (string | number)[]; /** Every field of the criterion, as written (`ImageProviders`, `ImageNames`...). */ keys: string[] }[];
  paths: Record<string, (string | number)[]>;
}

/** Reads get-allowed-images-settings output. Undefined when it is not one. Never throws. */
export function readAllowedImages(text: string | undefined): AllowedImagesRead | undefined {
  try {
    const out = readOutput(text);
    if (!isObj(out.value)) return undefined;
    const state = propEntry(out.value, 'State');
    const criteria = propEntry(out.value, 'ImageCriteria');
    const managedBy = propEntry(out.value, 'ManagedBy');
    // `State` alone is too common a field name: one of the other two must be there.
    if (!criteria && !managedBy) return undefined;
    const r: AllowedImagesRead = { out, criteria: [], paths: {} };
    if (state && typeof state[1] === 'string') {
      r.state = state[1].trim().toLowerCase();
      r.paths.State = [state[0]];
    }
    if (managedBy && typeof managedBy[1] === 'string') {
      r.managedBy = managedBy[1].trim().toLowerCase();
      r.paths.ManagedBy = [managedBy[0]];
    }
    if (criteria && Array.isArray(criteria[1])) {
      r.paths.ImageCriteria = [criteria[0]];
      criteria[1].forEach((c, i) => {
        if (!isObj(c)) return;
        const providers = propEntry(c, 'ImageProviders');
        const list = providers && Array.isArray(providers[1]) ? providers[1].filter((p): p is string => typeof p === 'string').map((p) => p.trim()) : [];
        r.criteria.push({ providers: list, path: [criteria[0], i, providers?.[0] ?? 'ImageProviders'], keys: Object.keys(c) });
      });
    }
    return r;
  } catch {
    return undefined;
  }
}

/** Every image provider any criterion names, once each, as written. */
export function imageProviders(r: AllowedImagesRead | undefined): string[] {
  return [...new Set(r?.criteria.flatMap((c) => c.providers) ?? [])];
}
