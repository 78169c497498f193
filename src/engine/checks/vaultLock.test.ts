import { describe, expect, it } from 'vitest';
import { AIR_GAPPED_VAULT, airGappedCopyJob } from '../../test-support/outputs';
import { checkInput } from '../../test-support/pack';
import { checkVaultLock, copyRetention } from './vaultLock';

const input = checkInput;

const locked = `{
    "BackupVaultName": "central-vault",
    "BackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault",
    "VaultType": "BACKUP_VAULT",
    "EncryptionKeyArn": "arn:aws:kms:eu-west-1:345678901234:key/9f8e7d6c-5b4a-4321-8fed-cba987654321",
    "CreationDate": "2025-09-01T11:20:00.000000+00:00",
    "NumberOfRecoveryPoints": 42,
    "Locked": true,
    "MinRetentionDays": 30,
    "MaxRetentionDays": 365,
    "LockDate": "2025-09-04T11:20:00.000000+00:00"
}`;
const unlocked = `{"BackupVaultName": "central-vault", "BackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault", "Locked": false, "NumberOfRecoveryPoints": 0}`;
const job = `{"CopyJob": {
  "CopyJobId": "D5E6F7A8-1B2C-4D3E-9F0A-B1C2D3E4F5A6",
  "SourceBackupVaultArn": "arn:aws:backup:us-east-1:210987654321:backup-vault:prod-vault",
  "SourceRecoveryPointArn": "arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f60718",
  "DestinationBackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault",
  "ResourceArn": "arn:aws:ec2:us-east-1:210987654321:volume/vol-0f1e2d3c4b5a69788",
  "State": "FAILED",
  "StatusMessage": "Copy job failed. The retention specified in the job is not within the range specified for the target Backup Vault.",
  "IamRoleArn": "arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole",
  "ResourceType": "EBS"
}}`;

describe('copyRetention', () => {
  it('reads days and "never"', () => {
    expect(copyRetention('35')).toBe(35);
    expect(copyRetention(' 7 days')).toBe(7);
    expect(copyRetention('never')).toBe(Infinity);
    expect(copyRetention('soon')).toBeUndefined();
    expect(copyRetention(undefined)).toBeUndefined();
  });
});

describe('checkVaultLock', () => {
  it('passes an unlocked vault (evaluated)', () => {
    const r = checkVaultLock(input({ pastes: { destinationVault: unlocked } }));
    expect(r.status).toBe('pass');
    expect(r.findings[0]?.code).toBe('VAULT_NOT_LOCKED');
  });

  it('passes a retention inside the range', () => {
    const r = checkVaultLock(input({ answers: { copyRetentionDays: '90' }, pastes: { destinationVault: locked } }));
    expect(r.status).toBe('pass');
    expect(r.findings[0]).toMatchObject({ code: 'VAULT_LOCK_RETENTION_OK', params: { min: 30, max: 365, retention: 90 } });
  });

  it('fails a retention below the minimum, pointing at MinRetentionDays, and proposes the minimum', () => {
    const r = checkVaultLock(input({ answers: { copyRetentionDays: '7' }, pastes: { destinationVault: locked } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'VAULT_LOCK_RETENTION_TOO_SHORT', params: { min: 30, max: 365, retention: 7 }, location: { line: 9 } });
    expect(r.fix).toMatchObject({ summaryCode: 'VAULT_LOCK_SET_RETENTION_RANGE', summaryParams: { min: 30, max: 365, days: 30 }, runIn: 'source account' });
  });

  it('fails a copy that never expires when there is a maximum', () => {
    const r = checkVaultLock(input({ answers: { copyRetentionDays: 'never' }, pastes: { destinationVault: locked } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'VAULT_LOCK_RETENTION_NEVER_EXPIRES', location: { line: 10 } });
    expect(r.fix?.summaryParams?.days).toBe(365);
  });

  it('fails from the message, with an exact start-copy-job command from the copy job', () => {
    const r = checkVaultLock(input({ pastes: { errorMessage: job, copyJob: job, destinationVault: locked } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]?.code).toBe('VAULT_LOCK_RETENTION_REPORTED');
    expect(r.fix?.commands).toEqual([
      'aws backup start-copy-job --recovery-point-arn arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f60718 --source-backup-vault-name prod-vault --destination-backup-vault-arn arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault --iam-role-arn arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole --lifecycle DeleteAfterDays=30 --region us-east-1',
    ]);
  });

  it('fails from the message without the vault, asking for it and writing no command', () => {
    const r = checkVaultLock(input({ pastes: { errorMessage: 'Copy job failed. The retention specified in the job is not within the range specified for the target Backup Vault.' } }));
    expect(r.status).toBe('fail');
    expect(r.needs).toEqual(['destinationVault']);
    expect(r.fix?.commands).toEqual([]);
    expect(r.fix?.summaryCode).toBe('VAULT_LOCK_SET_RETENTION');
  });

  it('is unknown without the vault, or without the retention for a locked vault', () => {
    expect(checkVaultLock(input({}))).toMatchObject({ status: 'unknown', needs: ['destinationVault'] });
    const r = checkVaultLock(input({ pastes: { destinationVault: locked.replace(/"/g, '”') } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['copyRetentionDays'] });
    expect(r.findings[0]).toMatchObject({ code: 'VAULT_LOCK_RANGE', params: { min: 30, max: 365 } });
    const bad = checkVaultLock(input({ answers: { copyRetentionDays: 'a month' }, pastes: { destinationVault: locked } }));
    expect(bad.findings.map((f) => f.code)).toEqual(['VAULT_LOCK_RETENTION_UNREADABLE', 'VAULT_LOCK_RANGE']);
  });

  it('is unknown when a locked vault’s output has no range', () => {
    expect(checkVaultLock(input({ pastes: { destinationVault: '{"BackupVaultName": "v1", "Locked": true}' } })).status).toBe('unknown');
  });
});

describe('checkVaultLock: inputs the session already has', () => {
  /** A newer describe-copy-job output: it carries the copy's lifecycle. */
  const withLifecycle = (days: number) =>
    job.replace('"ResourceType": "EBS"', `"ResourceType": "EBS",\n  "DestinationVaultLockState": "LOCKED",\n  "DestinationRecoveryPointLifecycle": {"DeleteAfterDays": ${days}, "OptInToArchiveForSupportedResources": false}`);

  it('reads the copy’s retention from the copy job instead of asking for it', () => {
    const ok = checkVaultLock(input({ pastes: { destinationVault: locked, copyJob: withLifecycle(35).replace(/"StatusMessage": "[^"]*",/, '"StatusMessage": "",') } }));
    expect(ok.status).toBe('pass');
    expect(ok.findings[0]).toMatchObject({ code: 'VAULT_LOCK_RETENTION_OK', params: { retention: 35 } });
    const short = checkVaultLock(input({ pastes: { destinationVault: locked, copyJob: withLifecycle(7).replace(/"StatusMessage": "[^"]*",/, '"StatusMessage": "",') } }));
    expect(short).toMatchObject({ status: 'fail', findings: [{ code: 'VAULT_LOCK_RETENTION_TOO_SHORT', params: { retention: 7, min: 30 } }] });
  });

  it('the answer wins over the copy job (the rule may have changed since)', () => {
    const r = checkVaultLock(input({ pastes: { destinationVault: locked, copyJob: withLifecycle(7) }, answers: { copyRetentionDays: '90' } }));
    expect(r.findings.some((f) => f.code === 'VAULT_LOCK_RETENTION_TOO_SHORT')).toBe(false);
  });

  it('when the message reports the range and the pasted vault shows none, says so at the paste before asking for it again', () => {
    const r = checkVaultLock(input({ pastes: { errorMessage: job, destinationVault: unlocked } }));
    expect(r.status).toBe('fail');
    expect(r.needs).toEqual(['destinationVault']);
    expect(r.findings.find((f) => f.code === 'VAULT_LOCK_RANGE_MISSING')).toMatchObject({ severity: 'warning', location: { input: 'destinationVault' } });
  });

  it('names a paste that is not describe-backup-vault output', () => {
    const r = checkVaultLock(input({ pastes: { destinationVault: '{"BackupPlan": {"BackupPlanName": "daily"}}' } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['destinationVault'], findings: [{ code: 'PASTE_NOT_RECOGNISED', params: { command: 'aws backup describe-backup-vault' }, location: { input: 'destinationVault', path: [] } }] });
  });
});

describe('checkVaultLock: a message the evidence contradicts', () => {
  it('warns, without a fix, when the range and the retention fit although the copy job says they do not', () => {
    const r = checkVaultLock(input({ pastes: { errorMessage: job, destinationVault: locked }, answers: { copyRetentionDays: '90' } }));
    expect(r.status).toBe('warn');
    expect(r.fix).toBeUndefined();
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['VAULT_LOCK_RETENTION_REPORTED', 'warning'],
      ['VAULT_LOCK_MESSAGE_CONTRADICTED', 'warning'],
    ]);
    expect(r.findings[1]).toMatchObject({ params: { retention: 90, min: 30, max: 365 }, location: { input: 'destinationVault', line: 9 } });
    // Outside the range, the message and the evidence agree: fail.
    expect(checkVaultLock(input({ pastes: { errorMessage: job, destinationVault: locked }, answers: { copyRetentionDays: '7' } })).status).toBe('fail');
  });
});

// The copy job's own fields (knowledge update, 4.1) and the logically air-gapped minimum (1.3).
describe('checkVaultLock from the copy job fields', () => {
  const newerJob = (fields: Record<string, unknown>) =>
    airGappedCopyJob({ DestinationEncryptionKeyArn: 'arn:aws:kms:eu-west-1:345678901234:key/9f8e7d6c-5b4a-4321-8fed-cba987654321', ...fields });

  it('fails a copy kept 3 days into a logically air-gapped vault from the copy job alone, with a lifecycle of 7 days', () => {
    const text = newerJob({ DestinationVaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', DestinationVaultLockState: 'LOCKED', DestinationRecoveryPointLifecycle: { DeleteAfterDays: 3 } });
    const r = checkVaultLock(input({ pastes: { copyJob: text }, facts: { sourceRegion: 'us-east-1' } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'VAULT_LOCK_LAG_RETENTION_TOO_SHORT', severity: 'error', params: { retention: 3, min: 7 }, location: { input: 'copyJob', path: ['CopyJob', 'DestinationVaultType'] } });
    expect(r.fix?.summaryParams).toMatchObject({ min: 7, days: 7 });
    expect(r.fix?.commands[0]).toContain('--lifecycle DeleteAfterDays=7');
  });

  it('takes the vault’s own minimum when it is higher than 7 days', () => {
    const text = newerJob({ DestinationVaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', DestinationRecoveryPointLifecycle: { DeleteAfterDays: 5 } });
    const r = checkVaultLock(input({ pastes: { copyJob: text, destinationVault: AIR_GAPPED_VAULT } }));
    expect(r.status).toBe('fail');
    expect(r.fix?.summaryParams).toMatchObject({ min: 8, max: 30, days: 8 });
  });

  it('does not pass on the copy job alone: a locked or air-gapped vault still needs its range', () => {
    const lag = checkVaultLock(input({ pastes: { copyJob: newerJob({ DestinationVaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', DestinationRecoveryPointLifecycle: { DeleteAfterDays: 30 } }) } }));
    expect(lag).toMatchObject({ status: 'unknown', needs: ['destinationVault'] });
    expect(lag.findings.map((x) => x.code)).toEqual(['VAULT_LOCK_LAG_MINIMUM']);
    const locked = checkVaultLock(input({ pastes: { copyJob: newerJob({ DestinationVaultType: 'BACKUP_VAULT', DestinationVaultLockState: 'LOCKED', DestinationRecoveryPointLifecycle: { DeleteAfterDays: 30 } }) } }));
    expect(locked).toMatchObject({ status: 'unknown', needs: ['destinationVault'] });
    expect(locked.findings[0]).toMatchObject({ code: 'VAULT_LOCK_LOCKED_PER_COPY_JOB', location: { input: 'copyJob', path: ['CopyJob', 'DestinationVaultLockState'] } });
  });

  it('passes a standard vault’s copy kept 3 days when the vault is not locked', () => {
    const r = checkVaultLock(input({ pastes: { copyJob: newerJob({ DestinationVaultType: 'BACKUP_VAULT', DestinationVaultLockState: 'UNLOCKED', DestinationRecoveryPointLifecycle: { DeleteAfterDays: 3 } }), destinationVault: unlocked } }));
    expect(r.status).toBe('pass');
  });
});
