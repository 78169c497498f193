// Words for the findings and fix summaries of the policy checks (source key policy, destination vault policy), the
// checks not automated yet, and the policy evaluator's "cannot decide" answers.
import { defineCatalog } from '../define';

export const checkMessages = defineCatalog(
  {
    // Source key policy
    'finding.KEY_POLICY_ACTION_NOT_ALLOWED':
      'The key policy does not allow the destination account’s AWSServiceRoleForBackup ({principal}) these {count} actions the copy needs: {actions}.',
    'finding.KEY_POLICY_GRANT_NOT_ALLOWED':
      'The key policy does not allow the destination account’s AWSServiceRoleForBackup ({principal}) to manage grants for AWS resources (kms:GrantIsForAWSResource = true): {actions}. The copy needs them to create grants on the key.',
    'finding.KEY_POLICY_DENY_BLOCKS_COPY':
      'Statement {statement} is a Deny that applies to the destination account’s AWSServiceRoleForBackup ({principal}) for {actions}. A Deny wins over every Allow, so the copy cannot use the key.',
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
    'fix.POLICY_PLACEHOLDERS_REPLACED': 'Put the real account IDs in place of the placeholders',
    // CLI report (markdown)
  },
  {
    'finding.KEY_POLICY_ACTION_NOT_ALLOWED':
      '金鑰政策沒有允許目的地帳戶的 AWSServiceRoleForBackup（{principal}）執行複製所需的這 {count} 個動作：{actions}。',
    'finding.KEY_POLICY_GRANT_NOT_ALLOWED':
      '金鑰政策沒有允許目的地帳戶的 AWSServiceRoleForBackup（{principal}）為 AWS 資源管理授權（kms:GrantIsForAWSResource = true）：{actions}。複製需要它們在金鑰上建立授權。',
    'finding.KEY_POLICY_DENY_BLOCKS_COPY':
      '陳述式 {statement} 是一個 Deny，對目的地帳戶的 AWSServiceRoleForBackup（{principal}）的 {actions} 生效。Deny 優先於所有 Allow，因此複製無法使用這把金鑰。',
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
    'fix.POLICY_PLACEHOLDERS_REPLACED': '以真正的帳戶 ID 取代預留位置',
  },
);

/** Every finding code the policy checks and the not-automated checks emit (a test checks each has a message). */
export const CHECK_FINDING_CODES = Object.keys(checkMessages.en)
  .filter((k) => k.startsWith('finding.'))
  .map((k) => k.slice('finding.'.length));
