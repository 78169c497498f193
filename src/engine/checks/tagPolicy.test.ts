import { describe, expect, it } from 'vitest';
import { checkInput } from '../../test-support/pack';
import type { Session } from '../types';
import { checkTagPolicy } from './tagPolicy';

const input = checkInput;
const codes = (r: { findings: { code: string }[] }) => r.findings.map((x) => x.code);
const facts = { sourceAccountId: '210987654321', destinationAccountId: '345678901234', sourceRegion: 'us-east-1' };

const policy = `{
  "tags": {
    "costcenter": {
      "tag_key": { "@@assign": "CostCenter" },
      "tag_value": { "@@assign": ["100", "200", "300*"] },
      "enforced_for": { "@@assign": ["backup:recovery-point"] }
    },
    "environment": {
      "tag_key": { "@@assign": "Environment" },
      "tag_value": { "@@assign": ["Prod", "Dev"] },
      "enforced_for": { "@@assign": ["backup:*"] }
    }
  }
}`;
const describePolicy = JSON.stringify({ Policy: { PolicySummary: { Id: 'p-95ouxyz1ab', Name: 'cost-tags', Type: 'TAG_POLICY' }, Content: policy } }, null, 2);
const ebsTags = `{
    "Tags": [
        {
            "Key": "costcenter",
            "ResourceId": "vol-0f1e2d3c4b5a69788",
            "ResourceType": "volume",
            "Value": "100"
        },
        {
            "Key": "Environment",
            "ResourceId": "vol-0f1e2d3c4b5a69788",
            "ResourceType": "volume",
            "Value": "prod"
        },
        {
            "Key": "Name",
            "ResourceId": "vol-0f1e2d3c4b5a69788",
            "ResourceType": "volume",
            "Value": "orders-data"
        }
    ]
}`;
const efsJob = `{"CopyJob": {"CopyJobId": "C1", "State": "FAILED",
  "SourceBackupVaultArn": "arn:aws:backup:us-east-1:210987654321:backup-vault:prod-vault",
  "SourceRecoveryPointArn": "arn:aws:backup:us-east-1:210987654321:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a",
  "DestinationBackupVaultArn": "arn:aws:backup:us-east-1:345678901234:backup-vault:central-vault",
  "StatusMessage": "The tag policy does not allow the specified value for the following tag key: 'CostCenter'",
  "ResourceType": "EFS"}}`;

describe('checkTagPolicy', () => {
  it('fails on wrong key case and a value that differs only in case, with exact corrected tags', () => {
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: policy, resourceTags: ebsTags } }));
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(['TAG_KEY_CASE', 'TAG_VALUE_NOT_ALLOWED', 'TAG_POLICY_RULE']);
    expect(r.findings[0]).toMatchObject({ params: { tagKey: 'costcenter', expectedKey: 'CostCenter' }, location: { input: 'resourceTags', line: 4 } });
    expect(r.findings[1]).toMatchObject({ params: { tagKey: 'Environment', value: 'prod', allowed: 'Prod, Dev' }, location: { line: 10 } });
    expect(r.fix?.summaryCode).toBe('TAGS_CORRECT_ON_RESOURCE');
    expect(JSON.parse(r.fix!.documents[0]!.text)).toEqual({ CostCenter: '100', Environment: 'Prod', Name: 'orders-data' });
    expect(r.fix?.documents[0]?.fileName).toBe('resource-tags.json');
    expect(r.fix?.commands).toEqual([]);
  });

  it('tags the recovery point with aws backup tag-resource when the copy job names it', () => {
    const tags = '{"costcenter": "100", "Name": "share"}';
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: policy, resourceTags: tags, copyJob: efsJob } }));
    expect(r.fix?.summaryCode).toBe('TAGS_CORRECT_ON_RECOVERY_POINT');
    expect(r.fix?.commands).toEqual([
      'aws backup untag-resource --resource-arn arn:aws:backup:us-east-1:210987654321:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a --tag-key-list costcenter --region us-east-1',
      'aws backup tag-resource --resource-arn arn:aws:backup:us-east-1:210987654321:recovery-point:3b1f9c2e-7a4d-4e8b-9c1a-2f3e4d5c6b7a --tags file://resource-tags.json --region us-east-1',
    ]);
  });

  it('proposes the tag policy change for a value it cannot correct, with update-policy when the id is known', () => {
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: describePolicy, resourceTags: '{"CostCenter": "999"}' } }));
    expect(r.status).toBe('fail');
    expect(r.fix).toMatchObject({ summaryCode: 'TAG_POLICY_ALLOW_VALUES', runIn: 'management account', needsReview: true });
    const doc = JSON.parse(r.fix!.documents[0]!.text) as { tags: { costcenter: { tag_value: { '@@assign': string[] } } } };
    expect(doc.tags.costcenter.tag_value['@@assign']).toEqual(['100', '200', '300*', '999']);
    expect(r.fix?.commands).toEqual(['aws organizations update-policy --policy-id p-95ouxyz1ab --content file://tag-policy.json']);
  });

  it('accepts wildcard values and passes compliant tags', () => {
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: policy, resourceTags: '[{"Key": "CostCenter", "Value": "3005"}, {"Key": "Environment", "Value": "Dev"}]' } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toEqual(['TAGS_COMPLY']);
  });

  it('passes when no rule is enforced for recovery points', () => {
    const p = policy.replace(/"backup:recovery-point"/, '"ec2:volume"').replace(/"backup:\*"/, '"rds:db"');
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: p, resourceTags: ebsTags } }));
    expect(r.status).toBe('pass');
    expect(codes(r)).toEqual(['TAG_POLICY_NOT_ENFORCED_FOR_BACKUP']);
  });

  it('reads the effective policy and points at its PolicyContent', () => {
    const inner = JSON.stringify({ tags: { costcenter: { tag_key: 'CostCenter', tag_value: ['100'], enforced_for: ['backup:recovery-point'] } } });
    const eff = JSON.stringify({ EffectivePolicy: { PolicyContent: inner, TargetId: '210987654321', PolicyType: 'TAG_POLICY' } }, null, 2);
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: eff, resourceTags: '{"CostCenter": "250"}' } }));
    expect(r.status).toBe('fail');
    expect(r.findings.find((f) => f.code === 'TAG_POLICY_RULE')?.location?.line).toBe(3);
    expect(r.fix?.summaryCode).toBe('TAG_POLICY_ALLOW_VALUES_EFFECTIVE');
    expect(r.fix?.commands).toEqual([]);
    expect(JSON.parse(r.fix!.documents[0]!.text)).toEqual({ tags: { costcenter: { tag_key: 'CostCenter', tag_value: ['100', '250'], enforced_for: ['backup:recovery-point'] } } });
  });

  it('fails on more than 50 user tags (aws: tags do not count)', () => {
    const many = Object.fromEntries([...Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']), ['aws:backup:source-resource', 'x']]);
    const r = checkTagPolicy(input({ facts, pastes: { resourceTags: JSON.stringify(many) } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'TAGS_TOO_MANY', params: { count: 51, max: 50 } });
    expect(r.fix?.summaryCode).toBe('TAGS_REDUCE');
    const fifty = Object.fromEntries([...Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']), ['aws:cloudformation:stack-name', 'x']]);
    expect(checkTagPolicy(input({ facts, pastes: { resourceTags: JSON.stringify(fifty) } })).status).toBe('unknown');
  });

  it('fails from the tag policy message, pointing at the tag, and asks for the policy', () => {
    const r = checkTagPolicy(input({ facts, pastes: { errorMessage: efsJob, resourceTags: '{"CostCenter": "777"}' } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'TAG_POLICY_VALUE_REPORTED', params: { tagKey: 'CostCenter' }, location: { input: 'resourceTags', line: 1 } });
    expect(r.needs).toEqual(['tagPolicy']);
  });

  it('on the internal tag copy failure, says what it usually means and asks for the inputs that decide (unknown, not warn)', () => {
    const r = checkTagPolicy(input({ facts, pastes: { errorMessage: 'We are unable to copy resource tags to your backup because of the Internal Failure' } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['tagPolicy', 'resourceTags'] });
    expect(codes(r)).toEqual(['TAG_COPY_INTERNAL_FAILURE']);
  });

  it('is unknown without the tags or the policy, and says when a paste is not recognised', () => {
    expect(checkTagPolicy(input({ facts }))).toMatchObject({ status: 'unknown', needs: ['tagPolicy', 'resourceTags'] });
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: policy } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['resourceTags'] });
    expect(r.findings[0]).toMatchObject({ code: 'TAG_POLICY_ENFORCED_KEYS', params: { keys: 'CostCenter, Environment' } });
    expect(codes(checkTagPolicy(input({ facts, pastes: { tagPolicy: 'hello', resourceTags: '42' } })))).toEqual(['TAG_POLICY_NOT_RECOGNISED', 'RESOURCE_TAGS_NOT_RECOGNISED']);
  });
});

describe('checkTagPolicy: corrected documents pass when pasted back', () => {
  const again = (s: Partial<Session>, docs: { input: keyof Session['pastes']; text: string }[]) => {
    const pastes = { ...(s.pastes ?? {}) };
    for (const d of docs) pastes[d.input] = d.text;
    return checkTagPolicy(input({ ...s, pastes }));
  };
  it.each([
    ['corrected tags', { facts, pastes: { tagPolicy: policy, resourceTags: ebsTags } }],
    ['corrected policy', { facts, pastes: { tagPolicy: describePolicy, resourceTags: '{"CostCenter": "999", "environment": "Prod"}' } }],
  ])('%s', (_name, s) => {
    const r = checkTagPolicy(input(s as Partial<Session>));
    expect(r.status).toBe('fail');
    expect(again(s as Partial<Session>, r.fix!.documents).status).toBe('pass');
  });
});

describe('checkTagPolicy: no tag policy in effect', () => {
  const notFound =
    'An error occurred (EffectivePolicyNotFoundException) when calling the DescribeEffectivePolicy operation: No effective policy of type TAG_POLICY is attached to the target.';

  it('passes when describe-effective-policy says no tag policy applies: none can reject the tags', () => {
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: notFound } }));
    expect(r).toMatchObject({ status: 'pass', findings: [{ code: 'TAG_POLICY_NONE_IN_EFFECT', location: { input: 'tagPolicy', line: 1 } }] });
    expect(r.needs).toBeUndefined();
  });

  it('still fails on too many tags, which no tag policy is needed for', () => {
    const many = JSON.stringify(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`team-${i}`, 'x'])));
    expect(checkTagPolicy(input({ facts, pastes: { tagPolicy: notFound, resourceTags: many } })).status).toBe('fail');
  });

  it('any other CLI error is not a tag policy: asked for again, with a finding at the paste', () => {
    const denied = 'An error occurred (AccessDeniedException) when calling the DescribeEffectivePolicy operation: You don’t have permissions to access this resource.';
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: denied } }));
    expect(r).toMatchObject({ status: 'unknown', needs: ['tagPolicy', 'resourceTags'], findings: [{ code: 'TAG_POLICY_NOT_RECOGNISED', location: { input: 'tagPolicy' } }] });
  });
});

describe('checkTagPolicy: a tag policy evaluated after repair', () => {
  it('warns instead of passing when the pasted policy had curly quotes', () => {
    const tags = '{"CostCenter": "200", "Environment": "Prod"}';
    expect(checkTagPolicy(input({ facts, pastes: { tagPolicy: policy, resourceTags: tags } })).status).toBe('pass');
    const r = checkTagPolicy(input({ facts, pastes: { tagPolicy: policy.replace('"costcenter"', '“costcenter”'), resourceTags: tags } }));
    expect(r.status).toBe('warn');
    expect(r.findings.find((f) => f.code === 'PASTE_EVALUATED_AFTER_REPAIR')).toMatchObject({ severity: 'warning', location: { input: 'tagPolicy', line: 3 } });
  });
});
