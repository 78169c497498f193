// Generated key and vault policies whose verdict is known by construction. Each statement is built from forms people
// write (principals, Action/NotAction with wildcards and odd casing, Resource/NotResource, Deny with and without
// conditions, condition operators on real and invented keys), and each form carries, written here by hand, whether it
// applies to each of the copy's requests: yes, no, or undecidable from the session. The oracle combines those choices
// the way IAM does (a Deny that applies wins, then an Allow) into the expected status, without calling the evaluator.
// Then: no false pass, no false fail, `unknown` only for inputs the session lacks, and every fix allows the copy and
// nothing more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix } from '../fixes/apply';
import { evaluate, type Request } from '../policy/evaluate';
import type { CheckResult, Facts, Session } from '../types';
import type { CheckInput } from './common';
import { checkDestinationVaultPolicy } from './destinationVaultPolicy';
import { checkSourceKeyPolicy } from './sourceKeyPolicy';
import { DEST, KEY_ARN, ORG, SLR, SRC, makeInput } from './testSupport';

type Tri = 'yes' | 'no' | 'unknown';
const and = (xs: Tri[]): Tri => (xs.includes('no') ? 'no' : xs.includes('unknown') ? 'unknown' : 'yes');
const or = (xs: Tri[]): Tri => (xs.includes('yes') ? 'yes' : xs.includes('unknown') ? 'unknown' : 'no');

const OTHER = '562390187442';
const OTHER_ORG = 'o-99zzzzzzzz';
const COPY_ROLE = `arn:aws:iam::${SRC}:role/BackupCopyRole`;
const OTHER_KEY = `arn:aws:kms:eu-west-1:${SRC}:key/5e1d2c3b-4a59-4b68-8c7d-9e0f1a2b3c4d`;
const VAULT = `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-backup-vault`;
const OLD_VAULT = `arn:aws:backup:eu-central-1:${DEST}:backup-vault:old-vault`;
const DEST_ROOT = `arn:aws:iam::${DEST}:root`;
const SRC_ROOT = `arn:aws:iam::${SRC}:root`;

// The copy's requests --------------------------------------------------------------------------------------------

const USE = ['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext'] as const;
const GRANT = ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'] as const;
const KEY_ACTIONS = [...USE, ...GRANT];
const REQUIRED = new Set<string>([...USE, 'kms:CreateGrant']);

/** What the session tells, for the oracle. */
interface World {
  kind: 'key' | 'vault';
  org: boolean;
  keyArn: boolean;
  vaultName: boolean;
  orgPath: boolean;
  role: boolean;
  type?: string;
}

// Forms, each with its truth per request ------------------------------------------------------------------------

interface PrincipalForm {
  id: string;
  el: Record<string, unknown>;
  /** Does the statement's principal cover the copy's requester? */
  key: Tri | ((w: World) => Tri);
  vault: Tri | ((w: World) => Tri);
  deadId?: boolean;
  denyOnly?: boolean;
}

const PRINCIPALS: PrincipalForm[] = [
  { id: 'star', el: { Principal: '*' }, key: 'yes', vault: 'yes' },
  { id: 'aws-star', el: { Principal: { AWS: '*' } }, key: 'yes', vault: 'yes' },
  { id: 'dest-id', el: { Principal: { AWS: DEST } }, key: 'yes', vault: 'no' },
  { id: 'dest-root', el: { Principal: { AWS: DEST_ROOT } }, key: 'yes', vault: 'no' },
  { id: 'slr', el: { Principal: { AWS: SLR } }, key: 'yes', vault: 'no' },
  { id: 'slr-wrong-path', el: { Principal: { AWS: `arn:aws:iam::${DEST}:role/AWSServiceRoleForBackup` } }, key: 'no', vault: 'no' },
  { id: 'dest-role', el: { Principal: { AWS: `arn:aws:iam::${DEST}:role/BackupOperator` } }, key: 'no', vault: 'no' },
  { id: 'src-id', el: { Principal: { AWS: SRC } }, key: 'no', vault: 'yes' },
  { id: 'src-root', el: { Principal: { AWS: SRC_ROOT } }, key: 'no', vault: 'yes' },
  { id: 'copy-role', el: { Principal: { AWS: COPY_ROLE } }, key: 'no', vault: (w) => (w.role ? 'yes' : 'unknown') },
  { id: 'src-other-role', el: { Principal: { AWS: `arn:aws:iam::${SRC}:role/Ops` } }, key: 'no', vault: (w) => (w.role ? 'no' : 'unknown') },
  { id: 'other-root', el: { Principal: { AWS: `arn:aws:iam::${OTHER}:root` } }, key: 'no', vault: 'no' },
  { id: 'unique-id', el: { Principal: { AWS: 'AROAZ6RLXR7DKH3EXAMPL' } }, key: 'no', vault: 'no', deadId: true },
  { id: 'list-dest', el: { Principal: { AWS: [`arn:aws:iam::${OTHER}:root`, DEST_ROOT] } }, key: 'yes', vault: 'no' },
  { id: 'list-src', el: { Principal: { AWS: [`arn:aws:iam::${OTHER}:root`, SRC] } }, key: 'no', vault: 'yes' },
  // NotPrincipal, on Deny only (AWS advises against it with Allow).
  { id: 'not-other', el: { NotPrincipal: { AWS: `arn:aws:iam::${OTHER}:root` } }, key: 'yes', vault: 'yes', denyOnly: true },
  { id: 'not-dest-and-slr', el: { NotPrincipal: { AWS: [DEST_ROOT, SLR] } }, key: 'no', vault: 'yes', denyOnly: true },
  // Only the account, not the role: AWS may check either, the evaluator cannot tell.
  { id: 'not-dest-only', el: { NotPrincipal: { AWS: DEST_ROOT } }, key: 'unknown', vault: 'yes', denyOnly: true },
  { id: 'not-src-and-role', el: { NotPrincipal: { AWS: [SRC_ROOT, COPY_ROLE] } }, key: 'yes', vault: (w) => (w.role ? 'no' : 'unknown'), denyOnly: true },
];

interface ActionForm {
  id: string;
  el: Record<string, unknown>;
  /** The copy's requests the element covers. */
  covers: readonly string[];
  /** AWS Backup refuses a vault policy with a wildcard action. */
  refused?: boolean;
  denyOnly?: boolean;
}

const KEY_ACTION_FORMS: ActionForm[] = [
  { id: 'kms-star', el: { Action: 'kms:*' }, covers: KEY_ACTIONS },
  { id: 'star', el: { Action: '*' }, covers: KEY_ACTIONS },
  { id: 'mixed-case', el: { Action: 'KMS:Decrypt' }, covers: ['kms:Decrypt'] },
  { id: 'reencrypt', el: { Action: 'kms:ReEncrypt*' }, covers: ['kms:ReEncryptFrom', 'kms:ReEncryptTo'] },
  { id: 'datakey', el: { Action: ['kms:GenerateDataKey*'] }, covers: ['kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext'] },
  { id: 'datakey-exact', el: { Action: 'kms:GenerateDataKey' }, covers: ['kms:GenerateDataKey'] },
  { id: 'describe', el: { Action: 'kms:Describe*' }, covers: ['kms:DescribeKey'] },
  { id: 'use-list', el: { Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'] }, covers: USE },
  { id: 'grant-list', el: { Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'] }, covers: GRANT },
  { id: 'create-list', el: { Action: ['kms:CreateGrant', 'kms:ListGrants'] }, covers: ['kms:CreateGrant', 'kms:ListGrants'] },
  { id: 'create', el: { Action: 'kms:CreateGrant' }, covers: ['kms:CreateGrant'] },
  { id: 'list-star', el: { Action: 'kms:List*' }, covers: ['kms:ListGrants'] },
  { id: 'put', el: { Action: 'kms:PutKeyPolicy' }, covers: [] },
  { id: 'not-admin', el: { NotAction: ['kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy'] }, covers: KEY_ACTIONS },
  { id: 'not-decrypt', el: { NotAction: 'kms:Decrypt' }, covers: KEY_ACTIONS.filter((a) => a !== 'kms:Decrypt') },
];

const VAULT_ACTION_FORMS: ActionForm[] = [
  { id: 'copy', el: { Action: 'backup:CopyIntoBackupVault' }, covers: ['copy'] },
  { id: 'mixed-case', el: { Action: 'Backup:copyIntoBackupVault' }, covers: ['copy'] },
  { id: 'list', el: { Action: ['backup:DescribeBackupVault', 'backup:CopyIntoBackupVault'] }, covers: ['copy'] },
  { id: 'delete', el: { Action: 'backup:DeleteBackupVault' }, covers: [] },
  { id: 'copy-star', el: { Action: 'backup:Copy*' }, covers: ['copy'], refused: true },
  { id: 'star', el: { Action: '*' }, covers: ['copy'], refused: true },
  { id: 'not-delete', el: { NotAction: 'backup:DeleteBackupVault' }, covers: ['copy'], denyOnly: true },
];

interface ResourceForm {
  id: string;
  el: Record<string, unknown>;
  truth: (w: World) => Tri;
}

const known = (k: boolean, t: Tri): Tri => (k ? t : 'unknown');

const KEY_RESOURCES: ResourceForm[] = [
  { id: 'star', el: { Resource: '*' }, truth: () => 'yes' },
  { id: 'this', el: { Resource: KEY_ARN }, truth: (w) => known(w.keyArn, 'yes') },
  { id: 'other-key', el: { Resource: OTHER_KEY }, truth: (w) => known(w.keyArn, 'no') },
  { id: 'keys-of-account', el: { Resource: `arn:aws:kms:eu-west-1:${SRC}:key/*` }, truth: () => 'yes' },
  { id: 'keys-of-other-account', el: { Resource: `arn:aws:kms:eu-west-1:${OTHER}:key/*` }, truth: () => 'no' },
  { id: 'alias', el: { Resource: `arn:aws:kms:eu-west-1:${SRC}:alias/backup` }, truth: () => 'no' },
  { id: 'list', el: { Resource: [OTHER_KEY, KEY_ARN] }, truth: (w) => known(w.keyArn, 'yes') },
  { id: 'not-other', el: { NotResource: OTHER_KEY }, truth: (w) => known(w.keyArn, 'yes') },
  { id: 'not-this', el: { NotResource: KEY_ARN }, truth: (w) => known(w.keyArn, 'no') },
];

const VAULT_RESOURCES: ResourceForm[] = [
  { id: 'star', el: { Resource: '*' }, truth: () => 'yes' },
  { id: 'this', el: { Resource: VAULT }, truth: (w) => known(w.vaultName, 'yes') },
  { id: 'old-vault', el: { Resource: OLD_VAULT }, truth: (w) => known(w.vaultName, 'no') },
  { id: 'source-vault', el: { Resource: `arn:aws:backup:eu-west-1:${SRC}:backup-vault:prod-vault` }, truth: () => 'no' },
  { id: 'vaults-of-account', el: { Resource: `arn:aws:backup:*:${DEST}:backup-vault:*` }, truth: () => 'yes' },
  { id: 'recovery-points', el: { Resource: `arn:aws:backup:eu-central-1:${DEST}:recovery-point:*` }, truth: () => 'no' },
  { id: 'not-old', el: { NotResource: OLD_VAULT }, truth: (w) => known(w.vaultName, 'yes') },
  { id: 'not-this', el: { NotResource: VAULT }, truth: (w) => known(w.vaultName, 'no') },
];

interface ConditionForm {
  id: string;
  operator: string;
  key: string;
  value: unknown;
  truth: (w: World, action: string) => Tri;
  /** AWS refuses the policy (kms:CallerAccount given as an ARN). */
  refused?: boolean;
  /** The documentation's example organization ID (a warning, whatever else happens). */
  example?: boolean;
}

const isKey = (w: World) => w.kind === 'key';
const requester = (w: World) => (isKey(w) ? DEST : SRC);

const CONDITIONS: ConditionForm[] = [
  { id: 'org', operator: 'StringEquals', key: 'aws:PrincipalOrgID', value: ORG, truth: (w) => (w.org ? 'yes' : 'unknown') },
  { id: 'other-org', operator: 'StringEquals', key: 'aws:PrincipalOrgID', value: OTHER_ORG, truth: (w) => (w.org ? 'no' : 'unknown') },
  { id: 'example-org', operator: 'StringEquals', key: 'aws:PrincipalOrgID', value: 'o-a1b2c3d4e5', truth: () => 'no', example: true },
  { id: 'not-org', operator: 'StringNotEquals', key: 'aws:PrincipalOrgID', value: ORG, truth: (w) => (w.org ? 'no' : 'unknown') },
  { id: 'not-example-org', operator: 'StringNotEquals', key: 'aws:PrincipalOrgID', value: 'o-exampleorgid', truth: () => 'yes', example: true },
  { id: 'org-paths', operator: 'ForAnyValue:StringLike', key: 'aws:PrincipalOrgPaths', value: [`${ORG}/*`], truth: (w) => (isKey(w) ? 'unknown' : w.orgPath ? 'yes' : 'unknown') },
  { id: 'all-org-paths', operator: 'ForAllValues:StringLike', key: 'aws:PrincipalOrgPaths', value: [`${ORG}/*`], truth: (w) => (isKey(w) ? 'unknown' : w.orgPath ? 'yes' : 'unknown') },
  { id: 'other-org-paths', operator: 'ForAnyValue:StringLike', key: 'aws:PrincipalOrgPaths', value: [`${OTHER_ORG}/*`], truth: (w) => (isKey(w) ? 'unknown' : w.orgPath ? 'no' : 'unknown') },
  // ForAllValues on a key the request does not carry is true; KMS's copy requests carry no request tags.
  { id: 'all-tag-keys', operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', value: ['team'], truth: (w) => (isKey(w) ? 'yes' : 'unknown') },
  { id: 'any-tag-keys', operator: 'ForAnyValue:StringEquals', key: 'aws:TagKeys', value: ['team'], truth: (w) => (isKey(w) ? 'no' : 'unknown') },
  { id: 'account', operator: 'StringEquals', key: 'aws:PrincipalAccount', value: '{requester}', truth: () => 'yes' },
  { id: 'other-account', operator: 'StringEquals', key: 'aws:PrincipalAccount', value: OTHER, truth: () => 'no' },
  { id: 'not-account', operator: 'StringNotEquals', key: 'aws:PrincipalAccount', value: '{requester}', truth: () => 'no' },
  { id: 'arn-slr', operator: 'ArnLike', key: 'aws:PrincipalArn', value: 'arn:aws:iam::*:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup', truth: (w) => (isKey(w) ? 'yes' : w.role ? 'no' : 'unknown') },
  { id: 'arn-role', operator: 'ArnLike', key: 'aws:PrincipalArn', value: 'arn:aws:iam::*:role/BackupCopyRole', truth: (w) => (isKey(w) ? 'no' : w.role ? 'yes' : 'unknown') },
  { id: 'arn-equals-slr', operator: 'ArnEquals', key: 'aws:PrincipalArn', value: SLR, truth: (w) => (isKey(w) ? 'yes' : w.role ? 'no' : 'unknown') },
  { id: 'caller', operator: 'StringEquals', key: 'kms:CallerAccount', value: DEST, truth: (w) => (isKey(w) ? 'yes' : 'no') },
  { id: 'caller-arn', operator: 'StringEquals', key: 'kms:CallerAccount', value: DEST_ROOT, truth: () => 'no', refused: true },
  { id: 'via-backup', operator: 'StringLike', key: 'kms:ViaService', value: 'backup.*.amazonaws.com', truth: (w) => (isKey(w) ? 'yes' : 'no') },
  { id: 'grant-aws', operator: 'Bool', key: 'kms:GrantIsForAWSResource', value: 'true', truth: (w, a) => (isKey(w) && (GRANT as readonly string[]).includes(a) ? 'yes' : 'no') },
  { id: 'tls', operator: 'Bool', key: 'aws:SecureTransport', value: 'true', truth: () => 'yes' },
  { id: 'is-service', operator: 'Bool', key: 'aws:PrincipalIsAWSService', value: 'true', truth: () => 'no' },
  { id: 'no-ip', operator: 'Null', key: 'aws:SourceIp', value: 'true', truth: () => 'yes' },
  { id: 'has-vpce', operator: 'Null', key: 'aws:SourceVpce', value: 'false', truth: () => 'no' },
  { id: 'ip', operator: 'IpAddress', key: 'aws:SourceIp', value: ['10.0.0.0/8', '172.16.0.0/12'], truth: () => 'no' },
  { id: 'not-ip', operator: 'NotIpAddress', key: 'aws:SourceIp', value: '10.0.0.0/8', truth: () => 'yes' },
  { id: 'ip-if-exists', operator: 'IpAddressIfExists', key: 'aws:SourceIp', value: '10.0.0.0/8', truth: () => 'yes' },
  { id: 'not-vpce', operator: 'StringNotEquals', key: 'aws:SourceVpce', value: 'vpce-0a1b2c3d4e5f67890', truth: () => 'yes' },
  { id: 'vpce-if-exists', operator: 'StringEqualsIfExists', key: 'aws:SourceVpce', value: 'vpce-0a1b2c3d4e5f67890', truth: () => 'yes' },
  { id: 'invented', operator: 'StringEquals', key: 'backup:CopySourceRegion', value: 'eu-west-1', truth: () => 'no' },
  { id: 'not-invented', operator: 'StringNotEquals', key: 'backup:CopySourceRegion', value: 'eu-west-1', truth: () => 'yes' },
  { id: 'invented-if-exists', operator: 'StringEqualsIfExists', key: 'backup:CopySourceRegion', value: 'eu-west-1', truth: () => 'yes' },
  { id: 'list-grant', operator: 'Bool', key: 'kms:ListGrant', value: 'true', truth: () => 'no' },
  { id: 'copy-targets', operator: 'ForAnyValue:ArnLike', key: 'backup:CopyTargets', value: [VAULT], truth: () => 'no' },
  { id: 'until-2099', operator: 'DateLessThan', key: 'aws:CurrentTime', value: '2099-01-01T00:00:00Z', truth: () => 'yes' },
  { id: 'from-2099', operator: 'DateGreaterThan', key: 'aws:CurrentTime', value: '2099-01-01T00:00:00Z', truth: () => 'no' },
  { id: 'resource-account', operator: 'StringEquals', key: 'aws:ResourceAccount', value: '{owner}', truth: () => 'yes' },
  { id: 'tag', operator: 'StringEquals', key: 'aws:PrincipalTag/team', value: 'backup', truth: () => 'unknown' },
];

// Generated statements ------------------------------------------------------------------------------------------

interface Built {
  effect: 'Allow' | 'Deny';
  principal: PrincipalForm;
  action: ActionForm;
  resource: ResourceForm;
  conditions: ConditionForm[];
}

function statementOf(b: Built, w: World, sid: string | undefined): Record<string, unknown> {
  const condition: Record<string, Record<string, unknown>> = {};
  for (const c of b.conditions) {
    const value = c.value === '{requester}' ? requester(w) : c.value === '{owner}' ? (isKey(w) ? SRC : DEST) : c.value;
    (condition[c.operator] ??= {})[c.key] = value;
  }
  return {
    ...(sid ? { Sid: sid } : {}),
    Effect: b.effect,
    ...b.principal.el,
    ...b.action.el,
    ...b.resource.el,
    ...(b.conditions.length ? { Condition: condition } : {}),
  };
}

const conditionSet = fc.oneof(
  { arbitrary: fc.constant<ConditionForm[]>([]), weight: 3 },
  { arbitrary: fc.uniqueArray(fc.constantFrom(...CONDITIONS), { minLength: 1, maxLength: 2, selector: (c) => `${c.operator}|${c.key}` }), weight: 2 },
);

const form = <T extends { id: string }>(list: T[], id: string): T => list.find((x) => x.id === id)!;
const cond = (id: string) => form(CONDITIONS, id);
const stmt = (effect: 'Allow' | 'Deny', principal: string, action: ActionForm, resource: ResourceForm, conditions: string[] = []): Built => ({
  effect,
  principal: form(PRINCIPALS, principal),
  action,
  resource,
  conditions: conditions.map(cond),
});

/** What policies usually start from (the documented statements and their common variants), built from the same forms. */
function bases(kind: 'key' | 'vault'): Built[][] {
  if (kind === 'key') {
    const a = (id: string) => form(KEY_ACTION_FORMS, id);
    const r = (id: string) => form(KEY_RESOURCES, id);
    return [
      [],
      [stmt('Allow', 'dest-root', a('use-list'), r('star')), stmt('Allow', 'dest-root', a('grant-list'), r('star'), ['grant-aws'])],
      [stmt('Allow', 'slr', a('use-list'), r('star')), stmt('Allow', 'slr', a('create-list'), r('star'), ['grant-aws'])],
      [stmt('Allow', 'star', a('kms-star'), r('star'), ['org'])],
      [stmt('Allow', 'dest-id', a('not-admin'), r('keys-of-account'), ['caller', 'via-backup'])],
    ];
  }
  const a = (id: string) => form(VAULT_ACTION_FORMS, id);
  const r = (id: string) => form(VAULT_RESOURCES, id);
  return [
    [],
    [stmt('Allow', 'src-root', a('copy'), r('star'))],
    [stmt('Allow', 'star', a('copy'), r('star'), ['org'])],
    [stmt('Allow', 'star', a('copy'), r('this'), ['org-paths'])],
    [stmt('Allow', 'copy-role', a('copy'), r('vaults-of-account'))],
  ];
}

function built(kind: 'key' | 'vault'): fc.Arbitrary<Built> {
  const actions = kind === 'key' ? KEY_ACTION_FORMS : VAULT_ACTION_FORMS;
  const resources = kind === 'key' ? KEY_RESOURCES : VAULT_RESOURCES;
  // Forms AWS refuses (a wildcard action in a vault policy) are drawn less often: they decide the whole verdict.
  const action = fc.oneof(
    { arbitrary: fc.constantFrom(...actions.filter((a) => !a.refused)), weight: 6 },
    ...(actions.some((a) => a.refused) ? [{ arbitrary: fc.constantFrom(...actions.filter((a) => a.refused)), weight: 1 }] : []),
  );
  return fc
    .record({
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
      principal: fc.constantFrom(...PRINCIPALS),
      action,
      resource: fc.constantFrom(...resources),
      conditions: conditionSet,
    })
    .filter((b) => b.effect === 'Deny' || (!b.principal.denyOnly && !b.action.denyOnly));
}

const OWNER = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: SRC_ROOT }, Action: 'kms:*', Resource: '*' };

interface Case {
  world: World;
  built: Built[];
  statements: Record<string, unknown>[];
  text: string;
  input: CheckInput;
}

function caseOf(world: World, parts: Built[], ownerAt: number, indent: number | string, sids: boolean): Case {
  const statements = parts.map((b, i) => statementOf(b, world, sids ? `Statement${i + 1}` : undefined));
  if (world.kind === 'key') statements.splice(Math.min(ownerAt, statements.length), 0, OWNER);
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, indent);
  const facts: Facts = {
    sourceAccountId: SRC,
    destinationAccountId: DEST,
    sourceRegion: 'eu-west-1',
    destinationRegion: 'eu-central-1',
    ...(world.keyArn ? { sourceKeyArn: KEY_ARN } : {}),
    ...(world.vaultName ? { destinationVaultName: 'central-backup-vault' } : {}),
    ...(world.org ? { organizationId: ORG } : {}),
    ...(world.type ? { resourceType: world.type } : {}),
  };
  const job = JSON.stringify({
    CopyJob: { CopyJobId: 'c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b', SourceBackupVaultArn: `arn:aws:backup:eu-west-1:${SRC}:backup-vault:prod-vault`, DestinationBackupVaultArn: VAULT, IamRoleArn: COPY_ROLE, State: 'FAILED' },
  });
  const input = makeInput(
    { [world.kind === 'key' ? 'sourceKeyPolicy' : 'destinationVaultPolicy']: text, ...(world.role ? { copyJob: job } : {}) },
    facts,
    world.orgPath ? { sourceOrganizationPath: `${ORG}/r-ab12/ou-ab12-11111111/` } : {},
  );
  // The copy job names the destination vault: with it, the vault name is known whatever the facts say.
  if (world.role) world.vaultName = true;
  return { world, built: parts, statements, text, input };
}

const keyWorld = fc.record({ org: fc.boolean(), keyArn: fc.boolean(), type: fc.constantFrom<string | undefined>(undefined, 'EBS', 'S3') }).map(
  (w): World => ({ kind: 'key', org: w.org, keyArn: w.keyArn, vaultName: true, orgPath: false, role: false, ...(w.type ? { type: w.type } : {}) }),
);
const vaultWorld = fc
  .record({ org: fc.boolean(), vaultName: fc.boolean(), orgPath: fc.boolean(), role: fc.boolean() })
  .map((w): World => ({ kind: 'vault', keyArn: true, ...w }));

const layout = fc.record({ ownerAt: fc.nat(4), indent: fc.constantFrom<number | string>(2, 4, '\t'), sids: fc.boolean() });
function statements(kind: 'key' | 'vault'): fc.Arbitrary<Built[]> {
  return fc
    .tuple(fc.constantFrom(...bases(kind)), fc.array(built(kind), { maxLength: 3 }), fc.boolean())
    .map(([base, extra, first]) => (first ? [...base, ...extra] : [...extra, ...base]))
    .filter((list) => list.length > 0);
}
const keyCase = fc.tuple(keyWorld, statements('key'), layout).map(([w, b, l]) => caseOf(w, b, l.ownerAt, l.indent, l.sids));
const vaultCase = fc.tuple(vaultWorld, statements('vault'), layout).map(([w, b, l]) => caseOf(w, b, l.ownerAt, l.indent, l.sids));

// The oracle ---------------------------------------------------------------------------------------------------

function applies(b: Built, w: World, action: string, via: boolean): Tri {
  const p = isKey(w) ? b.principal.key : b.principal.vault;
  const principal = typeof p === 'function' ? p(w) : p;
  const covers: Tri = b.action.covers.includes(isKey(w) ? action : 'copy') ? 'yes' : 'no';
  // Called through another service (EC2 for EBS): a condition on kms:ViaService = backup.* no longer holds.
  const conditions = b.conditions.map((c) => (via && c.key === 'kms:ViaService' ? 'no' : c.truth(w, action)));
  return and([covers, principal, b.resource.truth(w), ...conditions]);
}

type Decision = 'allow' | 'deny' | 'implicit' | 'unknown';

function decide(parts: Built[], w: World, action: string, via = false): Decision {
  const t = (effect: 'Allow' | 'Deny') => or(parts.filter((b) => b.effect === effect).map((b) => applies(b, w, action, via)));
  const deny = t('Deny');
  if (deny === 'yes') return 'deny';
  if (deny === 'unknown') return 'unknown';
  // The owner statement never names the copy's requester.
  const allow = t('Allow');
  return allow === 'yes' ? 'allow' : allow === 'unknown' ? 'unknown' : 'implicit';
}

interface Expected {
  status: 'fail' | 'unknown' | 'allowed';
  /** Allowed, and something certainly makes it warn. */
  mustWarn: boolean;
  /** AWS would refuse the policy as written: no corrected policy can fix that. */
  refused: boolean;
  /** Something a corrected policy adds (a recommended grant, a direct grant instead of one through EC2). */
  open: boolean;
}

function oracle(c: Case): Expected {
  const w = c.world;
  const refused = c.built.some((b) => b.action.refused || b.conditions.some((x) => x.refused));
  const warnsAnyway = c.built.some((b) => b.principal.deadId || b.conditions.some((x) => x.example));
  if (w.kind === 'vault') {
    const d = decide(c.built, w, 'copy');
    if (d === 'deny' || d === 'implicit' || refused) return { status: 'fail', mustWarn: false, refused, open: d !== 'allow' };
    if (d === 'unknown') return { status: 'unknown', mustWarn: false, refused, open: true };
    return { status: 'allowed', mustWarn: warnsAnyway, refused, open: false };
  }
  // The check tries another calling service when the policy conditions on kms:ViaService and the type may use one.
  const mentionsVia = c.built.some((b) => b.conditions.some((x) => x.key === 'kms:ViaService'));
  const viaTried = mentionsVia && w.type !== 'S3';
  const per = KEY_ACTIONS.map((a) => {
    const d = decide(c.built, w, a);
    const via = viaTried && (d === 'implicit' || d === 'unknown') && decide(c.built, w, a, true) === 'allow';
    return { a, d, via };
  });
  const required = per.filter((p) => REQUIRED.has(p.a));
  const open = per.some((p) => p.d !== 'allow');
  // AWS refusing the policy fails it, whatever it would allow.
  if (refused || required.some((p) => p.d === 'deny' || (p.d === 'implicit' && !p.via))) return { status: 'fail', mustWarn: false, refused, open };
  if (required.some((p) => p.d === 'unknown' && !p.via)) return { status: 'unknown', mustWarn: false, refused, open: true };
  return { status: 'allowed', mustWarn: open || warnsAnyway, refused, open };
}

// What the session lacks: `unknown` may only ask for these.
function missing(w: World): Set<string> {
  const m = new Set<string>();
  if (!w.org) m.add('organizationId');
  if (!w.keyArn) m.add('sourceKeyArn');
  if (!w.vaultName) m.add('destinationVaultName');
  if (!w.orgPath) m.add('sourceOrganizationPath');
  if (!w.role) m.add('copyJob');
  return m;
}

// Fix checks -----------------------------------------------------------------------------------------------------

function statementsOf(text: string): Record<string, unknown>[] {
  const v = JSON.parse(text) as { Statement: unknown };
  return (Array.isArray(v.Statement) ? v.Statement : [v.Statement]) as Record<string, unknown>[];
}

const isOpenPrincipal = (st: Record<string, unknown>) =>
  (st.Principal === '*' || (typeof st.Principal === 'object' && st.Principal !== null && (st.Principal as Record<string, unknown>).AWS === '*')) && st.Condition === undefined;

/**
 * Requests outside the copy: other principals, other accounts, other actions. None may be newly allowed. Other
 * resources are not asked about: a key or vault policy only ever decides requests on its own key or vault, and the
 * statements a fix adds say `"Resource": "*"` (this key, this vault), which the rules below check.
 */
function outsiders(kind: 'key' | 'vault'): Request[] {
  const ctx = (account: string, arn: string): Request['context'] => ({
    'aws:PrincipalAccount': account,
    'aws:PrincipalArn': arn,
    'kms:CallerAccount': account,
    'aws:PrincipalOrgID': ORG,
    'aws:SecureTransport': true,
    'kms:ViaService': 'backup.eu-west-1.amazonaws.com',
    'kms:GrantIsForAWSResource': true,
  });
  const req = (arn: string, account: string, action: string, resource: string): Request => ({ principal: { type: 'AWS', arn, account }, action, resource, context: ctx(account, arn) });
  if (kind === 'key') {
    const other = `arn:aws:iam::${OTHER}:role/Intruder`;
    return [
      ...['kms:Decrypt', 'kms:CreateGrant', 'kms:PutKeyPolicy'].map((a) => ({ ...req(other, OTHER, a, KEY_ARN), context: { ...ctx(OTHER, other), 'aws:PrincipalOrgID': OTHER_ORG } })),
      ...['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:CreateAlias', 'kms:RetireGrant'].map((a) => req(SLR, DEST, a, KEY_ARN)),
    ];
  }
  return [
    // Another account outside the organization (a cross-account copy is only ever between accounts of one).
    { ...req(`arn:aws:iam::${OTHER}:root`, OTHER, 'backup:CopyIntoBackupVault', VAULT), context: { ...ctx(OTHER, `arn:aws:iam::${OTHER}:root`), 'aws:PrincipalOrgID': OTHER_ORG } },
    req(`arn:aws:iam::${DEST}:role/BackupOperator`, DEST, 'backup:CopyIntoBackupVault', VAULT),
    ...['backup:DeleteBackupVault', 'backup:PutBackupVaultAccessPolicy', 'backup:DeleteRecoveryPoint', 'backup:StartRestoreJob'].map((a) => req(COPY_ROLE, SRC, a, VAULT)),
  ];
}

const GRANT_CONDITION = { Bool: { 'kms:GrantIsForAWSResource': 'true' } };
const FIX_ACTIONS = new Set(['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant']);

function checkFix(c: Case, r: CheckResult, recheck: (s: Session) => CheckResult): void {
  const fix = r.fix!;
  const fixedSession = applyFix(c.input.session, fix);
  // The corrected policy allows the copy: nothing left to correct, no error.
  const again = recheck(fixedSession);
  expect(['pass', 'warn'], JSON.stringify(again.findings.map((f) => f.code))).toContain(again.status);
  expect(again.fix).toBeUndefined();
  expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);

  const before = c.statements;
  const after = statementsOf(fix.documents[0]!.text);
  // Every statement kept, in order, with its Sid; an Allow changes only where it named the example organization; a
  // Deny only gains conditions (or gets the real organization ID), and then the fix is marked for review.
  expect(after.length).toBeGreaterThanOrEqual(before.length);
  before.forEach((st, i) => {
    const now = after[i]!;
    if (JSON.stringify(now) === JSON.stringify(st)) return;
    expect({ ...now, Condition: undefined }).toEqual({ ...st, Condition: undefined });
    if (st.Effect === 'Deny') {
      expect(fix.needsReview).toBe(true);
      for (const [op, block] of Object.entries((st.Condition ?? {}) as Record<string, Record<string, unknown>>)) {
        for (const key of Object.keys(block)) expect((now.Condition as Record<string, Record<string, unknown>>)[op]?.[key]).toBeDefined();
      }
    } else {
      expect(JSON.stringify(st.Condition)).toMatch(/o-a1b2c3d4e5|o-exampleorgid/);
    }
  });
  // Added statements: only the copy's own grant, or a companion Deny keeping other actions denied.
  for (const st of after.slice(before.length)) {
    const actions = ([] as string[]).concat(st.Action as string | string[]);
    if (st.Effect === 'Deny') {
      expect(fix.needsReview).toBe(true);
      continue;
    }
    expect(st.Resource).toBe('*');
    if (c.world.kind === 'key') {
      expect(st.Principal).toEqual({ AWS: DEST_ROOT });
      for (const a of actions) expect(FIX_ACTIONS).toContain(a);
      if (actions.some((a) => (GRANT as readonly string[]).includes(a))) expect(st.Condition).toEqual(GRANT_CONDITION);
    } else {
      expect(st.Principal).toEqual({ AWS: SRC_ROOT });
      expect(actions).toEqual(['backup:CopyIntoBackupVault']);
    }
  }
  // No new "Principal": "*" without a narrowing condition.
  expect(after.filter(isOpenPrincipal).length).toBeLessThanOrEqual(before.filter(isOpenPrincipal).length);
  // Nothing outside the copy is newly allowed.
  const originalPolicy = { Version: '2012-10-17', Statement: before };
  const fixedPolicy = { Version: '2012-10-17', Statement: after };
  for (const req of outsiders(c.world.kind)) {
    if (evaluate(fixedPolicy, req).decision === 'allow') {
      expect(evaluate(originalPolicy, req).decision, `${req.principal.arn} ${req.action}\n${c.text}\n${fix.documents[0]!.text}`).toBe('allow');
    }
  }
}

function checkCase(c: Case, run: (input: CheckInput) => CheckResult, stats: Record<string, number>): void {
  const r = run(c.input);
  const want = oracle(c);
  const where = `${c.text}\n${JSON.stringify(c.world)}\n${JSON.stringify(r.findings.map((f) => f.code))}`;
  stats[want.status] = (stats[want.status] ?? 0) + 1;
  // No false pass, no false fail, no unknown the oracle can decide.
  if (want.status === 'allowed') {
    expect(['pass', 'warn'], where).toContain(r.status);
    if (want.mustWarn) expect(r.status, where).toBe('warn');
  } else expect(r.status, where).toBe(want.status);
  // Never an error beside a status that is not fail; unknown only asks for what the session lacks.
  if (r.status !== 'fail') expect(r.findings.filter((f) => f.severity === 'error'), where).toEqual([]);
  if (r.status === 'unknown') for (const need of r.needs ?? []) expect(missing(c.world), `${where}\nneeds ${need}`).toContain(need);
  // The accounts are known: the fix, when one is due, is always built and verified.
  expect(r.findings.map((f) => f.code), where).not.toContain('FIX_NOT_VERIFIED');
  if ((r.status === 'fail' || (r.status === 'warn' && want.open)) && !want.refused) {
    expect(r.fix, where).toBeDefined();
    stats.fixed = (stats.fixed ?? 0) + 1;
  }
  if (r.status === 'pass' || r.status === 'unknown') expect(r.fix, where).toBeUndefined();
  if (r.fix) checkFix(c, r, (s) => run({ ...c.input, session: s }));
}

const RUNS = 2000;

describe('key policy verdicts known by construction (property)', () => {
  it(`${RUNS} generated key policies: no false pass or fail, and every fix allows exactly the copy`, () => {
    const stats: Record<string, number> = {};
    fc.assert(fc.property(keyCase, (c) => checkCase(c, (i) => checkSourceKeyPolicy(i), stats)), { numRuns: RUNS, seed: 20261203 });
    // The generator reaches every outcome, often.
    expect(stats.allowed).toBeGreaterThan(RUNS / 20);
    expect(stats.fail).toBeGreaterThan(RUNS / 5);
    expect(stats.unknown).toBeGreaterThan(RUNS / 20);
    expect(stats.fixed).toBeGreaterThan(RUNS / 5);
  }, 120000);
});

describe('vault policy verdicts known by construction (property)', () => {
  it(`${RUNS} generated vault policies: no false pass or fail, and every fix allows exactly the copy`, () => {
    const stats: Record<string, number> = {};
    fc.assert(fc.property(vaultCase, (c) => checkCase(c, (i) => checkDestinationVaultPolicy(i), stats)), { numRuns: RUNS, seed: 20261204 });
    expect(stats.allowed).toBeGreaterThan(RUNS / 20);
    expect(stats.fail).toBeGreaterThan(RUNS / 10);
    expect(stats.unknown).toBeGreaterThan(RUNS / 20);
    expect(stats.fixed).toBeGreaterThan(RUNS / 10);
  }, 120000);
});
