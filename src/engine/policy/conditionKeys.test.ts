import { describe, expect, it } from 'vitest';
import { absentFromCopyCall, isRealKey } from './conditionKeys';

describe('condition keys', () => {
  it('knows the real keys, ignoring case, and spots invented ones', () => {
    expect(isRealKey('aws:PrincipalOrgID')).toBe(true);
    expect(isRealKey('AWS:principalorgid')).toBe(true);
    expect(isRealKey('aws:PrincipalTag/team')).toBe(true);
    expect(isRealKey('aws:PrincipalTag')).toBe(false);
    expect(isRealKey('kms:EncryptionContext:aws:backup:backup-vault')).toBe(true);
    expect(isRealKey('kms:GrantIsForAWSResource')).toBe(true);
    expect(isRealKey('kms:ListGrant')).toBe(false);
    expect(isRealKey('backup:CopyTargets')).toBe(true);
    expect(isRealKey('backup:CopySourceRegion')).toBe(false);
    expect(isRealKey('s3:x-amz-acl')).toBeUndefined();
  });

  it('says which keys a call AWS Backup makes never carries', () => {
    expect(absentFromCopyCall('backup', 'backup:CopyIntoBackupVault', 'backup:CopySourceRegion')).toBe('invented');
    expect(absentFromCopyCall('backup', 'backup:CopyIntoBackupVault', 'backup:CopyTargets')).toBe('not-in-request');
    expect(absentFromCopyCall('backup', 'backup:CopyIntoBackupVault', 'aws:SourceIp')).toBe('service-call');
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'aws:SourceVpce')).toBe('service-call');
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'kms:ListGrant')).toBe('invented');
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'kms:GrantIsForAWSResource')).toBe('not-in-request');
    expect(absentFromCopyCall('kms', 'kms:CreateGrant', 'kms:GrantIsForAWSResource')).toBeUndefined();
    expect(absentFromCopyCall('kms', 'kms:DescribeKey', 'kms:EncryptionContextKeys')).toBe('not-in-request');
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'kms:EncryptionContext:aws:backup:backup-vault')).toBeUndefined();
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'backup:CopyTargets')).toBe('not-in-request');
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'ec2:SourceInstanceArn')).toBe('not-in-request');
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'aws:SourceAccount')).toBe('not-in-request');
    // Keys the call carries, with a value this tool may not know: not absent.
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'aws:PrincipalTag/team')).toBeUndefined();
    expect(absentFromCopyCall('kms', 'kms:Decrypt', 'aws:CurrentTime')).toBeUndefined();
    expect(absentFromCopyCall('backup', 'backup:CopyIntoBackupVault', 'aws:RequestTag/team')).toBeUndefined();
  });
});
