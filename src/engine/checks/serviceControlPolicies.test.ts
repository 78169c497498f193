import { describe, expect, it } from 'vitest';
import { checkInput } from '../../test-support/pack';
import { evaluate } from '../policy/evaluate';
import { checkServiceControlPolicies, readScps } from './serviceControlPolicies';

const input = checkInput;
const codes = (r: { findings: { code: string }[] }) => r.findings.map((x) => x.code);

const ROLE = 'arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole';
const DEST_VAULT = 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central-vault';
const job = `{
    "CopyJob": {
        "AccountId": "210987654321",
        "CopyJobId": "5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D",
        "SourceBackupVaultArn": "arn:aws:backup:us-east-1:210987654321:backup-vault:prod-vault",
        "SourceRecoveryPointArn": "arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f60718",
        "DestinationBackupVaultArn": "${DEST_VAULT}",
        "State": "FAILED",
        "StatusMessage": "Access Denied trying to call AWS Backup service",
        "IamRoleArn": "${ROLE}",
        "ResourceType": "EBS"
    }
}`;
const facts = { sourceKeyArn: 'arn:aws:kms:us-east-1:210987654321:key/1a2b3c4d-5e6f-4a8b-9c0d-112233445566' };

const copyTargets = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyCopiesOutsideTheBackupAccount",
      "Effect": "Deny",
      "Action": "backup:CopyFromBackupVault",
      "Resource": "*",
      "Condition": {
        "StringNotLike": {
          "backup:CopyTargets": ["arn:aws:backup:*:999900001111:backup-vault:*"]
        }
      }
    }
  ]
}`;
const fullAccess = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const regionDeny = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyOutsideEU',
      Effect: 'Deny',
      NotAction: ['iam:*', 'organizations:*', 'sts:*'],
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
    },
  ],
};

describe('readScps', () => {
  it('reads one SCP, an array, describe-policy output and strings inside an array', () => {
    expect(readScps(copyTargets)).toHaveLength(1);
    expect(readScps(JSON.stringify([fullAccess, regionDeny]))).toHaveLength(2);
    const dp = readScps(JSON.stringify({ Policy: { PolicySummary: { Id: 'p-0a1b2c3d', Name: 'backup-guardrails' }, Content: copyTargets } }));
    expect(dp[0]).toMatchObject({ policyId: 'p-0a1b2c3d', name: 'backup-guardrails' });
    expect(readScps(JSON.stringify([{ Policy: { PolicySummary: { Id: 'p-1' }, Content: copyTargets } }, JSON.stringify(regionDeny)]))).toHaveLength(2);
    expect(readScps('nonsense')).toEqual([]);
  });
});

describe('checkServiceControlPolicies', () => {
  it('fails a Deny on CopyFromBackupVault whose CopyTargets exclude the destination, and adds the destination (reviewed)', () => {
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, errorMessage: job, serviceControlPolicies: copyTargets } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'SCP_DENY_BLOCKS_COPY', params: { statement: '"DenyCopiesOutsideTheBackupAccount"', actions: 'backup:CopyFromBackupVault', policy: '#1' }, location: { line: 4 } });
    expect(codes(r)).toContain('SCP_SERVICE_LINKED_ROLE_EXEMPT');
    expect(r.fix).toMatchObject({ runIn: 'management account', needsReview: true, summaryCode: 'SCP_NARROW_DENY' });
    const fixed = JSON.parse(r.fix!.documents[0]!.text) as { Statement: { Effect: string; Condition: { StringNotLike: { 'backup:CopyTargets': string[] } } }[] };
    expect(fixed.Statement[0]?.Effect).toBe('Deny');
    expect(fixed.Statement[0]?.Condition.StringNotLike['backup:CopyTargets']).toEqual(['arn:aws:backup:*:999900001111:backup-vault:*', DEST_VAULT]);
    expect(r.fix?.commands).toEqual([]);
  });

  it('passes when the destination is among the allowed copy targets', () => {
    const ok = copyTargets.replace('999900001111', '345678901234');
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: ok } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toEqual(['SCP_NO_DENY', 'SCP_SERVICE_LINKED_ROLE_EXEMPT']);
  });

  it('is unknown when the Deny depends on copy targets it does not know', () => {
    const r = checkServiceControlPolicies(input({ pastes: { serviceControlPolicies: copyTargets } }));
    expect(r.status).toBe('unknown');
    expect(codes(r)).toContain('SCP_DENY_MAY_BLOCK_COPY');
    expect(r.needs).toEqual(expect.arrayContaining(['destinationVaultName', 'destinationRegion', 'destinationAccountId']));
  });

  it('fails a Region guardrail in an array of SCPs and exempts the job role, with update-policy for a known id', () => {
    const text = JSON.stringify([fullAccess, { Policy: { PolicySummary: { Id: 'p-eu0only1', Name: 'eu-only' }, Content: JSON.stringify(regionDeny) } }], null, 2);
    const r = checkServiceControlPolicies(input({ facts: { ...facts, sourceRegion: 'us-east-1' }, pastes: { copyJob: job, serviceControlPolicies: text } }));
    expect(r.status).toBe('fail');
    const f = r.findings.find((x) => x.code === 'SCP_DENY_BLOCKS_COPY');
    expect(f?.params?.policy).toBe('eu-only');
    expect(String(f?.params?.actions)).toContain('backup:StartCopyJob');
    expect(f?.location?.line).toBeGreaterThan(1);
    const fixed = JSON.parse(r.fix!.documents[0]!.text) as { Statement: { Condition: Record<string, Record<string, unknown>> }[] };
    expect(fixed.Statement[0]?.Condition.ArnNotLike?.['aws:PrincipalArn']).toBe(ROLE);
    expect(fixed.Statement[0]?.Condition.StringNotEquals?.['aws:RequestedRegion']).toEqual(['eu-west-1', 'eu-central-1']);
    expect(r.fix?.documents[0]?.fileName).toBe('scp-p-eu0only1.json');
    expect(r.fix?.commands).toEqual(['aws organizations update-policy --policy-id p-eu0only1 --content file://scp-p-eu0only1.json']);
    // The narrowed policy no longer denies the job role, and still denies others.
    const narrowed = JSON.parse(r.fix!.documents[0]!.text) as unknown;
    const ask = (arn: string) => evaluate(narrowed, { principal: { type: 'AWS', arn }, action: 'backup:StartCopyJob', context: { 'aws:PrincipalArn': arn, 'aws:RequestedRegion': 'us-east-1' } }, { requirePrincipal: false }).decision;
    expect(ask(ROLE)).not.toBe('explicit-deny');
    expect(ask('arn:aws:iam::210987654321:role/developer')).toBe('explicit-deny');
  });

  it('passes in an allowed Region, and when the Deny already exempts the job role', () => {
    expect(checkServiceControlPolicies(input({ facts: { ...facts, sourceRegion: 'eu-west-1' }, pastes: { copyJob: job, serviceControlPolicies: JSON.stringify([fullAccess, regionDeny]) } })).status).toBe('pass');
    const kmsDeny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'kms:*', Resource: '*', Condition: { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/service-role/AWSBackup*'] } } }] };
    expect(checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: JSON.stringify(kmsDeny) } })).status).toBe('pass');
  });

  it('reads an SCP with typographic quotes', () => {
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: copyTargets.replace(/"/g, '“') } }));
    expect(r.status).toBe('fail');
  });

  it('warns when allow-list SCPs allow none of the copy actions', () => {
    const allowList = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:*', 's3:*'], Resource: '*' }] };
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: JSON.stringify(allowList) } }));
    expect(r.status).toBe('warn');
    expect(r.findings[0]?.code).toBe('SCP_NOT_ALLOWED_BY_ANY');
    expect(String(r.findings[0]?.params?.actions)).toContain('backup:StartCopyJob');
  });

  it('fails without a fix when the Deny cannot be narrowed yet (job role unknown), asking for the copy job', () => {
    const deny = { Version: '2012-10-17', Statement: [{ Sid: 'NoSharing', Effect: 'Deny', Action: 'ec2:ModifySnapshotAttribute', Resource: '*' }] };
    const r = checkServiceControlPolicies(input({ pastes: { serviceControlPolicies: JSON.stringify(deny) } }));
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('SCP_DENY_NEEDS_MANUAL_CHANGE');
    expect(r.fix).toBeUndefined();
    expect(r.needs).toEqual(['copyJob']);
  });

  it('is unknown without SCPs (pointing at the message) or with something else pasted', () => {
    const r = checkServiceControlPolicies(input({ pastes: { errorMessage: 'Access Denied trying to call AWS Backup service' } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['serviceControlPolicies'] });
    expect(r.findings[0]).toMatchObject({ code: 'SCP_MAY_EXPLAIN_MESSAGE', params: { messageId: 'vault-policy-access-denied' } });
    expect(codes(checkServiceControlPolicies(input({ pastes: { serviceControlPolicies: '{"tags": {}}' } })))).toEqual(['SCP_NOT_RECOGNISED']);
  });
});

describe('checkServiceControlPolicies: the narrowed policy passes when pasted back', () => {
  it.each([
    ['copy targets', copyTargets, {}],
    ['Region guardrail', JSON.stringify(regionDeny), { sourceRegion: 'us-east-1' }],
  ])('%s', (_name, scp, more) => {
    const s = { facts: { ...facts, ...more }, pastes: { copyJob: job, serviceControlPolicies: scp } };
    const r = checkServiceControlPolicies(input(s));
    expect(r.status).toBe('fail');
    const fixed = checkServiceControlPolicies(input({ ...s, pastes: { ...s.pastes, serviceControlPolicies: r.fix!.documents[0]!.text } }));
    expect(fixed.status).toBe('pass');
  });
});

describe('checkServiceControlPolicies: what an undecided Deny asks for', () => {
  const scp = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);

  it('asks only for the facts the session lacks: the key ARN for a Deny on one key, not the copy job it already has', () => {
    const denyKey = scp({ Sid: 'DenyUseOfTheLegacyKey', Effect: 'Deny', Action: 'kms:*', Resource: 'arn:aws:kms:us-east-1:210987654321:key/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' });
    const r = checkServiceControlPolicies(input({ pastes: { copyJob: job, serviceControlPolicies: denyKey } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['sourceKeyArn'] });
    // With the key known, the Deny names another key: it does not apply.
    expect(checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: denyKey } })).status).toBe('pass');
  });

  it('names the condition key when no input of the product carries its value', () => {
    const denyTag = scp({
      Sid: 'DenyBackupOutsideTheBackupTeam',
      Effect: 'Deny',
      Action: 'backup:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'backup' } },
    });
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: denyTag } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['aws:PrincipalTag/team']);
    expect(codes(r)).toContain('SCP_DENY_MAY_BLOCK_COPY');
  });

  it('decides a Deny on ec2:ModifySnapshotAttribute for one snapshot: an EBS recovery point is the snapshot', () => {
    const denySnapshot = scp({ Sid: 'ProtectGoldenSnapshot', Effect: 'Deny', Action: 'ec2:ModifySnapshotAttribute', Resource: 'arn:aws:ec2:us-east-1::snapshot/snap-0ffffffffffffffff' });
    expect(checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: denySnapshot } })).status).toBe('pass');
    const own = denySnapshot.replace('snap-0ffffffffffffffff', 'snap-0a1b2c3d4e5f60718');
    expect(checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: own } })).status).toBe('fail');
  });

  it('says so when the pasted copy job names no role, instead of asking for it silently', () => {
    const noRole = job.replace(/\n\s*"IamRoleArn": "[^"]+",/, '');
    const exempt = scp({ Effect: 'Deny', Action: 'backup:CopyFromBackupVault', Resource: '*', Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/backup-*' } } });
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: noRole, serviceControlPolicies: exempt } }));
    expect(r.findings.find((x) => x.code === 'COPY_JOB_WITHOUT_ROLE')?.location).toMatchObject({ input: 'copyJob', path: [], line: 1 });
  });
});

// Conditions on keys the copy's request never carries: an invented key (`backup:CopySourceRegion` is not one of
// AWS Backup's condition keys) is absent from the request, so a Deny conditioned on it with a positive operator never
// applies (the evaluator treats keys the copy's calls never carry as absent).
describe('checkServiceControlPolicies: Denies that can never apply', () => {
  const invented = (condition: Record<string, unknown>) =>
    JSON.stringify([fullAccess, { Version: '2012-10-17', Statement: [{ Sid: 'DenyCopiesFromOtherRegions', Effect: 'Deny', Action: ['backup:CopyFromBackupVault', 'backup:StartCopyJob'], Resource: '*', Condition: condition }] }], null, 2);

  it('a Deny on an invented backup: key never applies, so the copy is not blocked', () => {
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: invented({ StringEquals: { 'backup:CopySourceRegion': 'us-east-1' } }) } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).not.toContain('SCP_DENY_MAY_BLOCK_COPY');
  });

  it('nor with StringLike on an invented kms: key', () => {
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: invented({ StringLike: { 'kms:SourceVaultName': '*' } }) } }));
    expect(r.status).toBe('pass');
  });

  it('a negated operator on an absent key is true: such a Deny does apply ', () => {
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: invented({ StringNotEquals: { 'backup:CopySourceRegion': 'us-east-1' } }) } }));
    expect(r.status).not.toBe('pass');
  });
});

describe('checkServiceControlPolicies: a paste evaluated after repair', () => {
  it('warns instead of passing when the SCPs had curly quotes or a trailing comma, pointing at the first damage', () => {
    const pasted = JSON.stringify([fullAccess, regionDeny], null, 2).replace('"Sid": "DenyOutsideEU"', '“Sid”: “DenyOutsideEU”').replace(/\]\n}\n\]$/, '],\n}\n]');
    const r = checkServiceControlPolicies(input({ facts: { ...facts, sourceRegion: 'eu-west-1' }, pastes: { copyJob: job, serviceControlPolicies: pasted } }));
    expect(r.status).toBe('warn');
    expect(r.findings[0]).toMatchObject({ code: 'PASTE_EVALUATED_AFTER_REPAIR', severity: 'warning', location: { input: 'serviceControlPolicies' } });
    expect(Number(r.findings[0]!.params?.count)).toBeGreaterThanOrEqual(2);
    expect(r.findings[0]!.location?.line).toBe(pasted.split('\n').findIndex((l) => l.includes('“Sid”')) + 1);
    // The same policies pasted cleanly pass.
    expect(checkServiceControlPolicies(input({ facts: { ...facts, sourceRegion: 'eu-west-1' }, pastes: { copyJob: job, serviceControlPolicies: JSON.stringify([fullAccess, regionDeny]) } })).status).toBe('pass');
  });
});

// Resource control policies (knowledge update, 1.9): the AWS samples for KMS, and a Deny on AWS Backup's own action.
describe('checkServiceControlPolicies with resource control policies', () => {
  const ORG = 'o-7h2kd9x3qa';
  const RECOVERY_ORG = 'o-r3c0v3ry9z';
  const identityPerimeter = (org: string) => ({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'RCPEnforceIdentityPerimeter',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': org }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } },
      },
    ],
  });
  const confusedDeputy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'RCPEnforceConfusedDeputyProtection',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:SourceOrgID': ORG }, Null: { 'aws:SourceAccount': 'false' }, Bool: { 'aws:PrincipalIsAWSService': 'true' } },
      },
    ],
  };
  const denyBackupCopy = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'NoCopiesIn', Effect: 'Deny', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*' }],
  };
  const describeRcp = (id: string, name: string, content: unknown) =>
    JSON.stringify(
      { Policy: { PolicySummary: { Id: id, Arn: `arn:aws:organizations::456789012345:policy/${ORG}/resource_control_policy/${id}`, Name: name, Description: '', Type: 'RESOURCE_CONTROL_POLICY', AwsManaged: false }, Content: JSON.stringify(content) } },
      null,
      4,
    );
  const scpOk = copyTargets.replace('999900001111', '345678901234');

  it('fails an identity-perimeter RCP of another organization on the source key, and exempts the job role (reviewed)', () => {
    const rcp = `$ aws organizations describe-policy --policy-id p-8kw2xq4t\n${describeRcp('p-8kw2xq4t', 'keys-for-recovery-org-only', identityPerimeter(RECOVERY_ORG))}`;
    const r = checkServiceControlPolicies(input({ facts: { ...facts, organizationId: ORG }, pastes: { copyJob: job, serviceControlPolicies: scpOk, resourceControlPolicies: rcp } }));
    expect(r.status).toBe('fail');
    const f = r.findings.find((x) => x.code === 'RCP_DENY_BLOCKS_COPY');
    expect(f).toMatchObject({ severity: 'error', params: { policy: 'keys-for-recovery-org-only', statement: '"RCPEnforceIdentityPerimeter"' }, location: { input: 'resourceControlPolicies' } });
    // Only the KMS side: no AWS Backup or EC2 action is named.
    expect(String(f?.params?.actions).split(', ').every((a) => a.startsWith('kms:'))).toBe(true);
    expect(codes(r)).toContain('RCP_ONLY_KMS');
    expect(codes(r)).not.toContain('SCP_DENY_BLOCKS_COPY');
    expect(r.fix).toMatchObject({ runInAccount: 'management', needsReview: true, summaryCode: 'SCP_NARROW_DENY' });
    expect(r.fix?.documents[0]).toMatchObject({ input: 'resourceControlPolicies', fileName: 'rcp-p-8kw2xq4t.json' });
    expect(r.fix?.commands).toEqual(['aws organizations update-policy --policy-id p-8kw2xq4t --content file://rcp-p-8kw2xq4t.json']);
    const narrowed = JSON.parse(r.fix!.documents[0]!.text) as { Statement: { Effect: string; Condition: Record<string, Record<string, unknown>> }[] };
    expect(narrowed.Statement[0]?.Effect).toBe('Deny');
    expect(narrowed.Statement[0]?.Condition.ArnNotLike?.['aws:PrincipalArn']).toBe(ROLE);
    // Re-checked: with the narrowed RCP pasted, the check passes.
    const again = checkServiceControlPolicies(input({ facts: { ...facts, organizationId: ORG }, pastes: { copyJob: job, serviceControlPolicies: scpOk, resourceControlPolicies: r.fix!.documents[0]!.text } }));
    expect(again.status).toBe('pass');
    expect(codes(again)).toContain('RCP_NO_KMS_DENY');
  });

  it('passes the identity perimeter of the job role’s own organization and the confused-deputy sample', () => {
    const rcps = JSON.stringify([identityPerimeter(ORG), confusedDeputy]);
    const r = checkServiceControlPolicies(input({ facts: { ...facts, organizationId: ORG }, pastes: { copyJob: job, serviceControlPolicies: scpOk, resourceControlPolicies: rcps } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toEqual(['SCP_NO_DENY', 'RCP_NO_KMS_DENY', 'SCP_SERVICE_LINKED_ROLE_EXEMPT', 'RCP_ONLY_KMS']);
  });

  it('asks for the organization when the perimeter depends on it', () => {
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: scpOk, resourceControlPolicies: JSON.stringify(identityPerimeter(ORG)) } }));
    expect(r.status).toBe('unknown');
    expect(codes(r)).toContain('RCP_DENY_MAY_BLOCK_COPY');
    expect(r.needs).toContain('organizationId');
  });

  it('says a Deny on backup:CopyIntoBackupVault in an RCP has no effect, and does not fail for it', () => {
    const r = checkServiceControlPolicies(input({ facts, pastes: { copyJob: job, serviceControlPolicies: scpOk, resourceControlPolicies: JSON.stringify(denyBackupCopy, null, 2) } }));
    expect(r.status).toBe('pass');
    const f = r.findings.find((x) => x.code === 'RCP_BACKUP_DENY_NO_EFFECT');
    expect(f).toMatchObject({ severity: 'suggestion', params: { statement: '"NoCopiesIn"', actions: 'backup:CopyIntoBackupVault' }, location: { input: 'resourceControlPolicies', line: 4 } });
    expect(r.findings.some((x) => x.severity === 'error')).toBe(false);
  });

  it('recognises an RCP pasted among the SCPs by its describe-policy type', () => {
    const text = `[${describeRcp('p-8kw2xq4t', 'keys-for-recovery-org-only', identityPerimeter(RECOVERY_ORG))}, ${JSON.stringify({ Policy: { PolicySummary: { Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY' }, Content: JSON.stringify(fullAccess) } })}]`;
    const r = checkServiceControlPolicies(input({ facts: { ...facts, organizationId: ORG }, pastes: { copyJob: job, serviceControlPolicies: text } }));
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('RCP_DENY_BLOCKS_COPY');
    expect(r.fix?.documents[0]).toMatchObject({ input: 'serviceControlPolicies', fileName: 'rcp-p-8kw2xq4t.json' });
  });

  it('does not decide on RCPs alone, and exempts an AWS managed source key', () => {
    const only = checkServiceControlPolicies(input({ facts: { ...facts, organizationId: ORG }, pastes: { copyJob: job, resourceControlPolicies: JSON.stringify(identityPerimeter(ORG)) } }));
    expect(only.status).toBe('unknown');
    expect(only.needs).toEqual(['serviceControlPolicies']);
    const awsKey = JSON.stringify({ KeyMetadata: { AWSAccountId: '210987654321', KeyId: '1a2b3c4d-5e6f-4a8b-9c0d-112233445566', Arn: facts.sourceKeyArn, Enabled: true, KeyState: 'Enabled', KeyManager: 'AWS', KeyUsage: 'ENCRYPT_DECRYPT' } });
    const r = checkServiceControlPolicies(input({ facts: { ...facts, organizationId: ORG }, pastes: { copyJob: job, serviceControlPolicies: scpOk, sourceKeyMetadata: awsKey, resourceControlPolicies: JSON.stringify(identityPerimeter(RECOVERY_ORG)) } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toContain('RCP_AWS_MANAGED_KEY_EXEMPT');
  });
  it('evaluates a recovery organization’s RCP on a logically air-gapped destination’s customer managed key, not on the source key', () => {
    const recoveryKey = 'arn:aws:kms:eu-west-1:567890123456:key/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
    const lagJob = job.replace('"ResourceType": "EBS"', `"ResourceType": "EBS", "DestinationVaultType": "LOGICALLY_AIR_GAPPED_BACKUP_VAULT", "DestinationEncryptionKeyArn": "${recoveryKey}"`);
    const keyMeta = JSON.stringify({ KeyMetadata: { AWSAccountId: '567890123456', KeyId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', Arn: recoveryKey, Enabled: true, KeyState: 'Enabled', KeyManager: 'CUSTOMER', KeyUsage: 'ENCRYPT_DECRYPT' } });
    const recoveryRcp = describeRcp('p-9rcv0ry1x', 'recovery-keys-for-recovery-org', identityPerimeter(RECOVERY_ORG)).replace(`policy/${ORG}/`, `policy/${RECOVERY_ORG}/`);
    const pastes = { copyJob: lagJob, serviceControlPolicies: scpOk, resourceControlPolicies: recoveryRcp };
    const r = checkServiceControlPolicies(input({ facts: { ...facts, organizationId: ORG }, pastes: { ...pastes, destinationKeyMetadata: keyMeta } }));
    expect(r.status).toBe('fail');
    expect(r.findings.find((x) => x.code === 'RCP_DENY_BLOCKS_COPY')?.params).toMatchObject({ policy: 'recovery-keys-for-recovery-org', actions: 'kms:DescribeKey, kms:CreateGrant' });
    expect(r.fix?.documents[0]?.fileName).toBe('rcp-p-9rcv0ry1x.json');
    // Without knowing that the destination key is customer managed, the recovery organization's RCP decides nothing here.
    const open = checkServiceControlPolicies(input({ facts: { ...facts, organizationId: ORG }, pastes }));
    expect(open.status).toBe('pass');
  });
});
