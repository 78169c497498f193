import { describe, expect, it } from 'vitest';
import { applyFix } from '../fixes/apply';
import type { CheckResult } from '../types';
import type { CheckInput } from './common';
import { checkDestinationVaultPolicy } from './destinationVaultPolicy';
import { BASE_FACTS, DEST, ORG, SRC, makeInput, policyText } from './testSupport';

const codes = (r: CheckResult) => r.findings.map((f) => f.code);
const VAULT_ARN = `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central-backup-vault`;
const ALLOW_SOURCE = { Sid: 'AllowCopyFromProduction', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' };
const ORG_WIDE = { Sid: 'AllowOrg', Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } };
const PROTECT = { Sid: 'DenyDeletion', Effect: 'Deny', Principal: { AWS: '*' }, Action: ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle'], Resource: '*' };
const NOT_FOUND = `An error occurred (ResourceNotFoundException) when calling the GetBackupVaultAccessPolicy operation: Backup Vault ${VAULT_ARN} has no associated POLICY`;

const check = (statements: unknown[], facts = BASE_FACTS) => checkDestinationVaultPolicy(makeInput({ destinationVaultPolicy: policyText(statements) }, facts));
const recheck = (input: CheckInput, r: CheckResult) => checkDestinationVaultPolicy({ ...input, session: applyFix(input.session, r.fix!) });

describe('destination-vault-policy: verdicts', () => {
  it('is not applicable within one account; unknown without a paste', () => {
    expect(check([ALLOW_SOURCE], { ...BASE_FACTS, destinationAccountId: SRC }).status).toBe('not-applicable');
    const r = checkDestinationVaultPolicy(makeInput({}));
    expect(r).toMatchObject({ status: 'unknown', needs: ['destinationVaultPolicy'] });
  });

  it('passes when the source account root is allowed; a deletion Deny does not matter', () => {
    expect(check([ALLOW_SOURCE, PROTECT])).toEqual({ id: 'destination-vault-policy', status: 'pass', findings: [] });
    expect(check([{ ...ALLOW_SOURCE, Principal: { AWS: SRC } }]).status).toBe('pass');
  });

  it('fails when the source account is not allowed', () => {
    const r = check([{ ...ALLOW_SOURCE, Principal: { AWS: 'arn:aws:iam::562390187442:root' } }]);
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'VAULT_POLICY_SOURCE_NOT_ALLOWED', params: { source: SRC, action: 'backup:CopyIntoBackupVault' } });
  });

  it('Principal * with the organization condition: unknown until the organization ID is known', () => {
    const r = check([ORG_WIDE]);
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['organizationId']);
    expect(codes(r)).toEqual(['POLICY_CONDITION_NEEDS_ORGANIZATION_ID']);
    expect(r.findings[0]?.location).toMatchObject({ input: 'destinationVaultPolicy', path: ['Statement', 0, 'Condition', 'StringEquals', 'aws:PrincipalOrgID'] });
    expect(check([ORG_WIDE], { ...BASE_FACTS, organizationId: ORG }).status).toBe('pass');
    expect(check([ORG_WIDE], { ...BASE_FACTS, organizationId: 'o-99zzzzzzzz' }).status).toBe('fail');
  });

  it('organization paths: decided from the answer when given', () => {
    const paths = { ...ORG_WIDE, Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': [`${ORG}/r-ab12/ou-ab12-11111111/*`] } } };
    const r = check([paths]);
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['sourceOrganizationPath']);
    const input = makeInput({ destinationVaultPolicy: policyText([paths]) }, BASE_FACTS, { sourceOrganizationPath: `${ORG}/r-ab12/ou-ab12-11111111/ou-ab12-22222222/` });
    expect(checkDestinationVaultPolicy(input).status).toBe('pass');
  });

  it('a Deny that blocks the source fails and names the statement', () => {
    const deny = { Sid: 'DenyCopiesFromOutside', Effect: 'Deny', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': ['562390187442'] } } };
    const r = check([ALLOW_SOURCE, deny]);
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'VAULT_POLICY_DENY_BLOCKS_COPY', params: { statement: '"DenyCopiesFromOutside"', index: 1 } });
  });

  it('fails on text that cannot be read', () => {
    const r = checkDestinationVaultPolicy(makeInput({ destinationVaultPolicy: '{"Statement": [' }));
    expect(r.status).toBe('fail');
    expect(r.fix).toBeUndefined();
  });
});

describe('destination-vault-policy: a vault without a policy', () => {
  it('recognises the ResourceNotFoundException text and writes a complete policy', () => {
    const input = makeInput({ destinationVaultPolicy: NOT_FOUND }, { sourceAccountId: SRC, destinationAccountId: DEST });
    const r = checkDestinationVaultPolicy(input);
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(['VAULT_POLICY_MISSING']);
    expect(r.fix).toMatchObject({
      summaryCode: 'VAULT_POLICY_CREATE',
      runIn: 'destination account',
      runInAccount: 'destination',
      accountId: DEST,
      region: 'eu-central-1',
      commands: ['aws backup put-backup-vault-access-policy --backup-vault-name central-backup-vault --policy file://vault-policy.json --region eu-central-1'],
    });
    expect(JSON.parse(r.fix!.documents[0]!.text)).toEqual({ Version: '2012-10-17', Statement: [{ Sid: 'AllowCopyFromSourceAccount', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }] });
    expect(r.fix!.documents[0]!.fileName).toBe('vault-policy.json');
    expect(recheck(input, r).status).toBe('pass');
  });

  it('an empty paste with the answer "none" means no policy', () => {
    const input = makeInput({}, BASE_FACTS, { destinationVaultPolicy: 'none' });
    const r = checkDestinationVaultPolicy(input);
    expect(r.status).toBe('fail');
    expect(r.fix?.commands[0]).toContain('--backup-vault-name central-backup-vault');
  });

  it('the wizard answer vaultPolicyExists: no means no policy too', () => {
    expect(checkDestinationVaultPolicy(makeInput({}, BASE_FACTS, { vaultPolicyExists: 'no' })).status).toBe('fail');
    expect(checkDestinationVaultPolicy(makeInput({}, BASE_FACTS, { vaultPolicyExists: 'yes' })).status).toBe('unknown');
  });

  it('asks for the vault name instead of writing a placeholder', () => {
    const input = makeInput({}, { sourceAccountId: SRC, destinationAccountId: DEST }, { destinationVaultPolicy: 'none' });
    const r = checkDestinationVaultPolicy(input);
    expect(r.fix?.commands).toEqual([]);
    expect(codes(r)).toContain('VAULT_NAME_UNKNOWN');
    expect(r.needs).toEqual(['destinationVaultName']);
  });

  it('asks for the Region when only the name is known', () => {
    const input = makeInput({}, { sourceAccountId: SRC, destinationAccountId: DEST, destinationVaultName: 'central-backup-vault' }, { destinationVaultPolicy: 'none' });
    const r = checkDestinationVaultPolicy(input);
    expect(r.fix?.commands).toEqual([]);
    expect(r.needs).toEqual(['destinationRegion']);
  });
});

describe('destination-vault-policy: the fix', () => {
  it('appends the statement to the user’s policy and keeps the rest', () => {
    const other = { ...ALLOW_SOURCE, Sid: 'AllowReporting', Principal: { AWS: 'arn:aws:iam::562390187442:root' } };
    const input = makeInput({ destinationVaultPolicy: policyText([other, PROTECT]) });
    const r = checkDestinationVaultPolicy(input);
    expect(r.fix?.summaryCode).toBe('VAULT_POLICY_ALLOW_SOURCE');
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement).toEqual([other, PROTECT, { Sid: 'AllowCopyFromSourceAccount', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }]);
    expect(recheck(input, r).status).toBe('pass');
  });

  it('extends a statement with our Sid', () => {
    const ours = { Sid: 'AllowCopyFromSourceAccount', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::562390187442:root' }, Action: 'backup:CopyIntoBackupVault', Resource: '*' };
    const doc = JSON.parse(check([ours]).fix!.documents[0]!.text);
    expect(doc.Statement).toEqual([{ ...ours, Principal: { AWS: ['arn:aws:iam::562390187442:root', `arn:aws:iam::${SRC}:root`] } }]);
  });

  it('narrows a blocking Deny with StringNotEquals aws:PrincipalAccount, for review, and adds no Allow that exists already', () => {
    const deny = { Sid: 'OnlyFromBackupAccount', Effect: 'Deny', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': '562390187442' } } };
    const input = makeInput({ destinationVaultPolicy: policyText([ALLOW_SOURCE, deny]) });
    const r = checkDestinationVaultPolicy(input);
    expect(r.fix?.needsReview).toBe(true);
    expect(r.fix?.summaryCode).toBe('VAULT_POLICY_NARROW_DENY');
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement).toEqual([ALLOW_SOURCE, { ...deny, Condition: { StringNotEquals: { 'aws:PrincipalAccount': ['562390187442', SRC] } } }]);
    expect(codes(r)).toContain('POLICY_DENY_NARROWED');
    expect(recheck(input, r).status).toBe('pass');
  });

  it('unwraps get-backup-vault-access-policy output and takes the vault name from it', () => {
    const wrapped = JSON.stringify({ BackupVaultName: 'central-backup-vault', BackupVaultArn: VAULT_ARN, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [PROTECT] }) }, null, 4);
    const r = checkDestinationVaultPolicy(makeInput({ destinationVaultPolicy: wrapped }, { sourceAccountId: SRC, destinationAccountId: DEST }));
    expect(r.status).toBe('fail');
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.BackupVaultName).toBeUndefined();
    expect(doc.Statement).toHaveLength(2);
    expect(r.fix?.commands).toEqual(['aws backup put-backup-vault-access-policy --backup-vault-name central-backup-vault --policy file://vault-policy.json --region eu-central-1']);
  });
});

describe('near-miss account IDs', () => {
  it('points at an account one typo away from the source', async () => {
    const { nearMiss } = await import('./policyFindings');
    expect(nearMiss('210987654312', SRC)).toBe(true); // swapped neighbours
    expect(nearMiss('210987654322', SRC)).toBe(true); // one digit
    expect(nearMiss('120987654321', SRC)).toBe(true);
    expect(nearMiss('210987654123', SRC)).toBe(false);
    expect(nearMiss(SRC, SRC)).toBe(false);
    const r = check([{ ...ALLOW_SOURCE, Principal: { AWS: 'arn:aws:iam::210987654312:root' } }]);
    expect(r.findings.map((f) => f.code)).toEqual(['VAULT_POLICY_SOURCE_NOT_ALLOWED', 'POLICY_ACCOUNT_NEAR_MISS']);
    expect(r.findings[1]).toMatchObject({ params: { found: '210987654312', expected: SRC }, location: { path: ['Statement', 0, 'Principal'] } });
  });
});
