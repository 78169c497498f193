// For tests: real-looking AWS CLI outputs of every kind the paste box recognises, as the AWS CLI v2 prints them
// (four-space indents, ISO timestamps), for one cross-account, cross-Region copy:
//   source 210987654321 (ap-northeast-1), destination 345678901234 (ap-southeast-1), management 456789012345.
// Shared by the recognizer's unit tests, its benchmark and the browser test of the paste box.

export const SOURCE = '210987654321';
export const DESTINATION = '345678901234';
export const MANAGEMENT = '456789012345';
export const SOURCE_REGION = 'ap-northeast-1';
export const DESTINATION_REGION = 'ap-southeast-1';
export const SOURCE_KEY = `arn:aws:kms:${SOURCE_REGION}:${SOURCE}:key/2d7b9e3f-6a1c-4f58-b4e2-8c0a5d1f7e93`;
export const DESTINATION_KEY = `arn:aws:kms:${DESTINATION_REGION}:${DESTINATION}:key/7c1e5a9d-3f82-4b60-9d4a-e6b2c8f01d37`;
export const SOURCE_VAULT = `arn:aws:backup:${SOURCE_REGION}:${SOURCE}:backup-vault:prod-ebs-vault`;
export const DESTINATION_VAULT = `arn:aws:backup:${DESTINATION_REGION}:${DESTINATION}:backup-vault:dr-central-vault`;
export const ROLE = `arn:aws:iam::${SOURCE}:role/service-role/AWSBackupDefaultServiceRole`;

const json = (v: unknown) => JSON.stringify(v, null, 4);

const copyJob = (id: string, state: string, created: string, message?: string) => ({
  AccountId: SOURCE,
  CopyJobId: id,
  SourceBackupVaultArn: SOURCE_VAULT,
  SourceRecoveryPointArn: `arn:aws:ec2:${SOURCE_REGION}::snapshot/snap-0a1b2c3d4e5f67890`,
  DestinationBackupVaultArn: DESTINATION_VAULT,
  ResourceArn: `arn:aws:ec2:${SOURCE_REGION}:${SOURCE}:volume/vol-0a1b2c3d4e5f67890`,
  CreationDate: created,
  ...(state === 'COMPLETED' ? { CompletionDate: created.replace('T02', 'T03'), DestinationRecoveryPointArn: `arn:aws:ec2:${DESTINATION_REGION}::snapshot/snap-0f9e8d7c6b5a43210` } : {}),
  State: state,
  ...(message ? { StatusMessage: message } : {}),
  BackupSizeInBytes: 107374182400,
  IamRoleArn: ROLE,
  CreatedBy: { BackupPlanId: '3f1c9a77-2b54-4f5e-9d0c-6a7b8c9d0e1f', BackupPlanArn: `arn:aws:backup:${SOURCE_REGION}:${SOURCE}:backup-plan:3f1c9a77-2b54-4f5e-9d0c-6a7b8c9d0e1f`, BackupPlanVersion: 'NjBjOTUzZjYtYzZiNi00NjhlLWIzMTEtNWRjOWY0YTNjN2Vj', BackupRuleId: '4d2e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e5f' },
  ResourceType: 'EBS',
  ...(state === 'FAILED' ? { MessageCategory: 'ACCESS_DENIED' } : {}),
  DestinationEncryptionKeyArn: DESTINATION_KEY,
  DestinationVaultType: 'BACKUP_VAULT',
  DestinationVaultLockState: 'UNLOCKED',
});

export const KEY_MESSAGE = `The source snapshot KMS key does not exist, is not enabled or you do not have permissions to access it. Key arn: ${SOURCE_KEY}`;

const sourceKeyPolicy = (owner: string, grantee: string) => ({
  Version: '2012-10-17',
  Id: 'key-backup-cross-account',
  Statement: [
    { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${owner}:root` }, Action: 'kms:*', Resource: '*' },
    { Sid: 'Allow use of the key by the backup account', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${grantee}:root` }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*' },
  ],
});

const keyMetadata = (arn: string, account: string, description: string, manager = 'CUSTOMER') => ({
  KeyMetadata: {
    AWSAccountId: account,
    KeyId: arn.split('/')[1],
    Arn: arn,
    CreationDate: '2024-02-06T10:12:33.871000+00:00',
    Enabled: true,
    Description: description,
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyState: 'Enabled',
    Origin: 'AWS_KMS',
    KeyManager: manager,
    CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: false,
  },
});

const vaultPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'AllowCopiesFromProduction', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }],
};

const organization = {
  Organization: {
    Id: 'o-7h2kd9x3qa',
    Arn: `arn:aws:organizations::${MANAGEMENT}:organization/o-7h2kd9x3qa`,
    FeatureSet: 'ALL',
    MasterAccountArn: `arn:aws:organizations::${MANAGEMENT}:account/o-7h2kd9x3qa/${MANAGEMENT}`,
    MasterAccountId: MANAGEMENT,
    MasterAccountEmail: 'aws-root@northwind-freight.tw',
    AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }, { Type: 'TAG_POLICY', Status: 'ENABLED' }],
  },
};

const scp = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyCopiesOutsideTheOrg', Effect: 'Deny', Action: 'backup:CopyFromBackupVault', Resource: '*', Condition: { StringNotLike: { 'backup:CopyTargetOrgPaths': 'o-7h2kd9x3qa/*' } } }],
};

const rcp = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'EnforceOrgIdentities', Effect: 'Deny', Principal: '*', Action: ['kms:*', 's3:*', 'sts:AssumeRole'], Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } } }],
};

const describePolicy = (id: string, name: string, type: string, content: unknown) => ({
  Policy: {
    PolicySummary: { Id: id, Arn: `arn:aws:organizations::${MANAGEMENT}:policy/o-7h2kd9x3qa/${type.toLowerCase()}/${id}`, Name: name, Description: '', Type: type, AwsManaged: false },
    Content: JSON.stringify(content),
  },
});

const rolePolicy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'CopyJobs', Effect: 'Allow', Action: ['backup:StartCopyJob', 'backup:DescribeCopyJob', 'backup:CopyFromBackupVault'], Resource: '*' },
    { Sid: 'UseTheKey', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:CreateGrant'], Resource: SOURCE_KEY },
  ],
};

/** One output of each kind, as printed, with the paste it belongs in (undefined: not a paste) and its format. */
export const OUTPUTS = {
  describeCopyJob: json({ CopyJob: copyJob('D2D7E0A6-8E2B-4F1C-9A3E-1B2C3D4E5F60', 'FAILED', '2026-11-30T02:15:09.118000+09:00', KEY_MESSAGE) }),
  listCopyJobs: json({
    CopyJobs: [
      copyJob('6A1B2C3D-0000-4000-8000-000000000001', 'COMPLETED', '2026-11-28T02:00:11.004000+09:00'),
      copyJob('6A1B2C3D-0000-4000-8000-000000000002', 'FAILED', '2026-11-29T02:00:10.551000+09:00', 'Access Denied trying to call AWS Backup service'),
      copyJob('6A1B2C3D-0000-4000-8000-000000000003', 'FAILED', '2026-11-30T02:00:09.912000+09:00', KEY_MESSAGE),
    ],
  }),
  copyJobEvent: json({
    version: '0',
    id: 'b3c4d5e6-1a2b-3c4d-5e6f-7a8b9c0d1e2f',
    'detail-type': 'Copy Job State Change',
    source: 'aws.backup',
    account: SOURCE,
    time: '2026-11-29T17:20:44Z',
    region: SOURCE_REGION,
    resources: [`arn:aws:ec2:${SOURCE_REGION}::snapshot/snap-0a1b2c3d4e5f67890`],
    detail: {
      copyJobId: 'D2D7E0A6-8E2B-4F1C-9A3E-1B2C3D4E5F60',
      backupSizeInBytes: 107374182400,
      creationDate: '2026-11-29T17:15:09.118Z',
      iamRoleArn: ROLE,
      resourceArn: `arn:aws:ec2:${SOURCE_REGION}:${SOURCE}:volume/vol-0a1b2c3d4e5f67890`,
      resourceType: 'EBS',
      sourceBackupVaultArn: SOURCE_VAULT,
      status: 'FAILED',
      statusMessage: KEY_MESSAGE,
      completionDate: '2026-11-29T17:20:40.004Z',
      destinationBackupVaultArn: DESTINATION_VAULT,
      destinationRecoveryPointArn: {},
    },
  }),
  errorMessage: 'Access Denied trying to call AWS Backup service',
  getKeyPolicy: json({ Policy: JSON.stringify(sourceKeyPolicy(SOURCE, DESTINATION), null, 4), PolicyName: 'default' }),
  keyPolicy: json(sourceKeyPolicy(SOURCE, DESTINATION)),
  sourceDescribeKey: json(keyMetadata(SOURCE_KEY, SOURCE, 'EBS volumes, copied to the DR account')),
  destinationDescribeKey: json(keyMetadata(DESTINATION_KEY, DESTINATION, 'DR vault key')),
  getVaultPolicy: json({ BackupVaultName: 'dr-central-vault', BackupVaultArn: DESTINATION_VAULT, Policy: JSON.stringify(vaultPolicy) }),
  describeBackupVault: json({
    BackupVaultName: 'dr-central-vault',
    BackupVaultArn: DESTINATION_VAULT,
    VaultType: 'BACKUP_VAULT',
    VaultState: 'AVAILABLE',
    EncryptionKeyArn: DESTINATION_KEY,
    EncryptionKeyType: 'CUSTOMER_MANAGED_KMS_KEY',
    CreationDate: '2025-01-20T07:55:12.410000+00:00',
    CreatorRequestId: '4b7c9d2e-8f1a-4e3b-9c5d-6a7b8c9d0e1f',
    NumberOfRecoveryPoints: 2406,
    Locked: true,
    MinRetentionDays: 7,
    MaxRetentionDays: 365,
    LockDate: '2025-06-01T00:00:00+00:00',
  }),
  globalSettings: json({ GlobalSettings: { isCrossAccountBackupEnabled: 'true', isMpaEnabled: 'false', isDelegatedAdministratorEnabled: 'true' }, LastUpdateTime: '2025-03-11T02:40:19.551000+00:00' }),
  organization: json(organization),
  effectiveTagPolicy: json({
    EffectivePolicy: {
      PolicyContent: JSON.stringify({ tags: { costcenter: { tag_key: 'CostCenter', tag_value: ['CC-4410', 'CC-4420'], enforced_for: ['backup:recovery-point'] } } }),
      LastUpdatedTimestamp: '2026-09-30T11:02:43.600000+00:00',
      TargetId: SOURCE,
      PolicyType: 'TAG_POLICY',
    },
  }),
  tagPolicy: json({ tags: { costcenter: { tag_key: { '@@assign': 'CostCenter' }, tag_value: { '@@assign': ['CC-4410', 'CC-4420'] }, enforced_for: { '@@assign': ['backup:recovery-point'] } } } }),
  ec2Tags: json({ Tags: [{ Key: 'CostCenter', ResourceId: 'vol-0a1b2c3d4e5f67890', ResourceType: 'volume', Value: 'CC-4420' }, { Key: 'Name', ResourceId: 'vol-0a1b2c3d4e5f67890', ResourceType: 'volume', Value: 'erp-data' }] }),
  rdsTags: json({ TagList: [{ Key: 'CostCenter', Value: 'CC-4410' }] }),
  backupListTags: json({ Tags: { CostCenter: 'CC-4420', Environment: 'prod' } }),
  scp: json(scp),
  describeScp: json(describePolicy('p-8kw2xq4t', 'deny-copies-outside-org', 'SERVICE_CONTROL_POLICY', scp)),
  rcp: json(rcp),
  describeRcp: json(describePolicy('p-3mq9zr7v', 'keys-for-org-only', 'RESOURCE_CONTROL_POLICY', rcp)),
  regionSettings: json({ ResourceTypeOptInPreference: { Aurora: true, DynamoDB: true, EBS: true, EC2: true, EFS: true, RDS: true, S3: false }, ResourceTypeManagementPreference: { DynamoDB: false, EFS: true } }),
  allowedImages: json({ State: 'enabled', ImageCriteria: [{ ImageProviders: ['amazon', SOURCE] }], ManagedBy: 'account' }),
  getRolePolicy: json({ RoleName: 'AWSBackupDefaultServiceRole', PolicyName: 'copy-permissions', PolicyDocument: rolePolicy }),
  getPolicyVersion: json({ PolicyVersion: { Document: rolePolicy, VersionId: 'v3', IsDefaultVersion: true, CreateDate: '2025-04-02T08:12:00+00:00' } }),
  authorizationDetails: json({
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: [
      {
        Path: '/service-role/',
        RoleName: 'AWSBackupDefaultServiceRole',
        RoleId: 'AROAXN4EXAMPLECOPY01',
        Arn: ROLE,
        CreateDate: '2025-04-02T08:11:52+00:00',
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        InstanceProfileList: [],
        RolePolicyList: [{ PolicyName: 'copy-permissions', PolicyDocument: rolePolicy }],
        AttachedManagedPolicies: [{ PolicyName: 'AWSBackupServiceRolePolicyForBackup', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup' }],
        Tags: [],
        RoleLastUsed: { LastUsedDate: '2026-11-29T02:00:13+00:00', Region: SOURCE_REGION },
      },
    ],
    Policies: [],
  }),
  identityPolicy: json(rolePolicy),
  callerIdentitySource: json({ UserId: 'AROAXN4EXAMPLEADMIN1:ops@northwind-freight.tw', Account: SOURCE, Arn: `arn:aws:sts::${SOURCE}:assumed-role/AWSReservedSSO_AdministratorAccess_1a2b3c4d5e6f7a8b/ops@northwind-freight.tw` }),
  callerIdentityDestination: json({ UserId: 'AROAXN4EXAMPLEADMIN2:ops@northwind-freight.tw', Account: DESTINATION, Arn: `arn:aws:sts::${DESTINATION}:assumed-role/AWSReservedSSO_AdministratorAccess_9f8e7d6c5b4a3f2e/ops@northwind-freight.tw` }),
  noVaultPolicy: 'An error occurred (ResourceNotFoundException) when calling the GetBackupVaultAccessPolicy operation: Backup vault dr-central-vault does not have a resource policy',
  notInOrganization: 'An error occurred (AWSOrganizationsNotInUseException) when calling the DescribeOrganization operation: Your account is not a member of an organization.',
  accessDenied: `An error occurred (AccessDeniedException) when calling the GetKeyPolicy operation: User: arn:aws:sts::${SOURCE}:assumed-role/ReadOnly/ops is not authorized to perform: kms:GetKeyPolicy on resource: ${SOURCE_KEY} because no resource-based policy allows the kms:GetKeyPolicy action`,
  startCopyJob: json({ CopyJobId: '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9', CreationDate: '2026-11-30T10:00:00.000000+09:00', IsParent: false }),
  backupJobEvent: json({ version: '0', id: 'x', 'detail-type': 'Backup Job State Change', source: 'aws.backup', account: SOURCE, region: SOURCE_REGION, detail: { backupJobId: 'B1', state: 'FAILED', statusMessage: 'Backup job failed because there was a running job for the same resource.' } }),
  session: json({ format: 'copy-doctor/session', version: 1, facts: { sourceAccountId: SOURCE }, answers: {}, pastes: {} }),
  bundle: json({ format: 'copy-doctor/bundle', version: 1, role: 'destination', accountId: DESTINATION, region: DESTINATION_REGION, calls: [] }),
} as const;

export type OutputName = keyof typeof OUTPUTS;

// A failed EBS copy into a logically air-gapped vault (us-east-1 to eu-west-1, the same two accounts), with the copy
// job's newer fields given by each test. Shared by the encryption and vault lock checks' tests.
export const airGappedCopyJob = (fields: Record<string, unknown>) =>
  JSON.stringify(
    {
      CopyJob: {
        AccountId: '210987654321',
        CopyJobId: 'D5E6F7A8-1B2C-4D3E-9F0A-B1C2D3E4F5A6',
        SourceBackupVaultArn: 'arn:aws:backup:us-east-1:210987654321:backup-vault:prod-vault',
        SourceRecoveryPointArn: 'arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f60718',
        DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:air-gapped-vault',
        State: 'FAILED',
        StatusMessage: 'Copy job failed.',
        IamRoleArn: 'arn:aws:iam::210987654321:role/service-role/AWSBackupDefaultServiceRole',
        ResourceType: 'EBS',
        ...fields,
      },
    },
    null,
    4,
  );

/** describe-backup-vault of that air-gapped vault: on its default AWS owned key, locked, retention 8 to 30 days. */
export const AIR_GAPPED_VAULT = `{
    "BackupVaultName": "air-gapped-vault",
    "BackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:air-gapped-vault",
    "VaultType": "LOGICALLY_AIR_GAPPED_BACKUP_VAULT",
    "EncryptionKeyType": "AWS_OWNED_KMS_KEY",
    "CreationDate": "2024-07-25T16:05:23.554000-07:00",
    "NumberOfRecoveryPoints": 0,
    "Locked": true,
    "MinRetentionDays": 8,
    "MaxRetentionDays": 30
}`;
