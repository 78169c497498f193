import { describe, expect, it } from 'vitest';
import { diagnose } from '../../engine/diagnose';
import { BASE_FACTS, DEST, GRANTS, OWNER, ORG, SRC, USE, makeSession, policyText } from '../../engine/checks/testSupport';
import type { Session } from '../../engine/types';
import { t } from '../index';



describe('rendered messages', () => {
  const sessions: Session[] = [
    makeSession({ sourceKeyPolicy: policyText([OWNER]) }),
    makeSession({ sourceKeyPolicy: policyText([USE]) }, { ...BASE_FACTS, sourceKeyArn: undefined }),
    makeSession({ sourceKeyPolicy: policyText([OWNER, USE, GRANTS, { Sid: 'Deny', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': SRC } } }]) }),
    makeSession({ sourceKeyPolicy: policyText([OWNER, { ...USE, Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } }, { ...GRANTS, Condition: { StringEquals: { 'kms:ViaService': 'ec2.eu-west-1.amazonaws.com' } } }]) }),
    makeSession({ sourceKeyPolicy: policyText([OWNER, { ...USE, Condition: { IpAddressLike: { 'aws:SourceIp': '10.0.0.0/8' } } }, { Effect: 'Deny', NotPrincipal: { AWS: `arn:aws:iam::${DEST}:root` }, Action: 'kms:Encrypt', Resource: '*' }]) }),
    makeSession({ sourceKeyPolicy: policyText([OWNER, { ...USE, Resource: 'arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58' }]) }, { ...BASE_FACTS, sourceKeyArn: undefined }),
    // Conditions on keys the copy's requests never carry; recommended grant actions missing; a Deny of them.
    makeSession({ sourceKeyPolicy: policyText([OWNER, { ...USE, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }, { ...USE, Sid: 'Grant-only key', Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }, { ...GRANTS, Action: 'kms:CreateGrant' }, { Sid: 'NoRevoke', Effect: 'Deny', Principal: '*', Action: 'kms:RevokeGrant', Resource: '*' }]) }),
    makeSession({ destinationVaultPolicy: policyText([{ Effect: 'Allow', Principal: { AWS: SRC }, Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringEquals: { 'backup:CopySourceRegion': 'eu-west-1' } } }, { Effect: 'Deny', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringEquals: { 'backup:CopySourceAccount': '562390187442' } } }]) }),
    // The documentation's example organization, with and without the user's own.
    makeSession({ destinationVaultPolicy: policyText([{ Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }]) }),
    makeSession({ destinationVaultPolicy: policyText([{ Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }]) }, { ...BASE_FACTS, organizationId: ORG }),
    // A role of the source account, and a condition on the role, without the copy job that names it.
    makeSession({ destinationVaultPolicy: policyText([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:role/service-role/AWSBackupDefaultServiceRole` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }, { Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/BackupCopy' } } }]) }),
    // A policy AWS refuses for a reason only the user can correct (two statements with one Sid).
    makeSession({ sourceKeyPolicy: policyText([OWNER, { ...USE, Sid: OWNER.Sid }]) }),
    // A narrowed Deny that keeps denying the service-linked role what the copy does not need.
    makeSession(
      {
        sourceKeyPolicy: policyText([
          OWNER,
          { Sid: 'OrgAdmins', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } },
          { Sid: 'DenyOutside', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': SRC } } },
        ]),
      },
      { ...BASE_FACTS, organizationId: ORG },
    ),
    makeSession({ sourceKeyPolicy: '{"Version": "2012-10-17"}' }),
    makeSession({ destinationVaultPolicy: policyText([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654312:root' }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }]) }),
    makeSession({ destinationVaultPolicy: policyText([{ Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${ORG}/*` } } }]) }),
    makeSession({}, { sourceAccountId: SRC, destinationAccountId: DEST }, { vaultPolicyExists: 'no' }),
    makeSession({ errorMessage: 'Access Denied trying to call AWS Backup service' }),
  ];

  it('every finding and fix summary renders in both languages with all placeholders filled', () => {
    const seen = new Set<string>();
    for (const lang of ['en', 'zh-TW'] as const) {
      for (const s of sessions) {
        const d = diagnose(s, undefined, { translate: (key, params) => t(lang, key, params) });
        for (const c of d.checks) {
          for (const f of c.findings) {
            seen.add(f.code);
            expect(f.message, `${lang} ${f.code}`).not.toBe(`finding.${f.code}`);
            expect(f.message, `${lang} ${f.code}`).not.toMatch(/\{\w+\}/);
          }
          if (c.fix) {
            expect(c.fix.summary, `${lang} ${c.fix.summaryCode}`).not.toMatch(/\{\w+\}|^fix\./);
          }
        }
      }
    }
    for (const code of ['KEY_POLICY_ACTION_NOT_ALLOWED', 'KEY_POLICY_DENY_BLOCKS_COPY', 'POLICY_CONDITION_NEEDS_ORGANIZATION_ID', 'KEY_POLICY_VIA_OTHER_SERVICE', 'POLICY_NOT_PRINCIPAL_AMBIGUOUS', 'POLICY_CONDITION_OPERATOR_UNKNOWN', 'POLICY_RESOURCE_UNDECIDED', 'POLICY_NOT_A_POLICY', 'POLICY_ACCOUNT_NEAR_MISS', 'POLICY_CONDITION_NEEDS_ORG_PATH', 'VAULT_POLICY_MISSING', 'KEY_ARN_UNKNOWN', 'KEY_POLICY_OWNER_STATEMENT_ADDED', 'POLICY_DENY_NARROWED',
      'KEY_POLICY_RECOMMENDED_GRANT_MISSING', 'KEY_POLICY_DENY_BLOCKS_RECOMMENDED', 'POLICY_CONDITION_KEY_NOT_IN_SERVICE_CALL', 'POLICY_CONDITION_KEY_NOT_IN_REQUEST', 'POLICY_CONDITION_KEY_INVENTED',
      'POLICY_DENY_CONDITION_KEY_INVENTED', 'POLICY_EXAMPLE_ORG_NARROWED', 'POLICY_EXAMPLE_ORG_REPLACED', 'POLICY_PRINCIPAL_ROLE_UNKNOWN', 'POLICY_CONDITION_NEEDS_COPY_ROLE', 'FIX_AFTER_HAND_EDIT', 'POLICY_DENY_KEPT_FOR_OTHER_ACTIONS']) {
      expect(seen, code).toContain(code);
    }
  });
});
