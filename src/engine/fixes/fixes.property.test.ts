// Property tests for the corrected policies (DESIGN.md, "Rules for corrected policies"), on key and vault policies
// generated from real shapes: owner only, partial destination grants with various principal forms, conditions,
// Deny statements, a single statement object, Sids that collide with ours, several indentations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDestinationVaultPolicy } from '../checks/destinationVaultPolicy';
import { checkSourceKeyPolicy } from '../checks/sourceKeyPolicy';
import { DEST, KEY_ARN, ORG, SLR, SRC, makeInput } from '../checks/testSupport';
import { rejectedByAws } from '../checks/common';
import { hasPlaceholder, newPlaceholder } from '../checks/verify';
import { GRAMMAR_CODES } from '../policy/grammar';
import { diagnose } from '../diagnose';
import { CHECK_IDS, PASTE_KEYS, type CheckResult, type Facts, type Session } from '../types';
import { applyFix } from './apply';

const OTHER = '562390187442';
const USE_ACTIONS = ['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey*', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext'];
const GRANT_ACTIONS = ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'];

const principal = fc.constantFrom<unknown>(
  { AWS: `arn:aws:iam::${DEST}:root` },
  { AWS: DEST },
  { AWS: SLR },
  { AWS: [`arn:aws:iam::${SRC}:role/service-role/AWSBackupDefaultServiceRole`, `arn:aws:iam::${DEST}:root`] },
  { AWS: `arn:aws:iam::${DEST}:role/BackupCopyRole` },
  { AWS: `arn:aws:iam::${OTHER}:root` },
  { AWS: 'AROA4EXAMPLEROLEIDXYZ' },
  { AWS: `arn:aws:iam::${DEST}:role/AWSServiceRoleForBackup` },
);

const condition = fc.constantFrom<unknown>(
  undefined,
  { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
  { StringLike: { 'kms:ViaService': 'backup.*.amazonaws.com' } },
  { StringEquals: { 'kms:ViaService': 'ec2.eu-west-1.amazonaws.com' } },
  { StringEquals: { 'kms:CallerAccount': DEST } },
  { StringEquals: { 'kms:CallerAccount': `arn:aws:iam::${DEST}:root` } },
  { StringEquals: { 'aws:PrincipalOrgID': ORG } },
);

const sid = fc.constantFrom<string | undefined>(undefined, 'Allow use of the key', 'AllowCopyDestinationUseOfKey', 'AllowCopyDestinationGrants', 'Enable IAM User Permissions', 'Destination');

const allowStatement = fc
  .record({
    sid,
    principal,
    actions: fc.subarray([...USE_ACTIONS, ...GRANT_ACTIONS], { minLength: 1 }),
    condition,
    single: fc.boolean(),
  })
  .map(({ sid, principal, actions, condition, single }) => ({
    ...(sid ? { Sid: sid } : {}),
    Effect: 'Allow',
    Principal: principal,
    Action: single && actions.length === 1 ? actions[0] : actions,
    Resource: '*',
    ...(condition ? { Condition: condition } : {}),
  }));

const denyStatement = fc.constantFrom<unknown>(
  { Sid: 'DenyOutsideAccount', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': SRC } } },
  { Sid: 'DenyKeyDeletion', Effect: 'Deny', Principal: { AWS: '*' }, Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'], Resource: '*' },
  { Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${DEST}:root` }, Action: 'kms:Decrypt', Resource: '*' },
  { Sid: 'DenyPlainHttp', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${SRC}:role/Ops` }, StringEquals: { 'kms:CallerAccount': DEST } } },
);

const OWNER = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'kms:*', Resource: '*' };
const ADMINS = { Sid: 'Allow access for Key Administrators', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:role/PlatformKeyAdmins` }, Action: ['kms:Create*', 'kms:Describe*', 'kms:Put*', 'kms:Update*'], Resource: '*' };

const owner = fc.constantFrom<unknown[]>([OWNER], [OWNER, ADMINS], [ADMINS], []);
const indent = fc.constantFrom<string | number | undefined>(2, 4, '\t', undefined);

const keyPolicy = fc
  .record({ owner, allows: fc.array(allowStatement, { maxLength: 4 }), denies: fc.array(denyStatement, { maxLength: 2 }), indent, order: fc.boolean() })
  .map(({ owner, allows, denies, indent, order }) => {
    const statements = order ? [...owner, ...allows, ...denies] : [...denies, ...owner, ...allows];
    const value = { Version: '2012-10-17', Statement: statements.length === 1 ? statements[0] : statements };
    return { statements, text: JSON.stringify(value, null, indent) };
  });

const facts = fc.record({ org: fc.boolean(), keyArn: fc.boolean(), type: fc.constantFrom<string | undefined>(undefined, 'EBS', 'RDS', 'S3') }).map(
  ({ org, keyArn, type }): Facts => ({
    sourceAccountId: SRC,
    destinationAccountId: DEST,
    sourceRegion: 'eu-west-1',
    destinationRegion: 'eu-central-1',
    destinationVaultName: 'central-backup-vault',
    ...(org ? { organizationId: ORG } : {}),
    ...(keyArn ? { sourceKeyArn: KEY_ARN } : {}),
    ...(type ? { resourceType: type } : {}),
  }),
);

function statementsOf(text: string): unknown[] {
  const v = JSON.parse(text) as { Statement: unknown };
  return Array.isArray(v.Statement) ? v.Statement : [v.Statement];
}

function openPrincipals(statements: unknown[]): number {
  return statements.filter((s) => {
    const st = s as Record<string, unknown>;
    const open = st.Principal === '*' || (typeof st.Principal === 'object' && st.Principal !== null && (st.Principal as Record<string, unknown>).AWS === '*');
    return open && st.Condition === undefined;
  }).length;
}

/** A grammar error AWS refuses the pasted policy for (a duplicate Sid...): a fix that cannot correct it is not shown. */
const refused = (r: CheckResult) => r.findings.some((f) => (GRAMMAR_CODES as readonly string[]).includes(f.code) && rejectedByAws(f));

const OUR_SIDS = ['AllowCopyDestinationUseOfKey', 'AllowCopyDestinationGrants', 'AllowCopyFromSourceAccount'];

/** The rules every fix must keep, for any check. */
function assertFixRules(original: unknown[], r: CheckResult, originalText: string, recheck: (s: Session) => CheckResult, session: Session) {
  if (r.status === 'pass' || r.status === 'not-applicable' || r.status === 'unknown') expect(r.fix).toBeUndefined();
  if (!r.fix) return;
  // 1. Re-checking with the correction applied allows the copy: it passes, or warns only about what the user must judge
  //    (a dead statement kept as it was), with nothing left to correct.
  const again = recheck(applyFix(session, r.fix));
  expect(['pass', 'warn']).toContain(again.status);
  expect(again.fix).toBeUndefined();
  expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);
  const doc = r.fix.documents[0]!;
  const fixed = statementsOf(doc.text);
  // 2. Every original statement survives, in order; only a narrowed Deny's Condition may grow.
  expect(fixed.length).toBeGreaterThanOrEqual(original.length);
  original.forEach((st, i) => {
    const after = fixed[i] as Record<string, unknown>;
    const before = st as Record<string, unknown>;
    if (before.Effect === 'Deny' && JSON.stringify(after) !== JSON.stringify(before)) {
      expect({ ...after, Condition: undefined }).toEqual({ ...before, Condition: undefined });
      for (const [op, block] of Object.entries((before.Condition ?? {}) as Record<string, Record<string, unknown>>)) {
        for (const key of Object.keys(block)) expect((after.Condition as Record<string, Record<string, unknown>>)[op]?.[key]).toBeDefined();
      }
      expect(r.fix!.needsReview).toBe(true);
    } else if (typeof before.Sid === 'string' && OUR_SIDS.includes(before.Sid) && JSON.stringify(after) !== JSON.stringify(before)) {
      // Our own statement from an earlier fix is extended (principal and actions only grow).
      const list = (v: unknown) => ([] as unknown[]).concat(v ?? []);
      expect({ ...after, Principal: undefined, Action: undefined }).toEqual({ ...before, Principal: undefined, Action: undefined });
      for (const p of list((before.Principal as Record<string, unknown>).AWS)) expect(list((after.Principal as Record<string, unknown>).AWS)).toContain(p);
      for (const a of list(before.Action)) expect(list(after.Action)).toContain(a);
    } else {
      expect(after).toEqual(before);
    }
  });
  // 3. No placeholder, no new unconditioned "Principal": "*".
  expect(newPlaceholder(doc.text, originalText)).toBeUndefined();
  for (const c of r.fix.commands) expect(hasPlaceholder(c)).toBe(false);
  expect(openPrincipals(fixed)).toBeLessThanOrEqual(openPrincipals(original));
}

describe('key policy fixes (property)', () => {
  it('verified, minimal, no placeholders, never widened', () => {
    fc.assert(
      fc.property(keyPolicy, facts, ({ statements, text }, f) => {
        const input = makeInput({ sourceKeyPolicy: text }, f);
        const r = checkSourceKeyPolicy(input);
        assertFixRules(statements, r, text, (s) => checkSourceKeyPolicy({ ...input, session: s }), input.session);
        // With every condition decidable (the organization is known), a failing check always comes with a fix.
        // (Unless AWS refuses the pasted policy for a reason no fix corrects.)
        if (f.organizationId && r.status === 'fail' && !refused(r)) expect(r.fix, JSON.stringify(r.findings.map((x) => x.code))).toBeDefined();
        if (r.fix) {
          // Only the destination account root (or nothing) is added as a principal, grants only with the condition.
          const added = statementsOf(r.fix.documents[0]!.text).slice(statements.length) as Record<string, unknown>[];
          for (const st of added) {
            const p = (st.Principal as Record<string, unknown>).AWS;
            expect([`arn:aws:iam::${DEST}:root`, `arn:aws:iam::${SRC}:root`]).toContain(p);
            const actions = ([] as string[]).concat(st.Action as string | string[]);
            if (actions.some((a) => GRANT_ACTIONS.includes(a))) expect(st.Condition).toEqual({ Bool: { 'kms:GrantIsForAWSResource': 'true' } });
            if (p === `arn:aws:iam::${SRC}:root`) expect(st.Action).toBe('kms:*');
            else for (const a of actions) expect(['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', ...GRANT_ACTIONS]).toContain(a);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 120000);

  it('a passing policy gets no fix, and a fixed policy is a fixed point', () => {
    fc.assert(
      fc.property(keyPolicy, facts, ({ text }, f) => {
        const input = makeInput({ sourceKeyPolicy: text }, f);
        const r = checkSourceKeyPolicy(input);
        if (!r.fix) return;
        const again = checkSourceKeyPolicy({ ...input, session: applyFix(input.session, r.fix) });
        expect(again.fix).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  }, 120000);
});

const vaultStatement = fc.constantFrom<unknown>(
  { Sid: 'AllowCopyFromProduction', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' },
  { Sid: 'AllowCopyFromSourceAccount', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' },
  { Sid: 'AllowCopyFromSourceAccount', Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } },
  { Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-99zzzzzzzz' } } },
  { Sid: 'DenyDeletion', Effect: 'Deny', Principal: { AWS: '*' }, Action: ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle'], Resource: '*' },
  { Sid: 'OnlyFromBackupAccount', Effect: 'Deny', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': OTHER } } },
  { Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'backup:CopyIntoBackupVault', Resource: '*' },
);

describe('vault policy fixes (property)', () => {
  it('verified, minimal, no placeholders, never widened', () => {
    fc.assert(
      fc.property(fc.array(vaultStatement, { maxLength: 4 }), indent, facts, (statements, ind, f) => {
        const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, ind);
        const input = makeInput({ destinationVaultPolicy: text }, f);
        const r = checkDestinationVaultPolicy(input);
        assertFixRules(statements, r, text, (s) => checkDestinationVaultPolicy({ ...input, session: s }), input.session);
        if (f.organizationId && r.status === 'fail' && !refused(r)) expect(r.fix, JSON.stringify(r.findings.map((x) => x.code))).toBeDefined();
      }),
      { numRuns: 200 },
    );
  }, 120000);
});

describe('diagnose (property)', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.json(),
    keyPolicy.map((k) => k.text),
    keyPolicy.chain((k) => fc.nat(k.text.length).map((n) => k.text.slice(0, n))),
    keyPolicy.map((k) => k.text.replace(/"/g, '“')),
    keyPolicy.map((k) => JSON.stringify({ Policy: k.text, PolicyName: 'default' })),
  );
  it('never throws on arbitrary pastes, and always answers every check', () => {
    const pastes = fc.record(Object.fromEntries(PASTE_KEYS.map((k) => [k, anyText])) as Record<(typeof PASTE_KEYS)[number], fc.Arbitrary<string>>, { requiredKeys: [] });
    fc.assert(
      fc.property(pastes, facts, (p, f) => {
        const d = diagnose({ format: 'copy-doctor/session', version: 1, facts: f, answers: {}, pastes: p }, undefined);
        expect(d.checks).toHaveLength(CHECK_IDS.length);
        for (const c of d.checks) expect(c.findings.every((x) => x.code !== 'CHECK_INTERNAL_ERROR')).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 120000);
});
