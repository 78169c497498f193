// Shared by the check tests: sessions and check inputs from a few facts and pastes.
import { resolveFacts } from '../facts';
import type { Facts, Pastes, Session } from '../types';
import type { CheckInput } from './common';

export const SRC = '210987654321';
export const DEST = '345678901234';
export const ORG = 'o-7h2kd9x3qa';
export const KEY_ARN = `arn:aws:kms:eu-west-1:${SRC}:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58`;
export const SLR = `arn:aws:iam::${DEST}:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup`;

export const OWNER = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${SRC}:root` },
  Action: 'kms:*',
  Resource: '*',
};

export const USE = {
  Sid: 'Allow use of the key',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${DEST}:root` },
  Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
  Resource: '*',
};

export const GRANTS = {
  Sid: 'Allow attachment of persistent resources',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${DEST}:root` },
  Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
  Resource: '*',
  Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
};

export function policyText(statements: unknown[], indent = 2): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, indent);
}

export const BASE_FACTS: Facts = {
  sourceAccountId: SRC,
  destinationAccountId: DEST,
  sourceRegion: 'eu-west-1',
  destinationRegion: 'eu-central-1',
  sourceKeyArn: KEY_ARN,
  destinationVaultName: 'central-backup-vault',
};

export function makeSession(pastes: Pastes, facts: Facts = BASE_FACTS, answers: Record<string, string> = {}): Session {
  return { format: 'copy-doctor/session', version: 1, facts, answers, pastes };
}

export function makeInput(pastes: Pastes, facts: Facts = BASE_FACTS, answers: Record<string, string> = {}): CheckInput {
  const session = makeSession(pastes, facts, answers);
  return { session, facts: resolveFacts(session).facts, triage: [] };
}
