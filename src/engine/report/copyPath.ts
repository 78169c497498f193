// The copy path as a picture's model: who and what takes part in a cross-account copy, in which account, and
// which check governs each step between them. Pure data from a diagnosis (and the session it was made from, for
// the names only a paste carries); the UI draws it and decides nothing itself.
//
// The copy, in the order it happens (knowledge file, section 0):
// - the resource is backed up into the source vault (can that type be copied between those Regions at all?);
// - the copy job's IAM role in the source account starts the copy from the source vault (its own permissions, and
//   the source vault's access policy);
// - the copy crosses into the destination vault (the destination vault's access policy must let the source account
//   in; its lock, its kind and the destination's Allowed AMIs must accept the copy);
// - the destination account's AWSServiceRoleForBackup does the work: it uses the source KMS key (the key policy must
//   trust the destination), and each side's recovery point is encrypted with its own key (keys that can cross);
// - the management account decides for both accounts: same organization, cross-account backup turned on, no SCP or
//   RCP denying the copy, tags the tag policies accept.
import { readCopyJob } from '../inputs/copyJob';
import { readOrganization } from '../inputs/outputs';
import { parseArn } from '../ids';
import type { Diagnosis, FactKey, Session, Status } from '../types';

export type PathAccountId = 'source' | 'destination' | 'management';

export const PATH_NODE_IDS = [
  'organization',
  'crossAccountSetting',
  'organizationPolicies',
  'tagPolicies',
  /** The source and destination accounts together: what the management account's rules apply to. */
  'memberAccounts',
  'resource',
  'copyRole',
  'sourceVault',
  'sourceKey',
  'destinationVault',
  'vaultKey',
  'serviceRole',
] as const;
export type PathNodeId = (typeof PATH_NODE_IDS)[number];

/** Where each node lives. */
export const NODE_ACCOUNT: Record<PathNodeId, PathAccountId | 'both'> = {
  organization: 'management',
  crossAccountSetting: 'management',
  organizationPolicies: 'management',
  tagPolicies: 'management',
  memberAccounts: 'both',
  resource: 'source',
  copyRole: 'source',
  sourceVault: 'source',
  sourceKey: 'source',
  destinationVault: 'destination',
  vaultKey: 'destination',
  serviceRole: 'destination',
};

/**
 * Which check governs which step of the copy: one check per arrow, in the order a person reads the picture (the
 * management account's rules first, then the copy from the resource to the destination, then the keys).
 * `source-vault-policy`, `air-gapped-vault` and `allowed-images` are planned checks: until the diagnosis carries
 * them, their arrows are simply not drawn.
 */
export const GOVERNANCE: readonly { check: string; from: PathNodeId; to: PathNodeId }[] = [
  { check: 'organization', from: 'organization', to: 'memberAccounts' },
  { check: 'cross-account-setting', from: 'crossAccountSetting', to: 'memberAccounts' },
  { check: 'service-control-policies', from: 'organizationPolicies', to: 'memberAccounts' },
  { check: 'tag-policy', from: 'tagPolicies', to: 'memberAccounts' },
  { check: 'resource-support', from: 'resource', to: 'sourceVault' },
  { check: 'iam-role', from: 'copyRole', to: 'sourceVault' },
  { check: 'source-vault-policy', from: 'copyRole', to: 'sourceVault' },
  { check: 'destination-vault-policy', from: 'sourceVault', to: 'destinationVault' },
  { check: 'vault-lock', from: 'sourceVault', to: 'destinationVault' },
  { check: 'air-gapped-vault', from: 'sourceVault', to: 'destinationVault' },
  { check: 'allowed-images', from: 'sourceVault', to: 'destinationVault' },
  { check: 'encryption', from: 'sourceVault', to: 'sourceKey' },
  { check: 'encryption', from: 'destinationVault', to: 'vaultKey' },
  { check: 'source-key-policy', from: 'serviceRole', to: 'sourceKey' },
];

export interface PathAccount {
  id: PathAccountId;
  accountId?: string;
  region?: string;
}

export interface PathNode {
  id: PathNodeId;
  account: PathAccountId | 'both';
  /** The real identifier shown on the node: a vault name, a key ID, a role name, an organization ID. */
  value?: string;
  /** A second identifier: the resource type beside the resource's ID. */
  detail?: string;
}

export interface PathArrow {
  /** Unique within the path: `<check>:<from>-<to>`. */
  id: string;
  check: string;
  status: Status;
  from: PathNodeId;
  to: PathNodeId;
}

export interface CopyPath {
  accounts: Record<PathAccountId, PathAccount>;
  nodes: Record<PathNodeId, PathNode>;
  /** In GOVERNANCE order; only for checks the diagnosis has. */
  arrows: PathArrow[];
}

/** Identifiers come from pastes: shown as text, never longer than this, without control characters. */
const MAX_VALUE = 64;

function clean(s: string | undefined): string | undefined {
  if (typeof s !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const flat = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  if (flat === '') return undefined;
  return flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE - 1)}…` : flat;
}

/** A KMS key's ID from its ARN (`key/<uuid>`, `key/mrk-…`, `alias/<name>`), or the text as given. */
export function keyIdOf(arnOrId: string | undefined): string | undefined {
  if (!arnOrId) return undefined;
  const { arn, problem } = parseArn(arnOrId.trim());
  if (arn && !problem) return clean(arn.resource.replace(/^key\//, ''));
  return clean(arnOrId);
}

/** The last part of a resource ARN (`vol-0abc…` of `…:volume/vol-0abc…`, `prod-db` of `…:db:prod-db`). */
export function resourceIdOf(arnText: string | undefined): string | undefined {
  if (!arnText) return undefined;
  const { arn, problem } = parseArn(arnText.trim());
  if (!arn || problem) return undefined;
  return clean(arn.resource.split(/[/:]/).filter(Boolean).pop());
}

function vaultNameOf(arnText: string | undefined): string | undefined {
  if (!arnText) return undefined;
  const { arn, problem } = parseArn(arnText.trim());
  return arn && !problem ? clean(/^backup-vault:(.+)$/.exec(arn.resource)?.[1]) : undefined;
}

function roleNameOf(arnText: string | undefined): string | undefined {
  if (!arnText) return undefined;
  const { arn, problem } = parseArn(arnText.trim());
  return arn && !problem && arn.service === 'iam' ? clean(/^role\/(?:.*\/)?([^/]+)$/.exec(arn.resource)?.[1]) : undefined;
}

/** Reads a paste without ever throwing: a damaged paste only costs a label. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The copy path of a diagnosis. `session` (the one diagnosed) adds the names only pastes carry. */
export function copyPath(diagnosis: Diagnosis, session?: Pick<Session, 'pastes'>): CopyPath {
  const raw = (k: FactKey) => diagnosis.facts[k]?.value;
  const fact = (k: FactKey) => clean(raw(k));
  const pastes = session?.pastes ?? {};
  const job = typeof pastes.copyJob === 'string' ? safely(() => readCopyJob(pastes.copyJob as string)) : undefined;
  const management = [pastes.sourceOrganization, pastes.destinationOrganization]
    .map((text) => (typeof text === 'string' ? safely(() => readOrganization(text))?.masterAccountId : undefined))
    .find((id): id is string => typeof id === 'string' && /^\d{12}$/.test(id));

  const values: Partial<Record<PathNodeId, Omit<PathNode, 'id' | 'account'>>> = {
    organization: { value: fact('organizationId') },
    resource: { value: resourceIdOf(job?.resourceArn), detail: fact('resourceType') },
    copyRole: { value: roleNameOf(job?.iamRoleArn) },
    sourceVault: { value: vaultNameOf(job?.sourceVaultArn) },
    sourceKey: { value: keyIdOf(raw('sourceKeyArn')) },
    destinationVault: { value: fact('destinationVaultName') },
    vaultKey: { value: keyIdOf(raw('destinationVaultKeyArn')) },
    serviceRole: { value: 'AWSServiceRoleForBackup' },
  };
  const nodes = Object.fromEntries(
    PATH_NODE_IDS.map((id) => {
      const node: PathNode = { id, account: NODE_ACCOUNT[id] };
      const v = values[id];
      if (v?.value) node.value = v.value;
      if (v?.detail) node.detail = v.detail;
      return [id, node];
    }),
  ) as Record<PathNodeId, PathNode>;

  const status = new Map<string, Status>(diagnosis.checks.map((c) => [c.id, c.status]));
  const arrows: PathArrow[] = GOVERNANCE.flatMap((g) => {
    const s = status.get(g.check);
    return s ? [{ id: `${g.check}:${g.from}-${g.to}`, check: g.check, status: s, from: g.from, to: g.to }] : [];
  });

  const account = (id: PathAccountId, accountId: string | undefined, region?: string): PathAccount => ({
    id,
    ...(accountId ? { accountId } : {}),
    ...(region ? { region } : {}),
  });
  return {
    accounts: {
      source: account('source', fact('sourceAccountId'), fact('sourceRegion')),
      destination: account('destination', fact('destinationAccountId'), fact('destinationRegion')),
      management: account('management', management),
    },
    nodes,
    arrows,
  };
}
