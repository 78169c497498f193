import { describe, expect, it } from 'vitest';
import { base, DEST, eachRule, findings, KEY_POLICY, SCP, VAULT_POLICY, withStatement } from './testPolicies';

describe('grammarFindings: policy and statement elements, one rule at a time', () => {
  eachRule([
    ['missing Version', { Statement: KEY_POLICY.Statement }, ['VERSION_MISSING']],
    ['old Version', { ...KEY_POLICY, Version: '2008-10-17' }, ['VERSION_OLD']],
    ['wrong Version', { ...KEY_POLICY, Version: '2024-01-01' }, ['VERSION_INVALID']],
    ['Version as a number', { ...KEY_POLICY, Version: 2012 }, ['VERSION_INVALID']],
    ['misspelled Version', { version: '2012-10-17', Statement: KEY_POLICY.Statement }, ['POLICY_ELEMENT_MISSPELLED']],
    ['unknown top-level element', { ...KEY_POLICY, Comment: 'x' }, ['POLICY_ELEMENT_UNKNOWN']],
    ['Id not a string', { ...KEY_POLICY, Id: 3 }, ['ELEMENT_TYPE_INVALID']],
    ['missing Statement', { Version: '2012-10-17' }, ['STATEMENT_MISSING']],
    ['Statement a string', { Version: '2012-10-17', Statement: 'x' }, ['STATEMENT_TYPE_INVALID']],
    ['Statement empty', { Version: '2012-10-17', Statement: [] }, ['STATEMENT_EMPTY', 'KEY_POLICY_LOCKOUT']],
    ['statement not an object', { Version: '2012-10-17', Statement: [KEY_POLICY.Statement[0], 'x'] }, ['STATEMENT_NOT_OBJECT']],
    ['Statement as one object', { Version: '2012-10-17', Statement: KEY_POLICY.Statement[0] }, []],
    ['not a policy at all', { KeyMetadata: { KeyId: 'x' } }, ['NOT_A_POLICY']],
    ['missing Effect', withStatement({ ...base, Effect: undefined }), ['EFFECT_MISSING']],
    ['lower-case effect', withStatement({ ...base, Effect: 'allow' }), ['EFFECT_INVALID']],
    ['missing Action', withStatement({ ...base, Action: undefined }), ['ACTION_MISSING']],
    ['Action and NotAction', withStatement({ ...base, NotAction: 'kms:Encrypt' }), ['ACTION_AND_NOT_ACTION']],
    ['action with a space', withStatement({ ...base, Action: 'kms: Decrypt' }), ['ACTION_INVALID']],
    ['backup action in a key policy', withStatement({ ...base, Action: 'backup:CopyIntoBackupVault' }), ['ACTION_WRONG_SERVICE']],
    ['kms:ListGrant (re:Post KC-GIVENKEY) is not an action', withStatement({ ...base, Action: ['kms:CreateGrant', 'kms:ListGrant'] }), ['ACTION_UNKNOWN']],
    ['a wildcard that matches no KMS action', withStatement({ ...base, Action: 'kms:ReEncypt*' }), ['ACTION_UNKNOWN_NO_SUGGESTION']],
    ['KMS action names ignore case, wildcards that match are fine', withStatement({ ...base, Action: ['kms:listgrants', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'] }), []],
    ['missing Resource', withStatement({ ...base, Resource: undefined }), ['RESOURCE_MISSING']],
    ['Resource and NotResource', withStatement({ ...base, NotResource: '*' }), ['RESOURCE_AND_NOT_RESOURCE']],
    ['Resource a word', withStatement({ ...base, Resource: 'this key' }), ['RESOURCE_INVALID']],
    ['Resource a vault ARN', withStatement({ ...base, Resource: `arn:aws:backup:eu-west-1:${DEST}:backup-vault:v` }), ['RESOURCE_SERVICE_MISMATCH']],
    ['Resource with a placeholder', withStatement({ ...base, Resource: 'arn:aws:kms:us-east-1:SourceAccountID:key/x' }), ['PLACEHOLDER_LEFT']],
    ['Conditions (misspelled)', withStatement({ ...base, Conditions: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }), ['STATEMENT_ELEMENT_MISSPELLED']],
    ['unknown statement element', withStatement({ ...base, Description: 'x' }), ['STATEMENT_ELEMENT_UNKNOWN']],
    ['Sid a number', withStatement({ ...base, Sid: 1 }), ['ELEMENT_TYPE_INVALID']],
    ['duplicate Sid', { ...KEY_POLICY, Statement: [KEY_POLICY.Statement[0], { ...base, Sid: 'Enable IAM User Permissions' }] }, ['SID_DUPLICATE']],
    ['vault: Action *', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Action: '*' }] }, ['VAULT_ACTION_WILDCARD'], 'vault'],
    ['vault: backup:Copy*', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Action: ['backup:Copy*'] }] }, ['VAULT_ACTION_WILDCARD'], 'vault'],
    ['vault: kms action', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Action: 'kms:Decrypt' }] }, ['ACTION_WRONG_SERVICE'], 'vault'],
    ['vault: key ARN as resource', { ...VAULT_POLICY, Statement: [{ ...VAULT_POLICY.Statement[0], Resource: `arn:aws:kms:eu-west-1:${DEST}:key/x` }] }, ['RESOURCE_SERVICE_MISMATCH'], 'vault'],
    ['scp: array of SCPs with one broken', [SCP, { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Resource: '*' }] }], ['ACTION_MISSING'], 'scp'],
    ['key: array is not a policy', [KEY_POLICY], ['POLICY_NOT_OBJECT'], 'key'],
  ]);

  it('names the real action a misspelled KMS action was meant to be, where it is written', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "345678901234"}, "Action": ["kms:CreateGrant", "kms:ListGrant"], "Resource": "*"}]}';
    const [f] = findings(text, 'key', {});
    expect(f).toMatchObject({ code: 'ACTION_UNKNOWN', severity: 'warning', params: { action: 'kms:ListGrant', suggestion: 'kms:ListGrants' }, location: { column: text.indexOf('"kms:ListGrant"'), path: ['Statement', 0, 'Action', 1] } });
  });

  it('reports a duplicate key where the second one is', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Effect": "Deny", "Principal": {"AWS": "345678901234"}, "Action": "kms:Decrypt", "Resource": "*"}]}';
    const [f] = findings(text, 'key', {});
    expect(f).toMatchObject({ code: 'DUPLICATE_KEY', params: { key: 'Effect' }, location: { column: text.lastIndexOf('"Effect"') } });
  });
});
