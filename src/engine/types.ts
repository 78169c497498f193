// The contracts of DESIGN.md as types. The engine, the UI, the CLI and the tests all speak these.
import type { AccountIdProblem } from './ids';
import type { DamageKind } from './json/repair';


export const FACT_KEYS = [
  'sourceAccountId',
  'destinationAccountId',
  'sourceRegion',
  'destinationRegion',
  'resourceType',
  'organizationId',
  'destinationVaultName',
  'sourceKeyArn',
  'destinationVaultKeyArn',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];
export type Facts = Partial<Record<FactKey, string>>;

export const PASTE_KEYS = [
  'errorMessage',
  'copyJob',
  'sourceKeyPolicy',
  'sourceKeyMetadata',
  'destinationVaultPolicy',
  'destinationVault',
  'destinationKeyMetadata',
  'globalSettings',
  'sourceOrganization',
  'destinationOrganization',
  'tagPolicy',
  'resourceTags',
  'serviceControlPolicies',
  'sourceVaultPolicy',
  'regionSettings',
  'allowedImages',
  'copyRolePolicies',
  'resourceControlPolicies',
] as const;
export type PasteKey = (typeof PASTE_KEYS)[number];
export type Pastes = Partial<Record<PasteKey, string>>;

export interface Session {
  format: 'copy-doctor/session';
  version: 1;
  facts: Facts;
  answers: Record<string, string>;
  pastes: Pastes;
}

export type Status = 'pass' | 'fail' | 'warn' | 'unknown' | 'not-applicable';
export type Severity = 'error' | 'security-warning' | 'warning' | 'suggestion';

export const CHECK_IDS = [
  'organization',
  'cross-account-setting',
  'resource-support',
  'encryption',
  'source-key-policy',
  'destination-vault-policy',
  'tag-policy',
  'vault-lock',
  'service-control-policies',
  'iam-role',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** A place in a pasted input. `line` is 1-based, `column` 0-based, both into the text exactly as pasted. */
export interface Location {
  input: PasteKey | 'facts';
  path: (string | number)[];
  line?: number;
  column?: number;
  /** Offset and length into the pasted text, for editors that highlight a range. */
  offset?: number;
  length?: number;
}

export type Params = Record<string, string | number>;

export interface Finding {
  /** Stable UPPER_SNAKE code; the i18n catalogs hold its message under `finding.<CODE>`. */
  code: string;
  severity: Severity;
  params?: Params;
  /** Rendered in the chosen language by the i18n layer (engine leaves the code until then). */
  message: string;
  location?: Location;
}

export interface FixDocument {
  input: PasteKey;
  /** The corrected document, pretty-printed JSON. */
  text: string;
  /** File name used by the commands and the download button. */
  fileName: string;
  /** The document goes beside what the input holds, not in its place (a new inline policy of the copy role). */
  adds?: boolean;
}

export interface FixPlace {
  account?: 'source' | 'destination' | 'management';
  accountId?: string;
  region?: string;
}

export interface Fix {
  summary: string;
  summaryCode?: string;
  summaryParams?: Params;
  /** Which account the commands run in: 'source account', 'destination account', 'management account'. */
  runIn: string;
  runInAccount?: 'source' | 'destination' | 'management';
  accountId?: string;
  region?: string;
  /**
   * Where the commands run, as `diagnose()` resolved it once for every screen and rendering: the account's role, and
   * its ID and Region when the fix or the facts name them (only values with their formats).
   */
  runInPlace?: FixPlace;
  documents: FixDocument[];
  commands: string[];
  /** True when a human must review the change (for example a Deny was narrowed). */
  needsReview?: boolean;
}

export interface CheckResult {
  id: CheckId;
  status: Status;
  findings: Finding[];
  fix?: Fix;
  /** For `unknown`: the inputs that would decide the check. */
  needs?: (PasteKey | FactKey | string)[];
}

export interface FactValue {
  value: string;
  from: 'facts' | PasteKey;
}

export interface TriageMatch {
  messageId: string;
  checks: CheckId[];
  /** Values pulled out of the message (Regions, resource type, key ARN, tag key...). */
  extracted?: Record<string, string>;
  /** Where to look for causes no check covers yet (the pack's `lookAt`; words under `lookAt.<id>`). */
  lookAt?: string[];
}

export interface Diagnosis {
  format: 'copy-doctor/diagnosis';
  version: 1;
  facts: Partial<Record<FactKey, FactValue>>;
  triage: TriageMatch[];
  /** The copy job's status message as reported (from the pasted message or copy job), shortened to 400 characters. */
  statusMessage?: string;
  checks: CheckResult[];
  /** Per pasted input (not the error message) with paste damage: the kinds found and the text repaired. */
  repairs?: Partial<Record<PasteKey, PasteRepair>>;
  /** Per fact whose value (typed, else pasted) is missing or malformed: the problem; words under `facts.problem.<code>`. */
  factProblems?: Partial<Record<FactKey, FactProblem>>;
}

export interface PasteRepair {
  /** The damage kinds, each once, in the order found; words under `damage.<kind>`. */
  kinds: DamageKind[];
  /** The paste with every damage repaired. */
  text: string;
}

export interface FactProblem {
  code: AccountIdProblem | 'unknownRegion' | 'orgId' | 'vaultName';
  params?: Params;
}
