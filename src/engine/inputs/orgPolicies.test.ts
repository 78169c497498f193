import { describe, expect, it } from 'vitest';
import { readScps } from '../checks/serviceControlPolicies';
import { readOrgPolicies, readResourceControlPolicies } from './orgPolicies';

// An RCP that keeps the organization's KMS keys to principals of the organization (the AWS sample's shape).
const rcp = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnforceOrgIdentities',
      Effect: 'Deny',
      Principal: '*',
      Action: ['kms:*', 's3:*', 'sts:AssumeRole'],
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-7h2kd9x3qa' },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    },
  ],
};
const full = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };
const describePolicy = (id: string, name: string, type: string, content: unknown) =>
  ({ Policy: { PolicySummary: { Id: id, Arn: `arn:aws:organizations::456789012345:policy/o-7h2kd9x3qa/${type.toLowerCase()}/${id}`, Name: name, Description: '', Type: type, AwsManaged: id === 'p-RCPFullAWSAccess' }, Content: JSON.stringify(content) } });

const SHAPES: [string, string][] = [
  ['one policy', JSON.stringify(rcp, null, 4)],
  ['an array of policies', JSON.stringify([full, rcp], null, 2)],
  ['describe-policy output', `$ aws organizations describe-policy --policy-id p-8kw2xq4t\n${JSON.stringify(describePolicy('p-8kw2xq4t', 'keys-for-org-only', 'RESOURCE_CONTROL_POLICY', rcp), null, 4)}`],
  ['an array of describe-policy outputs', JSON.stringify([describePolicy('p-RCPFullAWSAccess', 'RCPFullAWSAccess', 'RESOURCE_CONTROL_POLICY', full), describePolicy('p-8kw2xq4t', 'keys-for-org-only', 'RESOURCE_CONTROL_POLICY', rcp)])],
  ['an array of Policy objects', JSON.stringify([describePolicy('p-8kw2xq4t', 'keys-for-org-only', 'RESOURCE_CONTROL_POLICY', rcp).Policy])],
  ['an array of Content strings', JSON.stringify([JSON.stringify(full), JSON.stringify(rcp)])],
  ['curly quotes and a trailing comma', JSON.stringify(rcp, null, 2).replace(/"/g, '“').replace(/“\s*$/, '”').replace('"*"\n', '"*",\n')],
];

describe('readOrgPolicies', () => {
  it.each(SHAPES)('reads %s', (_name, text) => {
    const read = readOrgPolicies(text);
    expect(read.length).toBeGreaterThan(0);
    expect(read.at(-1)?.value).toMatchObject({ Statement: expect.any(Array) });
  });

  it('names each policy and its type from describe-policy output', () => {
    const read = readResourceControlPolicies(SHAPES[3]![1]);
    expect(read.map((p) => [p.number, p.name, p.policyId, p.type])).toEqual([
      [1, 'RCPFullAWSAccess', 'p-RCPFullAWSAccess', 'RESOURCE_CONTROL_POLICY'],
      [2, 'keys-for-org-only', 'p-8kw2xq4t', 'RESOURCE_CONTROL_POLICY'],
    ]);
    expect(read[1]?.anchor).toEqual([1, 'Policy']);
    expect(readOrgPolicies(SHAPES[2]![1])[0]).toMatchObject({ name: 'keys-for-org-only', type: 'RESOURCE_CONTROL_POLICY' });
  });

  it('reads every shape exactly as the SCP check’s own reader does (so it can replace it)', () => {
    for (const [, text] of SHAPES) {
      // Parsed texts hold functions (offset maps): compare what they parsed, not the closures.
      const strip = (list: { type?: string; parsed?: { text: string; pasted: string } }[]) =>
        list.map(({ type: _type, parsed, ...rest }) => ({ ...rest, text: parsed?.text, pasted: parsed?.pasted }));
      expect(strip(readOrgPolicies(text))).toEqual(strip(readScps(text)));
    }
  });

  it('is empty for other text', () => {
    expect(readOrgPolicies('')).toEqual([]);
    expect(readOrgPolicies('{"Policies": [{"Id": "p-1", "Name": "x"}]}')).toEqual([]);
    expect(readOrgPolicies('not json at all')).toEqual([]);
  });
});
