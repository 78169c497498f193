// Words for values that were not used because they do not have their format (finding INPUT_VALUE_REJECTED): the
// kinds of value (src/engine/core/formats.ts), the reasons, and where a value came from. The message is filled by
// rejectionWords (src/engine/inputs/rejections.ts) from these keys.

const words = {
  'finding.INPUT_VALUE_REJECTED':
    '{what}{detail} in the {from} was not used: {why}. It must be {expected}. Until it is corrected, commands that need it show {placeholder} instead, or are left out of the fix.',
  'value.fieldNote': ' ({field})',
  'value.from.facts': 'details you entered (or that a session file or share link brought)',
  'value.from.answers': 'your answers',
  'value.answer.destinationCustomerKeyArn': 'The customer managed key for a new destination vault',
  'value.answer.sourceOrganizationPath': 'The source account’s organization path',
  'value.answer.destinationOrganizationPath': 'The destination account’s organization path',
  'value.answer.copyRetentionDays': 'The copy’s retention in days',

  'value.reason.empty': 'it is empty',
  'value.reason.control-character': 'it holds a line break, a control character or an invisible character',
  'value.reason.too-long': 'it is longer than any such value can be',
  'value.reason.shell-character': 'it holds characters a shell acts on (such as ; | & $ ` \' " < > or spaces)',
  'value.reason.format': 'it does not have the format of such a value',

  'value.kind.accountId': 'a 12-digit AWS account ID',
  'value.kind.region': 'a Region code such as eu-west-1, us-gov-west-1 or cn-north-1',
  'value.kind.partition': 'a partition: aws, aws-cn or aws-us-gov',
  'value.kind.vaultName': 'a backup vault name: 2 to 50 letters, digits, hyphens and underscores',
  'value.kind.vaultArn': 'a backup vault ARN (arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME)',
  'value.kind.kmsKeyArn': 'a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID)',
  'value.kind.kmsKeyId': 'a KMS key ID (a UUID, or mrk- and 32 hexadecimal digits)',
  'value.kind.kmsKey': 'a KMS key ARN or key ID',
  'value.kind.kmsAliasName': 'a KMS alias name (alias/NAME)',
  'value.kind.kmsAliasArn': 'a KMS alias ARN (arn:aws:kms:REGION:ACCOUNT:alias/NAME)',
  'value.kind.kmsKeyRef': 'a KMS key ARN, key ID, alias name or alias ARN',
  'value.kind.roleArn': 'an IAM role ARN (arn:aws:iam::ACCOUNT:role/PATH/NAME)',
  'value.kind.roleName': 'an IAM role name: up to 64 letters, digits and + = , . @ _ -',
  'value.kind.iamPath': 'an IAM path: / or /one/or/more/segments/',
  'value.kind.managedPolicyArn': 'an AWS managed policy ARN (arn:aws:iam::aws:policy/NAME)',
  'value.kind.recoveryPointArn': 'a recovery point ARN (an AWS Backup recovery point, an EBS snapshot, an AMI, an RDS snapshot…)',
  'value.kind.backupRecoveryPointArn': 'an AWS Backup recovery point ARN (arn:aws:backup:REGION:ACCOUNT:recovery-point:ID)',
  'value.kind.arn': 'an ARN',
  'value.kind.copyJobId': 'a copy job ID',
  'value.kind.policyId': 'a policy ID: p- and 8 to 128 lower-case letters and digits, or p-FullAWSAccess',
  'value.kind.organizationId': 'an organization ID: o- and 10 to 32 lower-case letters and digits',
  'value.kind.ouId': 'an organizational unit ID (ou-…)',
  'value.kind.rootId': 'an organization root ID (r-…)',
  'value.kind.orgPath': 'an organization path such as o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/',
  'value.kind.tagKey': 'a tag key: up to 128 letters, digits, spaces and _ . : / = + - @',
  'value.kind.days': 'a whole number of days',
  'value.kind.resourceType': 'an AWS Backup resource type such as EBS, RDS or DynamoDB',
};
export default words;
