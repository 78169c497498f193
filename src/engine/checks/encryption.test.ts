import { describe, expect, it } from 'vitest';
import { AIR_GAPPED_VAULT, airGappedCopyJob } from '../../test-support/outputs';
import { checkInput, pack } from '../../test-support/pack';
import type { Facts } from '../types';
import { checkEncryption } from './encryption';

const input = checkInput;
const codes = (r: { findings: { code: string }[] }) => r.findings.map((x) => x.code);

const facts = (resourceType: string): Facts => ({ sourceAccountId: '210987654321', destinationAccountId: '345678901234', sourceRegion: 'us-east-1', destinationRegion: 'eu-west-1', resourceType });

const SRC_KEY = 'arn:aws:kms:us-east-1:210987654321:key/1a2b3c4d-5e6f-4a8b-9c0d-112233445566';
const DST_KEY = 'arn:aws:kms:eu-west-1:345678901234:key/9f8e7d6c-5b4a-4321-8fed-cba987654321';
const describeKey = (arn: string, manager: 'AWS' | 'CUSTOMER', state = 'Enabled', description = manager === 'AWS' ? 'Default key that protects my EBS volumes when no other key is defined' : 'backup copies') => `{
    "KeyMetadata": {
        "AWSAccountId": "${arn.split(':')[4]}",
        "KeyId": "${arn.split('/')[1]}",
        "Arn": "${arn}",
        "CreationDate": "2024-02-14T08:12:55.317000+00:00",
        "Enabled": ${state === 'Enabled'},
        "Description": "${description}",
        "KeyUsage": "ENCRYPT_DECRYPT",
        "KeyState": "${state}",
        "Origin": "AWS_KMS",
        "KeyManager": "${manager}",
        "CustomerMasterKeySpec": "SYMMETRIC_DEFAULT",
        "KeySpec": "SYMMETRIC_DEFAULT",
        "EncryptionAlgorithms": [
            "SYMMETRIC_DEFAULT"
        ],
        "MultiRegion": false
    }
}`;
const vault = (name: string, keyType?: string) => `{
    "BackupVaultName": "${name}",
    "BackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:${name}",
    "VaultType": "BACKUP_VAULT",
    "EncryptionKeyArn": "${DST_KEY}",
    "CreationDate": "2025-09-01T11:20:00.000000+00:00",
    "CreatorRequestId": "a8d0e9b1-0c2d-4e6f-8a9b-0c1d2e3f4a5b",
    "NumberOfRecoveryPoints": 3,
    "Locked": false${keyType ? `,\n    "EncryptionKeyType": "${keyType}"` : ''}
}`;

describe('checkEncryption', () => {
  it('passes EBS with customer managed keys on both sides', () => {
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'CUSTOMER'), destinationVault: vault('central-vault'), destinationKeyMetadata: describeKey(DST_KEY, 'CUSTOMER') } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toEqual(['ENC_OK_CUSTOMER_KEYS']);
  });

  it('fails an AWS managed source key on EBS, pointing at KeyManager, with a re-encrypt fix in the source account', () => {
    const text = describeKey(SRC_KEY, 'AWS');
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { sourceKeyMetadata: text, destinationVault: vault('central-vault', 'CUSTOMER_MANAGED_KMS_KEY') } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'ENC_SOURCE_AWS_MANAGED_KEY', params: { keyArn: SRC_KEY, resourceType: 'EBS', checkedOn: pack.files.resources.checkedOn }, location: { input: 'sourceKeyMetadata', line: 12 } });
    expect(String(r.findings[0]?.params?.source)).toMatch(/^https:/);
    expect(r.fix).toMatchObject({ summaryCode: 'ENC_REENCRYPT_WITH_CUSTOMER_KEY', runIn: 'source account', accountId: '210987654321', region: 'us-east-1' });
    expect(r.fix?.commands).toEqual(["aws kms create-key --description 'Customer managed key for cross-account AWS Backup copies' --region us-east-1"]);
  });

  it('accepts an AWS managed source key on a fully managed type (EFS)', () => {
    const r = checkEncryption(input({ facts: facts('EFS'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'AWS'), destinationVault: vault('central-vault', 'CUSTOMER_MANAGED_KMS_KEY') } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toContain('ENC_SOURCE_AWS_MANAGED_KEY_FULLY_MANAGED');
  });

  it('fails the Default vault and a vault on the AWS Backup managed key, asking for a customer key ARN instead of a placeholder', () => {
    const r = checkEncryption(input({ facts: facts('RDS'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'CUSTOMER'), destinationVault: vault('Default'), destinationKeyMetadata: describeKey(DST_KEY, 'AWS', 'Enabled', 'Default key that protects my backups when no other key is defined') } }));
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(['ENC_DESTINATION_DEFAULT_VAULT', 'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY', 'ENC_NEED_CUSTOMER_KEY_ARN']);
    expect(r.fix).toMatchObject({ summaryCode: 'ENC_CREATE_KEY_THEN_VAULT', runIn: 'destination account', accountId: '345678901234', region: 'eu-west-1' });
    expect(r.fix?.commands).toEqual(["aws kms create-key --description 'Customer managed key for the AWS Backup vault cross-account-copies' --region eu-west-1"]);
    expect(r.fix?.commands.join(' ')).not.toMatch(/<|KEY_ARN|placeholder/);
    expect(r.needs).toEqual(['destinationCustomerKeyArn']);
  });

  it('writes the create-backup-vault command once the customer key ARN is known', () => {
    const cmk = 'arn:aws:kms:eu-west-1:345678901234:key/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
    const r = checkEncryption(input({ facts: facts('EBS'), answers: { destinationCustomerKeyArn: cmk }, pastes: { destinationVault: vault('central-vault', 'AWS_OWNED_KMS_KEY') } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]?.location?.line).toBe(10);
    expect(r.fix?.commands).toEqual([`aws backup create-backup-vault --backup-vault-name central-vault-cmk --encryption-key-arn ${cmk} --region eu-west-1`]);
  });

  it('fails a key that is not Enabled, saying which and in what state, with enable commands', () => {
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'CUSTOMER', 'PendingDeletion') } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'ENC_SOURCE_KEY_NOT_ENABLED', params: { keyArn: SRC_KEY, state: 'PendingDeletion' } });
    expect(r.fix?.commands).toEqual([
      `aws kms cancel-key-deletion --key-id ${SRC_KEY} --region us-east-1`,
      `aws kms enable-key --key-id ${SRC_KEY} --region us-east-1`,
      `aws kms describe-key --key-id ${SRC_KEY} --region us-east-1 --query KeyMetadata.KeyState --output text`,
    ]);
    const d = checkEncryption(input({ facts: facts('EFS'), pastes: { destinationKeyMetadata: describeKey(DST_KEY, 'CUSTOMER', 'Disabled') } }));
    expect(d.findings[0]).toMatchObject({ code: 'ENC_DESTINATION_KEY_NOT_ENABLED', params: { state: 'Disabled' } });
    expect(d.fix?.runIn).toBe('destination account');
  });

  it('reads describe-key with typographic quotes', () => {
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'AWS').replace(/"/g, '“') } }));
    expect(r.findings[0]?.code).toBe('ENC_SOURCE_AWS_MANAGED_KEY');
  });

  it('fails from the triaged messages', () => {
    const a = checkEncryption(input({ facts: facts('EBS'), pastes: { errorMessage: "Snapshots encrypted with the AWS Managed CMK can't be shared. Specify another snapshot. (Service: AmazonEC2; Status Code: 400; Error Code: InvalidParameter)" } }));
    expect(a.status).toBe('fail');
    expect(a.findings[0]?.code).toBe('ENC_SOURCE_AWS_MANAGED_KEY_REPORTED');
    const b = checkEncryption(input({ facts: facts('EBS'), pastes: { errorMessage: 'Copy job failed because the destination Backup vault is encrypted with the default Backup service managed key. The contents of this vault cannot be copied. Only the contents of a Backup vault encrypted by an AWS KMS key may be copied.' } }));
    expect(b.status).toBe('fail');
    expect(b.findings[0]?.code).toBe('ENC_VAULT_DEFAULT_KEY_REPORTED');
    expect(b.fix?.runIn).toBe('destination account');
  });

  it('asks for the key metadata when the message is about key access', () => {
    const r = checkEncryption(input({ facts: facts('RDS'), pastes: { errorMessage: `The source snapshot KMS key [${SRC_KEY}] does not exist, is not enabled or you do not have permissions to access it` } }));
    expect(r.status).toBe('unknown');
    expect(r.findings[0]).toMatchObject({ code: 'ENC_KEY_STATE_TO_CHECK', params: { keyArn: SRC_KEY } });
    expect(r.needs).toContain('sourceKeyMetadata');
  });

  it('is unknown without metadata, and without the type when a key is AWS managed', () => {
    expect(checkEncryption(input({ facts: facts('EBS') }))).toMatchObject({ status: 'unknown', needs: ['sourceKeyMetadata', 'destinationVault'] });
    const r = checkEncryption(input({ facts: { sourceAccountId: '210987654321', destinationAccountId: '345678901234' }, pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'AWS') } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toContain('resourceType');
  });

  it('needs the destination key metadata when the vault output does not say who manages its key', () => {
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'CUSTOMER'), destinationVault: vault('central-vault') } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['destinationKeyMetadata'] });
    expect(codes(r)).toEqual(['ENC_DESTINATION_KEY_MANAGER_UNKNOWN']);
  });

  it('warns when the pasted destination key is not the vault’s key', () => {
    const other = 'arn:aws:kms:eu-west-1:345678901234:key/00000000-1111-4222-8333-444444444444';
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'CUSTOMER'), destinationVault: vault('central-vault', 'CUSTOMER_MANAGED_KMS_KEY'), destinationKeyMetadata: describeKey(other, 'CUSTOMER') } }));
    expect(r.status).toBe('warn');
    expect(codes(r)).toContain('ENC_DESTINATION_KEY_MISMATCH');
  });
});

describe('checkEncryption: asks only for what the session lacks, and says why when it asks again', () => {
  const accessDenied =
    'An error occurred (AccessDeniedException) when calling the DescribeKey operation: User: arn:aws:sts::210987654321:assumed-role/ReadOnly/jane is not authorized to perform: kms:DescribeKey on resource: ' +
    SRC_KEY +
    ' because no resource-based policy allows the kms:DescribeKey action';

  it('names a CLI error pasted instead of describe-key, at the paste', () => {
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { sourceKeyMetadata: accessDenied } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toContain('sourceKeyMetadata');
    expect(r.findings[0]).toMatchObject({ code: 'PASTE_CLI_ERROR', severity: 'warning', params: { code: 'AccessDeniedException', command: 'aws kms describe-key' }, location: { input: 'sourceKeyMetadata', line: 1 } });
  });

  it('with an AWS managed source key and no type, asks for the type only: the key output already said what it can', () => {
    const noType = { ...facts('EBS'), resourceType: '' };
    const r = checkEncryption(input({ facts: noType, pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'AWS'), destinationVault: vault('central-vault', 'CUSTOMER_MANAGED_KMS_KEY') } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['resourceType'] });
    expect(codes(r)).toEqual(['ENC_SOURCE_AWS_MANAGED_KEY_TYPE_UNKNOWN']);
  });

  it('a type the table does not know is asked for again with a finding on that fact', () => {
    const r = checkEncryption(input({ facts: facts('EBS volume'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'AWS'), destinationVault: vault('central-vault', 'CUSTOMER_MANAGED_KMS_KEY') } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['resourceType'] });
    expect(r.findings.find((f) => f.code === 'RESOURCE_TYPE_NOT_IN_TABLE')?.location).toEqual({ input: 'facts', path: ['resourceType'] });
  });

  it('does not fail the default vault while the type is open: it is fine for types AWS Backup fully manages', () => {
    const noType = { ...facts('EBS'), resourceType: '' };
    const open = checkEncryption(input({ facts: noType, pastes: { destinationVault: vault('Default', 'AWS_OWNED_KMS_KEY') } }));
    expect(open.status).toBe('unknown');
    expect(open.needs).toEqual(['sourceKeyMetadata', 'resourceType']);
    expect(open.findings.map((f) => [f.code, f.severity])).toEqual([
      ['ENC_DESTINATION_DEFAULT_VAULT_TYPE_UNKNOWN', 'warning'],
      ['ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_TYPE_UNKNOWN', 'warning'],
    ]);
    expect(checkEncryption(input({ facts: facts('EBS'), pastes: { destinationVault: vault('Default', 'AWS_OWNED_KMS_KEY') } })).status).toBe('fail');
  });

  it('passes S3 into a vault on the AWS Backup managed key without asking for that key’s metadata', () => {
    const r = checkEncryption(input({ facts: facts('S3'), pastes: { destinationVault: vault('central-vault', 'AWS_OWNED_KMS_KEY') } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toEqual(['ENC_OK_FULLY_MANAGED', 'ENC_DESTINATION_VAULT_AWS_MANAGED_KEY_NOTE']);
  });

  it('says why it asks again for a customer key ARN that is not one', () => {
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { destinationVault: vault('Default', 'AWS_OWNED_KMS_KEY') }, answers: { destinationCustomerKeyArn: 'alias/backup-copies' } }));
    expect(r.status).toBe('fail');
    expect(r.needs).toContain('destinationCustomerKeyArn');
    expect(codes(r)).toContain('ENC_CUSTOMER_KEY_ARN_INVALID');
  });
});

// Logically air-gapped destinations (knowledge update, 1.3) and the copy job's newer fields (4.1).
describe('checkEncryption: logically air-gapped vaults and the copy job fields', () => {
  it('passes EBS with a customer managed source key into an air-gapped vault on its default AWS owned key', () => {
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'CUSTOMER'), destinationVault: AIR_GAPPED_VAULT } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toContain('ENC_LAG_AWS_OWNED_KEY');
    expect(codes(r)).not.toContain('ENC_DESTINATION_VAULT_AWS_MANAGED_KEY');
  });

  it('fails an AWS managed source key on EBS into an air-gapped vault even within one account', () => {
    const sameAccount: Facts = { ...facts('EBS'), destinationAccountId: '210987654321' };
    const text = AIR_GAPPED_VAULT.replace(/345678901234/g, '210987654321');
    const r = checkEncryption(input({ facts: sameAccount, pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'AWS'), destinationVault: text } }));
    expect(r.status).toBe('fail');
    expect(r.findings.find((x) => x.severity === 'error')).toMatchObject({ code: 'ENC_LAG_SOURCE_AWS_MANAGED_KEY', location: { input: 'sourceKeyMetadata' } });
    expect(r.fix?.summaryCode).toBe('ENC_REENCRYPT_WITH_CUSTOMER_KEY');
    // A standard vault in the same account: the AWS managed key is no problem there.
    const standard = checkEncryption(input({ facts: sameAccount, pastes: { sourceKeyMetadata: describeKey(SRC_KEY, 'AWS'), destinationVault: vault('local-vault', 'CUSTOMER_MANAGED_KMS_KEY').replace(/345678901234/g, '210987654321') } }));
    expect(standard.status).not.toBe('fail');
  });

  it('reads the air-gapped type from the copy job when no vault is pasted, and says the customer key must be shared with the copy role', () => {
    const text = airGappedCopyJob({ DestinationVaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', DestinationEncryptionKeyArn: DST_KEY });
    const fail = checkEncryption(input({ facts: { ...facts('EBS'), destinationAccountId: '210987654321' }, pastes: { copyJob: text, sourceKeyMetadata: describeKey(SRC_KEY, 'AWS') } }));
    expect(codes(fail)).toContain('ENC_LAG_SOURCE_AWS_MANAGED_KEY');
    const cmk = checkEncryption(input({ facts: facts('EBS'), pastes: { copyJob: text, sourceKeyMetadata: describeKey(SRC_KEY, 'CUSTOMER'), destinationKeyMetadata: describeKey(DST_KEY, 'CUSTOMER') } }));
    expect(cmk.status).toBe('pass');
    expect(cmk.findings.find((x) => x.code === 'ENC_LAG_CUSTOMER_KEY_SHARED')).toMatchObject({ params: { keyArn: DST_KEY }, location: { input: 'copyJob', path: ['CopyJob', 'DestinationVaultType'] } });
  });

  it('asks for describe-key of the key the copy job names instead of the vault', () => {
    const text = airGappedCopyJob({ DestinationVaultType: 'BACKUP_VAULT', DestinationEncryptionKeyArn: DST_KEY });
    const r = checkEncryption(input({ facts: facts('EBS'), pastes: { copyJob: text, sourceKeyMetadata: describeKey(SRC_KEY, 'CUSTOMER') } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['destinationKeyMetadata'] });
    expect(r.findings.find((x) => x.code === 'ENC_DESTINATION_KEY_FROM_COPY_JOB')).toMatchObject({ params: { keyArn: DST_KEY }, location: { input: 'copyJob', path: ['CopyJob', 'DestinationEncryptionKeyArn'] } });
    // The key is now a fact: the gather command for destinationKeyMetadata is filled with it.
    expect(input({ pastes: { copyJob: text } }).facts.destinationVaultKeyArn).toMatchObject({ value: DST_KEY, from: 'copyJob' });
  });
});
