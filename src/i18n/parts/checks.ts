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
  },
  {
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
  },
);

/** Every finding code the policy checks and the not-automated checks emit (a test checks each has a message). */
export const CHECK_FINDING_CODES = Object.keys(checkMessages.en)
  .filter((k) => k.startsWith('finding.'))
  .map((k) => k.slice('finding.'.length));
