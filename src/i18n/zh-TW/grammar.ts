// Traditional Chinese (Taiwan): the words of en/grammar.ts, with exactly its keys (the compiler checks them).
import type en from '../en/grammar';
import type { Words } from '../words';

export default {
  'damage.TYPOGRAPHIC_QUOTES': '彎引號',
  'damage.TRAILING_COMMA': '結尾多餘的逗號',
  'damage.COMMENT': '註解',
  'damage.BYTE_ORDER_MARK': '位元組順序標記（BOM）',
  'damage.NON_BREAKING_SPACE': '不換行空格或隱形空白',

  'jsonError.InvalidSymbol': '不屬於 JSON 的字元',
  'jsonError.InvalidNumberFormat': '寫法錯誤的數字',
  'jsonError.PropertyNameExpected': '這裡應該是用雙引號括起來的名稱',
  'jsonError.ValueExpected': '這裡應該有一個值',
  'jsonError.ColonExpected': '這裡應該有冒號（:）',
  'jsonError.CommaExpected': '這裡應該有逗號',
  'jsonError.CloseBraceExpected': '這裡應該有右大括號 }',
  'jsonError.CloseBracketExpected': '這裡應該有右中括號 ]',
  'jsonError.EndOfFileExpected': 'JSON 應該在這裡結束',
  'jsonError.InvalidCommentToken': '註解',
  'jsonError.UnexpectedEndOfComment': '沒有結束的註解',
  'jsonError.UnexpectedEndOfString': '文字值少了結尾的引號',
  'jsonError.UnexpectedEndOfNumber': '數字提早結束',
  'jsonError.InvalidUnicode': '錯誤的 \\u 跳脫字元',
  'jsonError.InvalidEscapeCharacter': 'JSON 不認得的反斜線跳脫',
  'jsonError.InvalidCharacter': '文字值裡有控制字元',

  'finding.PASTE_DAMAGE_TYPOGRAPHIC_QUOTES':
    'JSON 的引號被換成了彎引號（“ ” ‘ ’），共 {count} 個，在第 {lines} 行。通訊軟體和文書處理器會自動替換。這份政策是修復後才評估的；照原樣貼上的文字會被 AWS 拒絕。請套用修復，或改打成直引號（"）。',
  'finding.PASTE_DAMAGE_TRAILING_COMMA':
    '} 或 ] 前面多了一個逗號（{count} 處，第 {lines} 行）。JSON 不允許。這份政策是修復後才評估的；照原樣貼上的文字會被 AWS 拒絕。請套用修復，或刪掉那個逗號。',
  'finding.PASTE_DAMAGE_COMMENT':
    '政策裡有註解（// 或 /* */），共 {count} 處，在第 {lines} 行。JSON 沒有註解。這份政策是去掉註解後才評估的；照原樣貼上的文字會被 AWS 拒絕。請套用修復，或刪掉註解。',
  'finding.PASTE_DAMAGE_BYTE_ORDER_MARK':
    '文字開頭有看不見的位元組順序標記（BOM，來自存成「UTF-8 with BOM」的檔案）。這份政策是去掉它後才評估的；照原樣貼上的文字會被拒絕。請套用修復，或把檔案存成一般的 UTF-8。',
  'finding.PASTE_DAMAGE_NON_BREAKING_SPACE':
    'JSON 各部分之間有不換行空格或隱形空白（{count} 處，第 {lines} 行），看起來像空格，卻會讓 JSON 壞掉。這份政策是修復後才評估的；照原樣貼上的文字會被拒絕。請套用修復，或重打那些空格。',
  'finding.PASTE_EXTRA_TEXT_BEFORE': 'JSON 前面的文字已略過：「{text}」。請確認它不是政策的一部分；下次只貼上 JSON 即可。',
  'finding.PASTE_EXTRA_TEXT_AFTER': 'JSON 後面的文字已略過：「{text}」。請確認它不是政策的一部分；下次只貼上 JSON 即可。',
  'finding.CLI_ERROR_PASTED':
    '這是 AWS CLI 的錯誤訊息（{error}），不是政策。請在擁有該資源、且有讀取權限的帳戶重新執行指令，再貼上輸出。',
  'finding.VAULT_POLICY_NOT_FOUND':
    '目的地保存庫完全沒有存取政策（{error}），所以來源帳戶無法複製進去。請新增一份保存庫存取政策，允許來源帳戶執行 backup:CopyIntoBackupVault。',
  'finding.WRAPPER_MISMATCH': '這是 {wrapper} 的輸出，屬於另一個步驟。請確認這裡貼的是正確的政策。',
  'finding.JSON_SYNTAX_ERROR': '這裡的 JSON 無法解讀（{error}）。請檢查這個位置前面是否少了逗號、引號或括號。',
  'finding.JSON_SYNTAX_ERRORS_TRUNCATED': '還有 {count} 個 JSON 錯誤沒有列出。先修正前面的，後面的錯誤常會跟著消失。',
  'finding.NOT_A_POLICY':
    '這不是政策：裡面有 {keys}，卻沒有 Version 或 Statement。請貼上金鑰政策或保存庫存取政策本身（或 get-key-policy / get-backup-vault-access-policy 的輸出）。',
  'finding.POLICY_NOT_OBJECT': '政策必須是用 { } 括起來的 JSON 物件，但這裡是 {found}。請從第一個 { 到最後一個 } 完整貼上。',
  'finding.DUPLICATE_KEY': '同一個物件裡出現兩次「{key}」。只有最後一個會生效，前一個會被悄悄忽略。請合併成一個。',
  'finding.POLICY_ELEMENT_MISSPELLED': '「{element}」不是政策元素。您是要寫「{suggestion}」嗎？元素名稱有區分大小寫。',
  'finding.POLICY_ELEMENT_UNKNOWN':
    '「{element}」不是政策元素；這一層只能有 Version、Id 和 Statement。請刪除它，或移到陳述式裡。',
  'finding.STATEMENT_ELEMENT_MISSPELLED':
    '「{element}」不是陳述式元素。您是要寫「{suggestion}」嗎？元素名稱有區分大小寫；照現在這樣 AWS 會拒絕這份政策。',
  'finding.STATEMENT_ELEMENT_UNKNOWN':
    '「{element}」不是陳述式元素。可用的有：Sid、Effect、Principal、NotPrincipal、Action、NotAction、Resource、NotResource、Condition。請刪除它。',
  'finding.ELEMENT_TYPE_INVALID': '{element} 的格式不對：必須是 {expected}。請修正它的值。',
  'finding.ELEMENT_EMPTY': '{element} 是空清單，什麼都比對不到。請加上要比對的值，或刪除它。',
  'finding.VERSION_MISSING':
    '政策沒有「Version」。請在最上面加上 "Version": "2012-10-17"；少了它，${aws:username} 這類政策變數無法使用。',
  'finding.VERSION_OLD': 'Version「{value}」是舊版的政策語言。除非有特別原因，請改用「2012-10-17」。',
  'finding.VERSION_INVALID': 'Version {value} 無效，AWS 會拒絕這份政策。請設為「2012-10-17」（這是固定的日期，不是今天的日期）。',
  'finding.STATEMENT_MISSING': '政策沒有「Statement」，所以什麼都不允許。請加上陳述式。',
  'finding.STATEMENT_TYPE_INVALID':
    '「Statement」必須是陳述式清單 [ {…} ] 或單一陳述式 {…}，但這裡是 {found}。請修正它的值。',
  'finding.STATEMENT_EMPTY': '「Statement」是空清單，所以政策什麼都不允許。請加上陳述式。',
  'finding.STATEMENT_NOT_OBJECT': '每個陳述式都必須是物件 {…}，但這一個是 {found}。請修正或刪除。',
  'finding.SID_DUPLICATE': '有兩個陳述式的 Sid 都是「{sid}」。同一份政策裡的 Sid 不能重複，請把其中一個改名。',
  'finding.EFFECT_MISSING': '這個陳述式沒有「Effect」。請加上 "Effect": "Allow" 或 "Effect": "Deny"。',
  'finding.EFFECT_INVALID': 'Effect {value} 無效。必須剛好是「Allow」或「Deny」（第一個字母大寫）。',
  'finding.PRINCIPAL_MISSING':
    '這個陳述式沒有「Principal」。金鑰政策和保存庫存取政策都必須寫明允許誰，例如 "Principal": {"AWS": "arn:aws:iam::ACCOUNT:root"}，並填入真正的帳戶 ID。',
  'finding.PRINCIPAL_AND_NOT_PRINCIPAL': '同一個陳述式不能同時有 Principal 和 NotPrincipal。請只留一個。',
  'finding.NOT_PRINCIPAL_WITH_ALLOW':
    'Allow 搭配 NotPrincipal 會允許「除了列出的主體以外的所有人」，包括其他帳戶。請改用 Principal 列出需要存取的帳戶。',
  'finding.SCP_PRINCIPAL_NOT_SUPPORTED':
    '服務控制政策（SCP）不支援 {element}，AWS 會拒絕這份 SCP。請刪除它（SCP 會套用到它所附加的帳戶）。',
  'finding.PRINCIPAL_FORMAT_INVALID':
    'Principal {value} 無效。請使用 "*"，或像 {"AWS": "arn:aws:iam::ACCOUNT:root"}、{"Service": "backup.amazonaws.com"} 這樣的物件。',
  'finding.PRINCIPAL_TYPE_MISSPELLED': '主體類型「{type}」無效。您是要寫「{suggestion}」嗎？有區分大小寫。',
  'finding.PRINCIPAL_TYPE_UNKNOWN': '主體類型「{type}」無效。請使用 AWS、Service、Federated 或 CanonicalUser。',
  'finding.PRINCIPAL_INVALID':
    '「{value}」不是有效的 AWS 主體。請使用 12 位數的帳戶 ID、arn:aws:iam::ACCOUNT:root，或角色、使用者的 ARN。',
  'finding.PRINCIPAL_PARTIAL_WILDCARD':
    '「{value}」在主體裡用了萬用字元。主體不支援萬用字元，這樣什麼都比對不到。請寫出確切的帳戶或角色（或使用 "*" 並加上條件）。',
  'finding.PRINCIPAL_UNIQUE_ID':
    '「{value}」是某個已刪除角色或使用者的內部 ID（角色被刪除時，AWS 會用它取代原本的 ARN）。它比對不到任何人，就算重建同名角色也一樣，所以陳述式的這個部分已經失效。請改成該角色的 ARN（必要時先重建角色），或把它移除。',
  'finding.PRINCIPAL_ARN_SERVICE_INVALID':
    '「{value}」是 {service} 的 ARN，但主體必須是 IAM 或 STS 的 ARN（arn:aws:iam::ACCOUNT:root、:role/NAME、:user/NAME）。請改用需要存取的帳戶或角色。',
  'finding.PRINCIPAL_ARN_INVALID':
    '「{value}」不是有效的主體 ARN。請使用 arn:aws:iam::ACCOUNT:root、arn:aws:iam::ACCOUNT:role/NAME 或 arn:aws:iam::ACCOUNT:user/NAME，且不含區域。',
  'finding.PRINCIPAL_WILDCARD_UNRESTRICTED':
    'Allow 陳述式用了 "Principal": "*" 卻沒有限縮條件，任何 AWS 帳戶的任何人都能執行這些動作。請加上 aws:PrincipalOrgID 之類的條件，或直接列出帳戶。',
  'finding.SERVICE_PRINCIPAL_INVALID': '「{value}」不是服務主體。服務主體長得像 backup.amazonaws.com。',
  'finding.ACTION_MISSING': '這個陳述式沒有「Action」（也沒有 NotAction）。請加上它允許或拒絕的動作。',
  'finding.ACTION_AND_NOT_ACTION': '同一個陳述式不能同時有 Action 和 NotAction。請只留一個。',
  'finding.ACTION_INVALID':
    '「{action}」不是有效的動作。請寫成不含空格的 服務:動作，例如 kms:Decrypt 或 backup:CopyIntoBackupVault。',
  'finding.ACTION_WRONG_SERVICE':
    '「{action}」在這份政策裡沒有作用：這裡只有 {expected}: 開頭的動作有效。這個陳述式是不是該放在另一份政策（金鑰政策與保存庫存取政策）？',
  'finding.ACTION_UNKNOWN':
    '「{action}」不是 AWS 的動作，所以這個陳述式既不允許也不拒絕它（AWS 仍會接受這份政策）。您是不是要寫「{suggestion}」？',
  'finding.ACTION_UNKNOWN_NO_SUGGESTION':
    '「{action}」對不上 AWS 的任何動作，所以這個陳述式對它既不允許也不拒絕（AWS 仍會接受這份政策）。請對照該服務的動作清單檢查拼字。',
  'finding.VAULT_ACTION_WILDCARD':
    '保存庫存取政策不接受「{action}」這種萬用字元動作，AWS 會拒絕這份政策。請寫出具體動作，例如 "backup:CopyIntoBackupVault"。',
  'finding.RESOURCE_MISSING':
    '這個陳述式沒有「Resource」。請加上 "Resource": "*"（在金鑰政策裡 "*" 代表這把金鑰；在保存庫存取政策裡代表這個保存庫）。',
  'finding.RESOURCE_AND_NOT_RESOURCE': '同一個陳述式不能同時有 Resource 和 NotResource。請只留一個。',
  'finding.RESOURCE_INVALID': '資源「{value}」既不是 "*" 也不是 ARN。請使用 "*" 或完整的 ARN。',
  'finding.RESOURCE_SERVICE_MISMATCH': '資源「{value}」不是 {expected} 的 ARN，在這份政策裡永遠比對不到。請改用 "*"。',
  'finding.ARN_HAS_SPACE':
    '「{value}」裡有空格。ARN 不會有空格（範本常在帳戶 ID 後面留下一個），這個 ARN 什麼都比對不到。請刪除空格。',
  'finding.ARN_EXTRA_COLON':
    '「{value}」在帳戶 ID 前面有三個冒號（:::）。應該是兩個：arn:aws:iam::ACCOUNT:…。請刪掉一個冒號。',
  'finding.ARN_PARTITION_UNKNOWN':
    '「{value}」的分割區是「{partition}」。必須是 aws、aws-cn 或 aws-us-gov（小寫），例如 arn:aws:iam::ACCOUNT:root。',
  'finding.ARN_MALFORMED': '「{value}」不是完整的 ARN。ARN 有六個部分：arn:分割區:服務:區域:帳戶:資源。',
  'finding.ACCOUNT_ID_INVALID':
    '「{value}」有 {digits} 位數，但 AWS 帳戶 ID 剛好是 12 位數。請從主控台右上角或 aws sts get-caller-identity 重新複製帳戶 ID。',
  'finding.EXAMPLE_ACCOUNT_ID': '{value} 是 AWS 文件裡的範例帳戶 ID，不是您的帳戶。請換成真正的帳戶 ID。',
  'finding.EXAMPLE_ACCOUNT_ID_IS_YOURS':
    '{value} 是 AWS 文件裡的範例帳戶 ID，而它也正是您輸入的帳戶之一。如果那真的是您的帳戶，就沒有問題；如果是從文件複製來的，請輸入真正的帳戶 ID。',
  'finding.EXAMPLE_ORG_ID':
    '{value} 是 AWS 文件裡的範例組織 ID，所以這個條件永遠比對不到您的組織。請換成您的組織 ID（aws organizations describe-organization）。',
  'finding.EXAMPLE_ORG_ID_IS_YOURS':
    '{value} 是 AWS 文件裡的範例組織 ID，而它也正是您輸入的組織 ID。如果那真的是您的組織，就沒有問題；如果是從文件複製來的，請輸入真正的組織 ID。',
  'finding.PLACEHOLDER_LEFT': '「{value}」還留著範本的預留位置。請換成真正的值（帳戶請填 12 位數的 ID）。',
  'finding.CONDITION_OPERATOR_MISSPELLED':
    '條件運算子「{operator}」不存在。您是要寫「{suggestion}」嗎？運算子有區分大小寫；照現在這樣 AWS 會拒絕這份政策。',
  'finding.CONDITION_OPERATOR_UNKNOWN':
    '條件運算子「{operator}」不存在。請使用 StringEquals、StringLike、ArnLike 或 Bool 等運算子。',
  'finding.CONDITION_BLOCK_INVALID': '{operator} 的值必須是物件，例如 {"aws:PrincipalOrgID": "o-…"}。請修正。',
  'finding.CONDITION_KEY_INVALID': '條件索引鍵「{key}」無效。條件索引鍵要有前綴，例如 aws:PrincipalOrgID 或 kms:CallerAccount。',
  'finding.CONDITION_VALUE_TYPE_INVALID': '{key} 的值是 {found}。條件值必須是文字、數字或 true/false，或由它們組成的清單。',
  'finding.CONDITION_BOOL_VALUE_INVALID':
    '{key} 的 {operator} 需要 "true" 或 "false"，不是「{value}」。用其他值的話，這個條件永遠不會成立。',
  'finding.CONDITION_VALUE_NOT_NUMBER': '{key} 的 {operator} 需要數字，不是「{value}」。',
  'finding.CONDITION_VALUE_NOT_DATE': '{key} 的 {operator} 需要像 2025-01-31T00:00:00Z 的日期，不是「{value}」。',
  'finding.CONDITION_VALUE_NOT_IP': '{key} 的 {operator} 需要 IP 位址或範圍，例如 203.0.113.0/24，不是「{value}」。',
  'finding.CONDITION_WILDCARD_NEEDS_LIKE':
    '{operator} 不認得萬用字元：{key} 的「{value}」只會比對到一模一樣的文字（連 * 也算）。請改用 StringLike（或 StringNotLike）。',
  'finding.CONDITION_ACCOUNT_IS_ARN':
    '{key} 要填 12 位數的帳戶 ID，但「{value}」是 ARN，所以條件永遠不會成立。請只填帳戶號碼。',
  'finding.ORG_ID_INVALID':
    '「{value}」不是組織 ID。組織 ID 長得像 o-abc123def4（o- 加上 10 到 32 個小寫英數字）；請用 aws organizations describe-organization 查詢。',
  'finding.ORG_PATH_INVALID':
    '「{value}」看起來不像組織路徑。組織路徑長得像 o-…/r-…/ou-…/，搭配 ForAnyValue:StringLike 時通常以 /* 結尾。',
  'finding.KMS_VIA_SERVICE_INVALID':
    '「{value}」看起來不像 kms:ViaService 的值。格式是 服務.區域.amazonaws.com，例如 backup.us-east-1.amazonaws.com（要寫 backup.*.amazonaws.com 請用 StringLike）。',
  'finding.KEY_POLICY_TOO_LARGE':
    '金鑰政策有 {bytes} 位元組，KMS 最多只接受 {limit}。請縮短：合併相同主體的陳述式、移除空白、刪掉過時的陳述式。',
  'finding.KEY_POLICY_NEAR_SIZE_LIMIT':
    '金鑰政策有 {bytes} 位元組，接近 KMS 的上限 {limit}。加上複製所需的陳述式後可能會超過；若更新被拒絕，請合併陳述式。',
  'finding.KEY_POLICY_LOCKOUT':
    '沒有任何陳述式讓金鑰擁有者帳戶 {account} 修改這份金鑰政策（透過 kms:* 授權 arn:aws:iam::{account}:root 執行 kms:PutKeyPolicy）。KMS 會拒絕這種政策，否則擁有者會失去對金鑰的控制。請保留擁有者那條 "kms:*" 的陳述式。',
  'finding.KEY_POLICY_OWNER_ROOT_MISSING':
    '只有帳戶 {account} 裡的部分角色或使用者能修改這份金鑰政策，帳戶本身（arn:aws:iam::{account}:root）不行。萬一那些角色被刪除，就沒有人能管理這把金鑰。請保留一條授權帳戶 root "kms:*" 的陳述式。',
  'finding.GRAMMAR_INTERNAL_ERROR':
    'Copy Doctor 無法完成這份政策的語法檢查。其他檢查仍已執行；請附上政策回報這個問題（先移除機密資訊）。',
} satisfies Words<typeof en>;
