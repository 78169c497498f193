// Words for the error catalogue (public/knowledge/errors.json), the check names, the console's message
// categories and the fact conflicts. A test checks every entry id, check id and category has its keys.

const words = {
  'error.organization-mismatch.title': 'The accounts are in different organizations',
  'error.organization-mismatch.explain':
    'AWS Backup copies between accounts only when both are members of the same AWS Organization. Compare Organization.Id from `aws organizations describe-organization` in each account; if they differ, move one account into the other’s organization.',
  'error.cross-account-disabled.title': 'Cross-account backup is turned off',
  'error.cross-account-disabled.explain':
    'Cross-account copy has to be turned on once, in the organization’s management account. There, `aws backup describe-global-settings` must show isCrossAccountBackupEnabled as "true".',
  'error.feature-not-supported.title': 'This resource type cannot be copied this way',
  'error.feature-not-supported.explain':
    'AWS Backup refused the copy for this resource type between these Regions or accounts. RDS, Aurora, DocumentDB and Neptune now support a cross-Region and cross-account copy in one job (since November 2025); where an older setup still shows this message, copy in two hops: first cross-Region into a vault of the source account, then from there to the other account. For other types, check the resource table (DynamoDB, for example, needs advanced features).',
  'error.vault-default-key.title': 'The vault uses the default AWS Backup key',
  'error.vault-default-key.explain':
    'A vault encrypted with the AWS Backup managed key (aws/backup) cannot take part in this cross-account copy, because that key cannot be shared with another account. Use a vault encrypted with a customer managed KMS key.',
  'error.aws-managed-key-snapshot.title': 'The snapshot uses an AWS managed key',
  'error.aws-managed-key-snapshot.explain':
    'The source is encrypted with an AWS managed key (such as aws/ebs or aws/rds), and such a key’s policy cannot be changed to let another account use it. Re-encrypt the source with a customer managed key, back it up again, then copy.',
  'error.ebs-default-key.title': 'The snapshot uses the default EBS key',
  'error.ebs-default-key.explain':
    'The EBS snapshots are encrypted with the default EBS key (aws/ebs), which cannot be shared with another account. Re-encrypt the volume with a customer managed key whose policy allows the destination account.',
  'error.source-snapshot-kms-key.title': 'The source key is missing, disabled or not shared',
  'error.source-snapshot-kms-key.explain':
    'The KMS key of the source snapshot cannot be used for the copy: it was deleted, it is disabled, or its key policy does not allow the destination account. Check its state with `aws kms describe-key` and its key policy.',
  'error.kms-key-not-accessible.title': 'The key is not accessible',
  'error.kms-key-not-accessible.explain':
    'The destination account cannot use the KMS key. Most often the source key policy does not allow the destination account (or its AWSServiceRoleForBackup); also check that the key is enabled.',
  'error.kms-describe-key-default.title': 'The image uses the default (AWS managed) key',
  'error.kms-describe-key-default.explain':
    'The AMI’s snapshots are encrypted with the default AWS managed key, which cannot be shared with another account. Re-encrypt the instance’s volumes with a customer managed key whose policy allows the destination account.',
  'error.kms-disabled-or-denied.title': 'The key is disabled, pending deletion, or access is denied',
  'error.kms-disabled-or-denied.explain':
    'Check that the key’s KeyState is Enabled, and that the source key policy grants the destination account the key actions a copy needs.',
  'error.kms-key-not-exist.title': 'The key does not exist',
  'error.kms-key-not-exist.explain':
    'The KMS key was not found: it may have been deleted, or it is in another Region or account than expected. Check the key ARN with `aws kms describe-key`.',
  'error.vault-policy-access-denied.title': 'The destination vault does not let the source account in',
  'error.vault-policy-access-denied.explain':
    'The destination vault’s access policy must allow backup:CopyIntoBackupVault for the source account (or for the whole organization). If it does, look for a service control policy that denies the copy.',
  'error.tag-copy-internal-failure.title': 'The tags could not be copied',
  'error.tag-copy-internal-failure.explain':
    'AWS Backup failed while copying the resource’s tags to the recovery point, usually because an organization tag policy rejects one of them. Check the tag policies enforced for backup:recovery-point.',
  'error.tag-policy-value.title': 'A tag policy rejects a tag value',
  'error.tag-policy-value.explain':
    'An organization tag policy does not allow the value one of the resource’s tags has. Change the tag’s value, or the policy’s allowed values or its enforced_for list.',
  'error.retention-out-of-range.title': 'The retention is outside the vault lock range',
  'error.retention-out-of-range.explain':
    'The destination vault is locked with a minimum and maximum retention, and the copy’s lifecycle is outside that range. Set the copy rule’s retention between MinRetentionDays and MaxRetentionDays from `aws backup describe-backup-vault`.',
  'error.marketplace-ami.title': 'AWS Marketplace image',
  'error.marketplace-ami.explain':
    'Images from AWS Marketplace cannot be copied to another account. Such a backup can only be copied within its own account.',
  'error.source-ami-not-found.title': 'The image is not allowed in the destination',
  'error.source-ami-not-found.explain':
    'The destination account’s EC2 Allowed AMIs setting probably blocks the image: it must allow images owned by the source account, and, for a copy out of a logically air-gapped vault, the alias aws-backup-vault.',
  'error.storage-gateway-default-vault.title': 'Storage Gateway needs a vault you created',
  'error.storage-gateway-default-vault.explain':
    'Storage Gateway copies need a destination vault you created yourself, encrypted with a customer managed key. The default vault does not work.',
  'error.unshare-failed.title': 'The snapshot could not be unshared',
  'error.unshare-failed.explain':
    'The copy job’s IAM role was probably deleted or changed while the copy ran. Keep the role until the copy has finished, then run the copy again.',
  'error.role-cannot-be-assumed.title': 'AWS Backup cannot assume the role',
  'error.role-cannot-be-assumed.explain':
    'The IAM role named for the job must exist in that account and its trust policy must allow backup.amazonaws.com.',
  'error.role-insufficient-permissions.title': 'The role lacks permissions',
  'error.role-insufficient-permissions.explain':
    'The job’s IAM role is missing permissions. Attach AWS Backup’s managed policies for backup and restore (Amazon S3 needs its own two).',
  'error.not-authorized-passrole.title': 'Not authorized (often iam:PassRole)',
  'error.not-authorized-passrole.explain':
    'Whoever starts the job may not pass the backup role to AWS Backup. Allow iam:PassRole on that role, and check that no service control policy denies the action.',
  'error.too-many-tags.title': 'Too many tags',
  'error.too-many-tags.explain':
    'A recovery point can carry at most 50 user tags, and the resource’s tags plus those the backup plan adds are more. Remove tags from the resource or from the plan.',
  'error.concurrent-copy.title': 'Too many copy jobs for this resource',
  'error.concurrent-copy.explain':
    'Too many copy jobs ran for the same resource at once. This is not a setting to fix: wait, or spread the copies out, then retry.',
  'error.concurrent-backup.title': 'Another job was running for this resource',
  'error.concurrent-backup.explain':
    'A job was already running for the same resource. Wait for it to finish or space the schedules out, then retry.',
  'error.option-group-missing.title': 'The RDS option group is missing in the destination Region',
  'error.option-group-missing.explain':
    'The RDS snapshot uses an option group that does not exist in the destination Region. Create an option group with the listed options there, then copy again.',
  'error.put-key-policy-invalid-principal.title': 'The key policy names a principal that does not exist',
  'error.put-key-policy-invalid-principal.explain':
    'AWS KMS rejected the new key policy because a principal in it does not exist yet, often the other account’s AWSServiceRoleForBackup. Name the account itself (its :root ARN) instead, or create the role first.',
  'error.fatal-error.title': 'Fatal error inside AWS Backup',
  'error.fatal-error.explain':
    'The copy failed inside AWS Backup, not because of your settings. Retry; if it keeps failing, contact AWS Support with the copy job ID.',
  'error.internal-error.title': 'Internal error inside AWS',
  'error.internal-error.explain':
    'A temporary error inside AWS. AWS Backup retries system errors for up to two hours; if the job still fails, start the copy again.',
  'error.token-expired.title': 'A token expired',
  'error.token-expired.explain': 'A temporary credential expired while the job ran. Start the copy again.',

  'error.recovery-point-unavailable.title': 'A recovery point was gone when the tags were copied',
  'error.recovery-point-unavailable.explain':
    'AWS Backup could not copy the tags because the source or the destination recovery point was no longer available, for example deleted by its lifecycle (a short retention, or DELETE_AFTER_COPY) while the copy ran. Check both recovery points, then copy a recovery point that still exists.',
  'error.bucket-versioning-permission.title': 'The role may not read the bucket’s versioning',
  'error.bucket-versioning-permission.explain':
    'The job’s IAM role lacks s3:GetBucketVersioning on the bucket. Attach AWS Backup’s managed policies for Amazon S3 (AWSBackupServiceRolePolicyForS3Backup and AWSBackupServiceRolePolicyForS3Restore) or add the permission.',
  'error.maintenance-window.title': 'Too close to the database’s maintenance window',
  'error.maintenance-window.explain':
    'The job did not start because it fell inside, or too close to, the weekly maintenance window configured on the database. Move the backup or copy schedule away from that window.',
  'error.backup-window.title': 'Too close to the database’s automated backup window',
  'error.backup-window.explain':
    'The job did not start because it fell inside, or too close to, the automated backup window configured on the database. Move the backup or copy schedule away from that window.',
  'error.subscriber-limit.title': 'Too many backups at once',
  'error.subscriber-limit.explain':
    'The account reached the maximum number of concurrent backups. This is a quota, not a setting of the copy: spread the schedules out, or ask for a higher quota.',
  'error.list-tags-denied.title': 'The role may not read the resource’s tags',
  'error.list-tags-denied.explain':
    'The copy job’s IAM role was denied listing the resource’s tags (for EC2, ec2:DescribeTags). Give the role permission to read tags, for example with AWS Backup’s managed backup policy, and check that no service control policy denies it.',
  'error.resource-invalid-state.title': 'The resource is not in a state that can be backed up',
  'error.resource-invalid-state.explain':
    'The instance, volume or database was not available (stopped, being modified, or in another transitional state) when the job ran. Wait until it is available, then run the job again.',
  'error.unsupported-resource-type.title': 'Unsupported resource type',
  'error.unsupported-resource-type.explain':
    'AWS Backup does not support this resource type for the operation. Check the resource table for the type, the Regions and the accounts.',
  'error.lag-type-not-supported.title': 'This resource type cannot go to a logically air-gapped vault',
  'error.lag-type-not-supported.explain':
    'The backup itself succeeded into the standard vault, but this resource type cannot be copied into a logically air-gapped vault, so that copy was not made.',
  'error.lag-aws-managed-key.title': 'An AWS managed key keeps this backup out of the air-gapped vault',
  'error.lag-aws-managed-key.explain':
    'The backup succeeded into the standard vault, but the resource is encrypted with an AWS managed key, and for resource types not fully managed by AWS Backup only a customer managed key allows a copy into a logically air-gapped vault. Re-encrypt the resource with a customer managed key.',
  'error.s3-continuous-other-vault.title': 'The bucket’s continuous backup goes to another vault',
  'error.s3-continuous-other-vault.explain':
    'An S3 bucket can have continuous backup into one vault only, and this bucket already has it for another vault. Use that vault, or stop the other continuous backup first.',
  'error.lifecycle-outside-range.title': 'The lifecycle is outside the vault’s retention range',
  'error.lifecycle-outside-range.explain':
    'The retention of the job is outside the minimum and maximum retention of the target vault (a logically air-gapped vault requires at least 7 days). Set a retention within MinRetentionDays and MaxRetentionDays from `aws backup describe-backup-vault`.',
  'error.vault-policy-invalid-principal.title': 'The vault policy names a principal AWS does not know (yet)',
  'error.vault-policy-invalid-principal.explain':
    'AWS Backup rejected the vault access policy because a principal in it is not valid. Most often the role was created moments before and IAM has not propagated it yet: wait a minute and put the policy again. Otherwise check the ARN for typos and that the role exists.',
  'error.vault-policy-sharing-restrictions.title': 'The vault policy is refused for cross-account sharing',
  'error.vault-policy-sharing-restrictions.explain':
    'AWS Backup refused the vault access policy before any copy ran, because it grants actions that a vault may not share across accounts, such as backup:DeleteBackupVaultAccessPolicy to everyone ("AWS": "*"). Grant only the actions the copy needs (backup:CopyIntoBackupVault) to the source account or organization.',


  'category.ACCESS_DENIED': 'Access denied',
  'category.KMS_KEY_ERROR': 'KMS key error',
  'category.FEATURE_NOT_ENABLED': 'Feature not enabled',
  'category.UNSUPPORTED_OPERATION': 'Unsupported operation',
  'category.INVALID_LIFECYCLE': 'Invalid lifecycle',
  'category.TAG_COPY_ERROR': 'Tag copy error',
  'category.LIMIT_EXCEEDED': 'Limit exceeded',
  'category.CONCURRENT_JOB': 'Concurrent job',
  'category.RESOURCE_NOT_FOUND': 'Resource not found',
  'category.TOKEN_EXPIRED': 'Token expired',
  'category.FATAL_ERROR': 'Fatal error',
  'category.JOB_EXPIRED': 'Job expired',
  'category.MISCELLANEOUS': 'Other',
  'category.VSS_ERROR': 'VSS error',
  'category.INVALID_STATE': 'Invalid state',
  'category.ACCESS_KEY_ERROR': 'Access key error',
  'category.HYPERVISOR_OFFLINE': 'Hypervisor offline',
  'category.RESOURCE_NOT_SUPPORTED': 'Resource not supported',
  'category.LOGICALLY_AIR_GAPPED_BACKUP_VAULT_NOT_SUPPORTED': 'Not supported by logically air-gapped vault',
  'category.SUCCESS': 'Success',

  'triage.lookAt': 'No check here reads this yet. Look at:',
  'lookAt.allowed-amis':
    'The EC2 Allowed AMIs setting in the destination account and Region (`aws ec2 get-allowed-images-settings`): it must allow the source account, and for copies out of a logically air-gapped vault the alias aws-backup-vault (aws_backup_vault in a declarative policy). If ManagedBy is declarative-policy, change it in the management account.',
  'lookAt.recovery-point':
    'Both recovery points (`aws backup describe-recovery-point`): they must still exist and be COMPLETED while the copy runs. Check their lifecycle (retention, DeleteAfterEvent).',
  'lookAt.db-windows':
    'The database’s PreferredMaintenanceWindow and PreferredBackupWindow (`aws rds describe-db-instances` or `aws rds describe-db-clusters`) against the backup plan’s start time and start window.',
  'lookAt.service-quotas':
    'The AWS Backup quotas of the account and Region (Service Quotas) and how many jobs your schedules start at the same time.',
  'lookAt.resource-state': 'The resource’s state when the job ran (running, available, not being modified), and the job’s start time.',
  'lookAt.lag-support':
    'The logically air-gapped vault column of the AWS Backup feature table for this resource type, and the Regions of both vaults.',
  'lookAt.s3-continuous-backup':
    'Which backup plans take continuous backups of this bucket, and into which vault (`aws backup list-protected-resources`, the plans’ rules).',
  'lookAt.iam-eventual-consistency':
    'Whether the role named in the policy exists (`aws iam get-role`) and was created just before; put the policy again after a short wait.',
  'lookAt.job-schedule': 'The backup plans’ schedules and copy rules for this resource: how often they run and whether they overlap.',

  'triage.categoryFallback':
    'This message is not in the catalogue. Its category, {category}, points to the checks below.',

  'finding.FACT_CONFLICT':
    'You entered {given} for {fact}, but the pasted {input} says {pasted}. The value you entered is used; check which one is right.',
  'finding.PASTE_CONFLICT':
    'The pasted {givenInput} gives {given} for {fact}, but the pasted {input} says {pasted}. {given} is used; check that both pastes are about the same copy.',
};
export default words;
