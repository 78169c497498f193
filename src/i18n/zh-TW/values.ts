// Traditional Chinese (Taiwan): the words of en/values.ts, with exactly its keys (the compiler checks them).
import type en from '../en/values';
import type { Words } from '../words';

export default {
  'finding.INPUT_VALUE_REJECTED':
    '{from}中的{what}{detail}未被採用：{why}。它必須是{expected}。在更正之前，需要它的指令會以 {placeholder} 代替，或不列入修正。',
  'value.fieldNote': '（{field}）',
  'value.from.facts': '您輸入的資料（或工作階段檔案、分享連結帶入的資料）',
  'value.from.answers': '您的回答',
  'value.answer.destinationCustomerKeyArn': '用於新目的地保存庫的客戶受管金鑰',
  'value.answer.sourceOrganizationPath': '來源帳戶的組織路徑',
  'value.answer.destinationOrganizationPath': '目的地帳戶的組織路徑',
  'value.answer.copyRetentionDays': '複本的保留天數',

  'value.reason.empty': '它是空的',
  'value.reason.control-character': '它含有換行、控制字元或不可見的字元',
  'value.reason.too-long': '它比這類值的長度上限還長',
  'value.reason.shell-character': '它含有 shell 會解讀的字元（例如 ; | & $ ` \' " < > 或空格）',
  'value.reason.format': '它不符合這類值的格式',

  'value.kind.accountId': '12 位數的 AWS 帳戶 ID',
  'value.kind.region': '區域代碼，例如 eu-west-1、us-gov-west-1 或 cn-north-1',
  'value.kind.partition': '分割區：aws、aws-cn 或 aws-us-gov',
  'value.kind.vaultName': '備份保存庫名稱：2 到 50 個英文字母、數字、連字號與底線',
  'value.kind.vaultArn': '備份保存庫 ARN (arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME)',
  'value.kind.kmsKeyArn': 'KMS 金鑰 ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID)',
  'value.kind.kmsKeyId': 'KMS 金鑰 ID（UUID，或 mrk- 加上 32 個十六進位數字）',
  'value.kind.kmsKey': 'KMS 金鑰 ARN 或金鑰 ID',
  'value.kind.kmsAliasName': 'KMS 別名 (alias/NAME)',
  'value.kind.kmsAliasArn': 'KMS 別名 ARN (arn:aws:kms:REGION:ACCOUNT:alias/NAME)',
  'value.kind.kmsKeyRef': 'KMS 金鑰 ARN、金鑰 ID、別名或別名 ARN',
  'value.kind.roleArn': 'IAM 角色 ARN (arn:aws:iam::ACCOUNT:role/PATH/NAME)',
  'value.kind.roleName': 'IAM 角色名稱：最多 64 個英文字母、數字與 + = , . @ _ -',
  'value.kind.iamPath': 'IAM 路徑：/ 或 /一個或多個/區段/',
  'value.kind.managedPolicyArn': 'AWS 受管政策 ARN (arn:aws:iam::aws:policy/NAME)',
  'value.kind.recoveryPointArn': '復原點 ARN（AWS Backup 復原點、EBS 快照、AMI、RDS 快照…）',
  'value.kind.backupRecoveryPointArn': 'AWS Backup 復原點 ARN (arn:aws:backup:REGION:ACCOUNT:recovery-point:ID)',
  'value.kind.arn': 'ARN',
  'value.kind.copyJobId': '複製任務 ID',
  'value.kind.policyId': '政策 ID：p- 加上 8 到 128 個小寫英文字母與數字，或 p-FullAWSAccess',
  'value.kind.organizationId': '組織 ID：o- 加上 10 到 32 個小寫英文字母與數字',
  'value.kind.ouId': '組織單位 ID (ou-…)',
  'value.kind.rootId': '組織根 ID (r-…)',
  'value.kind.orgPath': '組織路徑，例如 o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/',
  'value.kind.tagKey': '標籤鍵：最多 128 個字母、數字、空格與 _ . : / = + - @',
  'value.kind.days': '整數天數',
  'value.kind.resourceType': 'AWS Backup 資源類型，例如 EBS、RDS 或 DynamoDB',
} satisfies Words<typeof en>;
