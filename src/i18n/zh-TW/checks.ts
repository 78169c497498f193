// Traditional Chinese (Taiwan): the words of en/checks.ts, with exactly its keys (the compiler checks them).
import type en from '../en/checks';
import type { Words } from '../words';

export default {
  // ---- what each check is: its title, why it matters, the questions its step asks
  'check.organization.title': '同一個組織',
  'check.organization.why': 'AWS Backup 只能在同一個 AWS Organization 內的帳戶之間複製。',
  'question.organization': '兩個帳戶是否在同一個 AWS Organization 中？',
  'question.organization.same': '是，同一個組織',
  'question.organization.different': '否，不同組織（或其中一個是獨立帳戶）',
  'question.organization.not-sure': '不確定',
  'question.lagCopyPath': '僅在從與此帳戶共用的邏輯氣隙保存庫複製時回答：它是如何共用的？',
  'question.lagCopyPath.ram': '透過 AWS RAM 共用',
  'question.lagCopyPath.mpa': '透過多方核准（還原存取保存庫）',
  'question.lagCopyPath.not-sure': '不確定，或不是這類保存庫',
  'check.cross-account-setting.title': '跨帳戶備份設定',
  'check.cross-account-setting.why': '跨帳戶備份必須先在組織的管理帳戶中開啟一次，否則所有跨帳戶複製都會失敗。',
  'question.crossAccountSetting': '管理帳戶中是否已開啟跨帳戶備份？',
  'question.crossAccountSetting.enabled': '是，已開啟',
  'question.crossAccountSetting.disabled': '否，未開啟',
  'question.crossAccountSetting.not-sure': '不確定',
  'check.resource-support.title': '資源類型與區域',
  'check.resource-support.why': '並非所有資源類型都能複製到其他帳戶或區域，而且部分區域有例外。',
  'question.advancedFeatures': '若為 DynamoDB：是否已開啟 AWS Backup 的 DynamoDB 進階功能？',
  'question.advancedFeatures.yes': '是',
  'question.advancedFeatures.no': '否',
  'question.advancedFeatures.not-sure': '不確定，或不是 DynamoDB',
  'question.recoveryPointKind': '要複製的是哪一種復原點？',
  'question.recoveryPointKind.snapshot': '快照備份',
  'question.recoveryPointKind.continuous': '連續備份（時間點復原）',
  'question.recoveryPointKind.cold': '位於冷儲存或封存層的備份',
  'question.recoveryPointKind.not-sure': '不確定',
  'check.encryption.title': '加密金鑰',
  'check.encryption.why': '複製到其他帳戶需要對方帳戶可使用的金鑰：AWS 受管金鑰與預設保存庫金鑰無法共用。',
  'check.source-key-policy.title': '來源 KMS 金鑰政策',
  'check.source-key-policy.why': '目的地帳戶會重新加密複本，因此來源金鑰的政策必須允許目的地帳戶使用此金鑰。',
  'check.destination-vault-policy.title': '目的地保存庫存取政策',
  'check.destination-vault-policy.why': '目的地保存庫只接受其存取政策允許呼叫 backup:CopyIntoBackupVault 的帳戶所傳來的複本。',
  'question.vaultPolicyExists': '目的地保存庫是否有存取政策？',
  'question.vaultPolicyExists.yes': '有（請貼在下方）',
  'question.vaultPolicyExists.no': '沒有：get-backup-vault-access-policy 回傳 ResourceNotFoundException',
  'question.vaultPolicyExists.not-sure': '不確定',
  'check.tag-policy.title': '標籤政策',
  'check.tag-policy.why': 'AWS Backup 會把資源的標籤複製到複本上。對復原點強制執行的標籤政策可能會拒絕這些標籤。',
  'check.vault-lock.title': '保存庫鎖定的保留期間',
  'check.vault-lock.why': '已鎖定的保存庫只接受保留期間落在鎖定最短與最長期間之內的複本。',
  'check.service-control-policies.title': '服務控制政策 (SCP)',
  'check.service-control-policies.why': '無論其他政策如何允許，服務控制政策都可以拒絕複製或金鑰操作。',
  'check.iam-role.title': 'IAM 角色',
  'check.iam-role.why': '複製任務的 IAM 角色必須存在並信任 AWS Backup，其本身的政策必須允許從來源保存庫複製出、並複製到目的地保存庫；來源保存庫的政策也不得拒絕。啟動任務的人可能還需要 iam:PassRole。',

  // ---- source key policy, destination vault policy, checks not automated, the evaluator
  'finding.KEY_POLICY_ACTION_NOT_ALLOWED':
    '金鑰政策沒有允許目的地帳戶的 AWSServiceRoleForBackup（{principal}）執行複製所需的這 {count} 個動作：{actions}。',
  'finding.KEY_POLICY_GRANT_NOT_ALLOWED':
    '金鑰政策沒有允許目的地帳戶的 AWSServiceRoleForBackup（{principal}）為 AWS 資源管理授權（kms:GrantIsForAWSResource = true）：{actions}。複製需要它們在金鑰上建立授權。',
  'finding.KEY_POLICY_DENY_BLOCKS_COPY':
    '陳述式 {statement} 是一個 Deny，對目的地帳戶的 AWSServiceRoleForBackup（{principal}）的 {actions} 生效。Deny 優先於所有 Allow，因此複製無法使用這把金鑰。',
  'finding.KEY_POLICY_DENY_BLOCKS_RECOMMENDED':
    '陳述式 {statement} 是一個 Deny，對目的地帳戶的 AWSServiceRoleForBackup（{principal}）的 {actions} 生效。複製本身不需要這些動作，但 AWS Backup 會用它們管理自己建立的授權。修正後的政策會縮小這個 Deny，請檢查。',
  'finding.KEY_POLICY_RECOMMENDED_GRANT_MISSING':
    '金鑰政策允許目的地帳戶的 AWSServiceRoleForBackup（{principal}）執行複製所需的一切，但沒有允許 {actions}。AWS 文件把它們與 kms:CreateGrant 列在一起，讓 AWS Backup 能列出並撤銷自己建立的授權；沒有它們複製仍然可以進行。修正後的政策會加入它們，並附上 kms:GrantIsForAWSResource 條件。',
  'finding.KEY_POLICY_VIA_OTHER_SERVICE':
    '陳述式 {statement} 只在透過 {service} 使用金鑰時才允許 {actions}。部分資源類型的 AWS Backup 複製確實會這樣呼叫 KMS（EBS 透過 EC2、RDS 透過 RDS），所以這樣可能就夠了，但 AWS Backup 自己發出的呼叫不被允許。單從政策無法確認。',
  'finding.KEY_POLICY_OWNER_STATEMENT_ADDED':
    '更新後，金鑰所屬帳戶 {account} 將沒有人能再修改這份金鑰政策，而 KMS 會拒絕讓擁有者被鎖在外面的政策。修正後的政策加入陳述式 {sid}（允許 {account} 執行 kms:*），與預設金鑰政策相同。',
  'finding.KEY_POLICY_OWNER_DENIED':
    '有一個 Deny 阻止帳戶 {account} 修改這份金鑰政策（kms:PutKeyPolicy）。KMS 可能會拒絕修正後的政策；該 Deny 維持不變。',
  'finding.KEY_ARN_UNKNOWN':
    '修正後的政策已備妥為 {fileName}，但套用它的指令需要金鑰的 ARN。請輸入來源金鑰 ARN，或貼上 aws kms describe-key 的輸出，指令就會出現。',

  'finding.VAULT_POLICY_MISSING':
    '目的地保存庫沒有存取政策，因此其他帳戶都不能複製到這裡。請建立一份允許來源帳戶執行 backup:CopyIntoBackupVault 的政策。',
  'finding.VAULT_POLICY_SOURCE_NOT_ALLOWED':
    '保存庫存取政策沒有允許來源帳戶 {source} 執行 {action}。從該帳戶來的複製會被拒絕（「Access Denied trying to call AWS Backup service」）。',
  'finding.VAULT_POLICY_DENY_BLOCKS_COPY':
    '陳述式 {statement} 是一個 Deny，對來自來源帳戶 {source} 的 {action} 生效。Deny 優先於所有 Allow，因此複製會被拒絕。',
  'finding.VAULT_NAME_UNKNOWN':
    '修正後的政策已備妥為 {fileName}，但套用它的指令需要目的地保存庫的名稱。請輸入名稱，或貼上 get-backup-vault-access-policy 的輸出，指令就會出現。',
  'finding.VAULT_REGION_UNKNOWN':
    '修正後的政策已備妥為 {fileName}，但保存庫 {vault} 的指令需要目的地區域。請輸入區域，指令就會出現。',

  'finding.POLICY_DENY_NARROWED':
    '修正後的政策保留 Deny 陳述式 {statement}，但加上條件 {condition}，讓它不再套用到 {principal}。套用前請先檢查這項變更。',
  'finding.POLICY_DENY_KEPT_FOR_OTHER_ACTIONS':
    '縮小 Deny 陳述式 {statement} 之後，它也不再對 {principal} 拒絕下列動作，而另一個陳述式允許這些動作：{actions}。修正後的政策加入陳述式 {sid}：它是那個 Deny 的副本，只針對 {principal} 與這些動作，讓複製只得到它需要的權限。請與縮小後的 Deny 一起檢查。',
  'finding.POLICY_CONDITION_NEEDS_ORGANIZATION_ID':
    '陳述式 {statement} 只在 {key} 相符（{operator}）時才生效。請輸入組織 ID（o-...），才能判斷它對 {actions} 是否生效。',
  'finding.POLICY_CONDITION_NEEDS_REGION':
    '陳述式 {statement} 只在 {key} 相符（{operator}）時才生效。請輸入來源區域，才能判斷它對 {actions} 是否生效。',
  'finding.POLICY_CONDITION_NEEDS_ORG_PATH':
    '陳述式 {statement} 只在 {key} 相符（{operator}）時才生效。請輸入來源帳戶的組織路徑（o-.../r-.../ou-.../），才能判斷它對 {actions} 是否生效。',
  'finding.POLICY_CONDITION_UNDECIDABLE':
    '陳述式 {statement} 取決於 {key} 上的條件 {operator}，但這裡不知道複製時它的值。無法判斷它對 {actions} 是否生效，請手動確認。',
  'finding.POLICY_CONDITION_OPERATOR_UNKNOWN':
    '陳述式 {statement} 使用條件運算子 {operator}，Copy Doctor 無法評估它。無法判斷它對 {actions} 是否生效。',
  'finding.POLICY_NOT_PRINCIPAL_AMBIGUOUS':
    '陳述式 {statement} 使用 NotPrincipal，只列出帳戶或角色其中之一。AWS 可能檢查任一個，因此無法判斷它對 {actions} 是否生效。建議改用 aws:PrincipalArn 條件。',
  'finding.POLICY_RESOURCE_UNDECIDED':
    '陳述式 {statement} 指定了特定資源；沒有資源的 ARN，無法判斷它是否涵蓋 {actions}。',
  'finding.POLICY_PRINCIPAL_ROLE_UNKNOWN':
    '陳述式 {statement} 寫的是來源帳戶裡的某個角色或使用者，但不知道複製任務使用哪個角色，因此無法判斷它是否涵蓋 {actions}。請貼上複製任務（aws backup describe-copy-job），其中的 IamRoleArn 就是那個角色。',
  'finding.POLICY_CONDITION_NEEDS_COPY_ROLE':
    '陳述式 {statement} 只在 {key} 相符（{operator}）時才生效。請貼上複製任務（aws backup describe-copy-job），其中的 IamRoleArn 就是發出請求的角色，才能判斷它對 {actions} 是否生效。',
  'finding.POLICY_CONDITION_KEY_INVENTED':
    '陳述式 {statement} 只在 {key} 相符（{operator}）時才允許 {actions}，但 {key} 並不是存在的條件索引鍵。任何請求都不會帶有它，所以這個條件永遠不成立，這個陳述式也永遠不會允許任何事。請移除這個條件，或改用真正的索引鍵。',
  'finding.POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL':
    '陳述式 {statement} 只在 {key} 相符（{operator}）時才允許 {actions}。複製的請求是由 AWS Backup 自己發出的，不是來自您的網路、VPC 端點或瀏覽器，所以永遠不會帶有 {key}：這個陳述式永遠不會允許這次複製。請改用 aws:PrincipalOrgID 或帳戶來限縮。',
  'finding.POLICY_CONDITION_KEY_NOT_IN_REQUEST':
    '陳述式 {statement} 只在 {key} 相符（{operator}）時才允許 {actions}。{service} 處理 {actions} 的請求永遠不會帶有 {key}，所以這個條件永遠不成立，這個陳述式也永遠不會允許這些動作。',
  'finding.POLICY_DENY_CONDITION_KEY_INVENTED':
    '陳述式 {statement} 是針對 {actions} 的 Deny，條件是 {key}（{operator}），但這不是存在的條件索引鍵。任何請求都不會帶有它，所以這個 Deny 永遠不會生效。如果它原本是要保護什麼，請改用真正的索引鍵。',
  'finding.POLICY_DEAD_ALLOW_COVERED':
    '陳述式 {statement} 永遠不會相符（見上文），但此政策的另一個陳述式允許 {actions}，所以它不會阻擋這次複製。保留它不會改變任何結果；方便時可以移除它，或修正它的條件。',
  'finding.POLICY_EXAMPLE_ORG_REPLACED':
    '陳述式 {statement} 寫的是 {value}，也就是 AWS 文件裡的範例組織 ID。修正後的政策以您的組織 ID {org} 取代它。',
  'finding.POLICY_EXAMPLE_ORG_NARROWED':
    '陳述式 {statement} 寫的是 {value}，也就是 AWS 文件裡的範例組織 ID，所以它從來沒有允許過任何人。目前不知道您的組織 ID，因此修正後的政策把這個陳述式限縮到帳戶 {account}（aws:PrincipalAccount）。若要維持整個組織都適用，請輸入您的組織 ID。',
  'finding.FIX_AFTER_HAND_EDIT':
    'AWS 會因為上面標出的 {count} 個錯誤拒絕這份政策，而這些只能由您修正（修正後的政策也會被拒絕）。請先修正它們，再檢查一次，修正後的政策就會出現。',
  'finding.POLICY_STATEMENT_UNREADABLE': '無法讀取陳述式 {statement}（{element}），因此無法判斷它對 {actions} 的效果。',
  'finding.POLICY_NOT_A_POLICY': '貼上的文字是 JSON，但不是政策：沒有 Statement 清單。',
  'finding.POLICY_ACCOUNT_NEAR_MISS':
    '陳述式 {statement} 寫的是帳戶 {found}，與 {expected} 只差一個輸入錯誤。如果原本要寫的是 {expected}，這就是複製被拒絕的原因；修正後的政策加入 {expected}，{found} 則留給你自行移除。',
  'finding.FIX_FROM_REPAIRED_TEXT':
    '修正後的政策以你貼上的內容為基礎，並修復了 {count} 處貼上造成的問題（彎引號、結尾逗號等）。請使用它，而不是受損的文字。',
  'finding.POLICY_PLACEHOLDER_REPLACED':
    '「{value}」還留著範本的預留位置「{placeholder}」，KMS 與 AWS Backup 都會拒絕。修正後的政策以你的帳戶 ID {accountId} 取代它：{replacement}。',
  'finding.POLICY_PLACEHOLDER_UNCLEAR':
    '「{value}」還留著範本的預留位置「{placeholder}」，AWS 會因此拒絕這份政策。無法確定它指的是哪個帳戶，Copy Doctor 不會猜測：請換成正確的 12 位數帳戶 ID，然後再檢查一次。',
  'finding.POLICY_PLACEHOLDER_ID_UNKNOWN':
    '「{value}」還留著範本的預留位置「{placeholder}」，AWS 會因此拒絕這份政策。請在基本資料中輸入該帳戶的 12 位數 ID，修正後的政策就會以它取代預留位置。',
  'finding.FIX_NOT_VERIFIED':
    '已產生修正後的政策，但再次檢查沒有通過（結果：{status}），因此不顯示。請手動修正上面列出的問題。',

  'finding.CHECK_NOT_APPLICABLE_SAME_ACCOUNT': '不適用：來源與目的地是同一個帳戶（{account}），這不是跨帳戶複製。',
  'finding.CHECK_INTERNAL_ERROR': '這項檢查因內部錯誤而停止（{error}），結果未知。請回報這個問題。',

  'fix.KEY_POLICY_ALLOW_DESTINATION': '允許帳戶 {destination} 在複製時使用來源金鑰',
  'fix.KEY_POLICY_NARROW_DENY': '縮小阻擋帳戶 {destination} 使用來源金鑰的 Deny（請檢查）',
  'fix.KEY_POLICY_NARROW_DENY_AND_ALLOW': '縮小阻擋帳戶 {destination} 的 Deny（請檢查），並允許 {destination} 使用來源金鑰',
  'fix.VAULT_POLICY_CREATE': '為目的地保存庫建立存取政策，允許帳戶 {source} 複製到其中',
  'fix.VAULT_POLICY_ALLOW_SOURCE': '允許帳戶 {source} 複製到目的地保存庫',
  'fix.VAULT_POLICY_NARROW_DENY': '縮小阻擋帳戶 {source} 複製到保存庫的 Deny（請檢查）',
  'fix.VAULT_POLICY_NARROW_DENY_AND_ALLOW': '縮小阻擋帳戶 {source} 的 Deny（請檢查），並允許 {source} 複製到保存庫',
  'fix.POLICY_PLACEHOLDERS_REPLACED': '以真正的 ID 取代預留位置與範例',

  // ---- the other checks
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
} satisfies Words<typeof en>;
