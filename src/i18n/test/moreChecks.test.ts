import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en_checks from '../en/checks';

const en: Record<string, string> = en_checks;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();


// ---- every finding and fix the checks produce for a spread of sessions renders without a missing placeholder

import { checkCrossAccountSetting } from '../../engine/checks/crossAccountSetting';
import { checkEncryption } from '../../engine/checks/encryption';
import { checkIamRole } from '../../engine/checks/iamRole';
import { checkOrganization } from '../../engine/checks/organization';
import { checkResourceSupport } from '../../engine/checks/resourceSupport';
import { checkServiceControlPolicies } from '../../engine/checks/serviceControlPolicies';
import { checkTagPolicy } from '../../engine/checks/tagPolicy';
import { checkVaultLock } from '../../engine/checks/vaultLock';
import type { CheckInput } from '../../engine/checks/common';
import { resolveFacts } from '../../engine/facts';
import { validateKnowledge } from '../../engine/knowledge/schema';
import { triage } from '../../engine/triage/triage';
import type { CheckResult, Facts, Session } from '../../engine/types';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/knowledge/${name}`, import.meta.url), 'utf8'));
const validated = validateKnowledge({ errors: load('errors.json'), regions: load('regions.json'), resources: load('resources.json') });
if (!validated.ok) throw new Error(validated.problems.join('\n'));
const pack = validated.pack;
const CHECKS = [checkOrganization, checkCrossAccountSetting, checkResourceSupport, checkEncryption, checkTagPolicy, checkVaultLock, checkServiceControlPolicies, checkIamRole];

function run(facts: Facts, pastes: Session['pastes'], answers: Record<string, string> = {}): CheckResult[] {
  const session: Session = { format: 'copy-doctor/session', version: 1, facts, answers, pastes };
  const input: CheckInput = { session, facts: resolveFacts(session).facts, triage: triage(pastes.errorMessage ?? '', pack.errors).matches, knowledge: pack };
  return CHECKS.map((c) => c(input));
}

describe('rendering what the checks emit', () => {
  const accounts = { sourceAccountId: '210987654321', destinationAccountId: '345678901234' };
  const key = (m: string, s = 'Enabled') => `{"KeyMetadata": {"Arn": "arn:aws:kms:us-east-1:210987654321:key/1a2b3c4d-5e6f-4a8b-9c0d-112233445566", "KeyManager": "${m}", "KeyState": "${s}"}}`;
  const vault = (name: string, extra = '') => `{"BackupVaultName": "${name}", "BackupVaultArn": "arn:aws:backup:eu-west-1:345678901234:backup-vault:${name}", "EncryptionKeyArn": "arn:aws:kms:eu-west-1:345678901234:key/9f8e7d6c-5b4a-4321-8fed-cba987654321"${extra}}`;
  const messages = pack.errors.map((e) => e.example);
  const sessions: [Facts, Session['pastes'], Record<string, string>?][] = [
    ...messages.map((m): [Facts, Session['pastes']] => [{ ...accounts, resourceType: 'RDS', sourceRegion: 'us-west-2', destinationRegion: 'us-east-1' }, { errorMessage: m }]),
    ...messages.map((m): [Facts, Session['pastes']] => [{}, { errorMessage: m }]),
    [{ ...accounts, resourceType: 'EBS', sourceRegion: 'us-east-1', destinationRegion: 'cn-north-1' }, { sourceKeyMetadata: key('AWS', 'PendingDeletion'), destinationVault: vault('Default', ', "Locked": true, "MinRetentionDays": 7'), globalSettings: '{"GlobalSettings": {"isCrossAccountBackupEnabled": "maybe"}}', sourceOrganization: '{"Organization": {"Id": "o-a1b2c3d4e5", "FeatureSet": "CONSOLIDATED_BILLING"}}' }, { copyRetentionDays: '3', recoveryPointKind: 'continuous' }],
    [{ ...accounts, resourceType: 'DynamoDB', sourceRegion: 'af-south-1', destinationRegion: 'eu-west-1' }, { sourceKeyMetadata: key('AWS'), destinationVault: vault('v1', ', "EncryptionKeyType": "AWS_OWNED_KMS_KEY", "Locked": true, "MaxRetentionDays": 30'), resourceTags: '{"costcenter": "9"}', tagPolicy: '{"tags": {"costcenter": {"tag_key": "CostCenter", "tag_value": ["1"], "enforced_for": ["backup:*"]}}}', serviceControlPolicies: '{"Statement": [{"Effect": "Deny", "Action": "backup:*", "Resource": "*", "Condition": {"StringNotLike": {"backup:CopyTargets": "x"}}}]}' }, { copyRetentionDays: 'never', advancedFeatures: 'not-sure' }],
    [{ ...accounts, resourceType: 'Neptune', sourceRegion: 'eu-west-1', destinationRegion: 'il-central-1' }, { destinationKeyMetadata: key('CUSTOMER', 'Disabled'), sourceOrganization: 'An error occurred (AWSOrganizationsNotInUseException) when calling the DescribeOrganization operation', destinationOrganization: '{"Organization": {"Id": "o-zz9yy8xx7w"}}', globalSettings: 'An error occurred (AccessDeniedException) when calling the DescribeGlobalSettings operation' }, { organization: 'same', copyRetentionDays: 'soon' }],
    [{ ...accounts, resourceType: 'Quantum', sourceRegion: 'xx-east-9', destinationRegion: 'us-east-1' }, { resourceTags: JSON.stringify(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'v']))), tagPolicy: 'nope', serviceControlPolicies: '[{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}]' }, { recoveryPointKind: 'cold' }],
    [{ ...accounts, resourceType: 'FSx', sourceRegion: 'ap-southeast-2', destinationRegion: 'ap-southeast-6' }, { destinationVault: vault('v2', ', "Locked": false'), destinationKeyMetadata: key('CUSTOMER'), sourceKeyMetadata: key('CUSTOMER'), globalSettings: '{"GlobalSettings": {"isCrossAccountBackupEnabled": "true"}}' }, { crossAccountSetting: 'disabled', organization: 'different' }],
    [{ ...accounts, resourceType: 'CloudFormation', sourceRegion: 'us-gov-west-1', destinationRegion: 'us-gov-east-1' }, { destinationVault: vault('v3'), tagPolicy: '{"tags": {"a": {"enforced_for": ["ec2:volume"]}}}' }, {}],
  ];
  const results = sessions.flatMap(([f, p, a]) => run(f, p, a));

  it('produces many distinct codes', () => {
    const seen = new Set(results.flatMap((r) => r.findings.map((f) => f.code)));
    expect(seen.size).toBeGreaterThan(60);
  });

  it('has every placeholder of every message filled by the params', () => {
    for (const r of results) {
      for (const f of r.findings) {
        const template = en[`finding.${f.code}`];
        expect(template, f.code).toBeDefined();
        for (const p of placeholders(template ?? '')) expect(f.params ?? {}, `${f.code}.{${p}}`).toHaveProperty(p as string);
      }
      if (r.fix?.summaryCode) {
        const template = en[`fix.${r.fix.summaryCode}`];
        expect(template, r.fix.summaryCode).toBeDefined();
        for (const p of placeholders(template ?? '')) expect(r.fix.summaryParams ?? {}, `${r.fix.summaryCode}.{${p}}`).toHaveProperty(p as string);
      }
    }
  });

  it('never writes a placeholder into a command', () => {
    for (const r of results) for (const c of r.fix?.commands ?? []) expect(c, c).not.toMatch(/<[^>]+>|\b(ACCOUNT_ID|KEY_ARN|ROLE_NAME|NAME|ARN|ID)\b|undefined|\?/);
  });
});

import fc from 'fast-check';
import { PASTE_KEYS } from '../../engine/types';

describe('the new checks never throw', () => {
  it('on arbitrary pastes, facts and answers', () => {
    const text = fc.oneof(fc.string(), fc.json(), fc.constantFrom('{"Organization": 1}', '{"KeyMetadata": null}', '{"tags": {"a": {"tag_value": {"@@assign": 5}}}}', '[{"Statement": "x"}]', '{"Tags": [1]}', '{"GlobalSettings": []}', '{"Locked": true, "MinRetentionDays": "x"}'));
    const pastes = fc.record(Object.fromEntries(PASTE_KEYS.map((k) => [k, text])) as Record<(typeof PASTE_KEYS)[number], fc.Arbitrary<string>>, { requiredKeys: [] });
    const facts = fc.record(
      { sourceAccountId: fc.constantFrom('210987654321', '345678901234', 'x'), destinationAccountId: fc.constantFrom('210987654321', '345678901234'), sourceRegion: fc.constantFrom('us-east-1', 'cn-north-1', 'zz'), destinationRegion: fc.constantFrom('eu-west-1', 'af-south-1'), resourceType: fc.constantFrom('EBS', 'RDS', 'DynamoDB', 'S3', '??') },
      { requiredKeys: [] },
    );
    const answers = fc.dictionary(fc.constantFrom('organization', 'crossAccountSetting', 'advancedFeatures', 'recoveryPointKind', 'copyRetentionDays', 'destinationCustomerKeyArn'), fc.string());
    fc.assert(
      fc.property(facts, pastes, answers, (f, p, a) => {
        for (const r of run(f as Facts, p, a)) expect(['pass', 'fail', 'warn', 'unknown', 'not-applicable']).toContain(r.status);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
