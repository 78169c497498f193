import { describe, expect, it } from 'vitest';
import { checkInput } from '../../test-support/pack';
import { checkIamRole, managedPolicyArns, parseRoleArn } from './iamRole';

const input = checkInput;
const facts = { sourceAccountId: '210987654321', destinationAccountId: '345678901234' };
const ROLE = 'arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole';
const job = (status: string, role = ROLE) => `{
    "CopyJob": {
        "AccountId": "210987654321",
        "CopyJobId": "0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9",
        "SourceBackupVaultArn": "arn:aws:backup:us-east-1:210987654321:backup-vault:prod-vault",
        "SourceRecoveryPointArn": "arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f60718",
        "DestinationBackupVaultArn": "arn:aws:backup:us-east-1:345678901234:backup-vault:central-vault",
        "State": "FAILED",
        "StatusMessage": "${status}",
        "IamRoleArn": "${role}",
        "ResourceType": "EBS"
    }
}`;

describe('parseRoleArn', () => {
  it('splits path and name', () => {
    expect(parseRoleArn(ROLE)).toMatchObject({ account: '210987654321', name: 'AWSBackupDefaultServiceRole', path: '/service-role/' });
    expect(parseRoleArn('arn:aws:iam::210987654321:role/backup-copier.')).toMatchObject({ name: 'backup-copier', path: '/' });
    expect(parseRoleArn('arn:aws:iam:::210987654321:role/x')).toBeUndefined();
    expect(parseRoleArn('not an arn')).toBeUndefined();
  });
  it('adds the S3 policies for S3', () => {
    expect(managedPolicyArns('aws', 'S3')).toHaveLength(4);
    expect(managedPolicyArns('aws-cn', 'EBS')[0]).toBe('arn:aws-cn:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup');
  });
});

describe('checkIamRole', () => {
  it('fails when the role cannot be assumed: trust policy document and exact commands', () => {
    const msg = `The provided role ${ROLE} cannot be assumed by AWS Backup.`;
    const r = checkIamRole(input({ facts, pastes: { errorMessage: msg } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'IAM_ROLE_CANNOT_BE_ASSUMED', params: { roleArn: ROLE, message: msg } });
    expect(r.fix).toMatchObject({ runIn: 'source account', accountId: '210987654321', summaryCode: 'IAM_ROLE_TRUST_BACKUP' });
    // The trust policy corrects no pasted input: it is inline, never a document that would replace a paste.
    expect(r.fix?.documents).toEqual([]);
    const trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"backup.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
    expect(r.fix?.summaryParams?.trustPolicy).toBe(trust);
    expect(r.fix?.commands).toEqual([
      'aws iam get-role --role-name AWSBackupDefaultServiceRole',
      `aws iam update-assume-role-policy --role-name AWSBackupDefaultServiceRole --policy-document '${trust}'`,
      'aws iam attach-role-policy --role-name AWSBackupDefaultServiceRole --policy-arn arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup',
      'aws iam attach-role-policy --role-name AWSBackupDefaultServiceRole --policy-arn arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores',
    ]);
    expect(r.fix?.summaryParams).toMatchObject({ roleName: 'AWSBackupDefaultServiceRole', path: '/service-role/' });
  });

  it('fails on insufficient permissions with attach-role-policy commands (S3 gets its own two)', () => {
    const msg = `IAM Role ${ROLE} does not have sufficient permissions to execute the backup.`;
    const r = checkIamRole(input({ facts: { ...facts, resourceType: 'S3' }, pastes: { errorMessage: msg } }));
    expect(r.status).toBe('fail');
    expect(r.fix?.summaryCode).toBe('IAM_ROLE_ATTACH_POLICIES');
    expect(r.fix?.commands).toHaveLength(4);
    expect(r.fix?.commands[3]).toBe('aws iam attach-role-policy --role-name AWSBackupDefaultServiceRole --policy-arn arn:aws:iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore');
  });

  it('fails on a missing iam:PassRole with the statement for the job role from the copy job', () => {
    const j = job('You are not authorized to perform this operation.');
    const r = checkIamRole(input({ facts, pastes: { errorMessage: j, copyJob: j } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'IAM_PASS_ROLE_MISSING', params: { roleArn: ROLE } });
    expect(r.fix?.documents).toEqual([]);
    const doc = JSON.parse(String(r.fix!.summaryParams!.statement)) as { Statement: { Action: string; Resource: string; Condition: unknown }[] };
    expect(doc.Statement[0]).toMatchObject({ Action: 'iam:PassRole', Resource: ROLE, Condition: { StringEquals: { 'iam:PassedToService': 'backup.amazonaws.com' } } });
    expect(r.fix?.commands).toEqual([]);
  });

  it('fails when the role was deleted during the copy', () => {
    const j = job('Failed to unshare snapshot');
    const r = checkIamRole(input({ facts, pastes: { errorMessage: j } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]?.code).toBe('IAM_ROLE_DELETED_DURING_COPY');
    expect(r.fix?.commands).toEqual(['aws iam get-role --role-name AWSBackupDefaultServiceRole']);
  });

  it('asks for the copy job when the role is not known, without writing commands', () => {
    const r = checkIamRole(input({ facts, pastes: { errorMessage: 'You are not authorized to perform this operation.' } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]?.code).toBe('IAM_PASS_ROLE_MISSING_UNKNOWN_ROLE');
    expect(r.fix?.commands).toEqual([]);
    expect(r.fix?.documents).toEqual([]);
    expect(r.needs).toEqual(['copyJob']);
  });

  it('is unknown without the copy job or its message, and never not-applicable', () => {
    expect(checkIamRole(input({ facts }))).toMatchObject({ status: 'unknown', needs: ['copyJob', 'errorMessage'] });
    const same = checkIamRole(input({ facts: { sourceAccountId: '210987654321', destinationAccountId: '210987654321' } }));
    expect(same.status).toBe('unknown');
  });

  it('passes when the copy job failed for a known reason elsewhere: AWS Backup got past the role', () => {
    const other = job('Copy job failed. Both source and destination account must be a member of the same organization.');
    const r = checkIamRole(input({ facts, pastes: { errorMessage: other } }));
    expect(r.status).toBe('pass');
    expect(r.needs).toBeUndefined();
    expect(r.findings[0]).toMatchObject({ code: 'IAM_ROLE_NOT_IMPLICATED', params: { roleArn: ROLE } });
    const bare = checkIamRole(input({ facts, pastes: { errorMessage: 'Copy job failed. Cross-account copy feature is not enabled for the current organization.' } }));
    expect(bare).toMatchObject({ status: 'pass', findings: [{ code: 'IAM_ROLE_NOT_IMPLICATED_UNKNOWN_ROLE' }] });
  });
});

describe('checkIamRole: the copy job outcome decides; it never asks for a paste it has', () => {
  /** The copy job in another state, without a status message (a completed or running job has none). */
  const state = (s: string) => job('').replace('"State": "FAILED"', `"State": "${s}"`).replace(/\n\s*"StatusMessage": "",/, '');

  it('passes on a completed copy job', () => {
    const r = checkIamRole(input({ facts, pastes: { copyJob: state('COMPLETED') } }));
    expect(r).toMatchObject({ status: 'pass', findings: [{ code: 'IAM_ROLE_COPY_COMPLETED', params: { roleArn: ROLE } }] });
  });

  it('on a job still running, says it has no outcome yet and asks for it again, pointing at the paste', () => {
    const r = checkIamRole(input({ facts, pastes: { copyJob: state('RUNNING') } }));
    expect(r.status).toBe('unknown');
    expect(r.findings[0]).toMatchObject({ code: 'IAM_ROLE_NO_OUTCOME_YET', severity: 'warning', params: { state: 'RUNNING' }, location: { input: 'copyJob', path: [], line: 1 } });
    expect(r.needs).toEqual(['copyJob', 'errorMessage']);
  });

  it('on a message it does not know, says so at the paste', () => {
    const r = checkIamRole(input({ facts, pastes: { errorMessage: 'Something went sideways in the copy.' } }));
    expect(r.status).toBe('unknown');
    expect(r.findings[0]).toMatchObject({ code: 'IAM_ROLE_MESSAGE_NOT_RECOGNISED', location: { input: 'errorMessage', path: [] } });
    expect(r.needs).toEqual(['errorMessage', 'copyJob']);
  });

  it('passes on "Access Denied trying to call AWS Backup service", noting the role’s own policy as the place to look next', () => {
    const r = checkIamRole(input({ facts, pastes: { errorMessage: job('Access Denied trying to call AWS Backup service') } }));
    expect(r.status).toBe('pass');
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['IAM_ROLE_NOT_IMPLICATED', 'suggestion'],
      ['IAM_ROLE_MAY_LACK_COPY_PERMISSIONS', 'suggestion'],
    ]);
  });

  it('asks for the copy job again when the pasted one names no role, and says so', () => {
    const noRole = job('You are not authorized to perform this operation.').replace(/\n\s*"IamRoleArn": "[^"]+",/, '');
    const r = checkIamRole(input({ facts, pastes: { errorMessage: noRole } }));
    expect(r.status).toBe('fail');
    expect(r.needs).toEqual(['copyJob']);
    expect(r.findings.find((f) => f.code === 'COPY_JOB_WITHOUT_ROLE')?.location).toMatchObject({ input: 'errorMessage', path: [] });
  });
});
