// Traditional Chinese (Taiwan): the words of en/diagram.ts, with exactly its keys (the compiler checks them).
import type en from '../en/diagram';
import type { Words } from '../words';

export default {
  'diagram.title': '複製路徑',
  'diagram.intro': '每個箭頭是複製過程中的一個步驟，標示決定它的檢查與該檢查的狀態。',
  'diagram.select': '選取標籤即可開啟它的步驟。',
  'diagram.walkthrough':
    '如何閱讀這張圖：資源先備份到來源保存庫，複製工作的角色啟動複製，複本再進入目的地保存庫。實際執行複製的是目的地帳戶的 AWSServiceRoleForBackup，它會使用來源金鑰。管理帳戶的規則同時套用到兩個帳戶。請從標示「失敗」的箭頭開始。',
  'diagram.img': '複製路徑圖：每個箭頭是複製的一個步驟，標示其檢查與狀態。圖後的清單以文字說明相同內容。',
  'diagram.listTitle': '以文字說明複製路徑',
  'diagram.item': '{check}：{status}，從{from}到{to}',
  'diagram.link': '{status}：{check}，從{from}到{to}',
  'diagram.nodeIn': '{node}（{account}）',
  'diagram.idUnknown': '未提供 ID',
  'diagram.account.source': '來源帳戶',
  'diagram.account.destination': '目的地帳戶',
  'diagram.account.management': '管理帳戶',
  'diagram.node.organization': '組織',
  'diagram.node.crossAccountSetting': '跨帳戶備份設定',
  'diagram.node.organizationPolicies': 'SCP 與 RCP',
  'diagram.node.tagPolicies': '標籤政策',
  'diagram.node.memberAccounts': '來源與目的地帳戶',
  'diagram.node.resource': '資源',
  'diagram.node.copyRole': '複製工作的角色',
  'diagram.node.sourceVault': '來源保存庫',
  'diagram.node.sourceKey': '來源 KMS 金鑰',
  'diagram.node.destinationVault': '目的地保存庫',
  'diagram.node.vaultKey': '保存庫金鑰',
  'diagram.node.serviceRole': '服務連結角色',
} satisfies Words<typeof en>;
