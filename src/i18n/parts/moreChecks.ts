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
      'The pasted global settings say "true", but the copy job says the feature is not enabled. Check that the settings were read in the management account of the organization both accounts belong to.',
    'fix.CROSS_ACCOUNT_ENABLE':
      'Turn on cross-account backup in the organization’s management account, then confirm the setting reads "true".',
    'fix.CROSS_ACCOUNT_ENABLE_IN_ACCOUNT':
      'Turn on cross-account backup in the organization’s management account ({account}), then confirm the setting reads "true".',
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
    'finding.ORG_ANSWER_CONTRADICTED':
      '您表示兩個帳戶屬於同一個組織，但上方的證據顯示並非如此。請在兩個帳戶分別執行 `aws organizations describe-organization` 並比對 Organization.Id。',
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
      '貼上的全域設定顯示 "true"，但複製任務表示此功能未啟用。請確認設定是在兩個帳戶所屬組織的管理帳戶中讀取的。',
    'fix.CROSS_ACCOUNT_ENABLE': '在組織的管理帳戶中啟用跨帳戶備份，然後確認設定值為 "true"。',
    'fix.CROSS_ACCOUNT_ENABLE_IN_ACCOUNT': '在組織的管理帳戶 ({account}) 中啟用跨帳戶備份，然後確認設定值為 "true"。',
  },
);
