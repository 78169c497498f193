import { describe, expect, it } from 'vitest';
import { checkInput } from '../../test-support/pack';
import { applyFix } from '../fixes/apply';
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

// ---- the copy role's own policies (knowledge update §1.8): CopyIntoBackupVault on the destination vault and
// CopyFromBackupVault on the source recovery point must be allowed by the role's identity policies.

describe('checkIamRole: the copy role’s own IAM policies', () => {
  const DEST_VAULT = 'arn:aws:backup:us-east-1:345678901234:backup-vault:central-vault';
  const SNAPSHOT = 'arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f60718';
  const denied = job('Access Denied trying to call AWS Backup service');
  /** aws iam get-role-policy output, as the CLI prints it. */
  const getRolePolicy = (statements: unknown[]) =>
    JSON.stringify({ RoleName: 'AWSBackupDefaultServiceRole', PolicyName: 'copy-permissions', PolicyDocument: { Version: '2012-10-17', Statement: statements } }, null, 4);
  const START = { Sid: 'StartCopies', Effect: 'Allow', Action: ['backup:StartCopyJob', 'backup:DescribeCopyJob'], Resource: '*' };
  const COPY_FROM = { Sid: 'CopyFromOurVault', Effect: 'Allow', Action: 'backup:CopyFromBackupVault', Resource: ['arn:aws:backup:us-east-1:210987654321:recovery-point:*', 'arn:aws:ec2:us-east-1::snapshot/*'] };
  const COPY_INTO = { Sid: 'CopyIntoCentral', Effect: 'Allow', Action: 'backup:CopyIntoBackupVault', Resource: 'arn:aws:backup:*:345678901234:backup-vault:*' };
  const run = (copyRolePolicies: string, copyJob: string | undefined = denied) =>
    checkIamRole(input({ facts, pastes: { ...(copyJob ? { copyJob, errorMessage: copyJob } : {}), copyRolePolicies } }));

  it('fails when no policy allows backup:CopyIntoBackupVault, with a verified inline policy for that vault only', () => {
    const session = { facts, pastes: { copyJob: denied, errorMessage: denied, copyRolePolicies: getRolePolicy([START, COPY_FROM]) } };
    const r = checkIamRole(input(session));
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.code)).toEqual(['IAM_ROLE_POLICY_ACTION_NOT_ALLOWED']);
    expect(r.findings[0]).toMatchObject({ severity: 'error', params: { action: 'backup:CopyIntoBackupVault', resource: DEST_VAULT }, location: { input: 'copyRolePolicies' } });
    expect(r.fix).toMatchObject({ summaryCode: 'IAM_ROLE_ADD_COPY_PERMISSIONS', runInAccount: 'source', accountId: '210987654321' });
    expect(JSON.parse(r.fix!.documents[0]!.text)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'AllowCopyIntoDestinationVault', Effect: 'Allow', Action: 'backup:CopyIntoBackupVault', Resource: DEST_VAULT }],
    });
    expect(r.fix!.documents[0]).toMatchObject({ input: 'copyRolePolicies', fileName: 'copy-role-policy.json', adds: true });
    expect(r.fix!.commands).toEqual(['aws iam put-role-policy --role-name AWSBackupDefaultServiceRole --policy-name CopyDoctorCrossAccountCopy --policy-document file://copy-role-policy.json']);
    // Applied, the new policy sits beside the role's own: the check passes with both.
    const applied = applyFix({ format: 'copy-doctor/session', version: 1, answers: {}, ...session }, r.fix!);
    expect(applied.pastes.copyRolePolicies).toContain('CopyFromOurVault');
    expect(checkIamRole(input(applied)).status).toBe('pass');
  });

  it('compares CopyFromBackupVault with the recovery point the copy job names (an EBS snapshot here)', () => {
    const onlyBackupArns = { ...COPY_FROM, Resource: 'arn:aws:backup:us-east-1:210987654321:recovery-point:*' };
    const r = run(getRolePolicy([START, onlyBackupArns, COPY_INTO]));
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => [f.code, f.params?.action, f.params?.resource])).toEqual([['IAM_ROLE_POLICY_ACTION_NOT_ALLOWED', 'backup:CopyFromBackupVault', SNAPSHOT]]);
    expect(JSON.parse(r.fix!.documents[0]!.text).Statement).toEqual([{ Sid: 'AllowCopyFromSourceRecoveryPoint', Effect: 'Allow', Action: 'backup:CopyFromBackupVault', Resource: SNAPSHOT }]);
  });

  it('passes when the policies allow both, and says so instead of pointing at the role as a maybe', () => {
    const r = run(getRolePolicy([START, COPY_FROM, COPY_INTO]));
    expect(r.status).toBe('pass');
    expect(r.findings.map((f) => f.code)).toEqual(['IAM_ROLE_POLICIES_ALLOW_COPY']);
    expect(r.fix).toBeUndefined();
  });

  it('fails on a Deny that matches the copy, naming the statement where it is, and offers no Allow that could not help', () => {
    const deny = { Sid: 'OnlyToTheVaultAccount', Effect: 'Deny', Action: 'backup:CopyFromBackupVault', Resource: '*', Condition: { StringNotLike: { 'backup:CopyTargets': 'arn:aws:backup:*:456789012345:backup-vault:*' } } };
    const text = getRolePolicy([START, COPY_FROM, COPY_INTO, deny]);
    const r = run(text);
    expect(r.status).toBe('fail');
    const f = r.findings.find((x) => x.code === 'IAM_ROLE_POLICY_DENIES_COPY')!;
    expect(f).toMatchObject({ severity: 'error', params: { policy: 'copy-permissions', statement: '"OnlyToTheVaultAccount"', action: 'backup:CopyFromBackupVault' } });
    expect(f.location?.line).toBe(text.split('\n').findIndex((l) => l.includes('OnlyToTheVaultAccount'))); // the line of the statement's "{"
    expect(r.fix).toBeUndefined();
    // The copy targets the vault account: the Deny does not apply.
    const ok = { ...deny, Condition: { StringNotLike: { 'backup:CopyTargets': 'arn:aws:backup:*:345678901234:backup-vault:*' } } };
    expect(run(getRolePolicy([START, COPY_FROM, COPY_INTO, ok])).status).toBe('pass');
  });

  it('takes get-account-authorization-details: AWSBackupServiceRolePolicyForBackup attached allows both', () => {
    const details = JSON.stringify({
      RoleDetailList: [
        {
          Path: '/service-role/',
          RoleName: 'AWSBackupDefaultServiceRole',
          Arn: ROLE,
          RolePolicyList: [],
          AttachedManagedPolicies: [{ PolicyName: 'AWSBackupServiceRolePolicyForBackup', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup' }],
        },
      ],
      Policies: [],
    });
    const r = run(details);
    expect(r.status).toBe('pass');
    expect(r.findings.map((f) => f.code)).toEqual(['IAM_ROLE_MANAGED_POLICY_ALLOWS_COPY', 'IAM_ROLE_POLICIES_ALLOW_COPY']);
  });

  it('is unknown when an attached customer managed policy is not in the paste and nothing else allows the copy', () => {
    const attached = JSON.stringify({ AttachedPolicies: [{ PolicyName: 'backup-copy', PolicyArn: 'arn:aws:iam::210987654321:policy/backup-copy' }] });
    const r = run(attached);
    expect(r.status).toBe('unknown');
    expect(r.findings.find((f) => f.code === 'IAM_ROLE_POLICY_DOCUMENTS_MISSING')).toMatchObject({ params: { policies: 'backup-copy' }, location: { input: 'copyRolePolicies' } });
    expect(r.needs).toEqual(['copyRolePolicies']);
  });

  it('asks for the copy job when a statement names specific resources and no copy job says which', () => {
    const r = checkIamRole(input({ facts, pastes: { copyRolePolicies: getRolePolicy([START, COPY_FROM, COPY_INTO]) } }));
    expect(r.status).toBe('unknown');
    expect(r.findings.map((f) => f.code)).toContain('IAM_ROLE_POLICY_NEEDS_RESOURCE');
    expect(r.needs).toContain('copyJob');
  });

  it('says so when the policies pasted are another role’s', () => {
    const other = getRolePolicy([START, COPY_FROM, COPY_INTO]).replace('"AWSBackupDefaultServiceRole"', '"ops-readonly"');
    const r = run(other);
    expect(r.status).toBe('unknown');
    expect(r.findings.find((f) => f.code === 'IAM_ROLE_POLICIES_OF_OTHER_ROLE')?.params).toEqual({ roles: 'ops-readonly' });
  });
});

// ---- the source vault's access policy: a Deny there blocks the role's source-side requests (knowledge update §1.13,
// §4.4, case AWSNUKE-EFSVAULT: the EFS automatic vault denies backup:StartCopyJob by default).

describe('checkIamRole: the source vault access policy', () => {
  const EFS_VAULT = 'aws/efs/automatic-backup-vault';
  const efsJob = `{
    "CopyJob": {
        "AccountId": "210987654321",
        "CopyJobId": "7c1d9e4a-2b6f-4a38-9e05-c4d8b2a7f613",
        "SourceBackupVaultArn": "arn:aws:backup:eu-west-1:210987654321:backup-vault:${EFS_VAULT}",
        "SourceRecoveryPointArn": "arn:aws:backup:eu-west-1:210987654321:recovery-point:5e2a9c71-8d4b-4f36-a1e0-7b3c9d2f6a48",
        "DestinationBackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault",
        "ResourceArn": "arn:aws:elasticfilesystem:eu-west-1:210987654321:file-system/fs-0b7d3e9a1c5f2e468",
        "State": "FAILED",
        "StatusMessage": "Access Denied trying to call AWS Backup service",
        "IamRoleArn": "${ROLE}",
        "ResourceType": "EFS"
    }
}`;
  // aws backup get-backup-vault-access-policy --backup-vault-name aws/efs/automatic-backup-vault: the default policy.
  const efsDefault = JSON.stringify(
    {
      BackupVaultName: EFS_VAULT,
      BackupVaultArn: `arn:aws:backup:eu-west-1:210987654321:backup-vault:${EFS_VAULT}`,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: ['backup:DeleteBackupVault', 'backup:PutBackupVaultAccessPolicy', 'backup:DeleteRecoveryPoint', 'backup:StartCopyJob', 'backup:StartRestoreJob', 'backup:UpdateRecoveryPointLifecycle'],
            Resource: '*',
          },
        ],
      }),
    },
    null,
    4,
  );
  const session = (pastes: Record<string, string>) => ({ facts: { ...facts, sourceRegion: 'eu-west-1' }, pastes: { copyJob: efsJob, errorMessage: efsJob, ...pastes } });

  it('warns about the EFS automatic vault’s default Deny when its policy is not pasted', () => {
    const r = checkIamRole(input(session({})));
    expect(r.status).toBe('warn');
    expect(r.findings.find((f) => f.code === 'SOURCE_VAULT_EFS_DEFAULT_DENY')).toMatchObject({ severity: 'warning', params: { vault: EFS_VAULT, action: 'backup:StartCopyJob' } });
    expect(r.fix).toBeUndefined();
  });

  it('fails on the default policy, naming the statement, and takes only StartCopyJob out of its Deny', () => {
    const s = session({ sourceVaultPolicy: efsDefault });
    const r = checkIamRole(input(s));
    expect(r.status).toBe('fail');
    const f = r.findings.find((x) => x.code === 'SOURCE_VAULT_POLICY_DENIES_COPY')!;
    expect(f).toMatchObject({ severity: 'error', params: { statement: '#1', actions: 'backup:StartCopyJob' }, location: { input: 'sourceVaultPolicy', path: ['Statement', 0] } });
    expect(r.fix).toMatchObject({ summaryCode: 'SOURCE_VAULT_POLICY_NARROW_DENY', runInAccount: 'source', accountId: '210987654321', region: 'eu-west-1', needsReview: true });
    const doc = JSON.parse(r.fix!.documents[0]!.text) as { Statement: { Effect: string; Action: string[] }[] };
    expect(doc.Statement).toHaveLength(1);
    expect(doc.Statement[0]!.Effect).toBe('Deny');
    expect(doc.Statement[0]!.Action).toEqual(['backup:DeleteBackupVault', 'backup:PutBackupVaultAccessPolicy', 'backup:DeleteRecoveryPoint', 'backup:StartRestoreJob', 'backup:UpdateRecoveryPointLifecycle']);
    expect(r.fix!.commands).toEqual([`aws backup put-backup-vault-access-policy --backup-vault-name ${EFS_VAULT} --policy file://source-vault-policy.json --region eu-west-1`]);
    const again = checkIamRole(input({ ...s, pastes: { ...s.pastes, sourceVaultPolicy: r.fix!.documents[0]!.text } }));
    expect(again.findings.map((x) => x.code)).toContain('SOURCE_VAULT_POLICY_NO_DENY');
    expect(again.status).not.toBe('fail');
  });

  it('fails on a Deny of CopyFromBackupVault whose copy targets leave out the destination, and drops it', () => {
    const pinned = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllowBackupAccountRead', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::345678901234:root' }, Action: 'backup:DescribeBackupVault', Resource: '*' },
        { Sid: 'CopyOnlyToLanding', Effect: 'Deny', Principal: '*', Action: 'backup:CopyFromBackupVault', Resource: '*', Condition: { 'ForAnyValue:StringNotLike': { 'backup:CopyTargets': ['arn:aws:backup:eu-west-1:456789012345:backup-vault:landing'] } } },
      ],
    };
    const s = session({ sourceVaultPolicy: JSON.stringify(pinned, null, 2) });
    const r = checkIamRole(input(s));
    expect(r.status).toBe('fail');
    expect(r.findings.find((x) => x.code === 'SOURCE_VAULT_POLICY_DENIES_COPY')?.params).toEqual({ statement: '"CopyOnlyToLanding"', actions: 'backup:CopyFromBackupVault' });
    const doc = JSON.parse(r.fix!.documents[0]!.text) as { Statement: { Sid: string }[] };
    expect(doc.Statement.map((x) => x.Sid)).toEqual(['AllowBackupAccountRead']);
    // With the destination among the copy targets, nothing denies.
    const listed = JSON.stringify({ ...pinned, Statement: [pinned.Statement[0], { ...pinned.Statement[1], Condition: { 'ForAnyValue:StringNotLike': { 'backup:CopyTargets': ['arn:aws:backup:eu-west-1:345678901234:backup-vault:*'] } } }] });
    const ok = checkIamRole(input(session({ sourceVaultPolicy: listed })));
    expect(ok.findings.map((x) => x.code)).toContain('SOURCE_VAULT_POLICY_NO_DENY');
    expect(ok.status).not.toBe('fail');
  });

  it('leaves a Deny through a wildcard to a person', () => {
    const wild = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'backup:Start*', Resource: '*' }] };
    const r = checkIamRole(input(session({ sourceVaultPolicy: JSON.stringify(wild) })));
    expect(r.status).toBe('fail');
    expect(r.findings.map((x) => x.code)).toContain('SOURCE_VAULT_POLICY_DENY_NEEDS_HAND_EDIT');
    expect(r.fix).toBeUndefined();
  });
});

describe('checkIamRole: the source vault policy without the source account', () => {
  it('does not call a Deny that names an account harmless when the source account is not known', () => {
    const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'backup:StartCopyJob', Resource: '*' }] };
    const r = checkIamRole(input({ facts: {}, pastes: { sourceVaultPolicy: JSON.stringify(deny) } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toContain('sourceAccountId');
    const known = checkIamRole(input({ facts, pastes: { sourceVaultPolicy: JSON.stringify(deny) } }));
    expect(known.status).toBe('fail');
  });
});

describe('applyFix with a document that adds', () => {
  it('puts the new inline policy beside the copy role’s policies of a get-account-authorization-details output', () => {
    const inline = { Version: '2012-10-17', Statement: [{ Sid: 'CopyFromAnywhere', Effect: 'Allow', Action: 'backup:CopyFromBackupVault', Resource: '*' }] };
    const details = JSON.stringify({
      RoleDetailList: [
        { RoleName: 'ops-readonly', Arn: 'arn:aws:iam::210987654321:role/ops-readonly', RolePolicyList: [{ PolicyName: 'all', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }], AttachedManagedPolicies: [] },
        { RoleName: 'AWSBackupDefaultServiceRole', Arn: ROLE, RolePolicyList: [{ PolicyName: 'copy-from', PolicyDocument: inline }], AttachedManagedPolicies: [] },
      ],
      Policies: [],
    });
    const denied = job('Access Denied trying to call AWS Backup service');
    const session = { facts, pastes: { copyJob: denied, copyRolePolicies: details } };
    const r = checkIamRole(input(session));
    expect(r.status).toBe('fail');
    const applied = applyFix({ format: 'copy-doctor/session', version: 1, answers: {}, ...session }, r.fix!);
    // The copy role's own policy and the new one; never the other role's Allow of everything.
    expect(JSON.parse(applied.pastes.copyRolePolicies!)).toEqual([inline, JSON.parse(r.fix!.documents[0]!.text)]);
    expect(checkIamRole(input(applied)).status).toBe('pass');
  });
});
