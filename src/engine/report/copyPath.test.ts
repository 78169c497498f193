import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { readSession } from '../session';
import { CHECK_IDS, type CheckResult, type Diagnosis, type Session, type Status } from '../types';
import { pack } from '../../test-support/pack';
import { copyPath, GOVERNANCE, keyIdOf, NODE_ACCOUNT, PATH_NODE_IDS, resourceIdOf } from './copyPath';

const example = (file: string): Session => {
  const r = readSession(JSON.parse(readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.session;
};

const arrowOf = (d: ReturnType<typeof copyPath>, check: string) => d.arrows.filter((a) => a.check === check);

describe('copy path model', () => {
  it('gives every check of the diagnosis at least one arrow, and each arrow one check with its status', () => {
    const session = example('key-policy-missing-destination.json');
    const diagnosis = diagnose(session, pack);
    const path = copyPath(diagnosis, session);
    for (const id of CHECK_IDS) {
      const arrows = arrowOf(path, id);
      expect(arrows.length, id).toBeGreaterThan(0);
      const status = diagnosis.checks.find((c) => c.id === id)?.status;
      for (const a of arrows) expect(a.status, id).toBe(status);
    }
    // The key policy is the failure here: the destination's service-linked role cannot use the source key.
    expect(arrowOf(path, 'source-key-policy')).toEqual([
      { id: 'source-key-policy:serviceRole-sourceKey', check: 'source-key-policy', status: 'fail', from: 'serviceRole', to: 'sourceKey' },
    ]);
    expect(new Set(path.arrows.map((a) => a.id)).size).toBe(path.arrows.length);
  });

  it('puts each arrow where the domain puts the decision', () => {
    const by = (check: string) => GOVERNANCE.filter((g) => g.check === check).map((g) => `${g.from}->${g.to}`);
    expect(by('source-key-policy')).toEqual(['serviceRole->sourceKey']);
    expect(by('destination-vault-policy')).toEqual(['sourceVault->destinationVault']);
    expect(by('iam-role')).toEqual(['copyRole->sourceVault']);
    expect(by('source-vault-policy')).toEqual(['copyRole->sourceVault']);
    expect(by('resource-support')).toEqual(['resource->sourceVault']);
    expect(by('encryption')).toEqual(['sourceVault->sourceKey', 'destinationVault->vaultKey']);
    expect(by('vault-lock')).toEqual(['sourceVault->destinationVault']);
    for (const c of ['organization', 'cross-account-setting', 'service-control-policies', 'tag-policy']) {
      const [g, ...more] = GOVERNANCE.filter((x) => x.check === c);
      expect(more, c).toEqual([]);
      expect(NODE_ACCOUNT[g!.from], c).toBe('management');
      expect(g!.to, c).toBe('memberAccounts');
    }
    // Every arrow joins two known nodes; the copy's own steps stay inside or between the two accounts.
    for (const g of GOVERNANCE) {
      expect(PATH_NODE_IDS).toContain(g.from);
      expect(PATH_NODE_IDS).toContain(g.to);
      expect(g.from).not.toBe(g.to);
    }
  });

  it('labels the nodes with the real IDs from the facts and the pasted copy job', () => {
    const session = example('key-policy-missing-destination.json');
    const path = copyPath(diagnose(session, pack), session);
    expect(path.accounts.source).toEqual({ id: 'source', accountId: '210987654321', region: 'eu-west-1' });
    expect(path.accounts.destination).toEqual({ id: 'destination', accountId: '345678901234', region: 'eu-central-1' });
    expect(path.accounts.management).toEqual({ id: 'management' });
    expect(path.nodes.sourceKey.value).toBe('0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58');
    expect(path.nodes.destinationVault.value).toBe('central-backup-vault');
    expect(path.nodes.organization.value).toBe('o-7h2kd9x3qa');
    expect(path.nodes.resource).toEqual({ id: 'resource', account: 'source', value: 'vol-07c3e9a1f5b24d860', detail: 'EBS' });
    expect(path.nodes.sourceVault.value).toBe('prod-ebs-vault');
    expect(path.nodes.copyRole.value).toBe('AWSBackupDefaultServiceRole');
    expect(path.nodes.serviceRole.value).toBe('AWSServiceRoleForBackup');
    expect(path.nodes.vaultKey.value).toBeUndefined();
  });

  it('names the management account from a pasted describe-organization output', () => {
    const session = example('cross-account-disabled.json');
    const path = copyPath(diagnose(session, pack), session);
    const org = session.pastes.sourceOrganization ?? session.pastes.destinationOrganization;
    const master = org ? /"MasterAccountId":\s*"(\d{12})"/.exec(org)?.[1] : undefined;
    expect(master).toBeDefined();
    expect(path.accounts.management.accountId).toBe(master);
    expect(arrowOf(path, 'cross-account-setting').map((a) => a.status)).toEqual(['fail']);
  });

  it('draws an arrow for a planned check only once the diagnosis carries it', () => {
    const session = example('vault-policy-missing.json');
    const diagnosis = diagnose(session, pack);
    const before = copyPath(diagnosis, session);
    for (const c of ['source-vault-policy', 'air-gapped-vault', 'allowed-images']) expect(arrowOf(before, c), c).toEqual([]);
    const later: Diagnosis = {
      ...diagnosis,
      checks: [
        ...diagnosis.checks,
        { id: 'source-vault-policy', status: 'fail', findings: [] } as unknown as CheckResult,
        { id: 'allowed-images', status: 'not-applicable', findings: [] } as unknown as CheckResult,
      ],
    };
    const after = copyPath(later, session);
    expect(arrowOf(after, 'source-vault-policy').map((a) => [a.from, a.to, a.status])).toEqual([['copyRole', 'sourceVault', 'fail']]);
    expect(arrowOf(after, 'allowed-images').map((a) => a.status)).toEqual(['not-applicable']);
    expect(arrowOf(after, 'air-gapped-vault')).toEqual([]);
  });

  it('works without a session and with an empty diagnosis, and never shows hostile or endless text as a label', () => {
    const empty: Diagnosis = { format: 'copy-doctor/diagnosis', version: 1, facts: {}, triage: [], checks: [] };
    const path = copyPath(empty);
    expect(path.arrows).toEqual([]);
    expect(path.accounts.source).toEqual({ id: 'source' });
    expect(Object.keys(path.nodes).sort()).toEqual([...PATH_NODE_IDS].sort());

    const long = 'v'.repeat(500);
    const d: Diagnosis = {
      ...empty,
      facts: { destinationVaultName: { value: `evil\nname\u0007${long}`, from: 'facts' } },
      checks: [{ id: 'destination-vault-policy', status: 'unknown' as Status, findings: [] }],
    };
    const hostile = copyPath(d, { pastes: { copyJob: '{"CopyJob": {"SourceBackupVaultArn": 42, "IamRoleArn": "arn:aws:iam::1:role/', sourceOrganization: '[[[' } });
    const v = hostile.nodes.destinationVault.value!;
    expect(v.includes('\n') || v.includes('\u0007')).toBe(false);
    expect(v.length).toBeLessThanOrEqual(64);
    expect(v.endsWith('…')).toBe(true);
    expect(hostile.nodes.sourceVault.value).toBeUndefined();
    expect(hostile.nodes.copyRole.value).toBeUndefined();
  });

  it('reads key and resource IDs from their ARNs', () => {
    expect(keyIdOf('arn:aws:kms:eu-west-1:210987654321:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58')).toBe('0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58');
    expect(keyIdOf('arn:aws:kms:eu-west-1:210987654321:key/mrk-1234abcd12ab34cd56ef1234567890ab')).toBe('mrk-1234abcd12ab34cd56ef1234567890ab');
    expect(keyIdOf('arn:aws:kms:eu-west-1:210987654321:alias/backup')).toBe('alias/backup');
    expect(keyIdOf('0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58')).toBe('0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58');
    expect(resourceIdOf('arn:aws:rds:eu-west-1:210987654321:db:prod-db')).toBe('prod-db');
    expect(resourceIdOf('arn:aws:elasticfilesystem:eu-west-1:210987654321:file-system/fs-0123456789abcdef0')).toBe('fs-0123456789abcdef0');
    expect(resourceIdOf('not an arn')).toBeUndefined();
  });
});
