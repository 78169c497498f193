import { describe, expect, it } from 'vitest';
import { enforcedForRecoveryPoints, readResourceTags, readTagPolicy, valueAllowed } from './tags';

const withOperators = `{
  "tags": {
    "costcenter": {
      "tag_key": { "@@assign": "CostCenter" },
      "tag_value": { "@@assign": ["100", "200", "300*"] },
      "enforced_for": { "@@assign": ["backup:recovery-point", "ec2:volume"] }
    },
    "environment": {
      "tag_key": { "@@assign": "Environment" },
      "tag_value": { "@@assign": ["Prod", "Dev"], "@@append": ["Test"], "@@remove": ["Dev"] }
    }
  }
}`;

describe('readTagPolicy', () => {
  it('reads a policy with operators, applying @@append and @@remove', () => {
    const p = readTagPolicy(withOperators);
    expect(p?.withOperators).toBe(true);
    expect(p?.rules).toEqual([
      { policyKey: 'costcenter', tagKey: 'CostCenter', values: ['100', '200', '300*'], enforcedFor: ['backup:recovery-point', 'ec2:volume'], path: ['tags', 'costcenter'] },
      { policyKey: 'environment', tagKey: 'Environment', values: ['Prod', 'Test'], enforcedFor: [], path: ['tags', 'environment'] },
    ]);
    expect(enforcedForRecoveryPoints(p!.rules[0]!)).toBe(true);
    expect(enforcedForRecoveryPoints(p!.rules[1]!)).toBe(false);
  });

  it('reads an effective policy inside describe-effective-policy output', () => {
    const inner = JSON.stringify({ tags: { costcenter: { tag_key: 'CostCenter', tag_value: ['100', '200'], enforced_for: ['backup:*'] } } });
    const text = JSON.stringify({ EffectivePolicy: { PolicyContent: inner, LastUpdatedTimestamp: '2026-05-02T10:00:00+00:00', TargetId: '210987654321', PolicyType: 'TAG_POLICY' } }, null, 4);
    const p = readTagPolicy(text);
    expect(p?.wrapper).toBe('describe-effective-policy');
    expect(p?.withOperators).toBe(false);
    expect(p?.rules[0]).toMatchObject({ tagKey: 'CostCenter', values: ['100', '200'], enforcedFor: ['backup:*'] });
    expect(p?.anchor).toEqual(['EffectivePolicy', 'PolicyContent']);
  });

  it('reads describe-policy output and keeps the policy id', () => {
    const text = JSON.stringify({ Policy: { PolicySummary: { Id: 'p-95ouxyz1ab', Arn: 'arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/tag_policy/p-95ouxyz1ab', Name: 'cost-tags', Type: 'TAG_POLICY', AwsManaged: false }, Content: withOperators } });
    const p = readTagPolicy(text);
    expect(p?.wrapper).toBe('describe-policy');
    expect(p?.policyId).toBe('p-95ouxyz1ab');
    expect(p?.rules).toHaveLength(2);
  });

  it('tolerates typographic quotes and rejects other JSON', () => {
    expect(readTagPolicy(withOperators.replace(/"/g, '“'))?.rules).toHaveLength(2);
    expect(readTagPolicy('{"Version": "2012-10-17", "Statement": []}')).toBeUndefined();
    expect(readTagPolicy('not json')).toBeUndefined();
    expect(readTagPolicy(undefined)).toBeUndefined();
  });
});

describe('valueAllowed', () => {
  it('matches exactly or with a trailing wildcard, case-sensitively', () => {
    expect(valueAllowed('100', ['100'])).toBe(true);
    expect(valueAllowed('3001', ['300*'])).toBe(true);
    expect(valueAllowed('prod', ['Prod'])).toBe(false);
    expect(valueAllowed('anything', ['*'])).toBe(true);
  });
});

describe('readResourceTags', () => {
  it('reads every form', () => {
    expect(readResourceTags('{"CostCenter": "100", "Name": "db"}')?.tags.map((t) => [t.key, t.value])).toEqual([['CostCenter', '100'], ['Name', 'db']]);
    expect(readResourceTags('[{"Key": "CostCenter", "Value": "100"}]')?.tags[0]).toEqual({ key: 'CostCenter', value: '100', path: [0, 'Key'] });
    expect(readResourceTags('{"Tags": [{"Key": "a", "Value": "1", "ResourceId": "vol-1", "ResourceType": "volume"}]}')?.tags[0]?.path).toEqual(['Tags', 0, 'Key']);
    expect(readResourceTags('{"TagList": [{"Key": "a", "Value": "1"}]}')?.tags).toHaveLength(1);
    expect(readResourceTags('{"Tags": {"costcenter": "100"}}')?.tags[0]).toEqual({ key: 'costcenter', value: '100', path: ['Tags', 'costcenter'] });
    expect(readResourceTags('{"a": {"b": 1}}')).toBeUndefined();
    expect(readResourceTags('')).toBeUndefined();
  });
});
