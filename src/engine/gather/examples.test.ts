// The example bundles in public/examples/bundles/: what the bash scripts print for two real broken cross-account
// copies, and the diagnosis they give on their own.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isReadOnly, requireTools, responsesFromCalls, runBash } from '../../test-support/gather';
import { pack } from '../../test-support/pack';
import { diagnose } from '../diagnose';
import { resolveFacts } from '../facts';
import { parseSessionText } from '../session';
import { FACT_KEYS, type CheckId, type Session, type Status } from '../types';
import { GATHER_ROLES, mergeBundles, parseBundleText, type Bundle } from './bundle';
import { gatherFacts, gatherScript } from './scripts';

const dir = (name: string) => new URL(`../../../public/examples/bundles/${name}/`, import.meta.url);

function load(name: string): { session: Session; bundles: Bundle[] } {
  const session = parseSessionText(readFileSync(new URL('session.json', dir(name)), 'utf8'));
  if (!session.ok) throw new Error(session.error);
  const bundles = GATHER_ROLES.map((role) => {
    const read = parseBundleText(readFileSync(new URL(`${role}.json`, dir(name)), 'utf8'));
    if (!read.ok) throw new Error(`${name}/${role}: ${read.code}`);
    return read.bundle;
  });
  return { session: session.session, bundles };
}

const CASES: { name: string; expected: Partial<Record<CheckId, Status>> }[] = [
  {
    name: 'key-policy-missing-destination',
    expected: { organization: 'pass', 'cross-account-setting': 'pass', 'resource-support': 'pass', encryption: 'pass', 'source-key-policy': 'fail', 'destination-vault-policy': 'pass', 'tag-policy': 'pass', 'vault-lock': 'pass', 'service-control-policies': 'pass' },
  },
  {
    name: 'vault-without-policy',
    expected: { organization: 'pass', 'cross-account-setting': 'pass', 'resource-support': 'pass', encryption: 'pass', 'source-key-policy': 'pass', 'destination-vault-policy': 'fail', 'tag-policy': 'pass', 'vault-lock': 'pass', 'service-control-policies': 'pass' },
  },
];

describe('example bundles', { timeout: 180000 }, () => {
  beforeAll(requireTools);

  for (const { name, expected } of CASES) {
    it(`${name}: each is exactly what the bash script prints for those AWS answers, from the session as it grows`, () => {
      const { session, bundles } = load(name);
      let current = session;
      for (const committed of bundles) {
        const script = gatherScript(gatherFacts(current), committed.role, 'bash');
        expect(script.needs, committed.role).toEqual([]);
        const run = runBash(script.text, responsesFromCalls(committed.calls));
        expect(run.code, run.stderr).toBe(0);
        const read = parseBundleText(run.stdout);
        if (!read.ok) throw new Error(read.code);
        expect({ ...read.bundle, createdAt: committed.createdAt }).toEqual(committed);
        for (const argv of run.argv) expect(isReadOnly(argv[0]!, argv[1]!), argv.join(' ')).toBe(true);
        current = mergeBundles(session, bundles.slice(0, bundles.indexOf(committed) + 1)).session;
      }
    });

    it(`${name}: the bundles alone give a complete diagnosis, and the right one`, () => {
      const { session, bundles } = load(name);
      const merged = mergeBundles(session, bundles);
      expect(merged.merged).toEqual(['source', 'destination', 'management']);
      expect(merged.notes.filter((n) => n.severity === 'error')).toEqual([]);
      const d = diagnose(merged.session, pack);
      const statuses = Object.fromEntries(d.checks.map((c) => [c.id, c.status]));
      expect(statuses).toMatchObject(expected);
      // What the bundles carry: every paste they filled, and every fact the session now has.
      const covered = new Set<string>([...Object.keys(merged.session.pastes).filter((k) => merged.session.pastes[k as keyof Session['pastes']] !== session.pastes[k as keyof Session['pastes']])]);
      const facts = resolveFacts(merged.session).facts;
      for (const k of FACT_KEYS) if (facts[k]) covered.add(k);
      for (const key of ['copyJob', 'sourceKeyPolicy', 'sourceKeyMetadata', 'sourceVaultPolicy', 'regionSettings', 'sourceOrganization', 'resourceTags', 'destinationVault', 'destinationVaultPolicy', 'destinationKeyMetadata', 'destinationOrganization', 'globalSettings', 'serviceControlPolicies', 'resourceControlPolicies', 'tagPolicy']) {
        expect(covered, key).toContain(key);
      }
      for (const c of d.checks) {
        if (c.status !== 'unknown') continue;
        for (const need of c.needs ?? []) expect(covered.has(need), `${c.id} asks for ${need}, which the bundles carry`).toBe(false);
      }
    });
  }

  it('key-policy-missing-destination: the fix names the destination account, and the copy role came along', () => {
    const { session, bundles } = load('key-policy-missing-destination');
    const merged = mergeBundles(session, bundles);
    const key = diagnose(merged.session, pack).checks.find((c) => c.id === 'source-key-policy');
    expect(key?.fix?.documents[0]?.text).toContain('arn:aws:iam::345678901234:root');
    const rolePolicies = JSON.parse(merged.session.pastes.copyRolePolicies ?? '');
    expect(rolePolicies.RoleDetailList[0].RoleName).toBe('AWSBackupDefaultServiceRole');
    expect(rolePolicies.Policies.map((p: { PolicyName: string }) => p.PolicyName)).toEqual(['AWSBackupServiceRolePolicyForBackup', 'AWSBackupServiceRolePolicyForRestores']);
    expect(JSON.stringify(rolePolicies.Policies[0].PolicyVersionList[0].Document)).toContain('backup:CopyIntoBackupVault');
  });

  it('vault-without-policy: the denied IAM reads and the missing Allowed AMIs read are notes, not guesses', () => {
    const { session, bundles } = load('vault-without-policy');
    const merged = mergeBundles(session, bundles);
    expect(merged.notes.filter((n) => n.code === 'GATHER_CALL_DENIED').map((n) => [n.role, n.input])).toEqual([
      ['source', 'copyRolePolicies'],
      ['source', 'copyRolePolicies'],
      ['source', 'copyRolePolicies'],
      ['destination', 'allowedImages'],
    ]);
    expect(merged.session.pastes.copyRolePolicies).toBeUndefined();
    expect(merged.session.pastes.allowedImages).toBeUndefined();
    expect(merged.notes).toContainEqual(expect.objectContaining({ code: 'GATHER_NO_TAG_POLICY', params: { account: '506717245913' } }));
  });
});
