// Words for every check: `finding.<CODE>` for each finding code and `fix.<CODE>` for each fix summary code the
// check registry declares (src/engine/checks/), plus the policy evaluator's "cannot decide" answers. Sections follow
// the checks. `src/i18n/localize.ts` fails to compile when a declared code has no words here or in the other parts.

const words = {
  // ---- what each check is: its title, why it matters, the questions its step asks
  'check.organization.title': 'Same organization',
  'check.organization.why': 'AWS Backup copies between accounts only inside one AWS Organization.',
  'question.organization': 'Are both accounts in the same AWS Organization?',
  'question.organization.same': 'Yes, the same organization',
  'question.organization.different': 'No, different organizations (or one is standalone)',
  'question.organization.not-sure': 'Not sure',
  'question.lagCopyPath': 'Only when copying from a logically air-gapped vault shared with this account: how is it shared?',
  'question.lagCopyPath.ram': 'Through an AWS RAM share',
  'question.lagCopyPath.mpa': 'Through multi-party approval (a restore access vault)',
  'question.lagCopyPath.not-sure': 'Not sure, or not such a vault',
  'check.cross-account-setting.title': 'Cross-account backup setting',
  'check.cross-account-setting.why':
    'Cross-account backup has to be turned on once, in the organization’s management account, or every cross-account copy fails.',
  'question.crossAccountSetting': 'Is cross-account backup turned on in the management account?',
  'question.crossAccountSetting.enabled': 'Yes, it is on',
  'question.crossAccountSetting.disabled': 'No, it is off',
  'question.crossAccountSetting.not-sure': 'Not sure',
  'check.resource-support.title': 'Resource type and Regions',
  'check.resource-support.why':
    'Not every resource type can be copied to another account or Region, and some Regions have exceptions.',
  'question.advancedFeatures': 'For DynamoDB: are AWS Backup advanced features for DynamoDB turned on?',
  'question.advancedFeatures.yes': 'Yes',
  'question.advancedFeatures.no': 'No',
  'question.advancedFeatures.not-sure': 'Not sure, or not DynamoDB',
  'question.recoveryPointKind': 'What kind of recovery point is being copied?',
  'question.recoveryPointKind.snapshot': 'A snapshot backup',
  'question.recoveryPointKind.continuous': 'A continuous backup (point-in-time recovery)',
  'question.recoveryPointKind.cold': 'A backup in cold storage or the archive tier',
  'question.recoveryPointKind.not-sure': 'Not sure',
  'check.encryption.title': 'Encryption keys',
  'check.encryption.why':
    'A copy to another account needs keys the other account may use: AWS managed keys and the default vault key cannot be shared.',
  'check.source-key-policy.title': 'Source KMS key policy',
  'check.source-key-policy.why':
    'The destination account re-encrypts the copy, so the source key’s policy must let the destination account use the key.',
  'check.destination-vault-policy.title': 'Destination vault access policy',
  'check.destination-vault-policy.why':
    'The destination vault accepts copies only from accounts its access policy allows to call backup:CopyIntoBackupVault.',
  'question.vaultPolicyExists': 'Does the destination vault have an access policy?',
  'question.vaultPolicyExists.yes': 'Yes (paste it below)',
  'question.vaultPolicyExists.no': 'No: get-backup-vault-access-policy says ResourceNotFoundException',
  'question.vaultPolicyExists.not-sure': 'Not sure',
  'check.tag-policy.title': 'Tag policies',
  'check.tag-policy.why':
    'AWS Backup copies the resource’s tags to the copy. A tag policy enforced for recovery points can reject them.',
  'check.vault-lock.title': 'Vault lock retention',
  'check.vault-lock.why': 'A locked vault accepts only copies whose retention is inside the lock’s minimum and maximum.',
  'check.service-control-policies.title': 'Service control policies (SCPs)',
  'check.service-control-policies.why':
    'A service control policy can deny copying or the key actions, whatever the other policies allow.',
  'check.iam-role.title': 'IAM role',
  'check.iam-role.why': 'The copy job’s IAM role must exist, trust AWS Backup, and its own policies must allow copying out of the source vault and into the destination vault; the source vault’s policy must not deny it. Whoever starts the job may need iam:PassRole.',

  // ---- source key policy, destination vault policy, checks not automated, the evaluator
  // Source key policy
  'finding.KEY_POLICY_ACTION_NOT_ALLOWED':
    'The key policy does not allow the destination account’s AWSServiceRoleForBackup ({principal}) these {count} actions the copy needs: {actions}.',
  'finding.KEY_POLICY_GRANT_NOT_ALLOWED':
    'The key policy does not allow the destination account’s AWSServiceRoleForBackup ({principal}) to manage grants for AWS resources (kms:GrantIsForAWSResource = true): {actions}. The copy needs them to create grants on the key.',
  'finding.KEY_POLICY_DENY_BLOCKS_COPY':
    'Statement {statement} is a Deny that applies to the destination account’s AWSServiceRoleForBackup ({principal}) for {actions}. A Deny wins over every Allow, so the copy cannot use the key.',
  'finding.KEY_POLICY_DENY_BLOCKS_RECOMMENDED':
    'Statement {statement} is a Deny that applies to the destination account’s AWSServiceRoleForBackup ({principal}) for {actions}. The copy itself does not need these, but AWS Backup uses them to look after the grants it creates. The corrected policy narrows the Deny; review it.',
  'finding.KEY_POLICY_RECOMMENDED_GRANT_MISSING':
    'The key policy lets the destination account’s AWSServiceRoleForBackup ({principal}) do everything the copy needs, but not {actions}. AWS documents them beside kms:CreateGrant so that AWS Backup can list and revoke the grants it creates; the copy works without them. The corrected policy adds them, with kms:GrantIsForAWSResource.',
  'finding.KEY_POLICY_VIA_OTHER_SERVICE':
    'Statement {statement} allows {actions} only when the key is used through {service}. AWS Backup copies of some resource types (EBS through EC2, RDS through RDS) do call KMS that way, so this may be enough, but calls AWS Backup makes itself are not allowed. It cannot be confirmed from the policy alone.',
  'finding.KEY_POLICY_OWNER_STATEMENT_ADDED':
    'Nobody in the key’s own account {account} could change this key policy after the update, and KMS refuses a policy that locks its owner out. The corrected policy adds the statement {sid} (kms:* for {account}), as in the default key policy.',
  'finding.KEY_POLICY_OWNER_DENIED':
    'A Deny stops account {account} from changing this key policy (kms:PutKeyPolicy). KMS may refuse the corrected policy; the Deny was left as it is.',
  'finding.KEY_ARN_UNKNOWN':
    'The corrected policy is ready as {fileName}, but the command to apply it needs the key’s ARN. Enter the source key ARN, or paste the output of aws kms describe-key, and the command appears.',

  // Destination vault policy
  'finding.VAULT_POLICY_MISSING':
    'The destination vault has no access policy, so no other account may copy into it. Create one that allows backup:CopyIntoBackupVault for the source account.',
  'finding.VAULT_POLICY_SOURCE_NOT_ALLOWED':
    'The vault access policy does not allow {action} for the source account {source}. Copies from that account are refused ("Access Denied trying to call AWS Backup service").',
  'finding.VAULT_POLICY_DENY_BLOCKS_COPY':
    'Statement {statement} is a Deny that applies to {action} from the source account {source}. A Deny wins over every Allow, so the copy is refused.',
  'finding.VAULT_NAME_UNKNOWN':
    'The corrected policy is ready as {fileName}, but the command to apply it needs the destination vault’s name. Enter it, or paste the get-backup-vault-access-policy output, and the command appears.',
  'finding.VAULT_REGION_UNKNOWN':
    'The corrected policy is ready as {fileName}, but the command for vault {vault} needs the destination Region. Enter it and the command appears.',

  // Shared by both policy checks
  'finding.POLICY_DENY_NARROWED':
    'The corrected policy keeps Deny statement {statement} but adds the condition {condition} so that it no longer applies to {principal}. Review this change before you apply it.',
  'finding.POLICY_DENY_KEPT_FOR_OTHER_ACTIONS':
    'Narrowing Deny statement {statement} would also have stopped it denying {principal} these actions, which another statement allows: {actions}. The corrected policy adds the statement {sid}, a copy of that Deny for {principal} and exactly those actions, so that the copy gets what it needs and nothing more. Review it with the narrowed Deny.',
  'finding.POLICY_CONDITION_NEEDS_ORGANIZATION_ID':
    'Statement {statement} applies only when {key} matches ({operator}). Enter the organization ID (o-...) to decide it for {actions}.',
  'finding.POLICY_CONDITION_NEEDS_REGION':
    'Statement {statement} applies only when {key} matches ({operator}). Enter the source Region to decide it for {actions}.',
  'finding.POLICY_CONDITION_NEEDS_ORG_PATH':
    'Statement {statement} applies only when {key} matches ({operator}). Enter the source account’s organization path (o-.../r-.../ou-.../) to decide it for {actions}.',
  'finding.POLICY_CONDITION_UNDECIDABLE':
    'Statement {statement} depends on the condition {operator} on {key}, whose value for the copy is not known here. Whether it applies to {actions} cannot be decided; check it by hand.',
  'finding.POLICY_CONDITION_OPERATOR_UNKNOWN':
    'Statement {statement} uses the condition operator {operator}, which Copy Doctor cannot evaluate. Whether it applies to {actions} is not decided.',
  'finding.POLICY_NOT_PRINCIPAL_AMBIGUOUS':
    'Statement {statement} uses NotPrincipal and lists either the account or the role, but not both. AWS may check either, so whether it applies to {actions} is not decided. Prefer a condition on aws:PrincipalArn.',
  'finding.POLICY_RESOURCE_UNDECIDED':
    'Statement {statement} names a specific resource; without the resource’s ARN it is not decided whether it covers {actions}.',
  'finding.POLICY_PRINCIPAL_ROLE_UNKNOWN':
    'Statement {statement} names a role or user of the source account, and which role the copy job uses is not known, so whether it covers {actions} is not decided. Paste the copy job (aws backup describe-copy-job): its IamRoleArn names the role.',
  'finding.POLICY_CONDITION_NEEDS_COPY_ROLE':
    'Statement {statement} applies only when {key} matches ({operator}). Paste the copy job (aws backup describe-copy-job), whose IamRoleArn names the role that makes the request, to decide it for {actions}.',
  'finding.POLICY_CONDITION_KEY_INVENTED':
    'Statement {statement} allows {actions} only when {key} matches ({operator}), but {key} is not a condition key that exists. No request ever carries it, so this condition is never true and the statement never allows anything. Remove the condition, or use a real key.',
  'finding.POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL':
    'Statement {statement} allows {actions} only when {key} matches ({operator}). The copy’s requests are made by AWS Backup itself, not from your network, a VPC endpoint or a browser, so they never carry {key}: this statement never allows the copy. Narrow it with aws:PrincipalOrgID or the account instead.',
  'finding.POLICY_CONDITION_KEY_NOT_IN_REQUEST':
    'Statement {statement} allows {actions} only when {key} matches ({operator}). {service} requests for {actions} never carry {key}, so this condition is never true and the statement never allows these actions.',
  'finding.POLICY_DENY_CONDITION_KEY_INVENTED':
    'Statement {statement} is a Deny for {actions} conditioned on {key} ({operator}), which is not a condition key that exists. No request carries it, so this Deny never applies. If it was meant to protect something, use a real key.',
  'finding.POLICY_DEAD_ALLOW_COVERED':
    'Statement {statement} never matches (see above), but another statement of this policy allows {actions}, so it does not block the copy. Keeping it changes nothing; remove it or correct its condition when convenient.',
  'finding.POLICY_EXAMPLE_ORG_REPLACED':
    'Statement {statement} named {value}, the example organization ID from the AWS documentation. The corrected policy puts your organization ID {org} in its place.',
  'finding.POLICY_EXAMPLE_ORG_NARROWED':
    'Statement {statement} named {value}, the example organization ID from the AWS documentation, so it never allowed anyone. Your organization ID is not known, so the corrected policy narrows the statement to account {account} (aws:PrincipalAccount). Enter your organization ID to keep it organization-wide instead.',
  'finding.FIX_AFTER_HAND_EDIT':
    'AWS would refuse this policy because of {count} error(s) marked above that only you can correct (a corrected policy would be refused too). Correct them, then check again: the corrected policy appears.',
  'finding.POLICY_STATEMENT_UNREADABLE':
    'Statement {statement} cannot be read ({element}), so its effect on {actions} is not decided.',
  'finding.POLICY_NOT_A_POLICY': 'The pasted text is JSON but not a policy: it has no Statement list.',
  'finding.POLICY_ACCOUNT_NEAR_MISS':
    'Statement {statement} names account {found}, one typo away from {expected}. If it was meant to be {expected}, that is why the copy is refused; the corrected policy adds {expected} and leaves {found} for you to remove.',
  'finding.FIX_FROM_REPAIRED_TEXT':
    'The corrected policy starts from your paste with {count} paste problem(s) repaired (typographic quotes, trailing commas...). Use it instead of the damaged text.',
  'finding.POLICY_PLACEHOLDER_REPLACED':
    '“{value}” still held the template placeholder “{placeholder}”, which KMS and AWS Backup refuse. The corrected policy puts your account ID {accountId} in its place: {replacement}.',
  'finding.POLICY_PLACEHOLDER_UNCLEAR':
    '“{value}” still holds the template placeholder “{placeholder}”, and AWS refuses the policy with it. Which account it means is not clear, so Copy Doctor does not guess: replace it with the right 12-digit account ID, then check again.',
  'finding.POLICY_PLACEHOLDER_ID_UNKNOWN':
    '“{value}” still holds the template placeholder “{placeholder}”, and AWS refuses the policy with it. Enter that account’s 12-digit ID in the facts, and the corrected policy puts it in place of the placeholder.',
  'finding.FIX_NOT_VERIFIED':
    'A corrected policy was built, but checking it again did not pass (result: {status}), so it is not shown. Fix the problems above by hand.',

  // Checks not automated yet
  'finding.CHECK_NOT_APPLICABLE_SAME_ACCOUNT': 'Does not apply: the source and destination are the same account ({account}), so this is not a cross-account copy.',
  'finding.CHECK_INTERNAL_ERROR': 'This check stopped with an internal error ({error}); its result is unknown. Please report it.',

  // Fix summaries
  'fix.KEY_POLICY_ALLOW_DESTINATION': 'Let account {destination} use the source key for the copy',
  'fix.KEY_POLICY_NARROW_DENY': 'Narrow the Deny that blocks account {destination} from the source key (review it)',
  'fix.KEY_POLICY_NARROW_DENY_AND_ALLOW': 'Narrow the Deny that blocks account {destination} (review it) and let {destination} use the source key',
  'fix.VAULT_POLICY_CREATE': 'Give the destination vault an access policy that lets account {source} copy into it',
  'fix.VAULT_POLICY_ALLOW_SOURCE': 'Let account {source} copy into the destination vault',
  'fix.VAULT_POLICY_NARROW_DENY': 'Narrow the Deny that blocks account {source} from copying into the vault (review it)',
  'fix.VAULT_POLICY_NARROW_DENY_AND_ALLOW': 'Narrow the Deny that blocks account {source} (review it) and let {source} copy into the vault',
  'fix.POLICY_PLACEHOLDERS_REPLACED': 'Put the real IDs in place of the placeholders and examples',
  // CLI report (markdown)

  // ---- the other checks
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
};
export default words;

/** Every finding code the policy checks and the not-automated checks emit (a test checks each has a message). */
export const CHECK_FINDING_CODES = Object.keys(words)
  .filter((k) => k.startsWith('finding.'))
  .map((k) => k.slice('finding.'.length));
