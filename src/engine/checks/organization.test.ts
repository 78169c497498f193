import { describe, expect, it } from 'vitest';
import { checkInput } from '../../test-support/pack';
import { checkOrganization } from './organization';

const input = checkInput;

const facts = { sourceAccountId: '210987654321', destinationAccountId: '345678901234' };
const org = (id: string, master: string, featureSet = 'ALL') => `{
    "Organization": {
        "Id": "${id}",
        "Arn": "arn:aws:organizations::${master}:organization/${id}",
        "FeatureSet": "${featureSet}",
        "MasterAccountArn": "arn:aws:organizations::${master}:account/${id}/${master}",
        "MasterAccountId": "${master}",
        "MasterAccountEmail": "aws-root@example.com",
        "AvailablePolicyTypes": [
            {
                "Type": "SERVICE_CONTROL_POLICY",
                "Status": "ENABLED"
            }
        ]
    }
}`;

describe('checkOrganization', () => {
  it('is not applicable when both accounts are the same', () => {
    expect(checkOrganization(input({ facts: { sourceAccountId: '210987654321', destinationAccountId: '210987654321' } })).status).toBe('not-applicable');
  });

  it('passes when both describe-organization outputs show the same Id', () => {
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: org('o-a1b2c3d4e5', '999988887777'), destinationOrganization: org('o-a1b2c3d4e5', '999988887777') } }));
    expect(r.status).toBe('pass');
    expect(r.findings.map((f) => f.code)).toEqual(['ORG_SAME']);
  });

  it('fails when the Ids differ, pointing at the destination Id, and explains the options', () => {
    const dest = org('o-zz9yy8xx7w', '555544443333');
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: org('o-a1b2c3d4e5', '999988887777'), destinationOrganization: dest } }));
    expect(r.status).toBe('fail');
    const f = r.findings.find((x) => x.code === 'ORG_DIFFERENT');
    expect(f?.params).toEqual({ sourceOrganization: 'o-a1b2c3d4e5', destinationOrganization: 'o-zz9yy8xx7w' });
    expect(f?.location?.line).toBe(3);
    expect(r.fix?.summaryCode).toBe('ORG_MOVE_ACCOUNT');
    expect(r.fix?.runIn).toBe('management account');
    expect(r.fix?.summaryCode).toBe('ORG_MOVE_ACCOUNT');
  });

  it('reads outputs with typographic quotes and a shell prompt', () => {
    const damaged = `$ aws organizations describe-organization\n${org('o-a1b2c3d4e5', '999988887777').replace(/"/g, '“')}`;
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: damaged, destinationOrganization: org('o-a1b2c3d4e5', '999988887777') } }));
    expect(r.status).toBe('pass');
  });

  it('warns when the organization has only consolidated billing', () => {
    const o = org('o-a1b2c3d4e5', '999988887777', 'CONSOLIDATED_BILLING');
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: o, destinationOrganization: o } }));
    expect(r.status).toBe('warn');
    const f = r.findings.find((x) => x.code === 'ORG_CONSOLIDATED_BILLING_ONLY');
    expect(f?.params?.featureSet).toBe('CONSOLIDATED_BILLING');
    expect(f?.location?.line).toBe(5);
  });

  it('fails when one account is in no organization', () => {
    const err = 'An error occurred (AWSOrganizationsNotInUseException) when calling the DescribeOrganization operation: Your account is not a member of an organization.';
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: org('o-a1b2c3d4e5', '999988887777'), destinationOrganization: err } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'ORG_DESTINATION_NOT_IN_ORGANIZATION', params: { account: '345678901234' } });
  });

  it('fails from the triaged message and quotes it', () => {
    const msg = 'Access denied: Copy job failed. Both source and destination account must be a member of the same organization.';
    const r = checkOrganization(input({ facts, pastes: { errorMessage: msg } }));
    expect(r.status).toBe('fail');
    expect(r.findings[0]).toMatchObject({ code: 'ORG_MISMATCH_REPORTED', params: { message: msg } });
    expect(r.fix?.commands).toEqual(['aws organizations describe-organization --query Organization.Id --output text']);
  });

  it('quotes the message given by the caller', () => {
    const r = checkOrganization(input({ facts, pastes: { errorMessage: 'Copy job failed. Both source and destination account must be a member of the same organization.' } }), 'given');
    expect(r.findings[0]?.params?.message).toBe('given');
  });

  it('uses the wizard answer: different fails, same passes, not-sure is unknown', () => {
    expect(checkOrganization(input({ facts, answers: { organization: 'different' } })).status).toBe('fail');
    expect(checkOrganization(input({ facts, answers: { organization: 'same' } })).status).toBe('pass');
    const r = checkOrganization(input({ facts, answers: { organization: 'not-sure' } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['sourceOrganization', 'destinationOrganization', 'organization']);
  });

  it('says the answer "same" is contradicted by the error message', () => {
    const r = checkOrganization(input({ facts, answers: { organization: 'same' }, pastes: { errorMessage: 'Both source and destination account must be a member of the same organization.' } }));
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.code)).toContain('ORG_ANSWER_CONTRADICTED');
  });

  it('asks for the other account’s output when only one was pasted', () => {
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: org('o-a1b2c3d4e5', '999988887777') } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toContain('destinationOrganization');
  });
});

describe('checkOrganization: what it asks for again, and why', () => {
  it('names an AWS CLI error pasted instead of describe-organization, at the paste', () => {
    const denied = 'An error occurred (AccessDeniedException) when calling the DescribeOrganization operation: You don’t have permissions to access this resource.';
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: denied, destinationOrganization: org('o-a1b2c3d4e5', '999988887777') } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['sourceOrganization', 'organization']);
    expect(r.findings[0]).toMatchObject({ code: 'PASTE_CLI_ERROR', params: { code: 'AccessDeniedException', command: 'aws organizations describe-organization' }, location: { input: 'sourceOrganization', line: 1 } });
  });

  it('stays unknown (not warn) while only one side is known, even with a warning about it', () => {
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: org('o-a1b2c3d4e5', '999988887777', 'CONSOLIDATED_BILLING') } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toEqual(['destinationOrganization', 'organization']);
    expect(r.findings.map((f) => f.code)).toEqual(['ORG_CONSOLIDATED_BILLING_ONLY']);
  });

  it('says when an output has no Organization.Id to compare', () => {
    const noId = '{"Organization": {"MasterAccountId": "999988887777", "FeatureSet": "ALL"}}';
    const r = checkOrganization(input({ facts, pastes: { sourceOrganization: noId, destinationOrganization: org('o-a1b2c3d4e5', '999988887777') } }));
    expect(r.status).toBe('unknown');
    expect(r.needs).toContain('sourceOrganization');
    expect(r.findings.find((f) => f.code === 'ORG_ID_NOT_IN_PASTE')?.location).toMatchObject({ input: 'sourceOrganization', path: [] });
  });
});
