// Traditional Chinese (Taiwan): the words of en/triage.ts, with exactly its keys (the compiler checks them).
import type en from '../en/triage';
import type { Words } from '../words';

export default {
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
} satisfies Words<typeof en>;
