// Words for the checks beyond the two policies: organization, cross-account setting, resource support, encryption,
// tag policy, vault lock, service control policies and the job's IAM role. `finding.<CODE>` for every finding code,
// `fix.<CODE>` for every fix summary code. A test checks both languages and every code the checks emit.
import { defineCatalog } from '../define';

export const moreCheckMessages = defineCatalog(
  {
    // ---- organization
    'finding.ORG_SAME': 'Both accounts are in the same organization ({organizationId}).',
    'finding.ORG_DIFFERENT':
      'The accounts are in different organizations: the source is in {sourceOrganization}, the destination in {destinationOrganization}. AWS Backup copies between accounts only inside one organization. Move one account into the other’s organization.',
    'finding.ORG_SOURCE_NOT_IN_ORGANIZATION':
      'The source account is not a member of any AWS Organization (describe-organization answered AWSOrganizationsNotInUseException). Invite it into the destination account’s organization.',
    'finding.ORG_DESTINATION_NOT_IN_ORGANIZATION':
      'The destination account is not a member of any AWS Organization (describe-organization answered AWSOrganizationsNotInUseException). Invite it into the source account’s organization.',
    'finding.ORG_CONSOLIDATED_BILLING_ONLY':
      'The organization has only consolidated billing turned on (FeatureSet {featureSet}). AWS Backup’s cross-account management needs all features: turn on all features in the management account.',
    'finding.ORG_MISMATCH_REPORTED':
      'The copy job says the accounts are not in the same organization: “{message}”. Compare Organization.Id from `aws organizations describe-organization` in both accounts.',
    'finding.ORG_ANSWER_DIFFERENT':
      'You said the accounts are in different organizations. A cross-account copy only works inside one organization: move one account into the other’s organization.',
    'finding.ORG_ANSWER_CONTRADICTED':
      'You said the accounts are in the same organization, but the evidence above says otherwise. Run `aws organizations describe-organization` in both accounts and compare Organization.Id.',
    'finding.ORG_ID_NOT_IN_PASTE':
      'The pasted organization output has no Organization.Id, so the two accounts cannot be compared. Paste the whole output of `aws organizations describe-organization`.',
    'finding.ORG_LAG_SHARED_COPY_WHICH_PATH':
      'The copy job ran in {account}, which does not own the source vault {vaultArn}: the vault is a logically air-gapped vault shared with this account. AWS documents this two ways: accounts the vault is shared with can view and restore its backups “but not create a copy”, and elsewhere copies from a recovery account through a RAM or multi-party approval share. Say which path you are on.',
    'finding.ORG_LAG_SHARED_COPY_RAM':
      'The copy job ran in {account}, to which the logically air-gapped vault {vaultArn} is shared through AWS RAM. One AWS passage says accounts a vault is shared with can restore “but not create a copy”: copy from the account that owns the vault, or restore in this account and back up again. Another passage describes copies from a RAM-shared recovery account: check which applies before relying on it.',
    'finding.ORG_LAG_SHARED_COPY_MPA':
      'The copy job ran in {account} through multi-party approval for the logically air-gapped vault {vaultArn}: copies through a restore access vault are documented. Its key must let this account’s copy role and the destination account’s AWSServiceRoleForBackup use it.',
    'fix.ORG_MOVE_ACCOUNT':
      'Put both accounts into the same AWS Organization: invite one account into the other’s organization (it must leave its current organization first). Standard vaults can never be copied outside the organization; the only route across organizations is a logically air-gapped vault shared through AWS RAM. The command below shows which organization an account is in; run it in each account.',

    // ---- cross-account setting
    'finding.CROSS_ACCOUNT_DISABLED':
      'Cross-account backup is turned off: describe-global-settings shows isCrossAccountBackupEnabled "{value}". Turn it on in the organization’s management account.',
    'finding.CROSS_ACCOUNT_ENABLED': 'Cross-account backup is turned on (isCrossAccountBackupEnabled is "{value}").',
    'finding.CROSS_ACCOUNT_SETTING_UNREADABLE':
      'isCrossAccountBackupEnabled is "{value}", which is neither "true" nor "false". Paste the output of `aws backup describe-global-settings` from the management account as it is.',
    'finding.CROSS_ACCOUNT_SETTING_MISSING':
      'The pasted global settings do not contain isCrossAccountBackupEnabled. Run `aws backup describe-global-settings` in the organization’s management account and paste the whole output.',
    'finding.GLOBAL_SETTINGS_CLI_ERROR':
      'The pasted text is an AWS CLI error ({code}), not the global settings. Run `aws backup describe-global-settings` in the organization’s management account with permission to read AWS Backup settings.',
    'finding.GLOBAL_SETTINGS_NOT_RECOGNISED':
      'The pasted text is not the output of `aws backup describe-global-settings`. Run that command in the organization’s management account and paste its output.',
    'finding.CROSS_ACCOUNT_DISABLED_REPORTED':
      'The copy job says cross-account copy is not enabled: “{message}”. Turn on cross-account backup in the organization’s management account.',
    'finding.CROSS_ACCOUNT_ANSWER_DISABLED':
      'You said cross-account backup is turned off. Turn it on in the organization’s management account.',
    'finding.CROSS_ACCOUNT_SETTING_CONTRADICTED':
      'The pasted global settings say "true", but the copy job or your answer says cross-account backup is off. Check that the settings were read in the management account of the organization both accounts belong to; if they were, the message is from before the setting was turned on: run the copy again.',
    'fix.CROSS_ACCOUNT_ENABLE':
      'Turn on cross-account backup in the organization’s management account, then confirm the setting reads "true".',
    'fix.CROSS_ACCOUNT_ENABLE_IN_ACCOUNT':
      'Turn on cross-account backup in the organization’s management account ({account}), then confirm the setting reads "true".',

    // ---- resource support
    'finding.COPY_SUPPORTED':
      'AWS Backup’s feature table allows copying {resourceType} from {sourceRegion} to {destinationRegion} across these accounts (table checked on {checkedOn}, {source}).',
    'finding.COPY_CROSS_PARTITION':
      'Copies never cross partitions: {sourceRegion} is in {sourcePartition}, {destinationRegion} in {destinationPartition}. Choose a destination Region in the same partition (checked on {checkedOn}, {source}).',
    'finding.COPY_CHINA_REGION_PAIR':
      'In the China Regions copies work only between cn-north-1 and cn-northwest-1, not from {sourceRegion} to {destinationRegion} (checked on {checkedOn}, {source}).',
    'finding.COPY_GOVCLOUD_REGION_PAIR':
      'In AWS GovCloud (US) copies work only between us-gov-east-1 and us-gov-west-1, not from {sourceRegion} to {destinationRegion} (checked on {checkedOn}, {source}).',
    'finding.COPY_NOT_SUPPORTED_FOR_TYPE':
      '{resourceType} backups cannot be copied at all, not even to another vault in the same account and Region (feature table checked on {checkedOn}, {source}). Protect the resource in the destination another way.',
    'finding.COPY_NO_CROSS_REGION_FOR_TYPE':
      '{resourceType} backups cannot be copied to another Region ({sourceRegion} to {destinationRegion}) (feature table checked on {checkedOn}, {source}). Copy within the same Region.',
    'finding.COPY_NO_CROSS_REGION_IN_REGION':
      '{resourceType} backups cannot be copied cross-Region in {region} (feature table checked on {checkedOn}, {source}). Choose other Regions.',
    'finding.COPY_NO_CROSS_REGION_OPT_IN':
      '{resourceType} backups cannot be copied cross-Region in opt-in Regions such as {region} (feature table checked on {checkedOn}, {source}).',
    'finding.COPY_NO_CROSS_ACCOUNT_FOR_TYPE':
      '{resourceType} backups cannot be copied to another account (feature table checked on {checkedOn}, {source}). Copy within the source account instead.',
    'finding.COPY_NO_CROSS_ACCOUNT_IN_REGION':
      '{resourceType} backups cannot be copied to another account in {region} (feature table checked on {checkedOn}, {source}). Choose other Regions, or copy within one account.',
    'finding.COPY_NO_CROSS_ACCOUNT_OPT_IN':
      '{resourceType} backups cannot be copied to another account in opt-in Regions such as {region} (feature table checked on {checkedOn}, {source}). Use a Region that is not opt-in for the cross-account copy.',
    'finding.DYNAMODB_ADVANCED_FEATURES_OFF':
      '{resourceType} backups can be copied only with AWS Backup advanced features for DynamoDB turned on, and you said they are off (feature table checked on {checkedOn}, {source}). Turn them on, take a new backup and copy that.',
    'finding.DYNAMODB_ADVANCED_FEATURES_NEEDED':
      '{resourceType} backups can be copied only with AWS Backup advanced features for DynamoDB turned on (feature table checked on {checkedOn}, {source}). Check the setting with `aws backup describe-region-settings` in the source account.',
    'finding.DYNAMODB_ADVANCED_FEATURES_REPORTED_OFF':
      'The copy job said “{message}”. For {resourceType} this means AWS Backup’s advanced features for DynamoDB are not on in the source account and Region, or the backup was taken before they were turned on: without them no DynamoDB backup can be copied (feature table checked on {checkedOn}, {source}). Turn them on there (ResourceTypeManagementPreference DynamoDB true, and the ResourceTypeOptInPreference for DynamoDB too, since AWS Backup only protects opted-in types), take a new backup and copy that.',
    'finding.DYNAMODB_ADVANCED_FEATURES_ANSWER_CONTRADICTED':
      'You said advanced features are on, but the copy job says the copy is not supported for {resourceType}. Check with `aws backup describe-region-settings` in the source account and Region that both ResourceTypeManagementPreference and ResourceTypeOptInPreference show DynamoDB true (for plans from an organization backup policy, the management account’s setting counts), and copy a backup taken after they were turned on.',
    'finding.COPY_SUBTYPE_NOT_SUPPORTED':
      'The resource {resourceArn} looks like an {subtype}, which cannot be copied at all (feature table checked on {checkedOn}, {source}).',
    'finding.COPY_SUBTYPE_LIMIT':
      'Note: {subtype} cannot be copied at all (feature table checked on {checkedOn}, {source}). If your resource is one, this copy cannot work.',
    'finding.COPY_SUBTYPE_REGION_LIMIT':
      'Note: {subtype} has no cross-Region or cross-account copy in {region} (feature table checked on {checkedOn}, {source}). If your resource is one, choose other Regions.',
    'finding.RESOURCE_TABLE_CONFLICT':
      'AWS sources disagree about {resourceType} ({about}). {source1} says: {claim1} But {source2} says: {claim2} This check treats it as: {treatedAs} (checked on {checkedOn}).',
    'finding.COPY_NO_CROSS_REGION_IN_PARTITION':
      'No copy from {sourceRegion} to {destinationRegion}: the partition {partition} has no cross-Region copy (since {since}; checked on {checkedOn}, {source}: “{says}”). Copy within one Region.',
    'finding.COPY_NO_CROSS_ACCOUNT_IN_PARTITION':
      'No copy to another account in {region}: the partition {partition} has no cross-account copy (since {since}; checked on {checkedOn}, {source}: “{says}”). Copy within the source account.',
    'finding.RESOURCE_TYPE_NOT_IN_TABLE':
      'The resource type {resourceType} is not in the feature table (checked on {checkedOn}, {source}). Use the ResourceType value from the copy job, such as EBS, RDS or DynamoDB.',
    'finding.REGION_NOT_IN_TABLE':
      'The Region {region} is not in the Region list (checked on {checkedOn}, {source}). Check the Region code; the verdict below assumes a standard Region.',
    'finding.COPY_SINGLE_ACTION_NOW_SUPPORTED':
      'The copy job said “{message}”. {resourceType} used to refuse a copy that is cross-Region and cross-account in one job, but AWS supports it since {changed} (table checked on {checkedOn}, {source}). Run the copy again; if the message persists, copy in two hops: cross-Region within the source account first, then cross-account.',
    'finding.COPY_REPORTED_UNSUPPORTED':
      'The copy job said “{message}”, although the feature table allows this copy for {resourceType} (checked on {checkedOn}, {source}). Check the resource’s exact kind (for example an RDS Multi-AZ DB cluster or FSx for NetApp ONTAP) and the Regions.',
    'finding.COPY_REPORTED_UNSUPPORTED_UNDECIDED':
      'The copy job said “{message}”. The feature table cannot tell yet whether this copy is possible: give what this check still needs (listed with it).',
    'finding.COPY_CONTINUOUS_BECOMES_SNAPSHOT':
      'A continuous backup is copied as a snapshot, and StartCopyJob does not accept continuous recovery points. Copy with a copy action in the backup rule, or copy a snapshot recovery point.',
    'finding.COPY_COLD_STORAGE_NOT_COPYABLE':
      'Recovery points in cold storage (archive tier) cannot be copied. Copy a recovery point that is still in warm storage.',
    'finding.COPY_MARKETPLACE_AMI': 'The image comes from AWS Marketplace; such images cannot be copied to another account.',
    'finding.COPY_LAG_TO_LAG_SCHEDULED':
      'This copy goes from a logically air-gapped vault to another logically air-gapped vault, and a backup plan made it. Such copies can only be made on demand: a backup plan cannot schedule them.',
    'finding.COPY_ALLOWED_AMIS_BLOCK':
      'The destination account’s EC2 Allowed AMIs setting probably blocks images from the source account. Allow the source account there; for a copy out of a logically air-gapped vault, allow the alias aws-backup-vault (aws_backup_vault in a declarative policy) as well.',
    'finding.COPY_ALLOWED_AMIS_SOURCE_NOT_ALLOWED':
      'The destination account’s EC2 Allowed AMIs settings are enabled and accept images only from {providers}, not from the source account {account}: the copied AMI is refused in the destination Region. Allow the source account there.',
    'finding.COPY_ALLOWED_AMIS_NOT_ENFORCED':
      'The destination account’s EC2 Allowed AMIs settings are {state}, so they refuse no image: they are not what failed this copy. Check that the settings are from the destination account and Region; for a copy out of a logically air-gapped vault, see its Allowed AMIs rule.',
    'finding.COPY_ALLOWED_AMIS_ALREADY_ALLOWED':
      'The destination account’s EC2 Allowed AMIs settings already accept images from the source account {account}. Check that the settings are from the destination account and Region, and run the copy again.',
    'finding.DYNAMODB_ADVANCED_FEATURES_OFF_IN_SETTINGS':
      'The source Region’s settings show DynamoDB false under ResourceTypeManagementPreference: AWS Backup’s advanced features for DynamoDB are off, and without them no DynamoDB backup can be copied.',
    'finding.DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS':
      'The source Region’s settings show AWS Backup’s advanced features for DynamoDB turned on (ResourceTypeManagementPreference).',
    'finding.DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS_REPORTED':
      'The pasted Region settings show advanced features on for {resourceType}, yet the copy job says the copy is not supported. The recovery point was probably taken before they were turned on (copy a newer one), or the settings are from another Region or account (for plans from an organization backup policy, the management account’s setting counts).',
    'finding.REGION_OPT_IN_OFF':
      'AWS Backup is not opted in for {resourceType} in the source Region’s settings (ResourceTypeOptInPreference): it makes no new backups of this type there, so a copy rule has nothing new to copy. Opt in if the resource should be protected.',
    'finding.COPY_OPTION_GROUP_MISSING':
      'The RDS snapshot needs an option group with these options in the destination Region: {options}. Create it there, then copy again.',
    'fix.COPY_CHOOSE_SUPPORTED_TARGET':
      'This resource type cannot be copied this way. Choose a destination the feature table supports (another Region or account), or protect the resource in the destination another way.',
    'fix.DYNAMODB_ENABLE_ADVANCED_FEATURES':
      'Turn on AWS Backup advanced features for DynamoDB in the source account and Region: full AWS Backup management (ResourceTypeManagementPreference) and the opt-in for DynamoDB (ResourceTypeOptInPreference), which AWS Backup needs to protect the type at all. Then take a new backup and copy that one: backups taken before cannot be copied.',
    'fix.COPY_TWO_HOP':
      'Your copy should work in one job with the current AWS Backup: run it again. If the message persists, copy in two hops: first cross-Region into a vault of the source account in the destination Region, then from that vault to the destination account.',
    'fix.COPY_COLD_STORAGE':
      'Copy a recovery point that is still in warm storage, or change the backup rule so the copy is made before the move to cold storage.',
    'fix.COPY_MARKETPLACE_AMI':
      'AMIs from AWS Marketplace cannot be copied to another account. Keep such backups in their own account, or back up the data with a resource type that can be copied.',
    'fix.COPY_LAG_TO_LAG_ON_DEMAND':
      'Copy from one logically air-gapped vault to another on demand (start-copy-job, or Copy in the console): a backup plan cannot schedule such a copy. Remove the copy action from the plan rule.',
    'fix.COPY_ALLOW_SOURCE_AMIS':
      'In the destination account, allow images owned by the source account in the EC2 Allowed AMIs settings of the destination Region, then run the copy again.',
    'fix.COPY_ALLOW_SOURCE_AMIS_DECLARATIVE':
      'The destination account’s Allowed AMIs settings are managed by a declarative policy, so they cannot be changed in the account. In the management account, add the source account to allowed_image_providers in the allowed_images_settings of the EC2 declarative policy that applies to the destination account, then run the copy again.',
    'fix.COPY_CREATE_OPTION_GROUP':
      'Create an RDS option group with the options the snapshot needs in the destination Region (destination account), then run the copy again.',

    // ---- encryption
    'finding.ENC_OK_CUSTOMER_KEYS': 'The source key and the destination vault key are customer managed and enabled, so the copy can be encrypted across accounts.',
    'finding.ENC_OK_FULLY_MANAGED':
      '{resourceType} is fully managed by AWS Backup: the copy is encrypted with the destination vault’s key, which is usable.',
    'finding.ENC_SOURCE_KEY_NOT_ENABLED':
      'The source key {keyArn} is in the state {state}; a copy needs it Enabled. Enable it in the source account.',
    'finding.ENC_DESTINATION_KEY_NOT_ENABLED':
      'The destination vault key {keyArn} is in the state {state}; a copy needs it Enabled. Enable it in the destination account.',
    'finding.ENC_LAG_SOURCE_AWS_MANAGED_KEY':
      'The source key {keyArn} is an AWS managed key (KeyManager AWS), and the destination is a logically air-gapped vault. {resourceType} is not fully managed by AWS Backup, and for such types a logically air-gapped vault accepts only sources encrypted with a customer managed key, even within one account. Re-encrypt the resource with a customer managed key.',
    'finding.ENC_LAG_AWS_OWNED_KEY':
      'The logically air-gapped vault {vaultName} is encrypted with an AWS owned key, its default: copies into it work with that key. The key of such a vault cannot be changed after creation.',
    'finding.ENC_LAG_CUSTOMER_KEY_SHARED':
      'The logically air-gapped vault is encrypted with the customer managed key {keyArn}. For every copy, that key’s policy must let the source account’s copy role use it (and, copying out to a standard vault, the destination account’s AWSServiceRoleForBackup); missing key permissions are the most common cause of failed copies with such vaults.',
    'finding.ENC_DESTINATION_KEY_FROM_COPY_JOB':
      'The copy job names the destination key {keyArn} (DestinationEncryptionKeyArn). Paste `aws kms describe-key` for it (destination account) to tell whether it is customer managed.',
    'finding.ENC_SOURCE_AWS_MANAGED_KEY':
      'The source key {keyArn} is an AWS managed key (KeyManager AWS). {resourceType} backups keep the source key, and an AWS managed key’s policy can never let another account in, so this cross-account copy cannot work. Re-encrypt the resource with a customer managed key.',
    'finding.ENC_SOURCE_AWS_MANAGED_KEY_FULLY_MANAGED':
      'The source key {keyArn} is AWS managed, which is fine for {resourceType}: AWS Backup re-encrypts the copy with the destination vault’s key.',
    'finding.ENC_SOURCE_AWS_MANAGED_KEY_TYPE_UNKNOWN':
      'The source key {keyArn} is AWS managed. That blocks a cross-account copy unless the resource type is fully managed by AWS Backup: give the resource type to decide.',
    'finding.ENC_SOURCE_AWS_MANAGED_KEY_REPORTED':
      'The copy job says “{message}”: the source is encrypted with an AWS managed key, which cannot be shared with another account. Re-encrypt the resource with a customer managed key.',
    'finding.ENC_DESTINATION_DEFAULT_VAULT':
      'The destination vault is {vaultName}, the default vault. It cannot receive cross-account copies of resource types that keep the source key. Copy into a vault encrypted with a customer managed key.',
    'finding.ENC_DESTINATION_DEFAULT_VAULT_NOTE':
      'The destination vault is {vaultName}, the default vault. That is acceptable for this copy, but a vault of your own with a customer managed key is the safer choice.',
    'finding.ENC_DESTINATION_VAULT_AWS_MANAGED_KEY':
      'The destination vault {vaultName} is encrypted with the AWS Backup managed key ({keyArn}). It cannot receive cross-account copies of resource types that keep the source key. Use a vault encrypted with a customer managed key.',
    'finding.ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_NOTE':
      'The destination vault {vaultName} uses the AWS Backup managed key ({keyArn}). That is acceptable for this copy, but a customer managed key lets you control who can use it.',
    'finding.ENC_DESTINATION_KEY_MANAGER_UNKNOWN':
      'The vault {vaultName} is encrypted with {keyArn}, but the output does not say whether that key is customer managed. Paste `aws kms describe-key --key-id {keyArn}` from the destination account.',
    'finding.ENC_DESTINATION_KEY_MISMATCH':
      'The pasted destination key {keyArn} is not the vault’s key ({vaultKeyArn}). Paste describe-key for the vault’s key.',
    'finding.ENC_VAULT_DEFAULT_KEY_REPORTED':
      'The copy job says “{message}”. Copy into a vault encrypted with a customer managed KMS key instead.',
    'finding.ENC_STORAGE_GATEWAY_VAULT_REPORTED':
      'The copy job says “{message}”. Storage Gateway copies need a vault you created, encrypted with a customer managed key.',
    'finding.ENC_KEY_STATE_TO_CHECK':
      'The copy job says “{message}”. Check that the source key exists and is Enabled: paste the output of `aws kms describe-key` for it. If it is, the source key policy is the likely cause.',
    'finding.ENC_KEY_ENABLED_SEE_KEY_POLICY':
      'The copy job says “{message}”, but the source key is enabled. The likely cause is the source key policy: see that check.',
    'finding.ENC_NEED_CUSTOMER_KEY_ARN':
      'To write the command that creates the vault {vaultName}, give the ARN of a customer managed key in the destination account and Region (create one with the command below if needed).',
    'finding.ENC_CUSTOMER_KEY_ARN_INVALID':
      'The customer managed key given for the new vault is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY_ID). Give the key’s full ARN, as `aws kms describe-key` shows it.',
    'finding.ENC_KEY_METADATA_INCOMPLETE':
      'The pasted key output for {keyArn} does not show KeyManager, which tells an AWS managed key from a customer managed one. Paste the whole output of `aws kms describe-key` for it.',
    'finding.ENC_DESTINATION_DEFAULT_VAULT_TYPE_UNKNOWN':
      'The destination vault is {vaultName}, the default vault. That blocks cross-account copies of resource types that keep the source key, and is fine for types fully managed by AWS Backup: give the resource type to decide.',
    'finding.ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_TYPE_UNKNOWN':
      'The destination vault {vaultName} is encrypted with the AWS Backup managed key ({keyArn}). That blocks cross-account copies of resource types that keep the source key, and is fine for types fully managed by AWS Backup: give the resource type to decide.',
    'fix.ENC_ENABLE_KEY': 'Enable the key {keyArn} (now {state}); a copy needs it Enabled.',
    'fix.ENC_CANCEL_DELETION_AND_ENABLE':
      'The key {keyArn} is scheduled for deletion ({state}). Cancel the deletion, then enable the key.',
    'fix.ENC_REENCRYPT_WITH_CUSTOMER_KEY':
      'The source is encrypted with an AWS managed key, whose policy can never let another account in. Create a customer managed key in the source account, allow the destination account in its key policy, re-encrypt the resource with it (EBS: copy the snapshot with --encrypted --kms-key-id; RDS and Aurora: copy the DB snapshot with --kms-key-id and restore from it), back it up again, and copy that recovery point.',
    'fix.ENC_CREATE_VAULT_WITH_KEY':
      'Create the vault {vaultName} encrypted with the customer managed key {keyArn}, and copy into it instead.',
    'fix.ENC_CREATE_KEY_THEN_VAULT':
      'Create a customer managed KMS key in the destination account, then a vault {vaultName} encrypted with it, and copy into that vault. Give the key’s ARN to get the exact vault command.',

    // ---- vault lock
    'finding.VAULT_NOT_LOCKED': 'The destination vault {vaultName} has no vault lock, so any retention is accepted.',
    'finding.VAULT_LOCK_RANGE':
      'The destination vault {vaultName} is locked: copies must be kept between {min} and {max} days. Give the copy rule’s retention (DeleteAfterDays) to check it.',
    'finding.VAULT_LOCK_RANGE_MISSING':
      'The vault {vaultName} is locked, but the pasted output shows no MinRetentionDays or MaxRetentionDays. Paste the whole output of `aws backup describe-backup-vault`.',
    'finding.VAULT_LOCK_RETENTION_OK': 'The copy’s retention ({retention} days) is within the vault lock range of {vaultName} ({min} to {max} days).',
    'finding.VAULT_LOCK_RETENTION_TOO_SHORT':
      'The copy is kept {retention} days, less than the minimum of {min} days the vault {vaultName} requires (range {min} to {max}). Set the copy rule’s retention to at least {min} days.',
    'finding.VAULT_LOCK_RETENTION_TOO_LONG':
      'The copy is kept {retention} days, more than the maximum of {max} days the vault {vaultName} allows (range {min} to {max}). Set the copy rule’s retention to at most {max} days.',
    'finding.VAULT_LOCK_RETENTION_NEVER_EXPIRES':
      'The copy never expires ({retention}), but the vault {vaultName} allows at most {max} days (range {min} to {max}). Give the copy rule a retention of at most {max} days.',
    'finding.VAULT_LOCK_RETENTION_UNREADABLE': 'The copy retention “{value}” is not a number of days. Give it as a number, such as 35, or "never".',
    'finding.VAULT_LOCK_RETENTION_REPORTED':
      'The copy job says “{message}”: the copy’s retention is outside the destination vault lock’s range. Set the copy rule’s retention inside MinRetentionDays..MaxRetentionDays.',
    'finding.VAULT_LOCK_LAG_RETENTION_TOO_SHORT':
      'The destination is a logically air-gapped vault, which accepts no copy kept less than {min} days, and this copy is kept {retention} days: the vault refuses it. Keep the copy at least {min} days.',
    'finding.VAULT_LOCK_LAG_MINIMUM':
      'The destination is a logically air-gapped vault: it is always locked, and its MinRetentionDays is at least {min}. Paste `aws backup describe-backup-vault` for the destination vault to see its exact range.',
    'finding.VAULT_LOCK_LOCKED_PER_COPY_JOB':
      'The copy job says the destination vault is locked (DestinationVaultLockState LOCKED). Paste `aws backup describe-backup-vault` for the destination vault to see the retention range it accepts.',
    'finding.VAULT_LOCK_RANGE_NEEDED':
      'Paste the output of `aws backup describe-backup-vault` for the destination vault to see the allowed range.',
    'finding.VAULT_LOCK_MESSAGE_CONTRADICTED':
      'The copy’s retention ({retention} days) is within the lock range of {vaultName} ({min} to {max} days), yet the copy job says it is not. Check that the pasted vault is the job’s destination vault; if it is, the message is from before the rule or the lock changed: run the copy again.',
    'fix.VAULT_LOCK_SET_RETENTION_RANGE':
      'Set the copy rule’s lifecycle (DeleteAfterDays of the copy action) between {min} and {max} days, for example {days} days, so the destination vault’s lock accepts the copy.',
    'fix.VAULT_LOCK_SET_RETENTION_MIN':
      'Set the copy rule’s lifecycle (DeleteAfterDays of the copy action) to at least {min} days, for example {days} days, so the destination vault’s lock accepts the copy.',
    'fix.VAULT_LOCK_SET_RETENTION_MAX':
      'Set the copy rule’s lifecycle (DeleteAfterDays of the copy action) to at most {max} days, for example {days} days, so the destination vault’s lock accepts the copy.',
    'fix.VAULT_LOCK_SET_RETENTION':
      'Set the copy rule’s lifecycle (DeleteAfterDays of the copy action) within the destination vault lock’s MinRetentionDays and MaxRetentionDays.',

    // ---- IAM role
    'finding.IAM_ROLE_CANNOT_BE_ASSUMED':
      'The copy job says “{message}”. The role {roleArn} is missing, or its trust policy does not let backup.amazonaws.com assume it. Create it or fix its trust policy.',
    'finding.IAM_ROLE_CANNOT_BE_ASSUMED_UNKNOWN_ROLE':
      'The copy job says “{message}”. The job role is missing or does not trust backup.amazonaws.com. Paste the copy job (describe-copy-job) to name the role.',
    'finding.IAM_ROLE_INSUFFICIENT_PERMISSIONS':
      'The copy job says “{message}”. Attach AWS Backup’s managed role policies to {roleArn}.',
    'finding.IAM_ROLE_INSUFFICIENT_PERMISSIONS_UNKNOWN_ROLE':
      'The copy job says “{message}”. Attach AWS Backup’s managed role policies to the job role; paste the copy job to name it.',
    'finding.IAM_PASS_ROLE_MISSING':
      'The copy job says “{message}”. Whoever starts the copy may not pass the role {roleArn} to AWS Backup: allow iam:PassRole on it (or look for a service control policy that denies it).',
    'finding.IAM_PASS_ROLE_MISSING_UNKNOWN_ROLE':
      'The copy job says “{message}”. Whoever starts the copy probably may not pass the job role to AWS Backup (iam:PassRole), or a service control policy denies the call. Paste the copy job to name the role.',
    'finding.IAM_ROLE_DELETED_DURING_COPY':
      'The copy job says “{message}”. This happens when the role {roleArn} is deleted or changed while the copy runs. Keep it until the copy has finished, then copy again.',
    'finding.IAM_ROLE_DELETED_DURING_COPY_UNKNOWN_ROLE':
      'The copy job says “{message}”. This happens when the job role is deleted or changed while the copy runs. Keep it until the copy has finished, then copy again.',
    'finding.IAM_ROLE_NOT_IMPLICATED':
      'The copy ran with the role {roleArn} and failed for a reason the error message names elsewhere: AWS Backup could assume the role, and none of its calls is what failed.',
    'finding.IAM_ROLE_NOT_IMPLICATED_UNKNOWN_ROLE':
      'The error message names a cause elsewhere: AWS Backup could assume the job role, and none of its calls is what failed.',
    'finding.IAM_ROLE_COPY_COMPLETED': 'The copy job completed, so AWS Backup could assume the job role and use it.',
    'finding.IAM_ROLE_MAY_LACK_COPY_PERMISSIONS':
      'AWS Backup gives the same “Access Denied” when the job role {roleArn} itself may not call backup:CopyIntoBackupVault or backup:CopyFromBackupVault. If the destination vault policy allows the source account and no service control policy denies the copy, check the role’s own policies.',
    'finding.IAM_ROLE_MAY_LACK_COPY_PERMISSIONS_UNKNOWN_ROLE':
      'AWS Backup gives the same “Access Denied” when the job role itself may not call backup:CopyIntoBackupVault or backup:CopyFromBackupVault. If the destination vault policy allows the source account and no service control policy denies the copy, check the role’s own policies.',
    'finding.SOURCE_VAULT_POLICY_DENIES_COPY':
      'Statement {statement} of the source vault’s access policy denies {actions}, which the copy needs on the source side. A Deny in the vault policy wins over any Allow of the role: narrow it (review it first).',
    'finding.SOURCE_VAULT_POLICY_DENY_UNDECIDED':
      'Statement {statement} of the source vault’s access policy may deny {action}: the inputs cannot decide its principal or conditions. Check it by hand.',
    'finding.SOURCE_VAULT_POLICY_NO_DENY': 'The source vault’s access policy denies none of the copy’s requests (backup:StartCopyJob, backup:CopyFromBackupVault).',
    'finding.SOURCE_VAULT_EFS_DEFAULT_DENY':
      'The copy comes from {vault}, the EFS automatic backup vault. Its default access policy denies {action} (and restores and deletions) to everyone, so copies out of it fail until that policy is changed. Paste its policy (get-backup-vault-access-policy in the source account) to check it and get the corrected one.',
    'finding.SOURCE_VAULT_EFS_DEFAULT_POLICY':
      'This is the default policy of {vault}, the EFS automatic backup vault: it denies copies out of it until it is edited.',
    'finding.SOURCE_VAULT_POLICY_DENY_NEEDS_HAND_EDIT':
      'Statement {statement} of the source vault’s access policy denies the copy through a wildcard, NotAction, or as its only content, so no corrected policy is offered: narrow it by hand so that backup:StartCopyJob and backup:CopyFromBackupVault are no longer denied.',
    'finding.SOURCE_VAULT_NAME_UNKNOWN':
      'The source vault’s name is not known, so there is no command for {fileName}. Paste the copy job or the get-backup-vault-access-policy output.',
    'finding.SOURCE_VAULT_REGION_UNKNOWN': 'The Region of the source vault {vault} is not known, so there is no command for {fileName}. Enter the source Region.',
    'finding.IAM_ROLE_POLICY_ACTION_NOT_ALLOWED':
      'None of the copy role’s pasted policies allows {action} on {resource}. For a cross-account copy the role’s own identity policy must allow it, as well as the vault policy (AWSBackupServiceRolePolicyForBackup has it).',
    'finding.IAM_ROLE_POLICY_ACTION_NOT_ALLOWED_ANYWHERE':
      'None of the copy role’s pasted policies allows {action}. For a cross-account copy the role’s own identity policy must allow it, as well as the vault policy (AWSBackupServiceRolePolicyForBackup has it).',
    'finding.IAM_ROLE_POLICY_DENIES_COPY':
      'Statement {statement} of the copy role’s policy {policy} denies {action}, which the copy needs. An Allow elsewhere does not help: narrow or remove this Deny (review it first).',
    'finding.IAM_ROLE_POLICY_NEEDS_RESOURCE':
      'Statement {statement} of the copy role’s policy {policy} names specific resources for {action}, and the copy’s resource is not known. Paste the copy job (describe-copy-job) to decide it.',
    'finding.IAM_ROLE_POLICY_CONDITION_UNDECIDED':
      'Statement {statement} of the copy role’s policy {policy} has a condition on {key} for {action} that the inputs cannot decide.',
    'finding.IAM_ROLE_POLICY_STATEMENT_UNDECIDED':
      'Statement {statement} of the copy role’s policy {policy} cannot be decided for {action}: check it by hand.',
    'finding.IAM_ROLE_COPY_JOB_WITHOUT_RECOVERY_POINT':
      'The pasted copy job names no valid SourceRecoveryPointArn, so the copy role’s statements for backup:CopyFromBackupVault cannot be compared with it. Paste the whole describe-copy-job output.',
    'finding.IAM_ROLE_POLICY_DOCUMENTS_MISSING':
      'The copy role has attached policies whose documents are not in the paste: {policies}. A Deny or an Allow in them is not seen. Paste get-account-authorization-details for the role, or their get-policy-version outputs.',
    'finding.IAM_ROLE_MANAGED_POLICY_ALLOWS_COPY':
      'The role has {policy} attached, which allows backup:CopyIntoBackupVault and backup:CopyFromBackupVault.',
    'finding.IAM_ROLE_PERMISSIONS_BOUNDARY_NOT_READ':
      'The role has the permissions boundary {boundaryArn}. A boundary limits what the policies allow: check that it allows backup:CopyIntoBackupVault and backup:CopyFromBackupVault too.',
    'finding.IAM_ROLE_POLICIES_ALLOW_COPY': 'The copy role’s own policies allow what the copy needs from them: {actions}.',
    'finding.IAM_ROLE_NOT_IN_DETAILS':
      'The pasted get-account-authorization-details output does not hold the copy role {roleName}, only: {roles}. Run it in the source account, where the role is.',
    'finding.IAM_ROLE_NOT_IN_DETAILS_UNKNOWN_ROLE':
      'The pasted get-account-authorization-details output holds several roles ({roles}) and nothing says which one the copy runs as. Paste the copy job, which names it (IamRoleArn).',
    'finding.IAM_ROLE_POLICIES_OF_OTHER_ROLE':
      'Some pasted role policies belong to another role ({roles}), not to the role the copy job runs as. Paste only the copy role’s policies.',
    'finding.IAM_ROLE_POLICY_FIX_NEEDS_ARN':
      'The statement for {action} needs the copy’s exact resource ARN, and the inputs do not give it. Paste the copy job (describe-copy-job).',
    'finding.IAM_ROLE_NAME_UNKNOWN':
      'The copy role’s name is not known, so there is no command for {fileName}. Paste the copy job, which names the role.',
    'finding.IAM_ROLE_NO_OUTCOME_YET':
      'The pasted copy job has no status message yet (state {state}), so it does not tell whether the role worked. Paste it again once the job has finished.',
    'finding.IAM_ROLE_MESSAGE_NOT_RECOGNISED':
      'The pasted error message is not one Copy Doctor knows, so it does not tell whether the job role is involved. Paste the whole output of `aws backup describe-copy-job`.',
    'fix.IAM_ROLE_TRUST_BACKUP':
      'Make sure the role {roleName} exists in account {account} and trusts backup.amazonaws.com (trust policy {trustPolicy}), and attach AWS Backup’s managed role policies. If get-role says it does not exist, create it: {createCommand}',
    'fix.IAM_ROLE_TRUST_BACKUP_UNKNOWN_ROLE':
      'The job role must exist in the account that runs the copy and trust backup.amazonaws.com (trust policy {trustPolicy}). Paste the copy job to get the exact commands.',
    'fix.SOURCE_VAULT_POLICY_NARROW_DENY':
      'Take {actions} out of the Deny in the source vault’s access policy (review it): every other action stays denied. Run in the source account:',
    'fix.IAM_ROLE_ADD_COPY_PERMISSIONS':
      'Add the inline policy {policyName} to the copy role {roleName}: it allows {actions} on this copy’s own resources only. Run in the source account:',
    'fix.IAM_ROLE_ADD_COPY_PERMISSIONS_UNKNOWN_ROLE':
      'Add the inline policy {policyName} to the copy role: it allows {actions} on this copy’s own resources only. Paste the copy job to get the command.',
    'fix.IAM_ROLE_ATTACH_POLICIES': 'Attach AWS Backup’s managed role policies to {roleName} (S3 needs its own two as well).',
    'fix.IAM_ROLE_ATTACH_POLICIES_UNKNOWN_ROLE': 'Attach AWS Backup’s managed role policies to the job role. Paste the copy job to get the exact commands.',
    'fix.IAM_ALLOW_PASS_ROLE':
      'Allow whoever starts the copy (the user or role that calls StartCopyJob or manages the backup plan) to pass {roleArn} to AWS Backup: add this policy to that identity: {statement}',
    'fix.IAM_ALLOW_PASS_ROLE_UNKNOWN_ROLE':
      'Allow whoever starts the copy to pass the job role to AWS Backup (iam:PassRole with iam:PassedToService backup.amazonaws.com). Paste the copy job to get the exact statement.',
    'fix.IAM_KEEP_ROLE': 'Keep the role {roleName} until every copy that uses it has finished, then run the copy again. Check that the role still exists:',
    'fix.IAM_KEEP_ROLE_UNKNOWN_ROLE': 'Keep the job role until every copy that uses it has finished, then run the copy again.',

    // ---- tag policy
    'finding.TAG_POLICY_NOT_RECOGNISED':
      'The pasted text is not a tag policy. Paste the policy, or the output of `aws organizations describe-effective-policy --policy-type TAG_POLICY --target-id` with the source account ID.',
    'finding.RESOURCE_TAGS_NOT_RECOGNISED':
      'The pasted text is not a list of tags. Paste a JSON object of tags, a Tags list, or the output of `aws backup list-tags`.',
    'finding.TAGS_TOO_MANY':
      'The resource has {count} user tags; a recovery point takes at most {max}. Remove tags until at most {max} remain.',
    'finding.TAGS_TOO_MANY_REPORTED':
      'The copy job says “{message}”. Remove tags from the resource until at most {max} user tags remain.',
    'finding.TAG_KEY_CASE':
      'The tag key {tagKey} is written differently from what the tag policy requires for backup recovery points: {expectedKey}. Rename the tag to {expectedKey}.',
    'finding.TAG_VALUE_NOT_ALLOWED':
      'The tag {tagKey} has the value “{value}”, which the tag policy does not allow for backup recovery points (allowed: {allowed}). Change the value, or allow it in the tag policy.',
    'finding.TAG_POLICY_RULE': 'The tag policy rule {policyKey} is enforced for AWS Backup recovery points.',
    'finding.TAG_POLICY_VALUE_REPORTED':
      'The copy job says “{message}”: a tag policy rejects the value of the tag {tagKey}. Paste the tag policy and the resource’s tags to see the allowed values.',
    'finding.TAG_POLICY_VALUE_REPORTED_NO_KEY':
      'The copy job says “{message}”: a tag policy rejects one of the resource’s tag values. Paste the tag policy and the resource’s tags to find which.',
    'finding.TAG_POLICY_MESSAGE_STALE':
      'The pasted copy job message says “{message}”, a problem with the tag {tagKey}, but the pasted tags no longer have it: they comply with the tag policy. The message is from an earlier attempt; run the copy again.',
    'finding.TAG_POLICY_MESSAGE_STALE_NO_KEY':
      'The pasted copy job message says “{message}”, a problem with a tag value, but the pasted tags no longer have it: they comply with the tag policy. The message is from an earlier attempt; run the copy again.',
    'finding.TAG_COPY_INTERNAL_FAILURE':
      'The copy job says “{message}”. Usually a tag policy enforced for backup:recovery-point rejects one of the resource’s tags. Paste the tag policy and the tags to find it.',
    'finding.TAG_POLICY_NOT_ENFORCED_FOR_BACKUP':
      'None of the tag policy’s {rules} rules is enforced for backup:recovery-point, so it cannot block the copy.',
    'finding.TAG_POLICY_NONE_IN_EFFECT':
      'describe-effective-policy says no tag policy applies to the account (EffectivePolicyNotFoundException), so no tag policy can reject the copy’s tags.',
    'finding.TAG_POLICY_ENFORCED_KEYS':
      'The tag policy enforces these tags on backup recovery points: {keys}. Paste the resource’s tags to check them.',
    'finding.TAGS_COMPLY': 'All {count} tags comply with the rules enforced for backup recovery points ({keys}).',
    'fix.TAGS_CORRECT_ON_RECOVERY_POINT': 'Correct the tags ({changes}) on the source recovery point, then run the copy again.',
    'fix.TAGS_CORRECT_ON_RESOURCE':
      'Correct the tags ({changes}) on the resource, so its next backup carries tags the policy accepts, then copy that recovery point. Apply them with the resource’s own service (for example aws ec2 create-tags or aws rds add-tags-to-resource) and remove the wrongly written keys.',
    'fix.TAG_POLICY_ALLOW_VALUES':
      'Either give the tags values the tag policy allows, or allow the values in use ({values}) in the tag policy (corrected document below; review it before applying it in the management account).',
    'fix.TAG_POLICY_ALLOW_VALUES_EFFECTIVE':
      'Either give the tags values the tag policy allows, or allow the values in use ({values}). The effective policy is merged from several tag policies: make the change shown below in the policy that assigns the allowed values.',
    'fix.TAGS_REDUCE':
      'Remove tags from the resource so that at most {max} user tags remain (tags starting with aws: do not count), back it up again and copy the new recovery point.',

    // ---- service control policies
    'finding.SCP_DENY_BLOCKS_COPY':
      'Statement {statement} of the service control policy {policy} denies the copy job’s role {actions}. Narrow that Deny so it no longer hits the copy (see the reviewed change), or detach the policy from the account.',
    'finding.SCP_DENY_MAY_BLOCK_COPY':
      'Statement {statement} of the service control policy {policy} may deny {actions}; it depends on values not known yet ({reasons}). Give them to decide.',
    'finding.SCP_DENY_NEEDS_MANUAL_CHANGE':
      'Statement {statement} of {policy} cannot be narrowed automatically. Paste the copy job (it names the job role) or change the statement by hand so it does not apply to the copy.',
    'finding.SCP_NOT_ALLOWED_BY_ANY':
      'None of the pasted service control policies allows {actions}. If these are all the SCPs at one level of the organization, that blocks the copy: allow the actions (for example with FullAWSAccess).',
    'finding.SCP_SERVICE_LINKED_ROLE_EXEMPT':
      'Service control policies never restrict service-linked roles: the copy’s own work by AWSServiceRoleForBackup is not affected, only the job role and whoever starts the copy.',
    'finding.SCP_JOB_ROLE_UNKNOWN':
      'The job role is not known, so conditions on aws:PrincipalArn cannot be decided. Paste the copy job (describe-copy-job) to name it.',
    'finding.SCP_NO_DENY': 'None of the {count} pasted service control policies denies what the copy needs.',
    'finding.SCP_NOT_RECOGNISED':
      'The pasted text is not a service control policy. Paste one policy, several as a JSON array, or the output of `aws organizations describe-policy --policy-id`.',
    'finding.SCP_MAY_EXPLAIN_MESSAGE':
      'The copy job’s error can come from a service control policy. Paste the SCPs that apply to the source account to check them.',
    'fix.SCP_NARROW_DENY':
      'Narrow the Deny statements that block the copy, keeping everything else as it is ({changes}). Review the change before applying it in the management account.',

    // ---- resource control policies (same check)
    'finding.RCP_DENY_BLOCKS_COPY':
      'Statement {statement} of the resource control policy {policy} denies the copy job’s role {actions} on a key the copy uses. Narrow that Deny so it no longer hits the copy (see the reviewed change), or detach the policy from the key’s account.',
    'finding.RCP_DENY_MAY_BLOCK_COPY':
      'Statement {statement} of the resource control policy {policy} may deny {actions} on a key the copy uses; it depends on values not known yet ({reasons}). Give them to decide.',
    'finding.RCP_DENY_NEEDS_MANUAL_CHANGE':
      'Statement {statement} of the resource control policy {policy} cannot be narrowed automatically. Paste the copy job (it names the job role) or change the statement by hand so it does not apply to the copy.',
    'finding.RCP_BACKUP_DENY_NO_EFFECT':
      'Statement {statement} of the resource control policy {policy} denies {actions}, but this has no effect: AWS Backup is not a service resource control policies support, so an RCP cannot block the copy on the AWS Backup side.',
    'finding.RCP_ONLY_KMS':
      'Resource control policies never apply to service-linked roles, and AWS Backup is not a service they support: an RCP can only block the copy on its KMS side: the job role’s use of the source key (and of a logically air-gapped destination’s customer managed key).',
    'finding.RCP_AWS_MANAGED_KEY_EXEMPT':
      'The source key is an AWS managed key, and resource control policies do not apply to AWS managed keys: no pasted RCP can block this copy.',
    'finding.RCP_NO_KMS_DENY': 'None of the {count} pasted resource control policies denies the job role the KMS actions the copy needs on its keys.',
    'finding.RCP_NOT_RECOGNISED':
      'The pasted text is not a resource control policy. Paste one policy, several as a JSON array, or the output of `aws organizations describe-policy --policy-id`.',

    // ---- pastes a check cannot read (any of the checks above)
    'finding.PASTE_CLI_ERROR':
      'The pasted text is an AWS CLI error ({code}), not the output of `{command}`. Run the command again with permission to read it, in the account the step names, and paste its output.',
    'finding.PASTE_NOT_RECOGNISED': 'The pasted text is not the output of `{command}`. Run it and paste its whole output.',
    'finding.COPY_JOB_WITHOUT_ROLE':
      'The pasted copy job does not name the job role (IamRoleArn). Paste the whole output of `aws backup describe-copy-job`.',
    'finding.PASTE_EVALUATED_AFTER_REPAIR':
      'The pasted policy text had {count} signs of paste damage (curly quotes, trailing commas, comments...). It was read after repairing them: the text as pasted would be refused by AWS, so compare it with the policy in AWS Organizations.',
  },
  {
    // ---- organization
    'finding.ORG_SAME': '兩個帳戶屬於同一個組織 ({organizationId})。',
    'finding.ORG_DIFFERENT':
      '兩個帳戶屬於不同的組織：來源帳戶在 {sourceOrganization}，目的地帳戶在 {destinationOrganization}。AWS Backup 只能在同一個組織內跨帳戶複製。請將其中一個帳戶移入另一個帳戶的組織。',
    'finding.ORG_SOURCE_NOT_IN_ORGANIZATION':
      '來源帳戶不屬於任何 AWS Organization（describe-organization 回應 AWSOrganizationsNotInUseException）。請邀請它加入目的地帳戶的組織。',
    'finding.ORG_DESTINATION_NOT_IN_ORGANIZATION':
      '目的地帳戶不屬於任何 AWS Organization（describe-organization 回應 AWSOrganizationsNotInUseException）。請邀請它加入來源帳戶的組織。',
    'finding.ORG_CONSOLIDATED_BILLING_ONLY':
      '此組織只啟用了合併帳單 (FeatureSet {featureSet})。AWS Backup 的跨帳戶管理需要啟用所有功能：請在管理帳戶中啟用所有功能。',
    'finding.ORG_MISMATCH_REPORTED':
      '複製任務表示兩個帳戶不在同一個組織：「{message}」。請在兩個帳戶分別執行 `aws organizations describe-organization`，比對 Organization.Id。',
    'finding.ORG_ANSWER_DIFFERENT':
      '您表示兩個帳戶屬於不同的組織。跨帳戶複製只能在同一個組織內進行：請將其中一個帳戶移入另一個帳戶的組織。',
    'finding.ORG_ID_NOT_IN_PASTE':
      '貼上的組織輸出中沒有 Organization.Id，因此無法比對兩個帳戶。請貼上 `aws organizations describe-organization` 的完整輸出。',
    'finding.ORG_ANSWER_CONTRADICTED':
      '您表示兩個帳戶屬於同一個組織，但上方的證據顯示並非如此。請在兩個帳戶分別執行 `aws organizations describe-organization` 並比對 Organization.Id。',
    'finding.ORG_LAG_SHARED_COPY_WHICH_PATH':
      '複製任務在 {account} 中執行，但該帳戶並不擁有來源保存庫 {vaultArn}：這是與此帳戶共用的邏輯氣隙保存庫。AWS 對此有兩種說法：與其共用的帳戶可以檢視及還原備份，「但不能建立複本」；另一處則說明可透過 RAM 或多方核准共用，從復原帳戶進行複製。請說明您使用的是哪一種方式。',
    'finding.ORG_LAG_SHARED_COPY_RAM':
      '複製任務在 {account} 中執行，邏輯氣隙保存庫 {vaultArn} 是透過 AWS RAM 與其共用的。AWS 的一段說明指出，與保存庫共用的帳戶可以還原，「但不能建立複本」：請從擁有保存庫的帳戶複製，或在此帳戶還原後重新備份。另一段說明則描述從 RAM 共用的復原帳戶複製：依賴此方式前請先確認適用哪一種。',
    'finding.ORG_LAG_SHARED_COPY_MPA':
      '複製任務透過邏輯氣隙保存庫 {vaultArn} 的多方核准在 {account} 中執行：透過還原存取保存庫複製是有文件說明的。其金鑰必須允許此帳戶的複製角色與目的地帳戶的 AWSServiceRoleForBackup 使用。',
    'fix.ORG_MOVE_ACCOUNT':
      '讓兩個帳戶屬於同一個 AWS Organization：邀請其中一個帳戶加入另一個帳戶的組織（它必須先離開目前的組織）。標準保存庫永遠無法複製到組織之外；跨組織的唯一途徑是透過 AWS RAM 共用的邏輯隔離 (logically air-gapped) 保存庫。下方指令可顯示帳戶所屬的組織，請在每個帳戶分別執行。',

    // ---- cross-account setting
    'finding.CROSS_ACCOUNT_DISABLED':
      '跨帳戶備份未啟用：describe-global-settings 顯示 isCrossAccountBackupEnabled 為 "{value}"。請在組織的管理帳戶中啟用。',
    'finding.CROSS_ACCOUNT_ENABLED': '跨帳戶備份已啟用（isCrossAccountBackupEnabled 為 "{value}"）。',
    'finding.CROSS_ACCOUNT_SETTING_UNREADABLE':
      'isCrossAccountBackupEnabled 的值為 "{value}"，既不是 "true" 也不是 "false"。請從管理帳戶原封不動貼上 `aws backup describe-global-settings` 的輸出。',
    'finding.CROSS_ACCOUNT_SETTING_MISSING':
      '貼上的全域設定中沒有 isCrossAccountBackupEnabled。請在組織的管理帳戶執行 `aws backup describe-global-settings`，並貼上完整輸出。',
    'finding.GLOBAL_SETTINGS_CLI_ERROR':
      '貼上的是 AWS CLI 錯誤 ({code})，不是全域設定。請在組織的管理帳戶，以可讀取 AWS Backup 設定的權限執行 `aws backup describe-global-settings`。',
    'finding.GLOBAL_SETTINGS_NOT_RECOGNISED':
      '貼上的內容不是 `aws backup describe-global-settings` 的輸出。請在組織的管理帳戶執行該指令並貼上輸出。',
    'finding.CROSS_ACCOUNT_DISABLED_REPORTED':
      '複製任務表示跨帳戶複製未啟用：「{message}」。請在組織的管理帳戶中啟用跨帳戶備份。',
    'finding.CROSS_ACCOUNT_ANSWER_DISABLED': '您表示跨帳戶備份未啟用。請在組織的管理帳戶中啟用。',
    'finding.CROSS_ACCOUNT_SETTING_CONTRADICTED':
      '貼上的全域設定顯示 "true"，但複製任務或您的回答表示跨帳戶備份未啟用。請確認設定是在兩個帳戶所屬組織的管理帳戶中讀取的；若是，這則訊息來自啟用設定之前：請重新執行複製。',
    'fix.CROSS_ACCOUNT_ENABLE': '在組織的管理帳戶中啟用跨帳戶備份，然後確認設定值為 "true"。',
    'fix.CROSS_ACCOUNT_ENABLE_IN_ACCOUNT': '在組織的管理帳戶 ({account}) 中啟用跨帳戶備份，然後確認設定值為 "true"。',

    // ---- resource support
    'finding.COPY_SUPPORTED':
      '依 AWS Backup 功能表，{resourceType} 可以跨這兩個帳戶從 {sourceRegion} 複製到 {destinationRegion}（功能表查核日期 {checkedOn}，{source}）。',
    'finding.COPY_CROSS_PARTITION':
      '複製永遠無法跨分割區：{sourceRegion} 屬於 {sourcePartition}，{destinationRegion} 屬於 {destinationPartition}。請選擇同一分割區內的目的地區域（查核日期 {checkedOn}，{source}）。',
    'finding.COPY_CHINA_REGION_PAIR':
      '中國區域只能在 cn-north-1 與 cn-northwest-1 之間複製，無法從 {sourceRegion} 複製到 {destinationRegion}（查核日期 {checkedOn}，{source}）。',
    'finding.COPY_GOVCLOUD_REGION_PAIR':
      'AWS GovCloud (US) 只能在 us-gov-east-1 與 us-gov-west-1 之間複製，無法從 {sourceRegion} 複製到 {destinationRegion}（查核日期 {checkedOn}，{source}）。',
    'finding.COPY_NOT_SUPPORTED_FOR_TYPE':
      '{resourceType} 的備份完全無法複製，即使是同帳戶同區域的另一個保存庫也不行（功能表查核日期 {checkedOn}，{source}）。請以其他方式在目的地保護此資源。',
    'finding.COPY_NO_CROSS_REGION_FOR_TYPE':
      '{resourceType} 的備份無法跨區域複製（{sourceRegion} 到 {destinationRegion}）（功能表查核日期 {checkedOn}，{source}）。請在同一區域內複製。',
    'finding.COPY_NO_CROSS_REGION_IN_REGION':
      '{resourceType} 的備份在 {region} 無法跨區域複製（功能表查核日期 {checkedOn}，{source}）。請選擇其他區域。',
    'finding.COPY_NO_CROSS_REGION_OPT_IN':
      '{resourceType} 的備份在選擇加入 (opt-in) 區域（例如 {region}）無法跨區域複製（功能表查核日期 {checkedOn}，{source}）。',
    'finding.COPY_NO_CROSS_ACCOUNT_FOR_TYPE':
      '{resourceType} 的備份無法複製到其他帳戶（功能表查核日期 {checkedOn}，{source}）。請改在來源帳戶內複製。',
    'finding.COPY_NO_CROSS_ACCOUNT_IN_REGION':
      '{resourceType} 的備份在 {region} 無法複製到其他帳戶（功能表查核日期 {checkedOn}，{source}）。請選擇其他區域，或在同一帳戶內複製。',
    'finding.COPY_NO_CROSS_ACCOUNT_OPT_IN':
      '{resourceType} 的備份在選擇加入 (opt-in) 區域（例如 {region}）無法複製到其他帳戶（功能表查核日期 {checkedOn}，{source}）。跨帳戶複製請使用非選擇加入的區域。',
    'finding.DYNAMODB_ADVANCED_FEATURES_OFF':
      '{resourceType} 的備份必須啟用 AWS Backup 的 DynamoDB 進階功能才能複製，而您表示尚未啟用（功能表查核日期 {checkedOn}，{source}）。請啟用後建立新的備份，再複製該備份。',
    'finding.DYNAMODB_ADVANCED_FEATURES_NEEDED':
      '{resourceType} 的備份必須啟用 AWS Backup 的 DynamoDB 進階功能才能複製（功能表查核日期 {checkedOn}，{source}）。請在來源帳戶以 `aws backup describe-region-settings` 確認設定。',
    'finding.DYNAMODB_ADVANCED_FEATURES_REPORTED_OFF':
      '複製任務顯示「{message}」。對 {resourceType} 而言，這表示來源帳戶與區域尚未啟用 AWS Backup 的 DynamoDB 進階功能，或備份是在啟用之前建立的：沒有進階功能，任何 DynamoDB 備份都無法複製（功能表查核日期 {checkedOn}，{source}）。請在該處啟用（ResourceTypeManagementPreference 的 DynamoDB 設為 true，DynamoDB 的 ResourceTypeOptInPreference 也要設為 true，因為 AWS Backup 只保護已選擇加入的類型），再建立新的備份並複製該備份。',
    'finding.DYNAMODB_ADVANCED_FEATURES_ANSWER_CONTRADICTED':
      '您表示已啟用進階功能，但複製任務顯示 {resourceType} 不支援這次複製。請在來源帳戶與區域執行 `aws backup describe-region-settings`，確認 ResourceTypeManagementPreference 與 ResourceTypeOptInPreference 的 DynamoDB 都是 true（若備份計畫來自組織備份政策，以管理帳戶的設定為準），並複製在啟用之後建立的備份。',
    'finding.COPY_SUBTYPE_NOT_SUPPORTED':
      '資源 {resourceArn} 看起來是 {subtype}，這類資源完全無法複製（功能表查核日期 {checkedOn}，{source}）。',
    'finding.COPY_SUBTYPE_LIMIT':
      '注意：{subtype} 完全無法複製（功能表查核日期 {checkedOn}，{source}）。若您的資源屬於此類，這次複製無法成功。',
    'finding.COPY_SUBTYPE_REGION_LIMIT':
      '注意：{subtype} 在 {region} 不支援跨區域或跨帳戶複製（功能表查核日期 {checkedOn}，{source}）。若您的資源屬於此類，請選擇其他區域。',
    'finding.RESOURCE_TABLE_CONFLICT':
      'AWS 的資料來源對 {resourceType} 的說法不一致（{about}）。{source1} 的說法：{claim1} 但 {source2} 的說法：{claim2} 本檢查採用：{treatedAs}（查核日期 {checkedOn}）。',
    'finding.COPY_NO_CROSS_REGION_IN_PARTITION':
      '無法從 {sourceRegion} 複製到 {destinationRegion}：分割區 {partition} 不支援跨區域複製（自 {since} 起；查核日期 {checkedOn}，{source}：「{says}」）。請在同一區域內複製。',
    'finding.COPY_NO_CROSS_ACCOUNT_IN_PARTITION':
      '無法在 {region} 複製到其他帳戶：分割區 {partition} 不支援跨帳戶複製（自 {since} 起；查核日期 {checkedOn}，{source}：「{says}」）。請在來源帳戶內複製。',
    'finding.RESOURCE_TYPE_NOT_IN_TABLE':
      '功能表中沒有資源類型 {resourceType}（查核日期 {checkedOn}，{source}）。請使用複製任務中的 ResourceType 值，例如 EBS、RDS 或 DynamoDB。',
    'finding.REGION_NOT_IN_TABLE':
      '區域清單中沒有 {region}（查核日期 {checkedOn}，{source}）。請確認區域代碼；以下判斷假設它是一般區域。',
    'finding.COPY_SINGLE_ACTION_NOW_SUPPORTED':
      '複製任務顯示「{message}」。{resourceType} 過去無法在同一個任務中同時跨區域與跨帳戶複製，但 AWS 自 {changed} 起已支援（功能表查核日期 {checkedOn}，{source}）。請重新執行複製；若仍出現此訊息，請分兩段複製：先在來源帳戶內跨區域，再跨帳戶。',
    'finding.COPY_REPORTED_UNSUPPORTED':
      '複製任務顯示「{message}」，但功能表允許 {resourceType} 進行這種複製（查核日期 {checkedOn}，{source}）。請確認資源的確切種類（例如 RDS 多可用區域資料庫叢集或 FSx for NetApp ONTAP）以及區域。',
    'finding.COPY_REPORTED_UNSUPPORTED_UNDECIDED':
      '複製任務顯示「{message}」。目前還無法依功能表判斷這次複製是否可行：請提供此檢查仍需要的資料（列於檢查旁）。',
    'finding.COPY_CONTINUOUS_BECOMES_SNAPSHOT':
      '連續備份會以快照形式複製，且 StartCopyJob 不接受連續備份的復原點。請使用備份規則中的複製動作，或複製快照類型的復原點。',
    'finding.COPY_COLD_STORAGE_NOT_COPYABLE': '位於冷儲存（封存層）的復原點無法複製。請複製仍在暖儲存中的復原點。',
    'finding.COPY_MARKETPLACE_AMI': '此映像來自 AWS Marketplace；這類映像無法複製到其他帳戶。',
    'finding.COPY_ALLOWED_AMIS_BLOCK':
      '目的地帳戶的 EC2 允許的 AMI (Allowed AMIs) 設定可能封鎖了來源帳戶的映像。請在該設定中允許來源帳戶；若是從邏輯氣隙保存庫複製，還須允許別名 aws-backup-vault（宣告式政策中為 aws_backup_vault）。',
    'finding.COPY_LAG_TO_LAG_SCHEDULED': '這次複製是從邏輯氣隙保存庫複製到另一個邏輯氣隙保存庫，且由備份計畫建立。這類複製只能隨需進行：備份計畫無法排程。',
    'finding.COPY_ALLOWED_AMIS_SOURCE_NOT_ALLOWED':
      '目的地帳戶的 EC2 允許的 AMI 設定已啟用，只接受來自 {providers} 的映像，不接受來源帳戶 {account}：複製的 AMI 在目的地區域被拒絕。請在該設定中允許來源帳戶。',
    'finding.COPY_ALLOWED_AMIS_NOT_ENFORCED':
      '目的地帳戶的 EC2 允許的 AMI 設定為 {state}，不會拒絕任何映像：這次複製失敗不是它造成的。請確認設定來自目的地帳戶與區域；若是從邏輯氣隙保存庫複製，請參閱其允許的 AMI 規則。',
    'finding.COPY_ALLOWED_AMIS_ALREADY_ALLOWED':
      '目的地帳戶的 EC2 允許的 AMI 設定已接受來源帳戶 {account} 的映像。請確認設定來自目的地帳戶與區域，然後重新執行複製。',
    'finding.DYNAMODB_ADVANCED_FEATURES_OFF_IN_SETTINGS':
      '來源區域的設定在 ResourceTypeManagementPreference 下顯示 DynamoDB 為 false：AWS Backup 的 DynamoDB 進階功能未啟用，沒有它就無法複製任何 DynamoDB 備份。',
    'finding.DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS': '來源區域的設定顯示 AWS Backup 的 DynamoDB 進階功能已啟用（ResourceTypeManagementPreference）。',
    'finding.DYNAMODB_ADVANCED_FEATURES_ON_IN_SETTINGS_REPORTED':
      '貼上的區域設定顯示 {resourceType} 的進階功能已啟用，但複製任務表示不支援這次複製。復原點可能是在啟用之前建立的（請複製較新的復原點），或設定來自其他區域或帳戶（若備份計畫來自組織備份政策，以管理帳戶的設定為準）。',
    'finding.REGION_OPT_IN_OFF':
      '來源區域的設定中，AWS Backup 未選擇加入 {resourceType}（ResourceTypeOptInPreference）：它不會在該處為此類型建立新的備份，因此複製規則沒有新的內容可複製。若該資源需要保護，請選擇加入。',
    'finding.COPY_OPTION_GROUP_MISSING': 'RDS 快照在目的地區域需要具有下列選項的選項群組：{options}。請先在該處建立，再重新複製。',
    'fix.COPY_CHOOSE_SUPPORTED_TARGET':
      '此資源類型無法以這種方式複製。請選擇功能表支援的目的地（其他區域或帳戶），或以其他方式在目的地保護此資源。',
    'fix.DYNAMODB_ENABLE_ADVANCED_FEATURES':
      '在來源帳戶與區域啟用 AWS Backup 的 DynamoDB 進階功能：完整的 AWS Backup 管理 (ResourceTypeManagementPreference)，以及 DynamoDB 的選擇加入 (ResourceTypeOptInPreference)，AWS Backup 必須選擇加入才會保護此類型。然後建立新的備份並複製該備份：之前建立的備份無法複製。',
    'fix.COPY_TWO_HOP':
      '以目前的 AWS Backup，您的複製應可在單一任務中完成：請重新執行。若仍出現此訊息，請分兩段複製：先跨區域複製到來源帳戶在目的地區域的保存庫，再從該保存庫複製到目的地帳戶。',
    'fix.COPY_COLD_STORAGE': '複製仍在暖儲存中的復原點，或修改備份規則，讓複製在移入冷儲存之前完成。',
    'fix.COPY_MARKETPLACE_AMI': '來自 AWS Marketplace 的 AMI 無法複製到其他帳戶。請將這類備份留在原帳戶，或改用可複製的資源類型備份資料。',
    'fix.COPY_LAG_TO_LAG_ON_DEMAND': '請以隨需方式在邏輯氣隙保存庫之間複製（start-copy-job，或在主控台中選擇複製）：備份計畫無法排程這類複製。請從計畫規則中移除複製動作。',
    'fix.COPY_ALLOW_SOURCE_AMIS': '在目的地帳戶中，於目的地區域的 EC2 允許的 AMI 設定允許來源帳戶擁有的映像，然後重新執行複製。',
    'fix.COPY_ALLOW_SOURCE_AMIS_DECLARATIVE':
      '目的地帳戶的允許的 AMI 設定由宣告式政策管理，無法在帳戶中變更。請在管理帳戶中，將來源帳戶加入套用於目的地帳戶的 EC2 宣告式政策中 allowed_images_settings 的 allowed_image_providers，然後重新執行複製。',
    'fix.COPY_CREATE_OPTION_GROUP': '在目的地區域（目的地帳戶）建立包含快照所需選項的 RDS 選項群組，然後重新執行複製。',

    // ---- encryption
    'finding.ENC_OK_CUSTOMER_KEYS': '來源金鑰與目的地保存庫金鑰都是客戶受管金鑰且已啟用，複製可以跨帳戶加密。',
    'finding.ENC_OK_FULLY_MANAGED': '{resourceType} 由 AWS Backup 完整管理：複本會以目的地保存庫的金鑰加密，而該金鑰可用。',
    'finding.ENC_SOURCE_KEY_NOT_ENABLED': '來源金鑰 {keyArn} 的狀態為 {state}；複製需要它處於 Enabled。請在來源帳戶中啟用它。',
    'finding.ENC_DESTINATION_KEY_NOT_ENABLED': '目的地保存庫金鑰 {keyArn} 的狀態為 {state}；複製需要它處於 Enabled。請在目的地帳戶中啟用它。',
    'finding.ENC_LAG_SOURCE_AWS_MANAGED_KEY':
      '來源金鑰 {keyArn} 是 AWS 受管金鑰 (KeyManager AWS)，而目的地是邏輯氣隙保存庫。{resourceType} 並非由 AWS Backup 完整管理，對這類資源，邏輯氣隙保存庫只接受以客戶受管金鑰加密的來源，即使在同一個帳戶內也是如此。請以客戶受管金鑰重新加密資源。',
    'finding.ENC_LAG_AWS_OWNED_KEY': '邏輯氣隙保存庫 {vaultName} 以 AWS 擁有的金鑰加密（預設）：複製到其中可以使用此金鑰。這類保存庫建立後就無法更換金鑰。',
    'finding.ENC_LAG_CUSTOMER_KEY_SHARED':
      '邏輯氣隙保存庫以客戶受管金鑰 {keyArn} 加密。每次複製時，該金鑰的政策都必須允許來源帳戶的複製角色使用它（若複製到標準保存庫，還須允許目的地帳戶的 AWSServiceRoleForBackup）；金鑰權限不足是這類保存庫複製失敗最常見的原因。',
    'finding.ENC_DESTINATION_KEY_FROM_COPY_JOB':
      '複製任務列出了目的地金鑰 {keyArn}（DestinationEncryptionKeyArn）。請貼上它的 `aws kms describe-key` 輸出（目的地帳戶），以判斷它是否為客戶受管金鑰。',
    'finding.ENC_SOURCE_AWS_MANAGED_KEY':
      '來源金鑰 {keyArn} 是 AWS 受管金鑰 (KeyManager AWS)。{resourceType} 的備份會沿用來源金鑰，而 AWS 受管金鑰的政策永遠無法允許其他帳戶使用，因此這次跨帳戶複製無法成功。請以客戶受管金鑰重新加密資源。',
    'finding.ENC_SOURCE_AWS_MANAGED_KEY_FULLY_MANAGED':
      '來源金鑰 {keyArn} 是 AWS 受管金鑰，但對 {resourceType} 沒有影響：AWS Backup 會以目的地保存庫的金鑰重新加密複本。',
    'finding.ENC_SOURCE_AWS_MANAGED_KEY_TYPE_UNKNOWN':
      '來源金鑰 {keyArn} 是 AWS 受管金鑰。除非資源類型由 AWS Backup 完整管理，否則會阻擋跨帳戶複製：請提供資源類型以便判斷。',
    'finding.ENC_SOURCE_AWS_MANAGED_KEY_REPORTED':
      '複製任務顯示「{message}」：來源以 AWS 受管金鑰加密，無法與其他帳戶共用。請以客戶受管金鑰重新加密資源。',
    'finding.ENC_DESTINATION_DEFAULT_VAULT':
      '目的地保存庫是預設保存庫 {vaultName}。它無法接收沿用來源金鑰之資源類型的跨帳戶複本。請複製到以客戶受管金鑰加密的保存庫。',
    'finding.ENC_DESTINATION_DEFAULT_VAULT_NOTE':
      '目的地保存庫是預設保存庫 {vaultName}。這次複製可以接受，但使用自己建立、以客戶受管金鑰加密的保存庫更安全。',
    'finding.ENC_DESTINATION_VAULT_AWS_MANAGED_KEY':
      '目的地保存庫 {vaultName} 以 AWS Backup 受管金鑰 ({keyArn}) 加密。它無法接收沿用來源金鑰之資源類型的跨帳戶複本。請使用以客戶受管金鑰加密的保存庫。',
    'finding.ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_NOTE':
      '目的地保存庫 {vaultName} 使用 AWS Backup 受管金鑰 ({keyArn})。這次複製可以接受，但客戶受管金鑰可讓您控管誰能使用它。',
    'finding.ENC_DESTINATION_KEY_MANAGER_UNKNOWN':
      '保存庫 {vaultName} 以 {keyArn} 加密，但輸出中看不出該金鑰是否為客戶受管金鑰。請貼上在目的地帳戶執行 `aws kms describe-key --key-id {keyArn}` 的輸出。',
    'finding.ENC_DESTINATION_KEY_MISMATCH': '貼上的目的地金鑰 {keyArn} 不是保存庫的金鑰 ({vaultKeyArn})。請貼上保存庫金鑰的 describe-key 輸出。',
    'finding.ENC_VAULT_DEFAULT_KEY_REPORTED': '複製任務顯示「{message}」。請改為複製到以客戶受管 KMS 金鑰加密的保存庫。',
    'finding.ENC_STORAGE_GATEWAY_VAULT_REPORTED': '複製任務顯示「{message}」。Storage Gateway 的複本需要您自行建立、以客戶受管金鑰加密的保存庫。',
    'finding.ENC_KEY_STATE_TO_CHECK':
      '複製任務顯示「{message}」。請確認來源金鑰存在且為 Enabled：貼上該金鑰的 `aws kms describe-key` 輸出。若金鑰正常，最可能的原因是來源金鑰政策。',
    'finding.ENC_KEY_ENABLED_SEE_KEY_POLICY': '複製任務顯示「{message}」，但來源金鑰已啟用。最可能的原因是來源金鑰政策：請參閱該項檢查。',
    'finding.ENC_NEED_CUSTOMER_KEY_ARN':
      '若要產生建立保存庫 {vaultName} 的指令，請提供目的地帳戶與區域中某個客戶受管金鑰的 ARN（如有需要，可先用下方指令建立）。',
    'finding.ENC_CUSTOMER_KEY_ARN_INVALID':
      '為新保存庫提供的客戶受管金鑰不是 KMS 金鑰 ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY_ID)。請提供 `aws kms describe-key` 顯示的完整金鑰 ARN。',
    'finding.ENC_KEY_METADATA_INCOMPLETE':
      '貼上的 {keyArn} 金鑰輸出中沒有 KeyManager，無法分辨這是 AWS 受管金鑰還是客戶受管金鑰。請貼上該金鑰 `aws kms describe-key` 的完整輸出。',
    'finding.ENC_DESTINATION_DEFAULT_VAULT_TYPE_UNKNOWN':
      '目的地保存庫是預設保存庫 {vaultName}。這會阻擋沿用來源金鑰之資源類型的跨帳戶複本，但對由 AWS Backup 完整管理的類型沒有影響：請提供資源類型以便判斷。',
    'finding.ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_TYPE_UNKNOWN':
      '目的地保存庫 {vaultName} 以 AWS Backup 受管金鑰 ({keyArn}) 加密。這會阻擋沿用來源金鑰之資源類型的跨帳戶複本，但對由 AWS Backup 完整管理的類型沒有影響：請提供資源類型以便判斷。',
    'fix.ENC_ENABLE_KEY': '啟用金鑰 {keyArn}（目前為 {state}）；複製需要它處於 Enabled。',
    'fix.ENC_CANCEL_DELETION_AND_ENABLE': '金鑰 {keyArn} 已排定刪除 ({state})。請先取消刪除，再啟用金鑰。',
    'fix.ENC_REENCRYPT_WITH_CUSTOMER_KEY':
      '來源以 AWS 受管金鑰加密，其政策永遠無法允許其他帳戶使用。請在來源帳戶建立客戶受管金鑰，於其金鑰政策中允許目的地帳戶，以它重新加密資源（EBS：以 --encrypted --kms-key-id 複製快照；RDS 與 Aurora：以 --kms-key-id 複製資料庫快照並從中還原），重新備份，再複製該復原點。',
    'fix.ENC_CREATE_VAULT_WITH_KEY': '建立以客戶受管金鑰 {keyArn} 加密的保存庫 {vaultName}，並改為複製到該保存庫。',
    'fix.ENC_CREATE_KEY_THEN_VAULT':
      '在目的地帳戶建立客戶受管 KMS 金鑰，再建立以它加密的保存庫 {vaultName}，並複製到該保存庫。提供金鑰的 ARN 即可取得確切的保存庫指令。',

    // ---- vault lock
    'finding.VAULT_NOT_LOCKED': '目的地保存庫 {vaultName} 未設定保存庫鎖定，任何保留期間都可接受。',
    'finding.VAULT_LOCK_RANGE': '目的地保存庫 {vaultName} 已鎖定：複本必須保留 {min} 到 {max} 天。請提供複製規則的保留期間 (DeleteAfterDays) 以便檢查。',
    'finding.VAULT_LOCK_RANGE_MISSING':
      '保存庫 {vaultName} 已鎖定，但貼上的輸出中沒有 MinRetentionDays 或 MaxRetentionDays。請貼上 `aws backup describe-backup-vault` 的完整輸出。',
    'finding.VAULT_LOCK_RETENTION_OK': '複本的保留期間（{retention} 天）在保存庫 {vaultName} 的鎖定範圍內（{min} 到 {max} 天）。',
    'finding.VAULT_LOCK_RETENTION_TOO_SHORT':
      '複本保留 {retention} 天，少於保存庫 {vaultName} 要求的最少 {min} 天（範圍 {min} 到 {max}）。請將複製規則的保留期間設為至少 {min} 天。',
    'finding.VAULT_LOCK_RETENTION_TOO_LONG':
      '複本保留 {retention} 天，超過保存庫 {vaultName} 允許的最多 {max} 天（範圍 {min} 到 {max}）。請將複製規則的保留期間設為最多 {max} 天。',
    'finding.VAULT_LOCK_RETENTION_NEVER_EXPIRES':
      '複本永不過期 ({retention})，但保存庫 {vaultName} 最多只允許 {max} 天（範圍 {min} 到 {max}）。請為複製規則設定最多 {max} 天的保留期間。',
    'finding.VAULT_LOCK_RETENTION_UNREADABLE': '複本保留期間「{value}」不是天數。請以數字（例如 35）或 "never" 表示。',
    'finding.VAULT_LOCK_RETENTION_REPORTED':
      '複製任務顯示「{message}」：複本的保留期間超出目的地保存庫鎖定的範圍。請將複製規則的保留期間設在 MinRetentionDays 到 MaxRetentionDays 之間。',
    'finding.VAULT_LOCK_LAG_RETENTION_TOO_SHORT':
      '目的地是邏輯氣隙保存庫，不接受保留少於 {min} 天的複本，而這個複本只保留 {retention} 天：保存庫會拒絕它。請將複本至少保留 {min} 天。',
    'finding.VAULT_LOCK_LAG_MINIMUM':
      '目的地是邏輯氣隙保存庫：它一律處於鎖定狀態，MinRetentionDays 至少為 {min}。請貼上目的地保存庫的 `aws backup describe-backup-vault` 輸出，以查看確切範圍。',
    'finding.VAULT_LOCK_LOCKED_PER_COPY_JOB':
      '複製任務表示目的地保存庫已鎖定（DestinationVaultLockState 為 LOCKED）。請貼上目的地保存庫的 `aws backup describe-backup-vault` 輸出，以查看它接受的保留範圍。',
    'finding.VAULT_LOCK_RANGE_NEEDED': '請貼上目的地保存庫的 `aws backup describe-backup-vault` 輸出，以查看允許的範圍。',
    'finding.VAULT_LOCK_MESSAGE_CONTRADICTED':
      '複本的保留期間（{retention} 天）在 {vaultName} 的鎖定範圍（{min} 到 {max} 天）之內，但複製任務表示並非如此。請確認貼上的保存庫就是該任務的目的地保存庫；若是，這則訊息來自規則或鎖定變更之前：請重新執行複製。',
    'fix.VAULT_LOCK_SET_RETENTION_RANGE':
      '將複製規則的生命週期（複製動作的 DeleteAfterDays）設在 {min} 到 {max} 天之間，例如 {days} 天，讓目的地保存庫的鎖定接受此複本。',
    'fix.VAULT_LOCK_SET_RETENTION_MIN':
      '將複製規則的生命週期（複製動作的 DeleteAfterDays）設為至少 {min} 天，例如 {days} 天，讓目的地保存庫的鎖定接受此複本。',
    'fix.VAULT_LOCK_SET_RETENTION_MAX':
      '將複製規則的生命週期（複製動作的 DeleteAfterDays）設為最多 {max} 天，例如 {days} 天，讓目的地保存庫的鎖定接受此複本。',
    'fix.VAULT_LOCK_SET_RETENTION': '將複製規則的生命週期（複製動作的 DeleteAfterDays）設在目的地保存庫鎖定的 MinRetentionDays 與 MaxRetentionDays 之間。',

    // ---- IAM role
    'finding.IAM_ROLE_CANNOT_BE_ASSUMED':
      '複製任務顯示「{message}」。角色 {roleArn} 不存在，或其信任政策不允許 backup.amazonaws.com 擔任它。請建立該角色或修正其信任政策。',
    'finding.IAM_ROLE_CANNOT_BE_ASSUMED_UNKNOWN_ROLE':
      '複製任務顯示「{message}」。任務角色不存在或不信任 backup.amazonaws.com。請貼上複製任務 (describe-copy-job) 以指出是哪個角色。',
    'finding.IAM_ROLE_INSUFFICIENT_PERMISSIONS': '複製任務顯示「{message}」。請將 AWS Backup 的受管角色政策附加到 {roleArn}。',
    'finding.IAM_ROLE_INSUFFICIENT_PERMISSIONS_UNKNOWN_ROLE': '複製任務顯示「{message}」。請將 AWS Backup 的受管角色政策附加到任務角色；請貼上複製任務以指出是哪個角色。',
    'finding.IAM_PASS_ROLE_MISSING':
      '複製任務顯示「{message}」。啟動複製的身分無法將角色 {roleArn} 傳遞給 AWS Backup：請允許對它執行 iam:PassRole（或檢查是否有服務控制政策拒絕此操作）。',
    'finding.IAM_PASS_ROLE_MISSING_UNKNOWN_ROLE':
      '複製任務顯示「{message}」。啟動複製的身分可能無法將任務角色傳遞給 AWS Backup (iam:PassRole)，或有服務控制政策拒絕此呼叫。請貼上複製任務以指出是哪個角色。',
    'finding.IAM_ROLE_DELETED_DURING_COPY':
      '複製任務顯示「{message}」。這會在複製進行中刪除或變更角色 {roleArn} 時發生。請保留該角色直到複製完成，再重新複製。',
    'finding.IAM_ROLE_DELETED_DURING_COPY_UNKNOWN_ROLE':
      '複製任務顯示「{message}」。這會在複製進行中刪除或變更任務角色時發生。請保留該角色直到複製完成，再重新複製。',
    'finding.IAM_ROLE_NOT_IMPLICATED': '複製使用角色 {roleArn} 執行，而錯誤訊息指出的失敗原因在別處：AWS Backup 能夠擔任此角色，失敗的也不是它的呼叫。',
    'finding.IAM_ROLE_NOT_IMPLICATED_UNKNOWN_ROLE': '錯誤訊息指出的失敗原因在別處：AWS Backup 能夠擔任任務角色，失敗的也不是它的呼叫。',
    'finding.IAM_ROLE_COPY_COMPLETED': '複製任務已完成，因此 AWS Backup 能夠擔任並使用任務角色。',
    'finding.IAM_ROLE_MAY_LACK_COPY_PERMISSIONS':
      '當任務角色 {roleArn} 本身不能呼叫 backup:CopyIntoBackupVault 或 backup:CopyFromBackupVault 時，AWS Backup 也會顯示同樣的「Access Denied」。若目的地保存庫政策允許來源帳戶，且沒有服務控制政策拒絕複製，請檢查該角色本身的政策。',
    'finding.IAM_ROLE_MAY_LACK_COPY_PERMISSIONS_UNKNOWN_ROLE':
      '當任務角色本身不能呼叫 backup:CopyIntoBackupVault 或 backup:CopyFromBackupVault 時，AWS Backup 也會顯示同樣的「Access Denied」。若目的地保存庫政策允許來源帳戶，且沒有服務控制政策拒絕複製，請檢查該角色本身的政策。',
    'finding.SOURCE_VAULT_POLICY_DENIES_COPY':
      '來源保存庫存取政策的陳述式 {statement} 拒絕了 {actions}，而複製在來源端需要它們。保存庫政策的 Deny 會壓過角色的任何 Allow：請先審查，再限縮它。',
    'finding.SOURCE_VAULT_POLICY_DENY_UNDECIDED':
      '來源保存庫存取政策的陳述式 {statement} 可能拒絕 {action}：現有的輸入無法判斷它的主體或條件。請人工檢查。',
    'finding.SOURCE_VAULT_POLICY_NO_DENY': '來源保存庫存取政策沒有拒絕複製的任何請求（backup:StartCopyJob、backup:CopyFromBackupVault）。',
    'finding.SOURCE_VAULT_EFS_DEFAULT_DENY':
      '這次複製來自 EFS 自動備份保存庫 {vault}。它的預設存取政策對所有人拒絕 {action}（以及還原與刪除），所以在修改這份政策之前，從它複製出去都會失敗。請貼上它的政策（在來源帳戶執行 get-backup-vault-access-policy）來檢查並取得修正後的政策。',
    'finding.SOURCE_VAULT_EFS_DEFAULT_POLICY':
      '這是 EFS 自動備份保存庫 {vault} 的預設政策：在修改之前，它會拒絕從這個保存庫複製出去。',
    'finding.SOURCE_VAULT_POLICY_DENY_NEEDS_HAND_EDIT':
      '來源保存庫存取政策的陳述式 {statement} 是透過萬用字元、NotAction 拒絕複製，或它是政策的唯一內容，所以不提供修正後的政策：請手動限縮它，讓 backup:StartCopyJob 與 backup:CopyFromBackupVault 不再被拒絕。',
    'finding.SOURCE_VAULT_NAME_UNKNOWN':
      '不知道來源保存庫的名稱，所以沒有套用 {fileName} 的指令。請貼上複製工作或 get-backup-vault-access-policy 的輸出。',
    'finding.SOURCE_VAULT_REGION_UNKNOWN': '不知道來源保存庫 {vault} 所在的區域，所以沒有套用 {fileName} 的指令。請輸入來源區域。',
    'finding.IAM_ROLE_POLICY_ACTION_NOT_ALLOWED':
      '複製角色已貼上的政策都沒有允許對 {resource} 執行 {action}。跨帳戶複製時，除了保存庫政策，角色自身的身分型政策也必須允許它（AWSBackupServiceRolePolicyForBackup 有包含）。',
    'finding.IAM_ROLE_POLICY_ACTION_NOT_ALLOWED_ANYWHERE':
      '複製角色已貼上的政策都沒有允許 {action}。跨帳戶複製時，除了保存庫政策，角色自身的身分型政策也必須允許它（AWSBackupServiceRolePolicyForBackup 有包含）。',
    'finding.IAM_ROLE_POLICY_DENIES_COPY':
      '複製角色的政策 {policy} 中的陳述式 {statement} 拒絕了複製所需的 {action}。其他地方的 Allow 無法抵銷：請先審查，再限縮或移除這個 Deny。',
    'finding.IAM_ROLE_POLICY_NEEDS_RESOURCE':
      '複製角色的政策 {policy} 中的陳述式 {statement} 為 {action} 指定了特定資源，但不知道這次複製的資源。請貼上複製工作（describe-copy-job）來判斷。',
    'finding.IAM_ROLE_POLICY_CONDITION_UNDECIDED':
      '複製角色的政策 {policy} 中的陳述式 {statement} 對 {action} 有一個 {key} 條件，現有的輸入無法判斷。',
    'finding.IAM_ROLE_POLICY_STATEMENT_UNDECIDED':
      '無法判斷複製角色的政策 {policy} 中的陳述式 {statement} 對 {action} 的效果：請人工檢查。',
    'finding.IAM_ROLE_COPY_JOB_WITHOUT_RECOVERY_POINT':
      '貼上的複製工作沒有有效的 SourceRecoveryPointArn，所以無法拿它比對複製角色中 backup:CopyFromBackupVault 的陳述式。請貼上完整的 describe-copy-job 輸出。',
    'finding.IAM_ROLE_POLICY_DOCUMENTS_MISSING':
      '複製角色附加了內容不在貼上文字裡的政策：{policies}。其中的 Deny 或 Allow 都看不到。請貼上這個角色的 get-account-authorization-details，或這些政策的 get-policy-version 輸出。',
    'finding.IAM_ROLE_MANAGED_POLICY_ALLOWS_COPY':
      '這個角色附加了 {policy}，它允許 backup:CopyIntoBackupVault 與 backup:CopyFromBackupVault。',
    'finding.IAM_ROLE_PERMISSIONS_BOUNDARY_NOT_READ':
      '這個角色有權限界限 {boundaryArn}。界限會限制政策所允許的範圍：請確認它也允許 backup:CopyIntoBackupVault 與 backup:CopyFromBackupVault。',
    'finding.IAM_ROLE_POLICIES_ALLOW_COPY': '複製角色自身的政策允許複製所需的動作：{actions}。',
    'finding.IAM_ROLE_NOT_IN_DETAILS':
      '貼上的 get-account-authorization-details 輸出裡沒有複製角色 {roleName}，只有：{roles}。請在角色所在的來源帳戶執行。',
    'finding.IAM_ROLE_NOT_IN_DETAILS_UNKNOWN_ROLE':
      '貼上的 get-account-authorization-details 輸出有好幾個角色（{roles}），但沒有資料說明複製使用哪一個。請貼上寫有角色（IamRoleArn）的複製工作。',
    'finding.IAM_ROLE_POLICIES_OF_OTHER_ROLE':
      '有些貼上的角色政策屬於其他角色（{roles}），不是複製工作使用的角色。請只貼上複製角色的政策。',
    'finding.IAM_ROLE_POLICY_FIX_NEEDS_ARN':
      '{action} 的陳述式需要這次複製的確切資源 ARN，但現有的輸入沒有提供。請貼上複製工作（describe-copy-job）。',
    'finding.IAM_ROLE_NAME_UNKNOWN':
      '不知道複製角色的名稱，所以沒有套用 {fileName} 的指令。請貼上寫有角色的複製工作。',
    'finding.IAM_ROLE_NO_OUTCOME_YET': '貼上的複製任務還沒有狀態訊息（狀態 {state}），因此看不出角色是否正常。請在任務結束後再貼上一次。',
    'finding.IAM_ROLE_MESSAGE_NOT_RECOGNISED':
      '貼上的錯誤訊息不是 Copy Doctor 認得的訊息，因此看不出任務角色是否相關。請貼上 `aws backup describe-copy-job` 的完整輸出。',
    'fix.IAM_ROLE_TRUST_BACKUP':
      '確認角色 {roleName} 存在於帳戶 {account} 中並信任 backup.amazonaws.com（信任政策 {trustPolicy}），並附加 AWS Backup 的受管角色政策。若 get-role 顯示角色不存在，請建立它：{createCommand}',
    'fix.IAM_ROLE_TRUST_BACKUP_UNKNOWN_ROLE': '任務角色必須存在於執行複製的帳戶中，並信任 backup.amazonaws.com（信任政策 {trustPolicy}）。請貼上複製任務以取得確切指令。',
    'fix.SOURCE_VAULT_POLICY_NARROW_DENY':
      '把 {actions} 從來源保存庫存取政策的 Deny 中移除（請先審查）：其他動作仍然被拒絕。請在來源帳戶執行：',
    'fix.IAM_ROLE_ADD_COPY_PERMISSIONS':
      '替複製角色 {roleName} 加上內嵌政策 {policyName}：它只允許對這次複製自己的資源執行 {actions}。請在來源帳戶執行：',
    'fix.IAM_ROLE_ADD_COPY_PERMISSIONS_UNKNOWN_ROLE':
      '替複製角色加上內嵌政策 {policyName}：它只允許對這次複製自己的資源執行 {actions}。請貼上複製工作以取得指令。',
    'fix.IAM_ROLE_ATTACH_POLICIES': '將 AWS Backup 的受管角色政策附加到 {roleName}（S3 另外需要它專屬的兩個政策）。',
    'fix.IAM_ROLE_ATTACH_POLICIES_UNKNOWN_ROLE': '將 AWS Backup 的受管角色政策附加到任務角色。請貼上複製任務以取得確切指令。',
    'fix.IAM_ALLOW_PASS_ROLE':
      '允許啟動複製的身分（呼叫 StartCopyJob 或管理備份計畫的使用者或角色）將 {roleArn} 傳遞給 AWS Backup：將此政策加入該身分：{statement}',
    'fix.IAM_ALLOW_PASS_ROLE_UNKNOWN_ROLE':
      '允許啟動複製的身分將任務角色傳遞給 AWS Backup（iam:PassRole，並以 iam:PassedToService 限定 backup.amazonaws.com）。請貼上複製任務以取得確切的陳述式。',
    'fix.IAM_KEEP_ROLE': '保留角色 {roleName} 直到所有使用它的複製完成，再重新執行複製。確認角色仍然存在：',
    'fix.IAM_KEEP_ROLE_UNKNOWN_ROLE': '保留任務角色直到所有使用它的複製完成，再重新執行複製。',

    // ---- tag policy
    'finding.TAG_POLICY_NOT_RECOGNISED':
      '貼上的內容不是標籤政策。請貼上政策本身，或以來源帳戶 ID 執行 `aws organizations describe-effective-policy --policy-type TAG_POLICY --target-id` 的輸出。',
    'finding.RESOURCE_TAGS_NOT_RECOGNISED': '貼上的內容不是標籤清單。請貼上標籤的 JSON 物件、Tags 清單，或 `aws backup list-tags` 的輸出。',
    'finding.TAGS_TOO_MANY': '此資源有 {count} 個使用者標籤；復原點最多只能有 {max} 個。請移除標籤，直到最多剩下 {max} 個。',
    'finding.TAGS_TOO_MANY_REPORTED': '複製任務顯示「{message}」。請移除資源的標籤，直到使用者標籤最多剩下 {max} 個。',
    'finding.TAG_KEY_CASE': '標籤鍵 {tagKey} 的大小寫與標籤政策對備份復原點的要求不同：應為 {expectedKey}。請將標籤改名為 {expectedKey}。',
    'finding.TAG_VALUE_NOT_ALLOWED':
      '標籤 {tagKey} 的值為「{value}」，標籤政策不允許備份復原點使用此值（允許的值：{allowed}）。請修改此值，或在標籤政策中允許它。',
    'finding.TAG_POLICY_RULE': '標籤政策規則 {policyKey} 對 AWS Backup 復原點強制執行。',
    'finding.TAG_POLICY_VALUE_REPORTED':
      '複製任務顯示「{message}」：標籤政策拒絕了標籤 {tagKey} 的值。請貼上標籤政策與資源的標籤，以查看允許的值。',
    'finding.TAG_POLICY_VALUE_REPORTED_NO_KEY': '複製任務顯示「{message}」：標籤政策拒絕了資源的某個標籤值。請貼上標籤政策與資源的標籤，以找出是哪一個。',
    'finding.TAG_POLICY_MESSAGE_STALE':
      '貼上的複製任務訊息為「{message}」，指出標籤 {tagKey} 有問題，但貼上的標籤已沒有這個問題：它們符合標籤政策。這則訊息來自先前的嘗試；請重新執行複製。',
    'finding.TAG_POLICY_MESSAGE_STALE_NO_KEY':
      '貼上的複製任務訊息為「{message}」，指出某個標籤值有問題，但貼上的標籤已沒有這個問題：它們符合標籤政策。這則訊息來自先前的嘗試；請重新執行複製。',
    'finding.TAG_COPY_INTERNAL_FAILURE':
      '複製任務顯示「{message}」。通常是對 backup:recovery-point 強制執行的標籤政策拒絕了資源的某個標籤。請貼上標籤政策與標籤以找出原因。',
    'finding.TAG_POLICY_NOT_ENFORCED_FOR_BACKUP': '標籤政策的 {rules} 條規則都沒有對 backup:recovery-point 強制執行，因此不會阻擋複製。',
    'finding.TAG_POLICY_NONE_IN_EFFECT':
      'describe-effective-policy 顯示沒有任何標籤政策套用於此帳戶 (EffectivePolicyNotFoundException)，因此沒有標籤政策會拒絕複本的標籤。',
    'finding.TAG_POLICY_ENFORCED_KEYS': '標籤政策對備份復原點強制執行這些標籤：{keys}。請貼上資源的標籤以便檢查。',
    'finding.TAGS_COMPLY': '全部 {count} 個標籤都符合對備份復原點強制執行的規則（{keys}）。',
    'fix.TAGS_CORRECT_ON_RECOVERY_POINT': '修正來源復原點上的標籤（{changes}），然後重新執行複製。',
    'fix.TAGS_CORRECT_ON_RESOURCE':
      '修正資源上的標籤（{changes}），讓下一次備份帶有政策接受的標籤，再複製該復原點。請以資源所屬服務的指令套用（例如 aws ec2 create-tags 或 aws rds add-tags-to-resource），並移除寫錯的標籤鍵。',
    'fix.TAG_POLICY_ALLOW_VALUES':
      '將標籤改為標籤政策允許的值，或在標籤政策中允許目前使用的值（{values}）（修正後的文件如下；在管理帳戶套用前請先檢閱）。',
    'fix.TAG_POLICY_ALLOW_VALUES_EFFECTIVE':
      '將標籤改為標籤政策允許的值，或允許目前使用的值（{values}）。有效政策是由多個標籤政策合併而成：請在指定允許值的那個政策中進行下方所示的變更。',
    'fix.TAGS_REDUCE': '移除資源的標籤，讓使用者標籤最多剩下 {max} 個（以 aws: 開頭的標籤不計），重新備份後再複製新的復原點。',

    // ---- service control policies
    'finding.SCP_DENY_BLOCKS_COPY':
      '服務控制政策 {policy} 的陳述式 {statement} 拒絕了複製任務角色的 {actions}。請縮小該 Deny 的範圍，使其不再影響複製（見需檢閱的變更），或將此政策從帳戶卸離。',
    'finding.SCP_DENY_MAY_BLOCK_COPY':
      '服務控制政策 {policy} 的陳述式 {statement} 可能拒絕 {actions}；結果取決於尚未得知的值（{reasons}）。請提供這些值以便判斷。',
    'finding.SCP_DENY_NEEDS_MANUAL_CHANGE':
      '{policy} 的陳述式 {statement} 無法自動縮小範圍。請貼上複製任務（其中會指出任務角色），或手動修改該陳述式，使其不套用於複製。',
    'finding.SCP_NOT_ALLOWED_BY_ANY':
      '貼上的服務控制政策都沒有允許 {actions}。若這些就是組織某一層級的全部 SCP，複製會被阻擋：請允許這些動作（例如使用 FullAWSAccess）。',
    'finding.SCP_SERVICE_LINKED_ROLE_EXEMPT':
      '服務控制政策永遠不會限制服務連結角色：AWSServiceRoleForBackup 執行的複製工作不受影響，只會影響任務角色與啟動複製的身分。',
    'finding.SCP_JOB_ROLE_UNKNOWN': '目前不知道任務角色，因此無法判斷 aws:PrincipalArn 的條件。請貼上複製任務 (describe-copy-job) 以指出角色。',
    'finding.SCP_NO_DENY': '貼上的 {count} 個服務控制政策都沒有拒絕複製所需的動作。',
    'finding.SCP_NOT_RECOGNISED':
      '貼上的內容不是服務控制政策。請貼上單一政策、以 JSON 陣列表示的多個政策，或 `aws organizations describe-policy --policy-id` 的輸出。',
    'finding.SCP_MAY_EXPLAIN_MESSAGE': '複製任務的錯誤可能來自服務控制政策。請貼上套用於來源帳戶的 SCP 以便檢查。',
    'fix.SCP_NARROW_DENY': '縮小阻擋複製的 Deny 陳述式範圍，其餘內容保持不變（{changes}）。在管理帳戶套用前請先檢閱此變更。',

    // ---- resource control policies (same check)
    'finding.RCP_DENY_BLOCKS_COPY':
      '資源控制政策 {policy} 的陳述式 {statement} 拒絕複製工作的角色對複製所用的金鑰執行 {actions}。請縮小該 Deny 的範圍，使其不再影響複製（請參閱待檢閱的變更），或從金鑰所屬帳戶分離該政策。',
    'finding.RCP_DENY_MAY_BLOCK_COPY':
      '資源控制政策 {policy} 的陳述式 {statement} 可能拒絕對複製所用的金鑰執行 {actions}；這取決於尚未知道的值（{reasons}）。請提供這些值以便判斷。',
    'finding.RCP_DENY_NEEDS_MANUAL_CHANGE':
      '無法自動縮小資源控制政策 {policy} 的陳述式 {statement}。請貼上複製工作（其中列出工作角色），或手動修改該陳述式，使其不套用於複製。',
    'finding.RCP_BACKUP_DENY_NO_EFFECT':
      '資源控制政策 {policy} 的陳述式 {statement} 拒絕 {actions}，但這沒有效果：AWS Backup 不是資源控制政策支援的服務，因此 RCP 無法在 AWS Backup 這一側封鎖複製。',
    'finding.RCP_ONLY_KMS':
      '資源控制政策永遠不會套用於服務連結角色，且 AWS Backup 不是它支援的服務：RCP 只能在 KMS 這一側封鎖複製：工作角色對來源金鑰（以及邏輯氣隙目的地的客戶受管金鑰）的使用。',
    'finding.RCP_AWS_MANAGED_KEY_EXEMPT': '來源金鑰是 AWS 受管金鑰，而資源控制政策不會套用於 AWS 受管金鑰：貼上的 RCP 都無法封鎖這次複製。',
    'finding.RCP_NO_KMS_DENY': '貼上的 {count} 個資源控制政策都沒有拒絕工作角色對金鑰執行複製所需的 KMS 動作。',
    'finding.RCP_NOT_RECOGNISED': '貼上的文字不是資源控制政策。請貼上一個政策、以 JSON 陣列貼上多個政策，或貼上 `aws organizations describe-policy --policy-id` 的輸出。',

    // ---- pastes a check cannot read (any of the checks above)
    'finding.PASTE_CLI_ERROR':
      '貼上的內容是 AWS CLI 錯誤 ({code})，不是 `{command}` 的輸出。請在步驟指定的帳戶中，以有讀取權限的身分重新執行該指令，並貼上其輸出。',
    'finding.PASTE_NOT_RECOGNISED': '貼上的內容不是 `{command}` 的輸出。請執行該指令並貼上完整輸出。',
    'finding.COPY_JOB_WITHOUT_ROLE': '貼上的複製任務沒有指出任務角色 (IamRoleArn)。請貼上 `aws backup describe-copy-job` 的完整輸出。',
    'finding.PASTE_EVALUATED_AFTER_REPAIR':
      '貼上的政策文字有 {count} 處貼上時造成的損壞（彎引號、結尾逗號、註解等）。內容是在修復後才讀取的：照原樣貼上的文字會被 AWS 拒絕，請與 AWS Organizations 中的政策比對。',
  },
);
