import { describe, expect, it } from 'vitest';
import { t } from '../../i18n';
import { diagnose } from '../diagnose';
import { resolveFacts } from '../facts';
import type { Session } from '../types';
import { BUNDLE_MAX_CHARS, NOTE_CODES, mergeBundles, parseBundleText, readBundle, renderBundleError, renderNote, type Bundle, type BundleCall } from './bundle';

const SRC = '210987654321';
const DEST = '345678901234';
const MGMT = '456789012345';
const ORG = 'o-7h2kd9x3qa';
const KEY = `arn:aws:kms:eu-west-1:${SRC}:key/0b7f3c52-9a1e-4d8b-b3a4-6f2e9c1d7a58`;
const EMPTY: Session = { format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {} };

const call = (id: string, output: unknown, params: Record<string, string> = {}): BundleCall => ({ id, params, command: `aws ${id}`, ok: true, output });
const failed = (id: string, code: string, message: string, params: Record<string, string> = {}): BundleCall => ({ id, params, command: `aws ${id}`, ok: false, exitCode: 254, error: { code, message } });
const bundle = (role: Bundle['role'], accountId: string, region: string, calls: BundleCall[]): Bundle => ({ format: 'copy-doctor/bundle', version: 1, role, accountId, expectedAccountId: '', region, calls });
const organization = { Organization: { Id: ORG, Arn: `arn:aws:organizations::${MGMT}:organization/${ORG}`, FeatureSet: 'ALL', MasterAccountId: MGMT } };
const keyPolicy = { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SRC}:root` }, Action: 'kms:*', Resource: '*' }] };

describe('readBundle', () => {
  const good = bundle('source', SRC, 'eu-west-1', [call('caller-identity', { Account: SRC })]);

  it('takes a bundle, ignores unknown fields, and fills what may be left out', () => {
    const read = readBundle({ ...good, extra: 1, calls: [{ id: 'caller-identity', command: 'aws sts get-caller-identity', ok: true, output: { Account: SRC }, later: true }, { id: 'x', ok: false, error: { code: 'AccessDenied' } }] });
    expect(read).toEqual({
      ok: true,
      bundle: { ...good, calls: [call('caller-identity', { Account: SRC }), { id: 'x', params: {}, command: '', ok: false, error: { code: 'AccessDenied', message: '' } }].map((c, i) => (i === 0 ? { ...c, command: 'aws sts get-caller-identity' } : c)) },
    });
  });

  it('refuses what is not a bundle, with a code and what it found', () => {
    expect(readBundle([1])).toEqual({ ok: false, code: 'BUNDLE_NOT_OBJECT', params: { found: 'a list' } });
    expect(readBundle({ ...good, format: 'copy-doctor/session' })).toEqual({ ok: false, code: 'BUNDLE_FORMAT', params: { found: '"copy-doctor/session"' } });
    expect(readBundle({ ...good, version: 2 })).toEqual({ ok: false, code: 'BUNDLE_VERSION', params: { found: '2', version: 1 } });
    expect(readBundle({ ...good, role: 'auditor' })).toMatchObject({ ok: false, code: 'BUNDLE_FIELD', params: { field: 'role' } });
    expect(readBundle({ ...good, accountId: 210987654321 })).toMatchObject({ ok: false, code: 'BUNDLE_FIELD', params: { field: 'accountId', found: '210987654321' } });
    expect(readBundle({ ...good, calls: {} })).toMatchObject({ ok: false, code: 'BUNDLE_FIELD', params: { field: 'calls' } });
    expect(readBundle({ ...good, calls: [{ id: 'a', ok: 'yes' }] })).toMatchObject({ ok: false, code: 'BUNDLE_FIELD', params: { field: 'calls.0.ok' } });
    expect(readBundle({ ...good, calls: [{ id: 'a', ok: true, params: { n: 1 } }] })).toMatchObject({ ok: false, code: 'BUNDLE_FIELD', params: { field: 'calls.0.params.n' } });
    expect(parseBundleText('{"format": "copy-doctor/bundle",')).toMatchObject({ ok: false, code: 'BUNDLE_NOT_JSON' });
    expect(parseBundleText(' '.repeat(BUNDLE_MAX_CHARS + 1))).toMatchObject({ ok: false, code: 'BUNDLE_TOO_LARGE' });
    expect(parseBundleText(`\uFEFF${JSON.stringify(good)}`).ok).toBe(true);
  });

  it('says why in both languages', () => {
    const read = readBundle({ ...good, version: 7 });
    if (read.ok) throw new Error('read');
    expect(renderBundleError(read, (k, p) => t('en', k, p))).toBe('This bundle has version 7; this Copy Doctor reads version 1. Run the gather script again from this Copy Doctor.');
    expect(renderBundleError(read, (k, p) => t('zh-TW', k, p))).toContain('此資料包的版本是 7');
  });
});

describe('mergeBundles', () => {
  const source = bundle('source', SRC, 'eu-west-1', [
    call('caller-identity', { Account: SRC }),
    call('copy-job', { CopyJob: { CopyJobId: 'j1', State: 'FAILED', StatusMessage: 'Given key ID is not accessible', SourceBackupVaultArn: `arn:aws:backup:eu-west-1:${SRC}:backup-vault:prod`, DestinationBackupVaultArn: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central`, ResourceType: 'EBS' } }),
    call('source-key', { KeyMetadata: { Arn: KEY, KeyManager: 'CUSTOMER', KeyState: 'Enabled' } }),
    call('source-key-policy', { Policy: JSON.stringify(keyPolicy), PolicyName: 'default' }),
    failed('source-vault-policy', 'ResourceNotFoundException', `Backup Vault arn:aws:backup:eu-west-1:${SRC}:backup-vault:prod has no associated POLICY`),
    call('organization', organization),
    failed('copy-role', 'AccessDenied', 'not authorized to perform: iam:GetRole'),
  ]);
  const destination = bundle('destination', DEST, 'eu-central-1', [
    call('caller-identity', { Account: DEST }),
    call('destination-vault', { BackupVaultName: 'central', BackupVaultArn: `arn:aws:backup:eu-central-1:${DEST}:backup-vault:central`, EncryptionKeyArn: `arn:aws:kms:eu-central-1:${DEST}:key/6d2e8b41-3f7a-4c95-a0d3-9b1c5e7f2a64` }),
    failed('destination-vault-policy', 'ResourceNotFoundException', `Backup Vault arn:aws:backup:eu-central-1:${DEST}:backup-vault:central has no associated POLICY`),
    failed('service-linked-role', 'NoSuchEntity', 'The role with name AWSServiceRoleForBackup cannot be found.'),
  ]);
  const scp = (id: string, content: unknown, type = 'SERVICE_CONTROL_POLICY') => call('policy', { Policy: { PolicySummary: { Id: id, Name: id, Type: type }, Content: JSON.stringify(content) } }, { policyId: id });
  const listing = (target: string, filter: string, ids: string[]) => call('policies-for-target', { Policies: ids.map((Id) => ({ Id, Name: Id })) }, { targetId: target, filter });
  const management = bundle('management', MGMT, 'eu-west-1', [
    call('caller-identity', { Account: MGMT }),
    call('organization', organization),
    call('global-settings', { GlobalSettings: { isCrossAccountBackupEnabled: 'true' } }),
    call('parents', { Parents: [{ Id: 'ou-7h2k-w4c8n1qz', Type: 'ORGANIZATIONAL_UNIT' }] }, { childId: SRC }),
    call('parents', { Parents: [{ Id: 'r-7h2k', Type: 'ROOT' }] }, { childId: 'ou-7h2k-w4c8n1qz' }),
    call('parents', { Parents: [{ Id: 'r-7h2k', Type: 'ROOT' }] }, { childId: DEST }),
    listing(SRC, 'SERVICE_CONTROL_POLICY', ['p-FullAWSAccess']),
    listing('ou-7h2k-w4c8n1qz', 'SERVICE_CONTROL_POLICY', ['p-FullAWSAccess', 'p-denycopy']),
    listing('r-7h2k', 'SERVICE_CONTROL_POLICY', ['p-FullAWSAccess']),
    listing(DEST, 'SERVICE_CONTROL_POLICY', ['p-FullAWSAccess', 'p-destonly']),
    listing(SRC, 'RESOURCE_CONTROL_POLICY', []),
    listing('ou-7h2k-w4c8n1qz', 'RESOURCE_CONTROL_POLICY', []),
    failed('policies-for-target', 'AccessDeniedException', 'no', { targetId: 'r-7h2k', filter: 'RESOURCE_CONTROL_POLICY' }),
    scp('p-FullAWSAccess', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
    scp('p-denycopy', { Version: '2012-10-17', Statement: [{ Sid: 'NoCopies', Effect: 'Deny', Action: 'backup:CopyIntoBackupVault', Resource: '*' }] }),
    scp('p-destonly', { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] }),
    failed('effective-tag-policy', 'EffectivePolicyNotFoundException', 'none', { targetId: SRC }),
  ]);

  it('files each output where it belongs and takes the accounts and Regions as facts', () => {
    const m = mergeBundles(EMPTY, [management, destination, source]);
    expect(m.merged).toEqual(['source', 'destination', 'management']);
    const p = m.session.pastes;
    expect(p.sourceKeyPolicy).toBe(JSON.stringify(keyPolicy));
    expect(JSON.parse(p.sourceKeyMetadata ?? '')).toEqual({ KeyMetadata: { Arn: KEY, KeyManager: 'CUSTOMER', KeyState: 'Enabled' } });
    expect(JSON.parse(p.copyJob ?? '').CopyJob.CopyJobId).toBe('j1');
    expect(JSON.parse(p.sourceOrganization ?? '')).toEqual(organization);
    expect(JSON.parse(p.globalSettings ?? '')).toEqual({ GlobalSettings: { isCrossAccountBackupEnabled: 'true' } });
    // SCPs: those attached to the source account and the OUs above it, once each; not the destination's own.
    const scps = JSON.parse(p.serviceControlPolicies ?? '') as { Policy: { PolicySummary: { Id: string } } }[];
    expect(scps.map((s) => s.Policy.PolicySummary.Id)).toEqual(['p-FullAWSAccess', 'p-denycopy']);
    expect(p.resourceControlPolicies).toBeUndefined();
    expect(m.notes).toContainEqual(expect.objectContaining({ code: 'GATHER_POLICIES_INCOMPLETE', input: 'resourceControlPolicies', params: { input: 'resourceControlPolicies', targets: 'r-7h2k' } }));
    expect(JSON.parse(p.tagPolicy ?? '').EffectivePolicy.PolicyContent).toBe('{"tags":{}}');
    const facts = resolveFacts(m.session).facts;
    expect([facts.sourceAccountId?.value, facts.sourceRegion?.value, facts.destinationAccountId?.value, facts.destinationRegion?.value, facts.organizationId?.value]).toEqual([SRC, 'eu-west-1', DEST, 'eu-central-1', ORG]);
    // Without a copy job, the bundle itself says which account and Region it comes from.
    expect(mergeBundles(EMPTY, [bundle('source', SRC, 'eu-west-1', [call('caller-identity', { Account: SRC })])]).session.facts).toEqual({ sourceAccountId: SRC, sourceRegion: 'eu-west-1' });
    expect(m.notes).toContainEqual(expect.objectContaining({ code: 'GATHER_SERVICE_LINKED_ROLE_MISSING', role: 'destination', params: { account: DEST } }));
  });

  it('a vault without a policy reads as one: the vault policy check fails with VAULT_POLICY_MISSING', () => {
    const m = mergeBundles(EMPTY, [source, destination, management]);
    expect(m.session.pastes.destinationVaultPolicy).toMatch(/^An error occurred \(ResourceNotFoundException\) when calling the GetBackupVaultAccessPolicy operation: Backup Vault arn:aws:backup:eu-central-1:345678901234:backup-vault:central has no associated POLICY$/);
    const d = diagnose(m.session, undefined);
    const vault = d.checks.find((c) => c.id === 'destination-vault-policy');
    expect(vault?.status).toBe('fail');
    expect(vault?.findings.map((f) => f.code)).toContain('VAULT_POLICY_MISSING');
    // The SCP that denies the copy, attached to the source's OU, is found.
    expect(d.checks.find((c) => c.id === 'service-control-policies')?.status).toBe('fail');
    expect(d.checks.find((c) => c.id === 'source-key-policy')?.status).toBe('fail');
  });

  it('a denied call is a note naming the input it leaves missing', () => {
    const m = mergeBundles(EMPTY, [source]);
    const note = m.notes.find((n) => n.code === 'GATHER_CALL_DENIED');
    expect(note).toEqual({ code: 'GATHER_CALL_DENIED', severity: 'warning', role: 'source', input: 'copyRolePolicies', params: { call: 'copy-role', command: 'aws copy-role', error: 'AccessDenied', message: 'not authorized to perform: iam:GetRole', input: 'copyRolePolicies' } });
    expect(m.session.pastes.copyRolePolicies).toBeUndefined();
    expect(renderNote(note!, (k, p) => t('en', k, p))).toBe('The script was not allowed to run aws copy-role (AccessDenied: not authorized to perform: iam:GetRole). What it would have read is still missing; run it with a role that may read it, or paste the output yourself.');
    const keyDenied = mergeBundles(EMPTY, [bundle('source', SRC, 'eu-west-1', [failed('source-key-policy', 'AccessDeniedException', 'User x is not authorized to perform: kms:GetKeyPolicy')])]);
    expect(keyDenied.notes).toContainEqual(expect.objectContaining({ code: 'GATHER_CALL_DENIED', input: 'sourceKeyPolicy' }));
    expect(keyDenied.session.pastes.sourceKeyPolicy).toBeUndefined();
  });

  it('refuses a bundle from the wrong account for its role, with a note; the others are still used', () => {
    const session: Session = { ...EMPTY, facts: { destinationAccountId: '999988887777' } };
    const m = mergeBundles(session, [source, destination]);
    expect(m.merged).toEqual(['source']);
    expect(m.notes).toContainEqual({ code: 'BUNDLE_WRONG_ACCOUNT', severity: 'error', role: 'destination', params: { role: 'destination', account: DEST, expected: '999988887777' } });
    expect(m.session.pastes.destinationVault).toBeUndefined();
    // The account the source's copy job names counts too.
    const wrongDest = bundle('destination', '111111111112', 'eu-central-1', destination.calls);
    expect(mergeBundles(EMPTY, [source, wrongDest]).notes).toContainEqual(expect.objectContaining({ code: 'BUNDLE_WRONG_ACCOUNT', params: { role: 'destination', account: '111111111112', expected: DEST } }));
    // The management bundle is checked against the organization's management account.
    const wrongMgmt = bundle('management', '222233334444', 'eu-west-1', management.calls);
    expect(mergeBundles(EMPTY, [source, wrongMgmt]).merged).toEqual(['source']);
    expect(renderNote(m.notes.find((n) => n.code === 'BUNDLE_WRONG_ACCOUNT')!, (k, p) => t('zh-TW', k, p))).toBe('目的地資料包來自帳戶 345678901234，但目的地帳戶是 999988887777：未採用此資料包。請登入帳戶 999988887777 後再執行目的地指令碼。');
  });

  it('an explicit fact wins; a disagreement is a note; a newer paste replaces the old one and says so', () => {
    const session: Session = { ...EMPTY, facts: { sourceRegion: 'eu-west-2' }, pastes: { sourceKeyPolicy: '{"Version": "2012-10-17", "Statement": []}' } };
    const m = mergeBundles(session, [source]);
    expect(m.session.facts.sourceRegion).toBe('eu-west-2');
    expect(m.notes).toContainEqual({ code: 'GATHER_FACT_CONFLICT', severity: 'warning', role: 'source', params: { fact: 'sourceRegion', given: 'eu-west-2', gathered: 'eu-west-1' } });
    expect(m.notes).toContainEqual(expect.objectContaining({ code: 'GATHER_PASTE_REPLACED', input: 'sourceKeyPolicy' }));
    expect(m.session.pastes.sourceKeyPolicy).toBe(JSON.stringify(keyPolicy));
    expect(mergeBundles(EMPTY, [source, source]).notes).toContainEqual(expect.objectContaining({ code: 'BUNDLE_DUPLICATE_ROLE' }));
    expect(mergeBundles(EMPTY, [bundle('source', '', 'eu-west-1', [])]).notes).toContainEqual(expect.objectContaining({ code: 'BUNDLE_ACCOUNT_UNVERIFIED' }));
  });

  it('every note renders in both languages with its placeholders filled', () => {
    const m = mergeBundles({ ...EMPTY, facts: { sourceRegion: 'eu-west-2' }, pastes: { copyJob: '{}' } }, [source, destination, management, source, bundle('destination', '', 'x', [])]);
    const empty = mergeBundles(EMPTY, [bundle('source', SRC, 'eu-west-1', [call('failed-copy-jobs', { CopyJobs: [] })])]);
    const noSource = mergeBundles(EMPTY, [bundle('management', '222233334444', 'eu-west-1', [call('organization', organization)])]);
    const others = [
      ...mergeBundles(EMPTY, [bundle('source', '', 'eu-west-1', [failed('region-settings', 'CliError', 'Could not connect to the endpoint URL')])]).notes,
      ...mergeBundles({ ...EMPTY, facts: { destinationAccountId: '999988887777' } }, [destination]).notes,
    ];
    const codes = new Set<string>();
    for (const n of [...m.notes, ...empty.notes, ...noSource.notes, ...others]) {
      codes.add(n.code);
      for (const lang of ['en', 'zh-TW'] as const) {
        const text = renderNote(n, (k, p) => t(lang, k, p));
        expect(text, `${lang} ${n.code}`).not.toMatch(/\{\w+\}|^gather\.note\.|paste\.\w+\.short/);
      }
    }
    expect([...codes].sort()).toEqual([...NOTE_CODES].sort());
    expect([...codes].sort()).toEqual(
      ['BUNDLE_ACCOUNT_UNVERIFIED', 'BUNDLE_DUPLICATE_ROLE', 'BUNDLE_WRONG_ACCOUNT', 'GATHER_NOT_MANAGEMENT_ACCOUNT', 'GATHER_ANSWERED_BY_ERROR', 'GATHER_CALL_DENIED', 'GATHER_CALL_FAILED', 'GATHER_FACT_CONFLICT', 'GATHER_NO_FAILED_COPY_JOBS', 'GATHER_NO_TAG_POLICY', 'GATHER_PASTE_REPLACED', 'GATHER_POLICIES_INCOMPLETE', 'GATHER_SERVICE_LINKED_ROLE_MISSING', 'GATHER_SOURCE_ACCOUNT_UNKNOWN'].sort(),
    );
  });
});
