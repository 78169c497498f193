// The session the benchmarks use: a source key policy close to KMS's 32 KB limit, grown the way long-lived
// shared keys grow, plus the knowledge pack. Shared by the engine benchmark and the typing benchmark.
import { readFileSync } from 'node:fs';
import { validateKnowledge } from '../src/engine/knowledge/schema';
import type { Session } from '../src/engine/types';

export const SRC = '210987654321';
export const DEST = '345678901234';
const REGION = 'eu-west-1';
const LIMIT = 32 * 1024;

export function knowledge() {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../public/knowledge/${name}.json`, import.meta.url), 'utf8'));
  const result = validateKnowledge({ errors: read('errors'), regions: read('regions'), resources: read('resources') });
  if (!result.ok) throw new Error(`knowledge pack: ${result.problems.join('; ')}`);
  return result.pack;
}

/** A grown key policy: every kind of statement a long-lived shared key collects, until it is about 32 KB. */
export function bigKeyPolicy(): string {
  const statements: unknown[] = [
    { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'kms:*', Resource: '*' },
    {
      Sid: 'Allow access for Key Administrators',
      Effect: 'Allow',
      Principal: { AWS: [`arn:aws:iam::${SRC}:role/PlatformKeyAdmins`, `arn:aws:iam::${SRC}:role/SecurityBreakGlass`] },
      Action: ['kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*', 'kms:Disable*', 'kms:Get*', 'kms:Delete*', 'kms:TagResource', 'kms:UntagResource', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion'],
      Resource: '*',
    },
    { Sid: 'DenyKeyDeletionOutsideBreakGlass', Effect: 'Deny', Principal: '*', Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'], Resource: '*', Condition: { ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${SRC}:role/SecurityBreakGlass` } } },
    {
      Sid: 'Allow use of the key',
      Effect: 'Allow',
      Principal: { AWS: [`arn:aws:iam::${SRC}:role/service-role/AWSBackupDefaultServiceRole`, `arn:aws:iam::${DEST}:root`] },
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
      Resource: '*',
    },
  ];
  const services = ['ec2', 'rds', 'elasticfilesystem', 'fsx', 's3', 'dynamodb', 'lambda', 'secretsmanager'];
  let size = 0;
  for (let i = 0; size < LIMIT - 900; i++) {
    const app = `app-${String(i).padStart(3, '0')}`;
    const account = String(400000000000 + i * 7919);
    switch (i % 4) {
      case 0:
        statements.push({
          Sid: `AllowUseBy${app.replace('-', '')}ViaService`,
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${SRC}:role/${app}-runtime` },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': `${services[i % services.length]}.${REGION}.amazonaws.com`, 'kms:CallerAccount': SRC } },
        });
        break;
      case 1:
        statements.push({
          Sid: `AllowDisasterRecoveryAccount${i}`,
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:root` },
          Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:ReEncrypt*'],
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' } },
        });
        break;
      case 2:
        statements.push({
          Sid: `AllowGrantsFor${app.replace('-', '')}`,
          Effect: 'Allow',
          Principal: { AWS: [`arn:aws:iam::${SRC}:role/${app}-runtime`, `arn:aws:iam::${account}:root`] },
          Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
          Resource: '*',
          Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        });
        break;
      default:
        statements.push({
          Sid: `DenyDecryptOutsideVpc${i}`,
          Effect: 'Deny',
          Principal: { AWS: `arn:aws:iam::${SRC}:role/${app}-batch` },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:SourceVpc': `vpc-0${(i * 104729).toString(16).padStart(16, '0')}` } },
        });
    }
    size = JSON.stringify({ Version: '2012-10-17', Id: 'key-consolepolicy-3', Statement: statements }, null, 4).length;
  }
  // The last statement may overshoot: drop until under the limit.
  let text = '';
  do {
    text = JSON.stringify({ Version: '2012-10-17', Id: 'key-consolepolicy-3', Statement: statements }, null, 4);
    if (new TextEncoder().encode(text).length > LIMIT) statements.pop();
    else break;
  } while (statements.length > 0);
  return text;
}

export function session(policy: string): Session {
  return {
    format: 'copy-doctor/session',
    version: 1,
    facts: {
      sourceAccountId: SRC,
      destinationAccountId: DEST,
      sourceRegion: REGION,
      destinationRegion: 'eu-central-1',
      resourceType: 'EBS',
      organizationId: 'o-7h2kd9x3qa',
      destinationVaultName: 'central-backup-vault',
      sourceKeyArn: `arn:aws:kms:${REGION}:${SRC}:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58`,
    },
    answers: { organization: 'same' },
    pastes: {
      errorMessage: 'Given key ID is not accessible',
      sourceKeyPolicy: policy,
      destinationVaultPolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'DenyDeletion', Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }] }, null, 2),
    },
  };
}


/** A policy of `make(i)` statements, as many as fit in `max` characters pretty-printed. */
function grown(make: (i: number) => unknown, max: number): string {
  const statements: unknown[] = [];
  let text = '';
  for (let i = 0; ; i++) {
    statements.push(make(i));
    const next = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
    if (next.length > max) return text;
    text = next;
  }
}

/**
 * The heaviest session the size caps let through, as people could paste it: the 32 KB key policy as a whole
 * get-key-policy output (escaped into a string), and a vault policy, SCPs and a tag policy each near 60 KB:
 * about 235 KB of the session's 256 KB.
 */
export function sessionAtCaps(): Session {
  const s = session(bigKeyPolicy());
  s.pastes.sourceKeyPolicy = JSON.stringify({ Policy: bigKeyPolicy(), PolicyName: 'default' }, null, 4);
  s.pastes.destinationVaultPolicy = grown(
    (i) => ({
      Sid: `AllowCopyFromBusinessUnit${i}`,
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${400000000000 + i * 7919}:root` },
      Action: 'backup:CopyIntoBackupVault',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' } },
    }),
    60_000,
  );
  s.pastes.serviceControlPolicies = grown(
    (i) => ({
      Sid: `ProtectBackups${i}`,
      Effect: 'Deny',
      Action: ['backup:DeleteBackupVault', 'backup:DeleteRecoveryPoint', 'kms:ScheduleKeyDeletion'],
      Resource: '*',
      Condition: { StringNotLike: { 'aws:PrincipalArn': `arn:aws:iam::*:role/BackupAdmin${i}` } },
    }),
    60_000,
  );
  s.pastes.tagPolicy = JSON.stringify(
    { tags: Object.fromEntries(Array.from({ length: 290 }, (_, i) => [`team${i}`, { tag_key: { '@@assign': `Team${i}` }, tag_value: { '@@assign': [`a${i}`, `b${i}`] } }])) },
    null,
    2,
  );
  return s;
}
