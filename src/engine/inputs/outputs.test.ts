import { describe, expect, it } from 'vitest';
import { readBackupVault, readGlobalSettings, readKeyMetadata, readOrganization, readOutput, reportedMessage } from './outputs';

describe('readOrganization', () => {
  it('reads describe-organization output', () => {
    const r = readOrganization('{"Organization": {"Id": "o-a1b2c3d4e5", "Arn": "arn:aws:organizations::999988887777:organization/o-a1b2c3d4e5", "FeatureSet": "ALL", "MasterAccountId": "999988887777"}}');
    expect(r).toMatchObject({ id: 'o-a1b2c3d4e5', featureSet: 'ALL', masterAccountId: '999988887777' });
    expect(r?.paths.Id).toEqual(['Organization', 'Id']);
  });
  it('knows the error of an account outside any organization, and rejects other text', () => {
    expect(readOrganization('An error occurred (AWSOrganizationsNotInUseException) when calling the DescribeOrganization operation: Your account is not a member of an organization.')?.notInOrganization).toBe(true);
    expect(readOrganization('{"foo": 1}')).toBeUndefined();
    expect(readOrganization(undefined)).toBeUndefined();
    expect(readOrganization('{"Organization": {')).toBeUndefined();
  });
});

describe('readGlobalSettings', () => {
  it('reads the string values and the update time', () => {
    const r = readGlobalSettings('{\n  "GlobalSettings": {"isCrossAccountBackupEnabled": "false"},\n  "LastUpdateTime": "2026-03-11T09:41:27.101000+00:00"\n}');
    expect(r).toMatchObject({ crossAccountEnabled: false, lastUpdateTime: '2026-03-11T09:41:27.101000+00:00' });
    expect(readGlobalSettings('{"isCrossAccountBackupEnabled": "TRUE",}')?.crossAccountEnabled).toBe(true);
  });
});

describe('readKeyMetadata', () => {
  it('reads describe-key output with typographic quotes', () => {
    const text = `{
  “KeyMetadata”: {
    “AWSAccountId”: “210987654321”,
    “KeyId”: “1a2b3c4d-5e6f-4a8b-9c0d-112233445566”,
    “Arn”: “arn:aws:kms:us-east-1:210987654321:key/1a2b3c4d-5e6f-4a8b-9c0d-112233445566”,
    “Enabled”: true,
    “KeyState”: “Enabled”,
    “KeyManager”: “AWS”,
    “Description”: “Default key that protects my EBS volumes when no other key is defined”
  }
}`;
    const r = readKeyMetadata(text);
    expect(r).toMatchObject({ keyManager: 'AWS', keyState: 'Enabled', enabled: true, keyId: '1a2b3c4d-5e6f-4a8b-9c0d-112233445566' });
    expect(r?.paths.KeyManager).toEqual(['KeyMetadata', 'KeyManager']);
  });
});

describe('readBackupVault', () => {
  it('reads describe-backup-vault output, Locked as a boolean or a string', () => {
    const r = readBackupVault(`{
    "BackupVaultName": "central-vault",
    "BackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault",
    "VaultType": "BACKUP_VAULT",
    "EncryptionKeyArn": "arn:aws:kms:eu-west-1:345678901234:key/9f8e7d6c-5b4a-4321-8fed-cba987654321",
    "CreationDate": "2026-01-20T10:00:00.000000+00:00",
    "NumberOfRecoveryPoints": 12,
    "Locked": true,
    "MinRetentionDays": 7,
    "MaxRetentionDays": 35
}`);
    expect(r).toMatchObject({ name: 'central-vault', locked: true, minRetentionDays: 7, maxRetentionDays: 35, vaultType: 'BACKUP_VAULT' });
    expect(readBackupVault('{"BackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:x1", "Locked": "false"}')).toMatchObject({ name: 'x1', locked: false });
  });
});

describe('readOutput and reportedMessage', () => {
  it('never throws and keeps CLI errors', () => {
    expect(readOutput('An error occurred (AccessDeniedException) when calling the DescribeKey operation').cliError?.code).toBe('AccessDeniedException');
    for (const t of ['', '{', '[1,', '"x"', 'null', '{"a": [}']) expect(() => readOutput(t)).not.toThrow();
  });
  it('quotes the status message of a pasted copy job or the bare message', () => {
    expect(reportedMessage({ errorMessage: '  Copy job failed. X.  ' })).toBe('Copy job failed. X.');
    expect(reportedMessage({ copyJob: '{"CopyJob": {"CopyJobId": "1", "StatusMessage": "Bad thing"}}' })).toBe('Bad thing');
    expect(reportedMessage({})).toBeUndefined();
    expect(reportedMessage({ errorMessage: 'x'.repeat(500) })?.length).toBe(400);
  });
});
