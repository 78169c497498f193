import { describe, expect, it } from 'vitest';
import { resolveFacts } from './facts';
import type { Facts, Pastes, Session } from './types';

const session = (facts: Facts = {}, pastes: Pastes = {}): Session => ({ format: 'copy-doctor/session', version: 1, facts, answers: {}, pastes });

const copyJob = JSON.stringify({
  CopyJob: {
    AccountId: '111122223333',
    CopyJobId: 'E0AADB8D',
    SourceBackupVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:Default',
    DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:444455556666:backup-vault:central-vault',
    ResourceType: 'EBS',
    State: 'FAILED',
    StatusMessage: 'Access Denied trying to call AWS Backup service',
  },
});
const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const vaultKeyArn = 'arn:aws:kms:eu-west-1:444455556666:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

describe('resolveFacts', () => {
  it('takes typed facts, trimmed, and ignores blank ones', () => {
    const { facts, conflicts } = resolveFacts(session({ sourceAccountId: ' 111122223333 ', destinationAccountId: '   ', resourceType: '' }));
    expect(facts).toEqual({ sourceAccountId: { value: '111122223333', from: 'facts' } });
    expect(conflicts).toEqual([]);
  });

  it('reads accounts, Regions, type and vault name from a copy job paste', () => {
    const { facts } = resolveFacts(session({}, { copyJob }));
    expect(facts).toEqual({
      sourceAccountId: { value: '111122223333', from: 'copyJob' },
      destinationAccountId: { value: '444455556666', from: 'copyJob' },
      sourceRegion: { value: 'us-east-1', from: 'copyJob' },
      destinationRegion: { value: 'eu-west-1', from: 'copyJob' },
      resourceType: { value: 'EBS', from: 'copyJob' },
      destinationVaultName: { value: 'central-vault', from: 'copyJob' },
    });
  });

  it('reads the same from an error message paste that is describe-copy-job output, but not from a bare message', () => {
    expect(resolveFacts(session({}, { errorMessage: copyJob })).facts.destinationAccountId).toEqual({ value: '444455556666', from: 'errorMessage' });
    expect(resolveFacts(session({}, { errorMessage: 'Access Denied trying to call AWS Backup service' })).facts).toEqual({});
  });

  it('reads the source key ARN from describe-key output', () => {
    const meta = JSON.stringify({ KeyMetadata: { AWSAccountId: '111122223333', KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: keyArn, KeyManager: 'CUSTOMER', KeyState: 'Enabled' } });
    expect(resolveFacts(session({}, { sourceKeyMetadata: meta })).facts).toEqual({ sourceKeyArn: { value: keyArn, from: 'sourceKeyMetadata' } });
    expect(resolveFacts(session({}, { sourceKeyMetadata: ` ${keyArn}\n` })).facts.sourceKeyArn?.value).toBe(keyArn);
  });

  it('reads name, key, account and Region from describe-backup-vault output', () => {
    const vault = JSON.stringify({
      BackupVaultName: 'central-vault',
      BackupVaultArn: 'arn:aws:backup:eu-west-1:444455556666:backup-vault:central-vault',
      EncryptionKeyArn: vaultKeyArn,
      EncryptionKeyType: 'CUSTOMER_MANAGED_KMS_KEY',
      Locked: false,
    });
    expect(resolveFacts(session({}, { destinationVault: vault })).facts).toEqual({
      destinationVaultName: { value: 'central-vault', from: 'destinationVault' },
      destinationAccountId: { value: '444455556666', from: 'destinationVault' },
      destinationRegion: { value: 'eu-west-1', from: 'destinationVault' },
      destinationVaultKeyArn: { value: vaultKeyArn, from: 'destinationVault' },
    });
  });

  it('takes the organization ID when the organization outputs agree, or only one is given', () => {
    const org = (id: string) => JSON.stringify({ Organization: { Id: id, Arn: `arn:aws:organizations::999988887777:organization/${id}`, MasterAccountId: '999988887777' } });
    expect(resolveFacts(session({}, { sourceOrganization: org('o-a1b2c3d4e5'), destinationOrganization: org('o-a1b2c3d4e5') })).facts.organizationId).toEqual({
      value: 'o-a1b2c3d4e5',
      from: 'sourceOrganization',
    });
    expect(resolveFacts(session({}, { destinationOrganization: org('o-a1b2c3d4e5') })).facts.organizationId?.from).toBe('destinationOrganization');
    expect(resolveFacts(session({}, { sourceOrganization: org('o-a1b2c3d4e5'), destinationOrganization: org('o-zzzzzzzzzz') })).facts.organizationId).toBeUndefined();
  });

  it('lets a typed fact win and reports the disagreement', () => {
    const { facts, conflicts } = resolveFacts(session({ destinationAccountId: '555566667777', sourceRegion: 'US-EAST-1', resourceType: 'ebs' }, { copyJob }));
    expect(facts.destinationAccountId).toEqual({ value: '555566667777', from: 'facts' });
    expect(facts.sourceRegion).toEqual({ value: 'us-east-1', from: 'facts' });
    expect(facts.sourceAccountId).toEqual({ value: '111122223333', from: 'copyJob' });
    expect(conflicts).toEqual([
      {
        code: 'FACT_CONFLICT',
        severity: 'warning',
        params: { fact: 'destinationAccountId', given: '555566667777', pasted: '444455556666', input: 'copyJob' },
        message: '',
        location: { input: 'copyJob', path: ['CopyJob', 'DestinationBackupVaultArn'] },
      },
    ]);
  });

  it('treats a key ID and its key ARN as the same key', () => {
    const meta = JSON.stringify({ KeyMetadata: { Arn: keyArn } });
    expect(resolveFacts(session({ sourceKeyArn: '1234abcd-12ab-34cd-56ef-1234567890ab' }, { sourceKeyMetadata: meta })).conflicts).toEqual([]);
  });

  it('reports two pastes that disagree; the first one wins', () => {
    const vault = JSON.stringify({ BackupVaultName: 'other-vault', BackupVaultArn: 'arn:aws:backup:eu-west-1:444455556666:backup-vault:other-vault' });
    const { facts, conflicts } = resolveFacts(session({}, { copyJob, destinationVault: vault }));
    expect(facts.destinationVaultName).toEqual({ value: 'central-vault', from: 'copyJob' });
    expect(conflicts).toEqual([
      {
        code: 'PASTE_CONFLICT',
        severity: 'warning',
        params: { fact: 'destinationVaultName', given: 'central-vault', givenInput: 'copyJob', pasted: 'other-vault', input: 'destinationVault' },
        message: '',
        location: { input: 'destinationVault', path: ['BackupVaultName'] },
      },
    ]);
  });

  it('survives junk in the session', () => {
    const junk = { format: 'copy-doctor/session', version: 1, facts: { sourceAccountId: 5, destinationRegion: null }, answers: {}, pastes: { copyJob: '{"CopyJob": [', destinationVault: 'nope', sourceOrganization: '{"Organization": {"Id": 3}}' } } as unknown as Session;
    expect(resolveFacts(junk)).toEqual({ facts: {}, conflicts: [], problems: [] });
    expect(resolveFacts({ format: 'copy-doctor/session', version: 1 } as unknown as Session)).toEqual({ facts: {}, conflicts: [], problems: [] });
  });
});

describe('resolveFacts: values without their format', () => {
  it('does not use a typed (or shared, or loaded) fact without its format, and says which and why', () => {
    const { facts, problems } = resolveFacts(
      session({ destinationVaultName: "central-vault;curl$IFS'x'|sh", sourceKeyArn: `${keyArn}\nid`, destinationAccountId: '4444-5555-6666', sourceRegion: 'eu-west-1' }),
    );
    expect(facts).toEqual({ sourceRegion: { value: 'eu-west-1', from: 'facts' } });
    expect(problems).toEqual([
      {
        code: 'INPUT_VALUE_REJECTED',
        severity: 'warning',
        params: { input: 'facts', field: 'destinationAccountId', kind: 'accountId', reason: 'format', placeholder: 'ACCOUNT_ID', fact: 'destinationAccountId' },
        message: 'INPUT_VALUE_REJECTED',
        location: { input: 'facts', path: ['destinationAccountId'] },
      },
      {
        code: 'INPUT_VALUE_REJECTED',
        severity: 'security-warning',
        params: { input: 'facts', field: 'destinationVaultName', kind: 'vaultName', reason: 'shell-character', placeholder: 'VAULT_NAME', fact: 'destinationVaultName' },
        message: 'INPUT_VALUE_REJECTED',
        location: { input: 'facts', path: ['destinationVaultName'] },
      },
      {
        code: 'INPUT_VALUE_REJECTED',
        severity: 'security-warning',
        params: { input: 'facts', field: 'sourceKeyArn', kind: 'kmsKeyRef', reason: 'control-character', placeholder: 'KEY_ARN', fact: 'sourceKeyArn' },
        message: 'INPUT_VALUE_REJECTED',
        location: { input: 'facts', path: ['sourceKeyArn'] },
      },
    ]);
  });

  it('does not use a pasted value without its format, pointing at it in the paste; a valid paste then fills the fact', () => {
    const meta = JSON.stringify({ KeyMetadata: { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: `${keyArn};id` } }, null, 2);
    const vault = JSON.stringify({ BackupVaultName: 'central-vault\naws s3 rm s3://b --recursive', BackupVaultArn: 'arn:aws:backup:eu-west-1:444455556666:backup-vault:central-vault' }, null, 2);
    const { facts, problems } = resolveFacts(session({ destinationVaultName: 'x;y' }, { sourceKeyMetadata: meta, destinationVault: vault, copyJob }));
    expect(facts.sourceKeyArn).toBeUndefined();
    expect(facts.destinationVaultName).toEqual({ value: 'central-vault', from: 'copyJob' });
    const pasted = problems.filter((p) => p.params?.input !== 'facts');
    expect(pasted.map((p) => [p.params?.input, p.params?.field, p.params?.reason, p.location?.line])).toEqual([
      ['destinationVault', 'BackupVaultName', 'control-character', 2],
      ['sourceKeyMetadata', 'KeyMetadata.Arn', 'shell-character', 4],
    ]);
  });

  it('reports an organization ID that is not one', () => {
    const org = JSON.stringify({ Organization: { Id: 'o-EXAMPLE', MasterAccountId: '999988887777' } });
    const { facts, problems } = resolveFacts(session({}, { sourceOrganization: org }));
    expect(facts.organizationId).toBeUndefined();
    expect(problems.map((p) => p.params)).toEqual([
      { input: 'sourceOrganization', field: 'Organization.Id', kind: 'organizationId', reason: 'format', placeholder: 'ORGANIZATION_ID', fact: 'organizationId' },
    ]);
  });
});
