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

describe('destination-vault-policy: one meaning per status (ADR 5)', () => {
  const errors = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
  const OLD_VAULT = `arn:aws:backup:eu-central-1:${DEST}:backup-vault:old-vault`;

  it('a statement for another vault does not allow a copy into this one', () => {
    const input = makeInput({ destinationVaultPolicy: policyText([{ ...ALLOW_SOURCE, Resource: OLD_VAULT }]) });
    const r = checkDestinationVaultPolicy(input);
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('VAULT_POLICY_SOURCE_NOT_ALLOWED');
    expect(recheck(input, r).status).toBe('pass');
    // The statement for the old vault stays as it was.
    expect(JSON.parse(r.fix!.documents[0]!.text).Statement[0]).toEqual({ ...ALLOW_SOURCE, Resource: OLD_VAULT });
    // Naming this vault, or every vault of the account, allows it.
    expect(check([{ ...ALLOW_SOURCE, Resource: VAULT_ARN }]).status).toBe('pass');
    expect(check([{ ...ALLOW_SOURCE, Resource: `arn:aws:backup:*:${DEST}:backup-vault:*` }]).status).toBe('pass');
  });

  it('the copy policy put on the source vault (a template that got the direction wrong) does not apply to the destination', () => {
    const onSourceVault = {
      Sid: 'AllowOrgCopyIntoVault',
      Effect: 'Allow',
      Principal: '*',
      Action: 'backup:CopyIntoBackupVault',
      Resource: `arn:aws:backup:eu-west-1:${SRC}:backup-vault:prod-backup-vault`,
      Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } },
    };
    const r = check([onSourceVault], { ...BASE_FACTS, organizationId: ORG });
    expect(r.status).toBe('fail');
    // Even without the vault's name: the account and the Region already rule it out.
    expect(check([onSourceVault], { ...BASE_FACTS, organizationId: ORG, destinationVaultName: undefined }).status).toBe('fail');
  });

  it('a statement naming a specific vault is unknown without the vault name, and asks for exactly that', () => {
    const r = check([{ ...ALLOW_SOURCE, Resource: VAULT_ARN }], { ...BASE_FACTS, destinationVaultName: undefined });
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['destinationVaultName']);
    expect(codes(r)).toEqual(['POLICY_RESOURCE_UNDECIDED']);
  });

  it('a working org-wide Allow beside a dead statement (a deleted role, now its unique ID) warns, it does not fail', () => {
    const dead = { Sid: 'AllowOldCopyRole', Effect: 'Allow', Principal: { AWS: 'AROAZ6RLXR7DKH3EXAMPL' }, Action: 'backup:CopyIntoBackupVault', Resource: '*' };
    const r = check([ORG_WIDE, dead], { ...BASE_FACTS, organizationId: ORG });
    expect(r.status).toBe('warn');
    expect(r.findings).toMatchObject([{ code: 'PRINCIPAL_UNIQUE_ID', severity: 'warning', location: { path: ['Statement', 1, 'Principal', 'AWS'] } }]);
    expect(r.fix).toBeUndefined();
  });

  it('a vault whose only principal is a deleted role gets a fix: the dead statement stays, a working one is added', () => {
    const dead = { Sid: 'AllowCopyRole', Effect: 'Allow', Principal: { AWS: 'AROAZ6RLXR7DKH3EXAMPL' }, Action: 'backup:CopyIntoBackupVault', Resource: '*' };
    const input = makeInput({ destinationVaultPolicy: policyText([dead]) });
    const r = checkDestinationVaultPolicy(input);
    expect(r.status).toBe('fail');
    expect(codes(r)).not.toContain('FIX_NOT_VERIFIED');
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement).toEqual([dead, { Sid: 'AllowCopyFromSourceAccount', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }]);
    // The copy is allowed; the dead statement is still there for a person to remove.
    expect(recheck(input, r).status).toBe('warn');
    expect(recheck(input, r).fix).toBeUndefined();
  });

  it('the documentation example organization ID: replaced by the user’s own, or narrowed to the source account', () => {
    const example = { ...ORG_WIDE, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } };
    const known = makeInput({ destinationVaultPolicy: policyText([example]) }, { ...BASE_FACTS, organizationId: ORG });
    const r1 = checkDestinationVaultPolicy(known);
    expect(r1.status).toBe('fail');
    expect(JSON.parse(r1.fix!.documents[0]!.text).Statement).toEqual([ORG_WIDE]);
    expect(codes(r1)).toContain('POLICY_EXAMPLE_ORG_REPLACED');
    expect(recheck(known, r1).status).toBe('pass');

    const unknownOrg = makeInput({ destinationVaultPolicy: policyText([example]) });
    const r2 = checkDestinationVaultPolicy(unknownOrg);
    expect(r2.status).toBe('fail');
    expect(JSON.parse(r2.fix!.documents[0]!.text).Statement).toEqual([{ ...ORG_WIDE, Condition: { StringEquals: { 'aws:PrincipalAccount': SRC } } }]);
    expect(codes(r2)).toContain('POLICY_EXAMPLE_ORG_NARROWED');
    expect(recheck(unknownOrg, r2).status).toBe('pass');
    for (const r of [r1, r2]) expect(codes(r)).not.toContain('FIX_NOT_VERIFIED');
  });

  it('curly quotes and a trailing comma: evaluated after the repair, it warns (the text as pasted would be refused)', () => {
    const pasted = policyText([ALLOW_SOURCE]).replace('"Effect"', '“Effect”').replace('"Resource": "*"', '"Resource": "*",');
    const r = checkDestinationVaultPolicy(makeInput({ destinationVaultPolicy: pasted }));
    expect(r.status).toBe('warn');
    expect(codes(r)).toEqual(['PASTE_DAMAGE_TYPOGRAPHIC_QUOTES', 'PASTE_DAMAGE_TRAILING_COMMA']);
    expect(errors(r)).toEqual([]);
  });

  it('an LLM-written "advanced" policy: an invented backup: key and the corporate IP ranges mean it never allows the copy', () => {
    const advanced = {
      Sid: 'AllowCrossAccountBackupCopy',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${SRC}:role/AWSBackupServiceRole` },
      Action: ['backup:CopyIntoBackupVault'],
      Resource: '*',
      Condition: {
        StringEquals: { 'backup:CopySourceRegion': 'eu-west-1' },
        IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '172.16.0.0/12'] },
        DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' },
      },
    };
    const input = makeInput({ destinationVaultPolicy: policyText([advanced]) });
    const r = checkDestinationVaultPolicy(input);
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(['POLICY_CONDITION_KEY_INVENTED', 'POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'VAULT_POLICY_SOURCE_NOT_ALLOWED']);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', params: { key: 'backup:CopySourceRegion', statement: '"AllowCrossAccountBackupCopy"' }, location: { path: ['Statement', 0, 'Condition', 'StringEquals', 'backup:CopySourceRegion'] } });
    // The corrected policy keeps the dead statement as written and adds its own Allow: the dead one blocks nothing, so
    // the check passes, and says so as suggestions (ADR 5).
    const again = recheck(input, r);
    expect(again.status).toBe('pass');
    expect(again.findings.map((f) => [f.code, f.severity])).toEqual([
      ['POLICY_CONDITION_KEY_INVENTED', 'suggestion'],
      ['POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'suggestion'],
      ['POLICY_DEAD_ALLOW_COVERED', 'suggestion'],
    ]);
    expect(again.findings[2]).toMatchObject({ params: { statement: '"AllowCrossAccountBackupCopy"', actions: 'backup:CopyIntoBackupVault' }, location: { path: ['Statement', 0] } });
    expect(again.fix).toBeUndefined();
    // aws:CurrentTime is a real key the request carries: a range around now holds.
    expect(check([{ ...ALLOW_SOURCE, Condition: { DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2099-01-01T00:00:00Z' } } }]).status).toBe('pass');
    expect(check([{ ...ALLOW_SOURCE, Condition: { DateLessThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' } } }]).status).toBe('fail');
  });

  it('a dead Allow beside an Allow that covers the copy blocks nothing: pass, with suggestions; alone it fails', () => {
    const dead = { Sid: 'AllowFromOffice', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } };
    const covered = check([dead, ALLOW_SOURCE]);
    expect(covered.status).toBe('pass');
    expect(covered.findings.map((f) => [f.code, f.severity])).toEqual([
      ['POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'suggestion'],
      ['POLICY_DEAD_ALLOW_COVERED', 'suggestion'],
    ]);
    expect(covered.fix).toBeUndefined();
    const alone = check([dead]);
    expect(alone.status).toBe('fail');
    expect(alone.findings.map((f) => [f.code, f.severity])).toEqual([
      ['POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'warning'],
      ['VAULT_POLICY_SOURCE_NOT_ALLOWED', 'error'],
    ]);
    // A Deny beside it still decides: the dead Allow is not what blocks the copy, and is no suggestion either.
    const denied = check([dead, ALLOW_SOURCE, { Sid: 'DenyAll', Effect: 'Deny', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*' }]);
    expect(denied.status).toBe('fail');
    expect(denied.findings.find((f) => f.code === 'POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL')?.severity).toBe('warning');
    expect(codes(denied)).not.toContain('POLICY_DEAD_ALLOW_COVERED');
  });

  it('a Deny on a key the copy never carries: a positive operator never applies, a negated one always does', () => {
    const fromOffice = { Sid: 'DenyFromOffice', Effect: 'Deny', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } };
    expect(check([ALLOW_SOURCE, fromOffice])).toEqual({ id: 'destination-vault-policy', status: 'pass', findings: [] });
    const onlyFromVpce = { Sid: 'DenyOutsideVpce', Effect: 'Deny', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' } } };
    expect(check([ALLOW_SOURCE, onlyFromVpce]).status).toBe('fail');
    const invented = { ...fromOffice, Sid: 'DenyOtherRegions', Condition: { StringNotEquals: { 'backup:CopySourceRegion': 'eu-west-1' } } };
    expect(check([ALLOW_SOURCE, invented]).status).toBe('fail');
    const inventedPositive = { ...fromOffice, Sid: 'DenyFromTest', Condition: { StringEquals: { 'backup:CopySourceAccount': '562390187442' } } };
    const r = check([ALLOW_SOURCE, inventedPositive]);
    expect(r.status).toBe('warn');
    expect(codes(r)).toEqual(['POLICY_DENY_CONDITION_KEY_INVENTED']);
  });

  it('a documentation example account ID that is the user’s own warns; it is not refused nor asked about', () => {
    const facts = { ...BASE_FACTS, sourceAccountId: '111122223333' };
    const r = check([{ ...ALLOW_SOURCE, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }], facts);
    expect(r.status).toBe('warn');
    expect(codes(r)).toEqual(['EXAMPLE_ACCOUNT_ID_IS_YOURS']);
    expect(r.needs).toBeUndefined();
  });

  it('a statement for the copy job’s role: decided once the copy job says which role it is', () => {
    const role = `arn:aws:iam::${SRC}:role/service-role/AWSBackupDefaultServiceRole`;
    const forRole = { ...ALLOW_SOURCE, Principal: { AWS: role } };
    const r = check([forRole]);
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['copyJob']);
    const job = (iamRoleArn: string) =>
      JSON.stringify({ CopyJob: { CopyJobId: 'A2D5E3F1-0B4C-4C6B-9E0A-5B6C7D8E9F01', SourceBackupVaultArn: `arn:aws:backup:eu-west-1:${SRC}:backup-vault:prod`, DestinationBackupVaultArn: VAULT_ARN, IamRoleArn: iamRoleArn, State: 'FAILED' } });
    expect(checkDestinationVaultPolicy(makeInput({ destinationVaultPolicy: policyText([forRole]), copyJob: job(role) })).status).toBe('pass');
    expect(checkDestinationVaultPolicy(makeInput({ destinationVaultPolicy: policyText([forRole]), copyJob: job(`arn:aws:iam::${SRC}:role/OtherRole`) })).status).toBe('fail');
    // aws:PrincipalArn in a condition works the same way.
    const byCondition = { ...ORG_WIDE, Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/service-role/AWSBackupDefaultServiceRole' } } };
    expect(check([byCondition]).needs).toEqual(['copyJob']);
    expect(checkDestinationVaultPolicy(makeInput({ destinationVaultPolicy: policyText([byCondition]), copyJob: job(role) })).status).toBe('pass');
  });
});
