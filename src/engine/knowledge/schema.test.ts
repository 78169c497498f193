import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../types';
import { findRegion, findResource, MESSAGE_CATEGORIES, validateKnowledge } from './schema';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/knowledge/${name}`, import.meta.url), 'utf8'));
const files = () => ({ errors: load('errors.json'), regions: load('regions.json'), resources: load('resources.json') });
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the knowledge pack on disk', () => {
  const result = validateKnowledge(files());

  it('validates', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has the error entries the product relies on', () => {
    if (!result.ok) throw new Error('invalid pack');
    const ids = result.pack.errors.map((e) => e.id);
    for (const id of [
      'organization-mismatch', 'vault-policy-access-denied', 'cross-account-disabled', 'feature-not-supported', 'vault-default-key',
      'aws-managed-key-snapshot', 'ebs-default-key', 'kms-key-not-accessible', 'kms-describe-key-default', 'kms-disabled-or-denied',
      'kms-key-not-exist', 'source-snapshot-kms-key', 'retention-out-of-range', 'tag-copy-internal-failure', 'tag-policy-value',
      'marketplace-ami', 'source-ami-not-found', 'storage-gateway-default-vault', 'unshare-failed', 'role-cannot-be-assumed',
      'role-insufficient-permissions', 'not-authorized-passrole', 'too-many-tags', 'concurrent-copy', 'concurrent-backup',
      'option-group-missing', 'put-key-policy-invalid-principal', 'fatal-error', 'internal-error', 'token-expired',
    ]) {
      expect(ids).toContain(id);
    }
    for (const e of result.pack.errors) expect(e.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('maps every console category to checks', () => {
    if (!result.ok) throw new Error('invalid pack');
    expect(result.pack.categories.map((c) => c.id).sort()).toEqual([...MESSAGE_CATEGORIES].sort());
  });

  it('lists current Regions in all three partitions with the opt-in flag', () => {
    if (!result.ok) throw new Error('invalid pack');
    const { regions } = result.pack;
    for (const code of ['us-east-1', 'mx-central-1', 'ap-southeast-5', 'ap-southeast-7', 'ap-east-2', 'ap-southeast-6', 'ca-west-1', 'il-central-1']) {
      expect(findRegion(regions, code)?.partition).toBe('aws');
    }
    expect(findRegion(regions, 'cn-northwest-1')?.partition).toBe('aws-cn');
    expect(findRegion(regions, 'us-gov-west-1')?.partition).toBe('aws-us-gov');
    expect(findRegion(regions, 'me-south-1')?.optIn).toBe(true);
    expect(findRegion(regions, 'eu-west-1')?.optIn).toBe(false);
    expect(regions.filter((r) => r.optIn)).toHaveLength(17);
  });

  it('holds the resource matrix with its exceptions, conflicts and history', () => {
    if (!result.ok) throw new Error('invalid pack');
    const { resources, files: f } = result.pack;
    for (const type of ['EBS', 'EC2', 'RDS', 'Aurora', 'DocumentDB', 'Neptune', 'DynamoDB', 'EFS', 'FSx', 'S3', 'Storage Gateway', 'VirtualMachine', 'Timestream', 'Redshift', 'CloudFormation', 'SAP HANA on Amazon EC2', 'EKS']) {
      expect(findResource(resources, type)?.resourceType).toBe(type);
    }
    expect(findResource(resources, 'dynamodb')?.crossAccount).toBe('advanced-features');
    expect(findResource(resources, 'Neptune')?.noCrossAccountInOptIn).toBe(true);
    expect(findResource(resources, 'FSx')?.noCrossRegionIn).toEqual(['me-south-1', 'me-central-1']);
    expect(findResource(resources, 'S3')?.noCrossAccountInPartitions).toEqual(['aws-cn']);
    expect(findResource(resources, 'CloudFormation')?.crossAccount).toBe('no');
    expect(findResource(resources, 'CloudFormation')?.conflicts?.length).toBeGreaterThan(0);
    expect(findResource(resources, 'storagegateway')?.resourceType).toBe('Storage Gateway');
    expect(f.resources.history[0]?.resourceTypes).toEqual(['RDS', 'Aurora', 'DocumentDB', 'Neptune']);
    expect(f.resources.source).toMatch(/backup-feature-availability/);
  });
});

describe('the 2026 rows of the feature table', () => {
  const result = validateKnowledge(files());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const { resources, partitions, regions, files: f } = result.pack;
  const history = (id: string) => f.resources.history.find((h) => h.id === id);

  it('dates each changed row, with its source and checked-on date', () => {
    const ontap = findResource(resources, 'FSx')?.subtypes?.find((s) => s.name === 'FSx for NetApp ONTAP');
    expect(ontap).toMatchObject({ since: '2026-08-27', noCrossRegionIn: ['ap-southeast-6'], noCrossAccountIn: ['ap-southeast-6'], noCrossRegionInPartitions: ['aws-cn'], noCrossAccountInPartitions: ['aws-cn'] });
    expect(ontap?.sources?.length).toBeGreaterThan(0);
    expect(ontap?.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(history('fsx-ontap-copy')).toMatchObject({ changed: '2026-08-27', resourceTypes: ['FSx'] });
    expect(history('documentdb-opt-in-regions')).toMatchObject({ changed: '2026-08-26', resourceTypes: ['DocumentDB'] });
    expect(findResource(resources, 'DocumentDB')?.noCrossAccountInOptIn).toBeUndefined();
    for (const t of ['Neptune', 'Timestream']) expect(findResource(resources, t)?.noCrossAccountInOptIn).toBe(true);
    expect(findResource(resources, 'RDS')?.subtypes?.map((s) => s.name)).toEqual(['Amazon RDS DB instance (single-AZ and Multi-AZ)', 'Amazon RDS cluster (Multi-AZ DB cluster)']);
    expect(findResource(resources, 'EKS')).toMatchObject({ crossRegion: 'yes', crossAccount: 'yes', fullyManaged: 'yes' });
    expect(findResource(resources, 'Aurora DSQL')).toMatchObject({ crossRegion: 'yes', crossAccount: 'yes', fullyManaged: 'yes' });
    for (const h of f.resources.history) expect(h.checkedOn, h.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const p of partitions) expect(p.sources.length, p.id).toBeGreaterThan(0);
  });

  it('has the partition rows: China cross-account since 2026-08-27, the European Sovereign Cloud without copy', () => {
    expect(partitions.find((p) => p.id === 'aws-cn')).toMatchObject({ crossRegion: 'yes', crossAccount: 'yes', since: '2026-08-27' });
    expect(partitions.find((p) => p.id === 'aws-eusc')).toMatchObject({ crossRegion: 'no', crossAccount: 'no', since: '2026-01-15' });
    expect(findRegion(regions, 'eusc-de-east-1')?.partition).toBe('aws-eusc');
  });

  it('keeps both claims of the ONTAP conflict, each with its source', () => {
    const claims = findResource(resources, 'FSx')?.conflicts?.[0]?.claims ?? [];
    expect(claims.map((c) => c.says)).toEqual([
      expect.stringContaining('is not supported in Asia Pacific (New Zealand), China (Beijing), and China (Ningxia)'),
      expect.stringContaining('Cross-Region copy and Cross-account copy of FSx for ONTAP is not supported.'),
      expect.stringContaining('not yet available for Amazon FSx for NetApp ONTAP'),
    ]);
    for (const c of claims) expect(c.source.trim()).not.toBe('');
  });

  it('rejects an unknown partition in a row or an exception, and a duplicate partition row', () => {
    const bad = files() as { errors: Json; regions: Json; resources: Json };
    bad.regions.partitions[0].crossAccount = 'advanced-features';
    bad.resources.resources[2].noCrossAccountInPartitions = ['aws-moon'];
    const r = validateKnowledge(bad);
    expect(r.ok ? [] : r.problems).toEqual(
      expect.arrayContaining([
        'regions.json: partitions[0].crossAccount: expected "yes" or "no", got "advanced-features"',
        expect.stringMatching(/^resources\.json: resources\[2\]\.noCrossAccountInPartitions\[0\]: unknown partition "aws-moon"/),
      ]),
    );
    const stale = files() as { errors: Json; regions: Json; resources: Json };
    stale.resources.history[0].explains = ['feature-not-supported', 'no-such-error'];
    const r3 = validateKnowledge(stale);
    expect(r3.ok ? [] : r3.problems).toEqual(['resources.json: history[0].explains[1]: no error entry "no-such-error" in errors.json']);
    const twice = files() as { errors: Json; regions: Json; resources: Json };
    twice.regions.partitions.push({ ...twice.regions.partitions[0] });
    const r2 = validateKnowledge(twice);
    expect(r2.ok ? [] : r2.problems).toEqual(['regions.json: partitions[2].id: duplicate partition "aws-cn" (also partitions[0])']);
  });
});

describe('a damaged pack', () => {
  it('names the file and the JSON path of each problem', () => {
    const f = files() as { errors: Json; regions: Json; resources: Json };
    f.errors.entries[3].patterns[0] = 'copy job (from';
    f.errors.entries[1].checks.push('kms-policy');
    f.errors.entries[2].id = f.errors.entries[0].id;
    f.errors.entries[4].checkedOn = '29/11/2026';
    delete f.errors.entries[5].example;
    f.regions.regions[0].partition = 'aws-eu';
    f.resources.resources[9].noCrossRegionIn = ['me-south-9'];
    f.resources.resources[0].crossAccount = 'maybe';
    const result = validateKnowledge(f);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'errors.json: entries[3].patterns[0]: not a valid regular expression',
        expect.stringMatching(/^errors\.json: entries\[1\]\.checks\[\d\]: unknown check id "kms-policy"/),
        'errors.json: entries[4].checkedOn: not a date in YYYY-MM-DD form: "29/11/2026"',
        'errors.json: entries[5].example: missing',
        expect.stringMatching(/^regions\.json: regions\[0\]\.partition: unknown partition "aws-eu"/),
        'resources.json: resources[0].crossAccount: expected "yes", "no" or "advanced-features", got "maybe"',
      ]),
    );
  });

  it('reports duplicate ids, unknown Regions and examples no pattern matches once the structure is right', () => {
    const f = files() as { errors: Json; regions: Json; resources: Json };
    f.errors.entries[2].id = f.errors.entries[0].id;
    f.errors.entries[6].example = 'Something else entirely';
    f.errors.entries[7].category = 'NOT_A_CATEGORY';
    f.resources.resources[9].noCrossRegionIn = ['me-south-9'];
    const result = validateKnowledge(f);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        `errors.json: entries[2].id: duplicate id "${f.errors.entries[0].id}" (also entries[0])`,
        'errors.json: entries[6].example: not matched by any of the entry\'s patterns',
        expect.stringMatching(/^errors\.json: entries\[7\]\.category: unknown category "NOT_A_CATEGORY"/),
        'resources.json: resources[9].noCrossRegionIn[0]: Region "me-south-9" is not in regions.json',
      ]),
    );
  });

  it('accepts only known places to look at, once each, and never an empty list', () => {
    const f = files() as { errors: Json; regions: Json; resources: Json };
    f.errors.entries[0].lookAt = ['allowed-amis', 'the-logs'];
    f.errors.entries[1].lookAt = [];
    const result = validateKnowledge(f);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^errors\.json: entries\[0\]\.lookAt\[1\]: unknown lookAt "the-logs" \(known: allowed-amis, /),
        'errors.json: entries[1].lookAt: lookAt is empty',
      ]),
    );
    const twice = files() as { errors: Json; regions: Json; resources: Json };
    twice.errors.entries[2].lookAt = ['db-windows', 'db-windows'];
    const again = validateKnowledge(twice);
    expect(again.ok ? [] : again.problems).toEqual(['errors.json: entries[2].lookAt[1]: db-windows is listed twice']);
  });

  it('accepts a conflict whose words are plain strings (an older pack) and shows them in every language', () => {
    const f = files() as { errors: Json; regions: Json; resources: Json };
    const at = (f.resources.resources as Json[]).findIndex((r) => r.conflicts?.length);
    const conflict = f.resources.resources[at].conflicts[0];
    conflict.about = '  Amazon RDS cluster  ';
    conflict.treatedAs = 'No copy.';
    const result = validateKnowledge(f);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const parsed = result.pack.resources[at]!.conflicts![0]!;
    expect(parsed.about).toEqual({ en: 'Amazon RDS cluster' });
    expect(parsed.treatedAs).toEqual({ en: 'No copy.' });
  });

  it('refuses conflict words that are empty or not text; English alone is enough (it stands in for a missing language)', () => {
    const f = files() as { errors: Json; regions: Json; resources: Json };
    const at = (f.resources.resources as Json[]).findIndex((r) => r.conflicts?.length);
    const conflict = f.resources.resources[at].conflicts[0];
    conflict.about = '   ';
    conflict.treatedAs = 42;
    const result = validateKnowledge(f);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const words = 'expected { "en": ..., "zh-TW": ... } or a string';
    expect(result.problems).toEqual(
      expect.arrayContaining([`resources.json: resources[${at}].conflicts[0].about: ${words}`, `resources.json: resources[${at}].conflicts[0].treatedAs: ${words}`]),
    );
    const half = files() as { errors: Json; regions: Json; resources: Json };
    half.resources.resources[at].conflicts[0].about = { en: 'Amazon RDS cluster' };
    const again = validateKnowledge(half);
    expect(again.ok ? [] : again.problems).toEqual([]);
    half.resources.resources[at].conflicts[0].about = { 'zh-TW': 'Amazon RDS 叢集' };
    const noEnglish = validateKnowledge(half);
    expect(noEnglish.ok ? [] : noEnglish.problems).toEqual([`resources.json: resources[${at}].conflicts[0].about: ${words}`]);
  });

  it('rejects files that are not objects or have another format', () => {
    const result = validateKnowledge({ errors: [], regions: { ...(load('regions.json') as Json), format: 'x' }, resources: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContain('errors.json: (top level): expected a JSON object, got a list');
    expect(result.problems).toContain('regions.json: format: expected "copy-doctor/knowledge-regions", got "x"');
    expect(result.problems).toContain('resources.json: (top level): expected a JSON object, got null');
  });

  it('never lets a check id outside the contract through', () => {
    const f = files() as { errors: Json; regions: Json; resources: Json };
    const result = validateKnowledge(f);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    for (const e of result.pack.errors) for (const c of e.checks) expect(CHECK_IDS).toContain(c);
  });
});
