import { describe, expect, it } from 'vitest';
import { applyFix } from '../fixes/apply';
import { checkSourceKeyPolicy } from './sourceKeyPolicy';
import { BASE_FACTS, DEST, GRANTS, KEY_ARN, OWNER, ORG, SLR, SRC, USE, makeInput, policyText } from './testSupport';
import type { CheckInput } from './common';
import type { CheckResult } from '../types';

const codes = (r: CheckResult) => r.findings.map((f) => f.code);
const check = (statements: unknown[], facts = BASE_FACTS, answers: Record<string, string> = {}) =>
  checkSourceKeyPolicy(makeInput({ sourceKeyPolicy: policyText(statements) }, facts, answers));

function recheck(input: CheckInput, r: CheckResult): CheckResult {
  const session = applyFix(input.session, r.fix!);
  return checkSourceKeyPolicy({ ...input, session });
}

describe('source-key-policy: when it applies', () => {
  it('is not applicable within one account', () => {
    expect(check([OWNER], { ...BASE_FACTS, destinationAccountId: SRC }).status).toBe('not-applicable');
  });

  it('asks for the policy and the accounts', () => {
    const r = checkSourceKeyPolicy(makeInput({}, {}));
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['sourceKeyPolicy', 'sourceAccountId', 'destinationAccountId']);
    const noAccounts = checkSourceKeyPolicy(makeInput({ sourceKeyPolicy: policyText([OWNER]) }, {}));
    expect(noAccounts.status).toBe('unknown');
    expect(noAccounts.needs).toEqual(['sourceAccountId', 'destinationAccountId']);
  });

  it('fails on text that cannot be read, with the grammar findings and no fix', () => {
    const r = checkSourceKeyPolicy(makeInput({ sourceKeyPolicy: '{"Version": "2012-10-17", "Statement": [ {"Effect": "Allow" "Principal": ' }));
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('JSON_SYNTAX_ERROR');
    expect(r.fix).toBeUndefined();
  });
});

describe('source-key-policy: verdicts', () => {
  it('passes with the documented statements (account root)', () => {
    const r = check([OWNER, USE, GRANTS]);
    expect(r).toEqual({ id: 'source-key-policy', status: 'pass', findings: [] });
  });

  it('passes with the bare account ID and with the service-linked role itself', () => {
    const bare = (s: typeof USE | typeof GRANTS) => ({ ...s, Principal: { AWS: DEST } });
    expect(check([OWNER, bare(USE), bare(GRANTS)]).status).toBe('pass');
    const role = (s: typeof USE | typeof GRANTS) => ({ ...s, Principal: { AWS: SLR } });
    expect(check([OWNER, role(USE), role(GRANTS)]).status).toBe('pass');
  });

  it('fails with one finding for the grant the copy needs and one for the recommended grant actions', () => {
    const r = check([OWNER, USE]);
    expect(r.status).toBe('fail');
    expect(codes(r).filter((c) => c.endsWith('NOT_ALLOWED') || c.endsWith('MISSING'))).toEqual(['KEY_POLICY_GRANT_NOT_ALLOWED', 'KEY_POLICY_RECOMMENDED_GRANT_MISSING']);
    expect(r.findings[0]).toMatchObject({
      severity: 'error',
      params: { actions: 'kms:CreateGrant', count: 1, principal: SLR },
      location: { input: 'sourceKeyPolicy', path: ['Statement'], line: 3 },
    });
    expect(r.findings[1]).toMatchObject({ severity: 'warning', params: { actions: 'kms:ListGrants, kms:RevokeGrant', count: 2 } });
  });

  it('grants without the GrantIsForAWSResource condition still count; the condition on use actions does not', () => {
    expect(check([OWNER, USE, { ...GRANTS, Condition: undefined }]).status).toBe('pass');
    const r = check([OWNER, { ...USE, Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }, GRANTS]);
    expect(r.status).toBe('fail');
    const use = r.findings.filter((f) => f.code === 'KEY_POLICY_ACTION_NOT_ALLOWED');
    expect(use).toHaveLength(1);
    expect(use[0]?.params?.count).toBe(7);
  });

  it('kms:CallerAccount with an ARN never matches', () => {
    const r = check([OWNER, { ...USE, Condition: { StringEquals: { 'kms:CallerAccount': `arn:aws:iam::${DEST}:root` } } }, GRANTS]);
    expect(r.status).toBe('fail');
  });

  it('a unique ID (deleted role) does not allow anything', () => {
    expect(check([OWNER, { ...USE, Principal: { AWS: 'AROA4EXAMPLEROLEIDXYZ' } }, GRANTS]).status).toBe('fail');
  });

  it('fails on a blocking Deny, saying which statement', () => {
    const deny = { Sid: 'DenyOtherAccounts', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': SRC } } };
    const r = check([OWNER, USE, GRANTS, deny]);
    expect(r.status).toBe('fail');
    const f = r.findings.find((x) => x.code === 'KEY_POLICY_DENY_BLOCKS_COPY')!;
    expect(f.params).toMatchObject({ statement: '"DenyOtherAccounts"', index: 3, principal: SLR });
    expect(String(f.params?.actions).split(', ')).toHaveLength(10);
    expect(f.location).toMatchObject({ path: ['Statement', 3] });
  });

  it('is unknown when a condition needs the organization ID, and decides once it is given', () => {
    const org = (s: object) => ({ ...s, Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } });
    const r = check([OWNER, org(USE), { ...GRANTS, Condition: { ...GRANTS.Condition, StringEquals: { 'aws:PrincipalOrgID': ORG } } }]);
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['organizationId']);
    expect(codes(r)).toEqual(['POLICY_CONDITION_NEEDS_ORGANIZATION_ID', 'POLICY_CONDITION_NEEDS_ORGANIZATION_ID']);
    expect(r.findings[0]?.params).toMatchObject({ key: 'aws:PrincipalOrgID', operator: 'StringEquals', statement: '"Allow use of the key"' });
    expect(r.fix).toBeUndefined();
    const known = check([OWNER, org(USE), org(GRANTS)], { ...BASE_FACTS, organizationId: ORG });
    expect(known.status).toBe('pass');
    const other = check([OWNER, org(USE), org(GRANTS)], { ...BASE_FACTS, organizationId: 'o-99zzzzzzzz' });
    expect(other.status).toBe('fail');
  });

  it('kms:ViaService for AWS Backup passes once the Region is known', () => {
    const via = (s: object) => ({ ...s, Condition: { StringLike: { 'kms:ViaService': 'backup.*.amazonaws.com' } } });
    expect(check([OWNER, via(USE), GRANTS]).status).toBe('pass');
    const r = check([OWNER, via(USE), GRANTS], { ...BASE_FACTS, sourceRegion: undefined, sourceKeyArn: undefined });
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['sourceRegion']);
  });

  it('kms:ViaService of EC2 only is a warning (EBS copies go through EC2), with a fix that makes it certain', () => {
    const input = makeInput({ sourceKeyPolicy: policyText([OWNER, { ...USE, Condition: { StringEquals: { 'kms:ViaService': 'ec2.eu-west-1.amazonaws.com' } } }, GRANTS]) }, { ...BASE_FACTS, resourceType: 'EBS' });
    const r = checkSourceKeyPolicy(input);
    expect(r.status).toBe('warn');
    expect(r.findings[0]).toMatchObject({ code: 'KEY_POLICY_VIA_OTHER_SERVICE', severity: 'warning', params: { service: 'ec2.eu-west-1.amazonaws.com' } });
    expect(r.fix).toBeDefined();
    expect(recheck(input, r).status).toBe('pass');
  });

  it('does not guess an unknown operator; KMS refuses the policy anyway, so it fails', () => {
    const r = check([OWNER, { ...USE, Condition: { StringMatchesRegex: { 'kms:CallerAccount': DEST } } }, GRANTS]);
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('POLICY_CONDITION_OPERATOR_UNKNOWN');
    expect(codes(r)).toContain('CONDITION_OPERATOR_UNKNOWN');
    expect(r.fix).toBeUndefined();
    expect(codes(r)).toContain('FIX_AFTER_HAND_EDIT');
  });
});

describe('source-key-policy: the fix', () => {
  it('appends the two statements, keeps the owner, and is verified', () => {
    const input = makeInput({ sourceKeyPolicy: policyText([OWNER]) });
    const r = checkSourceKeyPolicy(input);
    expect(r.fix).toMatchObject({
      summaryCode: 'KEY_POLICY_ALLOW_DESTINATION',
      runIn: 'source account',
      runInAccount: 'source',
      accountId: SRC,
      region: 'eu-west-1',
      commands: [`aws kms put-key-policy --key-id ${KEY_ARN} --policy-name default --policy file://key-policy.json --region eu-west-1`],
    });
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement).toEqual([
      OWNER,
      { Sid: 'AllowCopyDestinationUseOfKey', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEST}:root` }, Action: ['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Resource: '*' },
      { Sid: 'AllowCopyDestinationGrants', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEST}:root` }, Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'], Resource: '*', Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } },
    ]);
    expect(recheck(input, r).status).toBe('pass');
  });

  it('adds only what is missing', () => {
    const r = check([OWNER, { ...USE, Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:ReEncryptFrom'] }, GRANTS]);
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement).toHaveLength(4);
    expect(doc.Statement[3]).toMatchObject({ Sid: 'AllowCopyDestinationUseOfKey', Action: ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'] });
  });

  it('extends a statement that already has our Sid instead of duplicating it', () => {
    const ours = { Sid: 'AllowCopyDestinationUseOfKey', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::562390187442:root' }, Action: ['kms:Decrypt'], Resource: '*' };
    const r = check([OWNER, ours, GRANTS]);
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement).toHaveLength(3);
    expect(doc.Statement[1]).toEqual({
      ...ours,
      Principal: { AWS: ['arn:aws:iam::562390187442:root', `arn:aws:iam::${DEST}:root`] },
      Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
    });
  });

  it('picks a unique Sid when ours is taken by something else', () => {
    const other = { Sid: 'AllowCopyDestinationUseOfKey', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:role/Ops` }, Action: 'kms:*', Resource: '*' };
    const r = check([OWNER, other, GRANTS]);
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(['Enable IAM User Permissions', 'AllowCopyDestinationUseOfKey', 'Allow attachment of persistent resources', 'AllowCopyDestinationUseOfKey2']);
  });

  it('narrows a blocking Deny for the service-linked role only, and marks it for review', () => {
    const deny = { Sid: 'DenyOtherAccounts', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': SRC } } };
    const input = makeInput({ sourceKeyPolicy: policyText([OWNER, USE, GRANTS, deny]) });
    const r = checkSourceKeyPolicy(input);
    expect(r.fix?.needsReview).toBe(true);
    expect(r.fix?.summaryCode).toBe('KEY_POLICY_NARROW_DENY');
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement).toHaveLength(4);
    expect(doc.Statement[3]).toEqual({ ...deny, Condition: { ...deny.Condition, ArnNotEquals: { 'aws:PrincipalArn': SLR } } });
    expect(codes(r)).toContain('POLICY_DENY_NARROWED');
    expect(recheck(input, r).status).toBe('pass');
  });

  it('merges into an existing ArnNotEquals aws:PrincipalArn list, and adds the allow when none is behind the Deny', () => {
    const deny = { Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${SRC}:role/Ops` } } };
    const r = check([OWNER, deny]);
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement[1].Condition).toEqual({ ArnNotEquals: { 'aws:PrincipalArn': [`arn:aws:iam::${SRC}:role/Ops`, SLR] } });
    expect(doc.Statement).toHaveLength(4);
    expect(r.fix?.summaryCode).toBe('KEY_POLICY_NARROW_DENY_AND_ALLOW');
  });

  it('adds an owner statement when nobody in the owner account could manage the key (no lockout)', () => {
    const r = check([USE]);
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement.at(-1)).toEqual({ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'kms:*', Resource: '*' });
    expect(codes(r)).toContain('KEY_POLICY_OWNER_STATEMENT_ADDED');
  });

  it('does not add an owner statement when a key administrator role of the owner account can manage the key', () => {
    const admins = { Sid: 'KeyAdmins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:role/PlatformKeyAdmins` }, Action: ['kms:Put*', 'kms:Describe*'], Resource: '*' };
    const r = check([admins, USE]);
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(['KeyAdmins', 'Allow use of the key', 'AllowCopyDestinationGrants']);
  });

  it('leaves the command out and asks for the key ARN when it is unknown (no placeholder)', () => {
    const r = check([OWNER], { ...BASE_FACTS, sourceKeyArn: undefined });
    expect(r.fix?.commands).toEqual([]);
    expect(r.fix?.documents).toHaveLength(1);
    expect(codes(r)).toContain('KEY_ARN_UNKNOWN');
    expect(r.needs).toEqual(['sourceKeyArn']);
  });

  it('turns a single statement object into a list', () => {
    const input = makeInput({ sourceKeyPolicy: JSON.stringify({ Version: '2012-10-17', Statement: OWNER }, null, 4) });
    const r = checkSourceKeyPolicy(input);
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement[0]).toEqual(OWNER);
    expect(doc.Statement).toHaveLength(3);
    expect(r.fix!.documents[0]!.text).toMatch(/^ {4}"Version"/m);
  });

  it('keeps the paste’s formatting: tabs stay tabs, untouched lines stay byte for byte', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [OWNER, USE] }, null, '\t');
    const r = checkSourceKeyPolicy(makeInput({ sourceKeyPolicy: text }));
    const out = r.fix!.documents[0]!.text;
    const original = text.split('\n');
    // Everything up to the last statement's closing brace (which gains a comma) is unchanged.
    expect(out.split('\n').slice(0, original.length - 3)).toEqual(original.slice(0, original.length - 3));
    expect(out).toContain('\t\t\t"Sid": "AllowCopyDestinationGrants"');
  });

  it('unwraps get-key-policy output: the document is the policy, not the wrapper', () => {
    const wrapped = JSON.stringify({ Policy: policyText([OWNER, USE], 4), PolicyName: 'default' }, null, 4);
    const r = checkSourceKeyPolicy(makeInput({ sourceKeyPolicy: wrapped }));
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Policy).toBeUndefined();
    expect(doc.Statement).toHaveLength(3);
  });

  it('a wrapper whose Policy is an object: the document is still the policy alone', () => {
    const wrapped = JSON.stringify({ Policy: { Version: '2012-10-17', Statement: [OWNER, USE] }, PolicyName: 'default' }, null, 2);
    const r = checkSourceKeyPolicy(makeInput({ sourceKeyPolicy: wrapped }));
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(Object.keys(doc)).toEqual(['Version', 'Statement']);
    expect(doc.Statement).toHaveLength(3);
  });

  it('a Deny unless the call comes through a VPC endpoint blocks AWS Backup’s own calls; the fix narrows it', () => {
    // aws:SourceVpce is never in a call AWS Backup makes: StringNotEquals on it is true, so the Deny applies.
    const deny = { Sid: 'DenyOutsideVpce', Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' } } };
    const input = makeInput({ sourceKeyPolicy: policyText([OWNER, USE, GRANTS, deny]) });
    const r = checkSourceKeyPolicy(input);
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'KEY_POLICY_DENY_BLOCKS_COPY', params: { statement: '"DenyOutsideVpce"', actions: 'kms:Decrypt' } });
    expect(r.fix?.needsReview).toBe(true);
    expect(recheck(input, r).status).toBe('pass');
    expect(codes(r)).not.toContain('FIX_NOT_VERIFIED');
  });

  it('a policy AWS refuses for a reason only the user can correct: no fix, and it says what to do first', () => {
    const r = check([OWNER, { ...USE, Sid: OWNER.Sid }]);
    expect(r.status).toBe('fail');
    expect(r.fix).toBeUndefined();
    expect(codes(r)).toContain('SID_DUPLICATE');
    expect(codes(r)).toContain('FIX_AFTER_HAND_EDIT');
    expect(codes(r)).not.toContain('FIX_NOT_VERIFIED');
  });
});

describe('source-key-policy: one meaning per status (ADR 5)', () => {
  const errors = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
  const ADMINS = {
    Sid: 'Allow access for Key Administrators',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${SRC}:role/NHSDAdminRole` },
    Action: ['kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*', 'kms:Disable*', 'kms:Get*', 'kms:Delete*', 'kms:TagResource', 'kms:UntagResource', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion'],
    Resource: '*',
  };

  it('a production key policy with CreateGrant and ListGrants but no RevokeGrant warns, and the fix adds it', () => {
    const backupAccount = { ...USE, Sid: 'AllowBackupAccountUseOfKey' };
    const grants = { ...GRANTS, Sid: 'AllowBackupAccountGrants', Action: ['kms:CreateGrant', 'kms:ListGrants'] };
    const input = makeInput({ sourceKeyPolicy: policyText([OWNER, ADMINS, backupAccount, grants]) });
    const r = checkSourceKeyPolicy(input);
    expect(r.status).toBe('warn');
    expect(r.findings).toMatchObject([{ code: 'KEY_POLICY_RECOMMENDED_GRANT_MISSING', severity: 'warning', params: { actions: 'kms:RevokeGrant' } }]);
    expect(errors(r)).toEqual([]);
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement.slice(0, 4)).toEqual([OWNER, ADMINS, backupAccount, grants]);
    expect(doc.Statement[4]).toEqual({ Sid: 'AllowCopyDestinationGrants', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEST}:root` }, Action: ['kms:RevokeGrant'], Resource: '*', Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } });
    expect(recheck(input, r).status).toBe('pass');
  });

  it('without kms:CreateGrant the copy fails', () => {
    const r = check([OWNER, USE, { ...GRANTS, Action: ['kms:ListGrants', 'kms:RevokeGrant'] }]);
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'KEY_POLICY_GRANT_NOT_ALLOWED', params: { actions: 'kms:CreateGrant' } });
  });

  it('"Resource": "*" is this key; a statement for another key does not apply; a named key needs the key ARN', () => {
    expect(check([OWNER, { ...USE, Resource: KEY_ARN }, { ...GRANTS, Resource: KEY_ARN }]).status).toBe('pass');
    const otherKey = `arn:aws:kms:eu-west-1:${SRC}:key/5e1d2c3b-4a59-4b68-8c7d-9e0f1a2b3c4d`;
    const r = check([OWNER, { ...USE, Resource: otherKey }, GRANTS]);
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'KEY_POLICY_ACTION_NOT_ALLOWED', params: { count: 7 } });
    const noArn = check([OWNER, { ...USE, Resource: otherKey }, GRANTS], { ...BASE_FACTS, sourceKeyArn: undefined });
    expect(noArn.status).toBe('unknown');
    expect(noArn.needs).toEqual(['sourceKeyArn']);
    // A key of another account is ruled out without the ARN.
    expect(check([OWNER, { ...USE, Resource: `arn:aws:kms:eu-west-1:${DEST}:key/*` }, GRANTS], { ...BASE_FACTS, sourceKeyArn: undefined }).status).toBe('fail');
  });

  it('a condition on the caller’s network never holds for the calls AWS Backup makes: the Allow never matches', () => {
    const input = makeInput({ sourceKeyPolicy: policyText([OWNER, { ...USE, Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } } }, GRANTS]) });
    const r = checkSourceKeyPolicy(input);
    expect(r.status).toBe('fail');
    expect(r.findings.find((f) => f.code === 'POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL')).toMatchObject({ severity: 'warning', params: { key: 'aws:SourceIp', statement: '"Allow use of the key"' } });
    // The corrected policy keeps the statement and allows the key use beside it: the dead Allow blocks nothing (ADR 5).
    const again = recheck(input, r);
    expect(again.status).toBe('pass');
    expect(again.findings.filter((f) => f.code === 'POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL' || f.code === 'POLICY_DEAD_ALLOW_COVERED').map((f) => [f.code, f.severity])).toEqual([
      ['POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'suggestion'],
      ['POLICY_DEAD_ALLOW_COVERED', 'suggestion'],
    ]);
    expect(again.findings.every((f) => f.severity === 'suggestion')).toBe(true);
  });

  it('kms:GrantIsForAWSResource on the key-use actions: those requests never carry it, and the finding says so', () => {
    const r = check([OWNER, { ...USE, Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }, GRANTS]);
    expect(r.status).toBe('fail');
    expect(r.findings.find((f) => f.code === 'POLICY_CONDITION_KEY_NOT_IN_REQUEST')?.params).toMatchObject({ key: 'kms:GrantIsForAWSResource', service: 'AWS KMS' });
  });

  it('an invented KMS key (kms:ListGrant) makes the statement grant nothing', () => {
    const r = check([OWNER, USE, { ...GRANTS, Condition: { Bool: { 'kms:ListGrant': 'true' } } }]);
    expect(r.status).toBe('fail');
    expect(codes(r)).toContain('POLICY_CONDITION_KEY_INVENTED');
    expect(codes(r)).not.toContain('POLICY_CONDITION_UNDECIDABLE');
  });

  it('kms:ListGrant as an action (re:Post KC-GIVENKEY) is reported with kms:ListGrants, and the recommended grant is missing', () => {
    const r = check([OWNER, USE, { ...GRANTS, Action: ['kms:CreateGrant', 'kms:ListGrant', 'kms:RevokeGrant'] }]);
    expect(r.status).toBe('warn');
    expect(r.findings.find((f) => f.code === 'ACTION_UNKNOWN')).toMatchObject({ severity: 'warning', params: { action: 'kms:ListGrant', suggestion: 'kms:ListGrants' }, location: { input: 'sourceKeyPolicy' } });
    expect(codes(r)).toContain('KEY_POLICY_RECOMMENDED_GRANT_MISSING');
    // The corrected policy grants the real action and is verified.
    expect(r.fix?.documents[0]?.text).toContain('"kms:ListGrants"');
  });

  it('a condition whose value is simply not known here stays undecided', () => {
    const r = check([OWNER, { ...USE, Condition: { StringEquals: { 'aws:PrincipalTag/backup': 'allowed' } } }, GRANTS]);
    expect(r.status).toBe('unknown');
    expect(codes(r)).toContain('POLICY_CONDITION_UNDECIDABLE');
  });

  it('the documentation example organization ID in a key policy: replaced, or narrowed to the destination account', () => {
    const orgWide = (org: string) => ({ ...USE, Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': org } } });
    const known = makeInput({ sourceKeyPolicy: policyText([OWNER, orgWide('o-exampleorgid'), GRANTS]) }, { ...BASE_FACTS, organizationId: ORG });
    const r1 = checkSourceKeyPolicy(known);
    expect(r1.status).toBe('fail');
    expect(JSON.parse(r1.fix!.documents[0]!.text).Statement).toEqual([OWNER, orgWide(ORG), GRANTS]);
    expect(recheck(known, r1).status).toBe('pass');
    const unknownOrg = makeInput({ sourceKeyPolicy: policyText([OWNER, orgWide('o-exampleorgid'), GRANTS]) });
    const r2 = checkSourceKeyPolicy(unknownOrg);
    expect(JSON.parse(r2.fix!.documents[0]!.text).Statement[1].Condition).toEqual({ StringEquals: { 'aws:PrincipalAccount': DEST } });
    expect(recheck(unknownOrg, r2).status).toBe('pass');
    for (const r of [r1, r2]) expect(codes(r)).not.toContain('FIX_NOT_VERIFIED');
  });

  it('an example organization ID in a statement that grants more than the copy is left alone (it would widen it)', () => {
    const orgAdmins = { Sid: 'AllowOrgAdministration', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } };
    for (const facts of [BASE_FACTS, { ...BASE_FACTS, organizationId: ORG }]) {
      const input = makeInput({ sourceKeyPolicy: policyText([OWNER, orgAdmins]) }, facts);
      const r = checkSourceKeyPolicy(input);
      const doc = JSON.parse(r.fix!.documents[0]!.text);
      expect(doc.Statement[1]).toEqual(orgAdmins);
      expect(doc.Statement.slice(2).map((st: { Sid: string }) => st.Sid)).toEqual(['AllowCopyDestinationUseOfKey', 'AllowCopyDestinationGrants']);
      // The copy is allowed; the example is still there for a person to correct.
      expect(recheck(input, r).status).toBe('warn');
      expect(codes(r)).not.toContain('POLICY_EXAMPLE_ORG_REPLACED');
    }
  });

  it('a documentation example account that is the user’s own destination warns', () => {
    const facts = { ...BASE_FACTS, destinationAccountId: '444455556666' };
    const mine = (s: typeof USE | typeof GRANTS) => ({ ...s, Principal: { AWS: 'arn:aws:iam::444455556666:root' } });
    const r = check([OWNER, mine(USE), mine(GRANTS)], facts);
    expect(r.status).toBe('warn');
    expect(new Set(codes(r))).toEqual(new Set(['EXAMPLE_ACCOUNT_ID_IS_YOURS']));
    expect(r.needs).toBeUndefined();
  });

  it('curly quotes and a trailing comma in a working policy: warn, with no error beside it', () => {
    const pasted = policyText([OWNER, USE, GRANTS]).replace('"Sid"', '“Sid”').replace('"Resource": "*"\n', '"Resource": "*",\n');
    const r = checkSourceKeyPolicy(makeInput({ sourceKeyPolicy: pasted }));
    expect(r.status).toBe('warn');
    expect(errors(r)).toEqual([]);
  });
});

describe('source-key-policy: a narrowed Deny allows the copy and nothing more', () => {
  it('keeps denying the service-linked role the actions the copy does not need', () => {
    const orgAdmins = { Sid: 'AllowOrgKeyAdministration', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } };
    const deny = { Sid: 'DenyOutsideAccount', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': SRC } } };
    const input = makeInput({ sourceKeyPolicy: policyText([OWNER, orgAdmins, deny]) }, { ...BASE_FACTS, organizationId: ORG });
    const r = checkSourceKeyPolicy(input);
    expect(r.status).toBe('fail');
    const doc = JSON.parse(r.fix!.documents[0]!.text);
    expect(doc.Statement[2]).toEqual({ ...deny, Condition: { ...deny.Condition, ArnNotEquals: { 'aws:PrincipalArn': SLR } } });
    const companion = doc.Statement[3];
    expect(companion).toMatchObject({ Sid: 'DenyOutsideAccountKeptForCopyPrincipal', Effect: 'Deny', Principal: '*', Resource: '*', Condition: { ...deny.Condition, ArnEquals: { 'aws:PrincipalArn': SLR } } });
    expect(companion.Action).toContain('kms:PutKeyPolicy');
    expect(companion.Action).toContain('kms:ScheduleKeyDeletion');
    expect(companion.Action).not.toContain('kms:Decrypt');
    expect(codes(r)).toContain('POLICY_DENY_KEPT_FOR_OTHER_ACTIONS');
    expect(r.fix?.needsReview).toBe(true);
    expect(recheck(input, r).status).toBe('pass');
  });
});
