import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate } from '../json/parse';
import { readRolePolicies, roleNameOf } from './rolePolicies';

const ROLE = 'arn:aws:iam::210987654321:role/service-role/backup-copy-role';
const copyPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'StartCopies', Effect: 'Allow', Action: ['backup:StartCopyJob', 'backup:DescribeCopyJob'], Resource: '*' },
    { Sid: 'CopyFromOurVault', Effect: 'Allow', Action: 'backup:CopyFromBackupVault', Resource: 'arn:aws:backup:us-east-1:210987654321:recovery-point:*' },
  ],
};
const kmsPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:CreateGrant'], Resource: 'arn:aws:kms:us-east-1:210987654321:key/2d7b9e3f-6a1c-4f58-b4e2-8c0a5d1f7e93' }] };

const getRolePolicy = JSON.stringify({ RoleName: 'backup-copy-role', PolicyName: 'copy-permissions', PolicyDocument: copyPolicy }, null, 4);

// aws iam get-account-authorization-details --filter Role LocalManagedPolicy AWSManagedPolicy, cut to what matters.
const details = JSON.stringify(
  {
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: [
      {
        Path: '/',
        RoleName: 'ops-readonly',
        RoleId: 'AROAXN4EXAMPLEOPSRO01',
        Arn: 'arn:aws:iam::210987654321:role/ops-readonly',
        RolePolicyList: [{ PolicyName: 'x', PolicyDocument: kmsPolicy }],
        AttachedManagedPolicies: [],
      },
      {
        Path: '/service-role/',
        RoleName: 'backup-copy-role',
        RoleId: 'AROAXN4EXAMPLECOPY01',
        Arn: ROLE,
        CreateDate: '2025-04-02T08:11:52+00:00',
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        InstanceProfileList: [],
        RolePolicyList: [{ PolicyName: 'copy-permissions', PolicyDocument: copyPolicy }],
        AttachedManagedPolicies: [
          { PolicyName: 'AWSBackupServiceRolePolicyForBackup', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup' },
          { PolicyName: 'backup-kms-use', PolicyArn: 'arn:aws:iam::210987654321:policy/backup-kms-use' },
        ],
        PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: 'arn:aws:iam::210987654321:policy/workload-boundary' },
        Tags: [],
        RoleLastUsed: { LastUsedDate: '2026-11-29T02:00:13+00:00', Region: 'us-east-1' },
      },
    ],
    Policies: [
      {
        PolicyName: 'backup-kms-use',
        PolicyId: 'ANPAXN4EXAMPLEKMS001',
        Arn: 'arn:aws:iam::210987654321:policy/backup-kms-use',
        Path: '/',
        DefaultVersionId: 'v2',
        AttachmentCount: 1,
        IsAttachable: true,
        PolicyVersionList: [
          { Document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] }, VersionId: 'v1', IsDefaultVersion: false },
          { Document: kmsPolicy, VersionId: 'v2', IsDefaultVersion: true },
        ],
      },
    ],
  },
  null,
  4,
);

describe('readRolePolicies', () => {
  it('reads one policy document', () => {
    const r = readRolePolicies(JSON.stringify(copyPolicy, null, 2));
    expect(r).toMatchObject({ form: 'document', policies: [{ kind: 'document', document: copyPolicy, path: [] }] });
  });

  it('reads get-role-policy output with the prompt and command, with positions', () => {
    const text = `$ aws iam get-role-policy --role-name backup-copy-role --policy-name copy-permissions\n${getRolePolicy}\n`;
    const r = readRolePolicies(text, ROLE)!;
    expect(r).toMatchObject({ form: 'get-role-policy', roleName: 'backup-copy-role', otherRoles: [] });
    expect(r.policies).toHaveLength(1);
    expect(r.policies[0]).toMatchObject({ kind: 'inline', name: 'copy-permissions', path: ['PolicyDocument'] });
    const pos = locate(r.policies[0]!.parsed!, [...r.policies[0]!.path, 'Statement', 1]);
    expect(pos?.line).toBe(17);
  });

  it('says when a get-role-policy output is for another role', () => {
    expect(readRolePolicies(getRolePolicy.replace('"backup-copy-role"', '"ops-readonly"'), ROLE)?.otherRoles).toEqual(['ops-readonly']);
  });

  it('reads get-policy-version output and an array of outputs', () => {
    const version = { PolicyVersion: { Document: kmsPolicy, VersionId: 'v2', IsDefaultVersion: true, CreateDate: '2025-04-02T08:12:00+00:00' } };
    expect(readRolePolicies(JSON.stringify(version))).toMatchObject({ form: 'get-policy-version', policies: [{ kind: 'managed', path: ['PolicyVersion', 'Document'] }] });
    const list = readRolePolicies(JSON.stringify([JSON.parse(getRolePolicy), version, kmsPolicy]));
    expect(list?.form).toBe('list');
    expect(list?.policies.map((p) => [p.kind, p.path])).toEqual([
      ['inline', [0, 'PolicyDocument']],
      ['managed', [1, 'PolicyVersion', 'Document']],
      ['document', [2]],
    ]);
  });

  it('decodes URL-encoded and string documents, as the raw API returns them', () => {
    const encoded = { RoleName: 'backup-copy-role', PolicyName: 'p', PolicyDocument: encodeURIComponent(JSON.stringify(copyPolicy)) };
    expect(readRolePolicies(JSON.stringify(encoded))?.policies[0]).toMatchObject({ document: copyPolicy, fromString: true });
    const asString = { RoleName: 'backup-copy-role', PolicyName: 'p', PolicyDocument: JSON.stringify(copyPolicy) };
    expect(readRolePolicies(JSON.stringify(asString))?.policies[0]?.document).toEqual(copyPolicy);
  });

  it('filters get-account-authorization-details to the copy role, with its managed policies’ default versions', () => {
    const r = readRolePolicies(details, ROLE)!;
    expect(r.form).toBe('authorization-details');
    expect(r.roleName).toBe('backup-copy-role');
    expect(r.roleArn).toBe(ROLE);
    expect(r.permissionsBoundaryArn).toBe('arn:aws:iam::210987654321:policy/workload-boundary');
    expect(r.policies.map((p) => [p.kind, p.name, p.document])).toEqual([
      ['inline', 'copy-permissions', copyPolicy],
      ['managed', 'backup-kms-use', kmsPolicy],
    ]);
    expect(r.policies[1]?.path).toEqual(['Policies', 0, 'PolicyVersionList', 1, 'Document']);
    expect(r.attachedWithoutDocument).toEqual([{ arn: 'arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup', name: 'AWSBackupServiceRolePolicyForBackup' }]);
  });

  it('says when the details do not hold the copy role', () => {
    const r = readRolePolicies(details, 'arn:aws:iam::210987654321:role/AWSBackupDefaultServiceRole');
    expect(r?.policies).toEqual([]);
    expect(r?.roleMissing).toEqual({ wanted: 'AWSBackupDefaultServiceRole', listed: ['ops-readonly', 'backup-copy-role'] });
    // Without the copy job's role there is nothing to filter by: with two roles, none is picked.
    expect(readRolePolicies(details)?.roleMissing?.listed).toHaveLength(2);
  });

  it('keeps the names of list-attached-role-policies output', () => {
    const r = readRolePolicies('{"AttachedPolicies": [{"PolicyName": "AWSBackupServiceRolePolicyForBackup", "PolicyArn": "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"}]}');
    expect(r).toMatchObject({ form: 'attached-policies', policies: [], attachedWithoutDocument: [{ name: 'AWSBackupServiceRolePolicyForBackup' }] });
  });

  it('is undefined for other outputs and never throws', () => {
    expect(readRolePolicies('{"KeyMetadata": {"KeyId": "x"}}')).toBeUndefined();
    expect(readRolePolicies('[1, 2]')).toBeUndefined();
    expect(readRolePolicies(undefined)).toBeUndefined();
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ RoleDetailList: v, Policies: v }))), (t) => void readRolePolicies(t, ROLE)), { numRuns: 300 });
  });

  it('names a role from its ARN', () => {
    expect(roleNameOf(ROLE)).toBe('backup-copy-role');
    expect(roleNameOf('arn:aws:iam::210987654321:role/AWSBackupDefaultServiceRole')).toBe('AWSBackupDefaultServiceRole');
    expect(roleNameOf('arn:aws:kms:us-east-1:210987654321:key/x')).toBeUndefined();
  });
});
