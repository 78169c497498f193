import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateKnowledge, type ErrorEntry, type KnowledgePack } from '../knowledge/schema';
import { DEFAULT_CATEGORIES, normalizeCategory, triage } from './triage';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/knowledge/${name}`, import.meta.url), 'utf8'));
const validated = validateKnowledge({ errors: load('errors.json'), regions: load('regions.json'), resources: load('resources.json') });
if (!validated.ok) throw new Error(validated.problems.join('\n'));
const pack: KnowledgePack = validated.pack;
const errors: ErrorEntry[] = pack.errors;
const ids = (text: string) => triage(text, errors).matches.map((m) => m.messageId);

describe('every example and variant in errors.json', () => {
  const cases = errors.flatMap((e) => [e.example, ...(e.variants ?? [])].map((text) => [e.id, text] as const));
  it.each(cases)('%s <- %s', (id, text) => {
    const result = triage(text, errors);
    expect(result.recognised).toBe(true);
    expect(result.matches.map((m) => m.messageId)).toEqual([id]);
    expect(result.matches[0]?.checks).toEqual(errors.find((e) => e.id === id)?.checks);
  });

  it.each(cases)('%s also in upper case, lower case and spread over lines: %s', (id, text) => {
    expect(ids(text.toUpperCase())).toEqual([id]);
    expect(ids(text.toLowerCase())).toEqual([id]);
    expect(ids(`  The copy job said:\n\n${text.split(' ').join('\n   ')}\n-- end`)).toEqual([id]);
  });
});

describe('hand-written expectations', () => {
  it('recognises the organization message with and without the Access denied prefix', () => {
    const bare = 'Copy job failed. Both source and destination account must be a member of the same organization.';
    expect(triage(bare, errors).matches).toEqual([{ messageId: 'organization-mismatch', checks: ['organization'] }]);
    expect(ids(`Access denied: ${bare}`)).toEqual(['organization-mismatch']);
    expect(ids(`ACCESS DENIED:   copy job failed.  both SOURCE and destination account must be a member of the same organisation`)).toEqual(['organization-mismatch']);
  });

  it('reads Regions and resource type from the feature message, whatever they are', () => {
    const r = triage('Copy job from eu-central-1 to ap-southeast-2 cannot be initiated for Aurora resources. Feature is not supported for provided resource type.', errors);
    expect(r.matches).toEqual([
      {
        messageId: 'feature-not-supported',
        checks: ['resource-support'],
        extracted: { sourceRegion: 'eu-central-1', destinationRegion: 'ap-southeast-2', resourceType: 'Aurora' },
      },
    ]);
    const gov = triage('Copy job from US-GOV-WEST-1 to us-gov-east-1 cannot be initiated for SAP HANA on Amazon EC2 resources. Feature is not supported for provided resource type.', errors);
    expect(gov.matches[0]?.extracted).toEqual({ sourceRegion: 'us-gov-west-1', destinationRegion: 'us-gov-east-1', resourceType: 'SAP HANA on Amazon EC2' });
    const docdb = triage('Copy job from us-west-2 to us-east-1 cannot be initiated for DocumentDB resources.', errors);
    expect(docdb.matches[0]?.extracted?.resourceType).toBe('DocumentDB');
    expect(ids('Feature is not supported for provided resource type.')).toEqual(['feature-not-supported']);
  });

  it('pulls the key ARN out of the RDS KMS message', () => {
    const arn = 'arn:aws:kms:eu-west-1:444455556666:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
    const r = triage(`The source snapshot KMS key [${arn}] does not exist, is not enabled or you do not have permissions to access it`, errors);
    expect(r.matches).toEqual([{ messageId: 'source-snapshot-kms-key', checks: ['source-key-policy', 'encryption'], extracted: { keyArn: arn } }]);
    expect(triage(`The source snapshot KMS key [ ${arn} ] does not exist`, errors).matches[0]?.extracted).toEqual({ keyArn: arn });
  });

  it('accepts both "default CMK" and "default key", and prefers the specific AMI message over its first sentence', () => {
    const head = 'AMI snapshot copy failed with error: Given key ID is not accessible. You must have DescribeKey permissions on the default';
    expect(ids(`${head} CMK.`)).toEqual(['kms-describe-key-default']);
    expect(ids(`${head} key.`)).toEqual(['kms-describe-key-default']);
    expect(ids(`${head} customer master key (CMK).`)).toEqual(['kms-describe-key-default']);
    expect(ids('Given key ID is not accessible')).toEqual(['kms-key-not-accessible']);
  });

  it('tolerates the older and newer wordings of the encryption messages', () => {
    expect(ids('Snapshots encrypted with the AWS Managed CMK can’t be shared. Specify another snapshot.')).toEqual(['aws-managed-key-snapshot']);
    expect(ids('Snapshots encrypted with the AWS managed KMS key cannot be shared.')).toEqual(['aws-managed-key-snapshot']);
    expect(ids('Only the contents of a Backup vault encrypted by a customer managed key may be copied.')).toEqual(['vault-default-key']);
    expect(ids('Encrypted snapshots with EBS default CMK cannot be shared')).toEqual(['ebs-default-key']);
  });

  it('pulls the tag key and the role ARN', () => {
    expect(triage('The tag policy does not allow the specified value for the following tag key: ‘Cost Center’.', errors).matches[0]?.extracted).toEqual({ tagKey: 'Cost Center' });
    expect(triage('The tag policy does not allow the specified value for the following tag key: "env"', errors).matches[0]?.extracted).toEqual({ tagKey: 'env' });
    expect(triage('The tag policy does not allow the specified value for the following tag key: costcenter.', errors).matches[0]?.extracted).toEqual({ tagKey: 'costcenter' });
    const role = 'arn:aws:iam::444455556666:role/backup-copy-role';
    expect(triage(`The provided role ${role} cannot be assumed by AWS Backup.`, errors).matches[0]).toEqual({
      messageId: 'role-cannot-be-assumed',
      checks: ['iam-role'],
      extracted: { roleArn: role },
    });
  });

  it('takes the StatusMessage out of describe-copy-job output', () => {
    const json = JSON.stringify(
      {
        CopyJob: {
          AccountId: '111122223333',
          CopyJobId: 'E0AADB8D-1234-5678-9ABC-DEF012345678',
          SourceBackupVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:Default',
          DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:444455556666:backup-vault:central-vault',
          ResourceType: 'EBS',
          State: 'FAILED',
          StatusMessage: 'Access Denied trying to call AWS Backup service',
          MessageCategory: 'ACCESS_DENIED',
        },
      },
      null,
      2,
    );
    const r = triage(json, errors);
    expect(r.recognised).toBe(true);
    expect(r.statusMessage).toBe('Access Denied trying to call AWS Backup service');
    expect(r.matches.map((m) => m.messageId)).toEqual(['vault-policy-access-denied']);
    expect(r.copyJob).toMatchObject({ sourceAccountId: '111122223333', destinationAccountId: '444455556666', destinationVaultName: 'central-vault' });
    expect(r.category).toBe('ACCESS_DENIED');
    // A shell prompt before the output does not get in the way.
    expect(triage(`$ aws backup describe-copy-job --copy-job-id X\n${json}\n$`, errors).statusMessage).toBe('Access Denied trying to call AWS Backup service');
  });

  it('triages each failed job of list-copy-jobs output once', () => {
    const job = (state: string, message?: string) => ({
      State: state,
      SourceBackupVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:src',
      DestinationBackupVaultArn: 'arn:aws:backup:us-east-1:444455556666:backup-vault:dst',
      ...(message ? { StatusMessage: message } : {}),
    });
    const list = JSON.stringify({
      CopyJobs: [
        job('COMPLETED'),
        job('FAILED', 'Given key ID does not exist'),
        job('FAILED', 'Copy job failed. Cross-account copy feature is not enabled for the current organization.'),
        job('FAILED', 'Given key ID does not exist'),
        job('RUNNING', 'Token expired. Try again.'),
      ],
    });
    const r = triage(list, errors);
    expect(r.matches.map((m) => m.messageId)).toEqual(['kms-key-not-exist', 'cross-account-disabled']);
    expect(r.checks).toEqual(['encryption', 'source-key-policy', 'cross-account-setting']);
    expect(r.statusMessage).toBe('Given key ID does not exist');
    expect(r.statusMessages).toHaveLength(2);
  });

  it('says so when nothing is recognised, and falls back on the message category', () => {
    const unknown = triage('Something new went wrong in a way nobody has seen.', errors);
    expect(unknown).toEqual({ matches: [], checks: [], recognised: false });
    const withCategory = triage(JSON.stringify({ CopyJob: { State: 'FAILED', StatusMessage: 'A brand new message', MessageCategory: 'AccessDenied' } }), errors);
    expect(withCategory.recognised).toBe(false);
    expect(withCategory.category).toBe('ACCESS_DENIED');
    expect(withCategory.checks).toEqual(['destination-vault-policy', 'service-control-policies', 'iam-role']);
    const kms = triage(JSON.stringify({ CopyJob: { State: 'FAILED', StatusMessage: '?', MessageCategory: 'kms_key_error' } }), errors, pack.categories);
    expect(kms.checks).toEqual(['source-key-policy', 'encryption']);
    expect(triage('', errors)).toEqual({ matches: [], checks: [], recognised: false });
    expect(triage('   \n ', errors).recognised).toBe(false);
  });

  it('matches text around the message and several messages in one paste', () => {
    const r = triage('Job 1: Token expired. Try again.\nJob 2: Copy job encountered a fatal error. Please contact AWS Support for further assistance.', errors);
    expect(r.matches.map((m) => m.messageId)).toEqual(['token-expired', 'fatal-error']);
    expect(r.checks).toEqual([]);
    expect(r.recognised).toBe(true);
  });

  it('never throws on a damaged catalogue or odd input', () => {
    const broken = [{ ...errors[0]!, patterns: ['(unclosed'] }];
    expect(triage('anything', broken).recognised).toBe(false);
    expect(triage('{"CopyJob": 5}', errors).recognised).toBe(false);
    expect(triage('[1, 2, {"x": null}]', errors).recognised).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ CopyJobs: [v, { StatusMessage: v }] }))), (text) => {
        expect(() => triage(text, errors)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('finds a known message inside random surrounding text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...errors), fc.string(), fc.string(), (entry, before, after) => {
        const r = triage(`${before.replace(/[a-z]/gi, '')} ${entry.example} ${after.replace(/[a-z]/gi, '')}`, errors);
        expect(r.matches.map((m) => m.messageId)).toContain(entry.id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('message categories', () => {
  it('normalises the API spellings', () => {
    expect(normalizeCategory('AccessDenied')).toBe('ACCESS_DENIED');
    expect(normalizeCategory('access-denied')).toBe('ACCESS_DENIED');
    expect(normalizeCategory('KMS_KEY_ERROR')).toBe('KMS_KEY_ERROR');
    expect(normalizeCategory('InvalidParameters')).toBe('INVALID_PARAMETERS');
    expect(normalizeCategory('')).toBeUndefined();
  });

  it('the built-in map agrees with errors.json', () => {
    expect(pack.categories).toEqual(DEFAULT_CATEGORIES);
  });
});

// The messages the 2026 research update lists (§1.3, §1.4, §1.13, §2), as AWS and the reports print them.
describe('messages from the 2026 update, exact text -> entry', () => {
  const table: [text: string, id: string, checks: string[], lookAt?: string[]][] = [
    ['Source AMI ami-0123456789abcdef0 not found in Region.', 'source-ami-not-found', ['resource-support'], ['allowed-amis']],
    ['Source AMI ami-xxxxxx not found in Region.', 'source-ami-not-found', ['resource-support'], ['allowed-amis']],
    ['We are unable to copy resource tags to your backup because source or destination recovery point is unavailable', 'recovery-point-unavailable', [], ['recovery-point']],
    ['Copy job encountered a fatal error.', 'fatal-error', []],
    ['Customer credential miss permission to get bucket versioning for bucket.', 'bucket-versioning-permission', ['iam-role']],
    ['Backup job could not start because it is either inside or too close to the weekly maintenance window configured', 'maintenance-window', [], ['db-windows']],
    ['Backup job could not start because it is either inside or too close to the automated backup window configured', 'backup-window', [], ['db-windows']],
    ['Subscriber limit exceeded: You have reached the maximum concurrent number of backups, which is 300. Please try again later.', 'subscriber-limit', [], ['service-quotas']],
    ['Access denied exception while trying to list tags', 'list-tags-denied', ['iam-role']],
    ['Instance is not in state', 'resource-invalid-state', [], ['resource-state']],
    ['Volume vol-0123456789abcdef0 is not in the available state', 'resource-invalid-state', [], ['resource-state']],
    ['Cannot snapshot volume', 'resource-invalid-state', [], ['resource-state']],
    ['unsupported resource type', 'unsupported-resource-type', ['resource-support']],
    ['Backup job completed successfully to the target backup vault. This resource type is not supported by logically air-gapped backup vault.', 'lag-type-not-supported', [], ['lag-support']],
    ['Backup job completed successfully to the target backup vault. This resource is encrypted with an AWS managed key and cannot be copied to a logically air-gapped backup vault.', 'lag-aws-managed-key', ['encryption']],
    ['Bucket {bucket_name} already has continuous backup enabled for another vault Backup job failed.', 's3-continuous-other-vault', [], ['s3-continuous-backup']],
    ['Backup job failed because the lifecycle is outside the valid range for backup vault.', 'lifecycle-outside-range', ['vault-lock']],
    ['InvalidParameterValueException: Provided principal is not valid. Please input a valid principal and retry the request.', 'vault-policy-invalid-principal', ['destination-vault-policy'], ['iam-eventual-consistency']],
    ['Error: error creating Backup Vault Policy: InvalidParameterValueException: Provided principal is not valid. Please input a valid principal and retry the request. { RespMetadata: { StatusCode: 400 }, Code_: "ERROR_3107", Message_: "Provided principal is not valid." }', 'vault-policy-invalid-principal', ['destination-vault-policy'], ['iam-eventual-consistency']],
    ["The specified policy cannot be added to the vault due to cross-account sharing restrictions. Amend the policy or the vault's settings, then retry request", 'vault-policy-sharing-restrictions', ['destination-vault-policy']],
    ['There are too many copy jobs running for resource.', 'concurrent-copy', [], ['job-schedule']],
  ];
  it.each(table)('%s -> %s', (text, id, checks, lookAt) => {
    const r = triage(text, errors);
    expect(r.matches.map((m) => m.messageId)).toEqual([id]);
    expect(r.matches[0]?.checks).toEqual(checks);
    expect(r.matches[0]?.lookAt).toEqual(lookAt);
  });

  it('pulls the AMI ID and the concurrency limit out of the messages', () => {
    expect(triage('Source AMI ami-0123456789abcdef0 not found in Region.', errors).matches[0]?.extracted).toEqual({ amiId: 'ami-0123456789abcdef0' });
    expect(triage('Source AMI not found in Region', errors).matches[0]?.extracted).toBeUndefined();
    expect(triage('Subscriber limit exceeded: You have reached the maximum concurrent number of backups, which is 300.', errors).matches[0]?.extracted).toEqual({ limit: '300' });
  });

  it('the unavailable recovery point is not also read as the internal failure of the tag copy', () => {
    expect(ids('We are unable to copy resource tags to your backup because of the Internal Failure')).toEqual(['tag-copy-internal-failure']);
  });

  it('the two LAG messages share their first sentence but are told apart', () => {
    const head = 'Backup job completed successfully to the target backup vault.';
    expect(ids(`${head} This resource type is not supported by logically air-gapped backup vault.`)).toEqual(['lag-type-not-supported']);
    expect(ids(`${head} This resource is encrypted with an AWS managed key and cannot be copied to a logically air-gapped backup vault.`)).toEqual(['lag-aws-managed-key']);
    expect(ids(head)).toEqual([]);
  });

  it('a describe-copy-job output with one of the new messages and the new category', () => {
    const json = JSON.stringify({ CopyJob: { State: 'FAILED', StatusMessage: 'Access denied exception while trying to list tags', MessageCategory: 'AccessDenied' } });
    const r = triage(json, errors);
    expect(r.matches.map((m) => m.messageId)).toEqual(['list-tags-denied']);
    const lag = triage(JSON.stringify({ CopyJob: { State: 'FAILED', StatusMessage: 'Something else', MessageCategory: 'LogicallyAirGappedBackupVaultNotSupported' } }), errors, pack.categories);
    expect(lag.category).toBe('LOGICALLY_AIR_GAPPED_BACKUP_VAULT_NOT_SUPPORTED');
    expect(lag.checks).toEqual(['resource-support', 'encryption']);
    expect(normalizeCategory('InvalidState')).toBe('INVALID_STATE');
    expect(normalizeCategory('Success')).toBe('SUCCESS');
  });

  it('only entries with no check and no place to look at are left to "retry"', () => {
    const retryOnly = errors.filter((e) => e.checks.length === 0 && !e.lookAt).map((e) => e.id).sort();
    expect(retryOnly).toEqual(['fatal-error', 'internal-error', 'token-expired']);
  });
});
