import { describe } from 'vitest';
import { base, DEST, eachRule, OPTS, withStatement } from './testPolicies';

describe('grammarFindings: conditions, one rule at a time', () => {
  eachRule([
    ['misspelled operator', withStatement({ ...base, Condition: { StringEqual: { 'kms:CallerAccount': DEST } } }), ['CONDITION_OPERATOR_MISSPELLED']],
    ['misspelled operator with prefix', withStatement({ ...base, Condition: { 'ForAnyValue:Stringlike': { 'aws:PrincipalOrgPaths': 'o-a7b8c9d0e1f2/*' } } }), ['CONDITION_OPERATOR_MISSPELLED']],
    ['unknown operator', withStatement({ ...base, Condition: { Matches: { 'kms:CallerAccount': DEST } } }), ['CONDITION_OPERATOR_UNKNOWN']],
    ['IfExists variant', withStatement({ ...base, Condition: { StringEqualsIfExists: { 'kms:CallerAccount': DEST } } }), []],
    ['condition block a string', withStatement({ ...base, Condition: { StringEquals: 'x' } }), ['CONDITION_BLOCK_INVALID']],
    ['Condition a list', withStatement({ ...base, Condition: [] }), ['ELEMENT_TYPE_INVALID']],
    ['condition key without prefix', withStatement({ ...base, Condition: { StringEquals: { PrincipalOrgID: 'o-a7b8c9d0e1f2' } } }), ['CONDITION_KEY_INVALID']],
    ['condition value an object', withStatement({ ...base, Condition: { StringEquals: { 'kms:CallerAccount': { a: 1 } } } }), ['CONDITION_VALUE_TYPE_INVALID']],
    ['Bool yes', withStatement({ ...base, Condition: { Bool: { 'kms:GrantIsForAWSResource': 'yes' } } }), ['CONDITION_BOOL_VALUE_INVALID']],
    ['Bool as JSON true', withStatement({ ...base, Condition: { Bool: { 'kms:GrantIsForAWSResource': true } } }), []],
    ['Numeric with text', withStatement({ ...base, Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': 'one hour' } } }), ['CONDITION_VALUE_NOT_NUMBER']],
    ['Date with text', withStatement({ ...base, Condition: { DateGreaterThan: { 'aws:CurrentTime': 'tomorrow' } } }), ['CONDITION_VALUE_NOT_DATE']],
    ['Ip with text', withStatement({ ...base, Condition: { IpAddress: { 'aws:SourceIp': 'office' } } }), ['CONDITION_VALUE_NOT_IP']],
    ['StringEquals with a wildcard', withStatement({ ...base, Condition: { StringEquals: { 'kms:ViaService': 'backup.*.amazonaws.com' } } }), ['CONDITION_WILDCARD_NEEDS_LIKE']],
    ['StringLike with a wildcard', withStatement({ ...base, Condition: { StringLike: { 'kms:ViaService': 'backup.*.amazonaws.com' } } }), []],
    ['kms:CallerAccount an ARN', withStatement({ ...base, Condition: { StringEquals: { 'kms:CallerAccount': `arn:aws:iam::${DEST}:root` } } }), ['CONDITION_ACCOUNT_IS_ARN']],
    ['kms:CallerAccount 13 digits', withStatement({ ...base, Condition: { StringEquals: { 'kms:CallerAccount': '3456789012345' } } }), ['ACCOUNT_ID_INVALID']],
    ['aws:SourceAccount placeholder', withStatement({ ...base, Condition: { StringEquals: { 'aws:SourceAccount': 'DestinationAccountID' } } }), ['PLACEHOLDER_LEFT']],
    ['bad org ID', withStatement({ ...base, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'r-ab12' } } }), ['ORG_ID_INVALID']],
    ['placeholder org ID', withStatement({ ...base, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-xxxxxxxxxx' } } }), ['PLACEHOLDER_LEFT']],
    ['example org ID', withStatement({ ...base, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }), ['EXAMPLE_ORG_ID']],
    ['example org ID that is the real one (warns)', withStatement({ ...base, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }), ['EXAMPLE_ORG_ID_IS_YOURS'], 'key', { ...OPTS, organizationId: 'o-a1b2c3d4e5' }],
    ['bad org path', withStatement({ ...base, Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'ou-ab12-11111111' } } }), ['ORG_PATH_INVALID']],
    ['bad kms:ViaService', withStatement({ ...base, Condition: { StringEquals: { 'kms:ViaService': 'backup' } } }), ['KMS_VIA_SERVICE_INVALID']],
    ['placeholder in an ARN condition', withStatement({ ...base, Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::<dest>:role/x' } } }), ['PLACEHOLDER_LEFT']],
    ['policy variables are not placeholders', withStatement({ ...base, Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:role/x' } } }), []],
    ['duplicate key', withStatement({ ...base, Condition: { StringEquals: { 'kms:CallerAccount': DEST } } }), []],
  ]);
});
