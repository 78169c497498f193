// Words for the error catalogue (public/knowledge/errors.json), the check names, the console's message
// categories and the fact conflicts. A test checks every entry id, check id and category has its keys.
import { defineCatalog } from '../define';

export const triageMessages = defineCatalog(
  {
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

    'check.organization.title': 'Same organization',
    'check.cross-account-setting.title': 'Cross-account backup setting',
    'check.resource-support.title': 'Resource type and Regions',
    'check.encryption.title': 'Encryption keys',
    'check.source-key-policy.title': 'Source KMS key policy',
    'check.destination-vault-policy.title': 'Destination vault access policy',
    'check.tag-policy.title': 'Tag policies',
    'check.vault-lock.title': 'Vault lock retention',
    'check.service-control-policies.title': 'Service control policies (SCPs)',
    'check.iam-role.title': 'IAM role',

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
  },
  {
    'error.organization-mismatch.title': '兩個帳戶不在同一個組織',
    'error.organization-mismatch.explain':
      'AWS Backup 只能在同一個 AWS Organizations 組織的成員帳戶之間複製。請在兩個帳戶分別執行 `aws organizations describe-organization`，比對 Organization.Id；若不同，須將其中一個帳戶移入另一個帳戶的組織。',
    'error.cross-account-disabled.title': '跨帳戶備份未啟用',
    'error.cross-account-disabled.explain':
      '跨帳戶複製必須在組織的管理帳戶中啟用一次。請在該帳戶執行 `aws backup describe-global-settings`，isCrossAccountBackupEnabled 必須是 "true"。',
    'error.feature-not-supported.title': '此資源類型無法以這種方式複製',
    'error.feature-not-supported.explain':
      'AWS Backup 拒絕在這些區域或帳戶之間複製此資源類型。RDS、Aurora、DocumentDB 與 Neptune 現已支援在同一個任務中同時跨區域與跨帳戶複製（2025 年 11 月起）；若舊環境仍出現此訊息，請分兩段複製：先跨區域複製到來源帳戶內的保存庫，再從該處複製到另一個帳戶。其他類型請查看資源表（例如 DynamoDB 須啟用進階功能）。',
    'error.vault-default-key.title': '保存庫使用 AWS Backup 預設金鑰',
    'error.vault-default-key.explain':
      '以 AWS Backup 受管金鑰 (aws/backup) 加密的保存庫無法參與此跨帳戶複製，因為該金鑰無法分享給其他帳戶。請改用以客戶自管 KMS 金鑰加密的保存庫。',
    'error.aws-managed-key-snapshot.title': '快照使用 AWS 受管金鑰',
    'error.aws-managed-key-snapshot.explain':
      '來源以 AWS 受管金鑰（例如 aws/ebs 或 aws/rds）加密，而這類金鑰的政策無法修改，無法讓其他帳戶使用。請以客戶自管金鑰重新加密來源、重新備份後再複製。',
    'error.ebs-default-key.title': '快照使用 EBS 預設金鑰',
    'error.ebs-default-key.explain':
      'EBS 快照以 EBS 預設金鑰 (aws/ebs) 加密，無法分享給其他帳戶。請以客戶自管金鑰重新加密磁碟區，並在金鑰政策中允許目的地帳戶。',
    'error.source-snapshot-kms-key.title': '來源金鑰不存在、已停用或未分享',
    'error.source-snapshot-kms-key.explain':
      '來源快照的 KMS 金鑰無法用於複製：金鑰已刪除、已停用，或金鑰政策未允許目的地帳戶。請以 `aws kms describe-key` 檢查金鑰狀態，並檢查金鑰政策。',
    'error.kms-key-not-accessible.title': '無法存取金鑰',
    'error.kms-key-not-accessible.explain':
      '目的地帳戶無法使用該 KMS 金鑰。最常見的原因是來源金鑰政策未允許目的地帳戶（或其 AWSServiceRoleForBackup）；也請確認金鑰已啟用。',
    'error.kms-describe-key-default.title': '映像使用預設（AWS 受管）金鑰',
    'error.kms-describe-key-default.explain':
      'AMI 的快照以預設的 AWS 受管金鑰加密，無法分享給其他帳戶。請以客戶自管金鑰重新加密執行個體的磁碟區，並在金鑰政策中允許目的地帳戶。',
    'error.kms-disabled-or-denied.title': '金鑰已停用、等待刪除，或存取遭拒',
    'error.kms-disabled-or-denied.explain':
      '請確認金鑰的 KeyState 為 Enabled，且來源金鑰政策授予目的地帳戶複製所需的金鑰動作。',
    'error.kms-key-not-exist.title': '金鑰不存在',
    'error.kms-key-not-exist.explain':
      '找不到該 KMS 金鑰：可能已被刪除，或位於與預期不同的區域或帳戶。請以 `aws kms describe-key` 檢查金鑰 ARN。',
    'error.vault-policy-access-denied.title': '目的地保存庫不允許來源帳戶',
    'error.vault-policy-access-denied.explain':
      '目的地保存庫的存取政策必須對來源帳戶（或整個組織）允許 backup:CopyIntoBackupVault。若已允許，請檢查是否有服務控制政策拒絕此複製。',
    'error.tag-copy-internal-failure.title': '無法複製標籤',
    'error.tag-copy-internal-failure.explain':
      'AWS Backup 將資源標籤複製到復原點時失敗，通常是因為組織的標籤政策拒絕了其中某個標籤。請檢查對 backup:recovery-point 強制執行的標籤政策。',
    'error.tag-policy-value.title': '標籤政策不接受某個標籤值',
    'error.tag-policy-value.explain':
      '組織的標籤政策不允許資源上某個標籤的值。請修改該標籤的值，或修改政策允許的值或其 enforced_for 清單。',
    'error.retention-out-of-range.title': '保留期間超出保存庫鎖定範圍',
    'error.retention-out-of-range.explain':
      '目的地保存庫已鎖定並設有最短與最長保留期間，而複本的生命週期不在此範圍內。請依 `aws backup describe-backup-vault` 的 MinRetentionDays 與 MaxRetentionDays 設定複製規則的保留期間。',
    'error.marketplace-ami.title': 'AWS Marketplace 映像',
    'error.marketplace-ami.explain': '來自 AWS Marketplace 的映像無法複製到其他帳戶。此類備份只能在原帳戶內複製。',
    'error.source-ami-not-found.title': '目的地不允許此映像',
    'error.source-ami-not-found.explain': '目的地帳戶的 EC2「允許的 AMI」設定可能封鎖了此映像：必須允許來源帳戶擁有的映像；若是從邏輯氣隙保存庫複製，還須允許別名 aws-backup-vault。',
    'error.storage-gateway-default-vault.title': 'Storage Gateway 需要自建的保存庫',
    'error.storage-gateway-default-vault.explain':
      'Storage Gateway 的複本需要目的地有您自行建立、以客戶自管金鑰加密的保存庫。預設保存庫不行。',
    'error.unshare-failed.title': '無法取消分享快照',
    'error.unshare-failed.explain': '複製任務的 IAM 角色可能在複製期間被刪除或修改。請保留該角色直到複製完成，再重新執行複製。',
    'error.role-cannot-be-assumed.title': 'AWS Backup 無法擔任該角色',
    'error.role-cannot-be-assumed.explain': '任務指定的 IAM 角色必須存在於該帳戶，且其信任政策必須允許 backup.amazonaws.com。',
    'error.role-insufficient-permissions.title': '角色權限不足',
    'error.role-insufficient-permissions.explain':
      '任務的 IAM 角色缺少權限。請附加 AWS Backup 的備份與還原受管政策（Amazon S3 另需兩個專用政策）。',
    'error.not-authorized-passrole.title': '未獲授權（常見原因：iam:PassRole）',
    'error.not-authorized-passrole.explain':
      '啟動任務的身分可能無權將備份角色傳遞給 AWS Backup。請允許對該角色的 iam:PassRole，並確認沒有服務控制政策拒絕此動作。',
    'error.too-many-tags.title': '標籤太多',
    'error.too-many-tags.explain': '一個復原點最多只能有 50 個使用者標籤，而資源標籤加上備份計畫新增的標籤超過此數。請減少資源或備份計畫上的標籤。',
    'error.concurrent-copy.title': '此資源的複製任務太多',
    'error.concurrent-copy.explain': '同一個資源同時執行了太多複製任務。這不是設定問題：請稍候或錯開複製時間後重試。',
    'error.concurrent-backup.title': '此資源已有其他任務在執行',
    'error.concurrent-backup.explain': '同一個資源已有任務正在執行。請等待其完成或錯開排程後重試。',
    'error.option-group-missing.title': '目的地區域缺少 RDS 選項群組',
    'error.option-group-missing.explain': 'RDS 快照使用的選項群組不存在於目的地區域。請在該區域建立包含所列選項的選項群組，再重新複製。',
    'error.put-key-policy-invalid-principal.title': '金鑰政策指定了不存在的主體',
    'error.put-key-policy-invalid-principal.explain':
      'AWS KMS 拒絕新的金鑰政策，因為其中某個主體尚不存在，常見的是另一個帳戶的 AWSServiceRoleForBackup。請改為指定該帳戶本身（其 :root ARN），或先建立該角色。',
    'error.fatal-error.title': 'AWS Backup 內部發生嚴重錯誤',
    'error.fatal-error.explain': '複製在 AWS Backup 內部失敗，並非您的設定所致。請重試；若持續失敗，請帶著複製任務 ID 聯絡 AWS Support。',
    'error.internal-error.title': 'AWS 內部錯誤',
    'error.internal-error.explain': 'AWS 內部的暫時性錯誤。AWS Backup 會重試系統錯誤最多兩小時；若任務仍失敗，請重新啟動複製。',
    'error.token-expired.title': '權杖已過期',
    'error.token-expired.explain': '任務執行期間暫時性憑證已過期。請重新啟動複製。',

    'error.recovery-point-unavailable.title': '複製標籤時復原點已不存在',
    'error.recovery-point-unavailable.explain':
      'AWS Backup 無法複製標籤，因為來源或目的地復原點已不可用，例如在複製期間被其生命週期刪除（保留期間過短，或 DELETE_AFTER_COPY）。請檢查兩個復原點，再複製仍然存在的復原點。',
    'error.bucket-versioning-permission.title': '角色無法讀取儲存貯體的版本控制設定',
    'error.bucket-versioning-permission.explain':
      '任務的 IAM 角色缺少對該儲存貯體的 s3:GetBucketVersioning 權限。請附加 AWS Backup 的 Amazon S3 受管政策（AWSBackupServiceRolePolicyForS3Backup 與 AWSBackupServiceRolePolicyForS3Restore），或加入此權限。',
    'error.maintenance-window.title': '太接近資料庫的維護時段',
    'error.maintenance-window.explain': '任務未啟動，因為它落在資料庫設定的每週維護時段內或太接近該時段。請將備份或複製排程移離該時段。',
    'error.backup-window.title': '太接近資料庫的自動備份時段',
    'error.backup-window.explain': '任務未啟動，因為它落在資料庫設定的自動備份時段內或太接近該時段。請將備份或複製排程移離該時段。',
    'error.subscriber-limit.title': '同時執行的備份太多',
    'error.subscriber-limit.explain': '帳戶已達同時執行備份數量的上限。這是配額，不是複製的設定：請錯開排程，或申請提高配額。',
    'error.list-tags-denied.title': '角色無法讀取資源的標籤',
    'error.list-tags-denied.explain':
      '複製任務的 IAM 角色列出資源標籤時遭拒（EC2 為 ec2:DescribeTags）。請授予角色讀取標籤的權限，例如附加 AWS Backup 的備份受管政策，並確認沒有服務控制政策拒絕此動作。',
    'error.resource-invalid-state.title': '資源目前的狀態無法備份',
    'error.resource-invalid-state.explain': '任務執行時，執行個體、磁碟區或資料庫不可用（已停止、正在修改或處於其他過渡狀態）。請等到資源可用後再執行任務。',
    'error.unsupported-resource-type.title': '不支援的資源類型',
    'error.unsupported-resource-type.explain': 'AWS Backup 不支援此資源類型執行這項操作。請在資源表中查看此類型、區域與帳戶。',
    'error.lag-type-not-supported.title': '此資源類型無法存入邏輯氣隙保存庫',
    'error.lag-type-not-supported.explain': '備份本身已成功存入標準保存庫，但此資源類型無法複製到邏輯氣隙保存庫，因此未建立該複本。',
    'error.lag-aws-managed-key.title': 'AWS 受管金鑰使此備份無法存入氣隙保存庫',
    'error.lag-aws-managed-key.explain':
      '備份已成功存入標準保存庫，但資源以 AWS 受管金鑰加密；對於非由 AWS Backup 完全受管的資源類型，只有客戶自管金鑰才能複製到邏輯氣隙保存庫。請以客戶自管金鑰重新加密該資源。',
    'error.s3-continuous-other-vault.title': '儲存貯體的連續備份已指向另一個保存庫',
    'error.s3-continuous-other-vault.explain': '一個 S3 儲存貯體只能對一個保存庫進行連續備份，而此儲存貯體已對另一個保存庫啟用。請使用該保存庫，或先停止另一個連續備份。',
    'error.lifecycle-outside-range.title': '生命週期超出保存庫的保留範圍',
    'error.lifecycle-outside-range.explain':
      '任務的保留期間超出目標保存庫的最短與最長保留期間（邏輯氣隙保存庫至少須 7 天）。請依 `aws backup describe-backup-vault` 的 MinRetentionDays 與 MaxRetentionDays 設定保留期間。',
    'error.vault-policy-invalid-principal.title': '保存庫政策指定了 AWS（尚）不認得的主體',
    'error.vault-policy-invalid-principal.explain':
      'AWS Backup 拒絕了保存庫存取政策，因為其中某個主體無效。最常見的原因是角色剛建立，IAM 尚未完成傳播：請等候一分鐘後再次設定政策。否則請檢查 ARN 是否有錯字，以及該角色是否存在。',
    'error.vault-policy-sharing-restrictions.title': '保存庫政策因跨帳戶分享限制遭拒',
    'error.vault-policy-sharing-restrictions.explain':
      'AWS Backup 在任何複製執行前就拒絕了保存庫存取政策，因為它授予了保存庫不得跨帳戶分享的動作，例如將 backup:DeleteBackupVaultAccessPolicy 授予所有人（"AWS": "*"）。請只將複製所需的動作 (backup:CopyIntoBackupVault) 授予來源帳戶或組織。',

    'check.organization.title': '同一個組織',
    'check.cross-account-setting.title': '跨帳戶備份設定',
    'check.resource-support.title': '資源類型與區域',
    'check.encryption.title': '加密金鑰',
    'check.source-key-policy.title': '來源 KMS 金鑰政策',
    'check.destination-vault-policy.title': '目的地保存庫存取政策',
    'check.tag-policy.title': '標籤政策',
    'check.vault-lock.title': '保存庫鎖定的保留期間',
    'check.service-control-policies.title': '服務控制政策 (SCP)',
    'check.iam-role.title': 'IAM 角色',

    'category.ACCESS_DENIED': '存取遭拒',
    'category.KMS_KEY_ERROR': 'KMS 金鑰錯誤',
    'category.FEATURE_NOT_ENABLED': '功能未啟用',
    'category.UNSUPPORTED_OPERATION': '不支援的操作',
    'category.INVALID_LIFECYCLE': '生命週期設定無效',
    'category.TAG_COPY_ERROR': '標籤複製錯誤',
    'category.LIMIT_EXCEEDED': '超出限制',
    'category.CONCURRENT_JOB': '同時執行的任務',
    'category.RESOURCE_NOT_FOUND': '找不到資源',
    'category.TOKEN_EXPIRED': '權杖已過期',
    'category.FATAL_ERROR': '嚴重錯誤',
    'category.JOB_EXPIRED': '任務已逾期',
    'category.MISCELLANEOUS': '其他',
    'category.VSS_ERROR': 'VSS 錯誤',
    'category.INVALID_STATE': '狀態無效',
    'category.ACCESS_KEY_ERROR': '存取金鑰錯誤',
    'category.HYPERVISOR_OFFLINE': 'Hypervisor 離線',
    'category.RESOURCE_NOT_SUPPORTED': '不支援的資源',
    'category.LOGICALLY_AIR_GAPPED_BACKUP_VAULT_NOT_SUPPORTED': '邏輯氣隙保存庫不支援',
    'category.SUCCESS': '成功',

    'triage.lookAt': '本工具目前沒有檢查會讀取這項資訊。請查看：',
    'lookAt.allowed-amis':
      '目的地帳戶與區域的 EC2「允許的 AMI」設定（`aws ec2 get-allowed-images-settings`）：必須允許來源帳戶；從邏輯氣隙保存庫複製時，還須允許別名 aws-backup-vault（宣告式政策中為 aws_backup_vault）。若 ManagedBy 為 declarative-policy，請在管理帳戶中修改。',
    'lookAt.recovery-point': '兩個復原點（`aws backup describe-recovery-point`）：複製期間它們必須仍然存在且為 COMPLETED。請檢查其生命週期（保留期間、DeleteAfterEvent）。',
    'lookAt.db-windows':
      '資料庫的 PreferredMaintenanceWindow 與 PreferredBackupWindow（`aws rds describe-db-instances` 或 `aws rds describe-db-clusters`），對照備份計畫的開始時間與開始時段。',
    'lookAt.service-quotas': '帳戶與區域的 AWS Backup 配額（Service Quotas），以及您的排程同時啟動多少任務。',
    'lookAt.resource-state': '任務執行時資源的狀態（執行中、可用、未在修改中），以及任務的開始時間。',
    'lookAt.lag-support': 'AWS Backup 功能表中此資源類型的邏輯氣隙保存庫欄位，以及兩個保存庫所在的區域。',
    'lookAt.s3-continuous-backup': '哪些備份計畫對此儲存貯體進行連續備份、存入哪個保存庫（`aws backup list-protected-resources`、各計畫的規則）。',
    'lookAt.iam-eventual-consistency': '政策中指定的角色是否存在（`aws iam get-role`）以及是否剛建立；稍候片刻後再次設定政策。',
    'lookAt.job-schedule': '此資源的備份計畫排程與複製規則：執行頻率，以及是否互相重疊。',

    'triage.categoryFallback': '此訊息不在錯誤目錄中。依其類別 {category}，請查看下列檢查項目。',

    'finding.FACT_CONFLICT': '您為 {fact} 輸入的是 {given}，但貼上的 {input} 顯示為 {pasted}。目前採用您輸入的值；請確認哪一個才正確。',
    'finding.PASTE_CONFLICT': '貼上的 {givenInput} 中 {fact} 為 {given}，但貼上的 {input} 顯示為 {pasted}。目前採用 {given}；請確認兩份貼上內容屬於同一個複製任務。',
  },
);
