// Messages for the policy grammar findings (src/engine/policy/grammar/), the paste-damage labels of the repair diff
// (src/engine/json/repair.ts) and plain words for jsonc-parser's syntax error names.
// Every finding message says what is wrong, then what to do.

const words = {
  // Paste damage: short labels for the repair offer and its diff.
  'damage.TYPOGRAPHIC_QUOTES': 'curly quotes',
  'damage.TRAILING_COMMA': 'trailing commas',
  'damage.COMMENT': 'comments',
  'damage.BYTE_ORDER_MARK': 'byte-order mark',
  'damage.NON_BREAKING_SPACE': 'non-breaking or invisible spaces',

  // jsonc-parser error names, in plain words (the `error` param of JSON_SYNTAX_ERROR).
  'jsonError.InvalidSymbol': 'a character that does not belong in JSON',
  'jsonError.InvalidNumberFormat': 'a number written wrongly',
  'jsonError.PropertyNameExpected': 'a name in double quotes was expected',
  'jsonError.ValueExpected': 'a value was expected',
  'jsonError.ColonExpected': 'a colon (:) was expected',
  'jsonError.CommaExpected': 'a comma was expected',
  'jsonError.CloseBraceExpected': 'a closing } was expected',
  'jsonError.CloseBracketExpected': 'a closing ] was expected',
  'jsonError.EndOfFileExpected': 'the JSON should end here',
  'jsonError.InvalidCommentToken': 'a comment',
  'jsonError.UnexpectedEndOfComment': 'a comment that is never closed',
  'jsonError.UnexpectedEndOfString': 'a text value whose closing quote is missing',
  'jsonError.UnexpectedEndOfNumber': 'a number that stops too early',
  'jsonError.InvalidUnicode': 'a broken \\u escape',
  'jsonError.InvalidEscapeCharacter': 'a backslash escape JSON does not know',
  'jsonError.InvalidCharacter': 'a control character inside a text value',

  'finding.PASTE_DAMAGE_TYPOGRAPHIC_QUOTES':
    'Curly quotes (“ ” ‘ ’) are used as JSON quotes ({count} of them, line {lines}). Chat apps and word processors add them. The policy was evaluated after repairing them; the text as pasted would be refused by AWS. Apply the repair, or retype them as straight quotes (").',
  'finding.PASTE_DAMAGE_TRAILING_COMMA':
    'A comma right before a closing } or ] ({count}, line {lines}). JSON does not allow it. The policy was evaluated after the repair; the text as pasted would be refused by AWS. Apply the repair, or delete that comma.',
  'finding.PASTE_DAMAGE_COMMENT':
    'Comments (// or /* */) are in the policy ({count}, line {lines}). JSON has no comments. The policy was evaluated without them; the text as pasted would be refused by AWS. Apply the repair, or delete them.',
  'finding.PASTE_DAMAGE_BYTE_ORDER_MARK':
    'The text starts with an invisible byte-order mark (from a file saved as "UTF-8 with BOM"). The policy was evaluated without it; the text as pasted would be refused. Apply the repair, or save the file as plain UTF-8.',
  'finding.PASTE_DAMAGE_NON_BREAKING_SPACE':
    'Non-breaking or invisible spaces are between the JSON parts ({count}, line {lines}). They look like spaces but break the JSON. The policy was evaluated after the repair; the text as pasted would be refused. Apply the repair, or retype those spaces.',
  'finding.PASTE_EXTRA_TEXT_BEFORE':
    'Text before the JSON was left out: "{text}". Make sure it is not part of the policy; paste only the JSON next time.',
  'finding.PASTE_EXTRA_TEXT_AFTER':
    'Text after the JSON was left out: "{text}". Make sure it is not part of the policy; paste only the JSON next time.',
  'finding.CLI_ERROR_PASTED':
    'This is an AWS CLI error ({error}), not the policy. Run the command again in the account that owns the resource, with permission to read it, and paste its output.',
  'finding.VAULT_POLICY_NOT_FOUND':
    'The destination vault has no access policy at all ({error}), so the source account cannot copy into it. Add a vault access policy that allows backup:CopyIntoBackupVault for the source account.',
  'finding.WRAPPER_MISMATCH':
    'This is the output of {wrapper}, which belongs to another step. Check that you pasted the right policy here.',
  'finding.JSON_SYNTAX_ERROR':
    'The JSON cannot be read here ({error}). Look just before this point for a missing comma, quote or bracket.',
  'finding.JSON_SYNTAX_ERRORS_TRUNCATED':
    '{count} more JSON errors are not listed. Fix the first ones; later errors often disappear with them.',
  'finding.NOT_A_POLICY':
    'This is not a policy: it has {keys} but no Version or Statement. Paste the key policy or vault access policy itself (or the get-key-policy / get-backup-vault-access-policy output).',
  'finding.POLICY_NOT_OBJECT':
    'A policy must be a JSON object in { }, but this is {found}. Paste the whole policy, from the first { to the last }.',
  'finding.DUPLICATE_KEY':
    '"{key}" appears twice in the same object. Only the last one counts, so the first is silently ignored. Merge them into one.',
  'finding.POLICY_ELEMENT_MISSPELLED':
    '"{element}" is not a policy element. Did you mean "{suggestion}"? Element names are case-sensitive.',
  'finding.POLICY_ELEMENT_UNKNOWN':
    '"{element}" is not a policy element; only Version, Id and Statement are allowed here. Remove it or move it into a statement.',
  'finding.STATEMENT_ELEMENT_MISSPELLED':
    '"{element}" is not a statement element. Did you mean "{suggestion}"? Element names are case-sensitive; AWS rejects the policy as it is.',
  'finding.STATEMENT_ELEMENT_UNKNOWN':
    '"{element}" is not a statement element. Allowed: Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition. Remove it.',
  'finding.ELEMENT_TYPE_INVALID': '{element} has the wrong shape: it must be {expected}. Fix its value.',
  'finding.ELEMENT_EMPTY': '{element} is an empty list, so it matches nothing. Add the values it should match, or remove it.',
  'finding.VERSION_MISSING':
    'The policy has no "Version". Add "Version": "2012-10-17" at the top; without it policy variables such as ${aws:username} do not work.',
  'finding.VERSION_OLD':
    'Version "{value}" is the old policy language. Use "2012-10-17" unless you have a reason not to.',
  'finding.VERSION_INVALID':
    'Version {value} is not valid; AWS rejects the policy. Set it to "2012-10-17" (it is a fixed date, not today’s date).',
  'finding.STATEMENT_MISSING': 'The policy has no "Statement", so it allows nothing. Add the statements.',
  'finding.STATEMENT_TYPE_INVALID':
    '"Statement" must be a list of statements [ {…} ] or one statement {…}, but it is {found}. Fix its value.',
  'finding.STATEMENT_EMPTY': '"Statement" is an empty list, so the policy allows nothing. Add the statements.',
  'finding.STATEMENT_NOT_OBJECT': 'Each statement must be an object {…}, but this one is {found}. Fix or remove it.',
  'finding.SID_DUPLICATE':
    'Two statements have the same Sid "{sid}". Sids must be unique in a policy; rename one.',
  'finding.EFFECT_MISSING': 'This statement has no "Effect". Add "Effect": "Allow" or "Effect": "Deny".',
  'finding.EFFECT_INVALID':
    'Effect {value} is not valid. It must be exactly "Allow" or "Deny" (capital first letter).',
  'finding.PRINCIPAL_MISSING':
    'This statement has no "Principal". Key policies and vault access policies must say who is allowed, e.g. "Principal": {"AWS": "arn:aws:iam::ACCOUNT:root"} with the real account ID.',
  'finding.PRINCIPAL_AND_NOT_PRINCIPAL': 'A statement cannot have both Principal and NotPrincipal. Keep one.',
  'finding.NOT_PRINCIPAL_WITH_ALLOW':
    'Allow with NotPrincipal allows everyone except the listed principals, including other accounts. Use Principal with the accounts that need access instead.',
  'finding.SCP_PRINCIPAL_NOT_SUPPORTED':
    'Service control policies do not support {element}; AWS rejects the SCP. Remove it (an SCP applies to the accounts it is attached to).',
  'finding.PRINCIPAL_FORMAT_INVALID':
    'Principal {value} is not valid. Use "*" or an object such as {"AWS": "arn:aws:iam::ACCOUNT:root"} or {"Service": "backup.amazonaws.com"}.',
  'finding.PRINCIPAL_TYPE_MISSPELLED':
    'Principal type "{type}" is not valid. Did you mean "{suggestion}"? It is case-sensitive.',
  'finding.PRINCIPAL_TYPE_UNKNOWN':
    'Principal type "{type}" is not valid. Use AWS, Service, Federated or CanonicalUser.',
  'finding.PRINCIPAL_INVALID':
    '"{value}" is not a valid AWS principal. Use a 12-digit account ID, arn:aws:iam::ACCOUNT:root, or a role or user ARN.',
  'finding.PRINCIPAL_PARTIAL_WILDCARD':
    '"{value}" uses a wildcard inside a principal. Principals do not match wildcards; it matches nothing. Name the account or role exactly (or use "*" with a condition).',
  'finding.PRINCIPAL_UNIQUE_ID':
    '"{value}" is the internal ID of a role or user that was deleted (AWS writes it in place of the ARN when the role goes). It matches nobody, not even a new role with the same name, so this part of the statement is dead. Replace it with the role’s ARN (recreate the role first if needed), or remove it.',
  'finding.PRINCIPAL_ARN_SERVICE_INVALID':
    '"{value}" is a {service} ARN, but a principal must be an IAM or STS ARN (arn:aws:iam::ACCOUNT:root, :role/NAME, :user/NAME). Use the account or role that needs access.',
  'finding.PRINCIPAL_ARN_INVALID':
    '"{value}" is not a valid principal ARN. Use arn:aws:iam::ACCOUNT:root, arn:aws:iam::ACCOUNT:role/NAME or arn:aws:iam::ACCOUNT:user/NAME, with no Region.',
  'finding.PRINCIPAL_WILDCARD_UNRESTRICTED':
    '"Principal": "*" on an Allow without a narrowing condition lets anyone, in any AWS account, do these actions. Add a condition such as aws:PrincipalOrgID, or name the accounts.',
  'finding.SERVICE_PRINCIPAL_INVALID':
    '"{value}" is not a service principal. Service principals look like backup.amazonaws.com.',
  'finding.ACTION_MISSING': 'This statement has no "Action" (or NotAction). Add the actions it allows or denies.',
  'finding.ACTION_AND_NOT_ACTION': 'A statement cannot have both Action and NotAction. Keep one.',
  'finding.ACTION_INVALID':
    '"{action}" is not a valid action. Write service:Action without spaces, e.g. kms:Decrypt or backup:CopyIntoBackupVault.',
  'finding.ACTION_WRONG_SERVICE':
    '"{action}" has no effect in this policy: only {expected}: actions apply here. Was the statement meant for the other policy (key policy vs. vault access policy)?',
  'finding.ACTION_UNKNOWN':
    '"{action}" is not an action AWS has, so this statement neither allows nor denies it (AWS accepts the policy anyway). Did you mean "{suggestion}"?',
  'finding.ACTION_UNKNOWN_NO_SUGGESTION':
    '"{action}" names no action AWS has, so this statement neither allows nor denies anything with it (AWS accepts the policy anyway). Check the spelling against the service’s list of actions.',
  'finding.VAULT_ACTION_WILDCARD':
    'Vault access policies do not accept wildcard actions like "{action}"; AWS rejects the policy. Name the actions, e.g. "backup:CopyIntoBackupVault".',
  'finding.RESOURCE_MISSING':
    'This statement has no "Resource". Add "Resource": "*" (in a key policy, "*" means this key; in a vault access policy, this vault).',
  'finding.RESOURCE_AND_NOT_RESOURCE': 'A statement cannot have both Resource and NotResource. Keep one.',
  'finding.RESOURCE_INVALID': 'Resource "{value}" is neither "*" nor an ARN. Use "*" or the full ARN.',
  'finding.RESOURCE_SERVICE_MISMATCH':
    'Resource "{value}" is not a {expected} ARN, so it never matches in this policy. Use "*".',
  'finding.ARN_HAS_SPACE':
    '"{value}" contains a space. ARNs never contain spaces (a template left one after the account ID); this ARN matches nothing. Remove the space.',
  'finding.ARN_EXTRA_COLON':
    '"{value}" has three colons before the account ID (:::). It must be arn:aws:iam::ACCOUNT:… with two. Remove one colon.',
  'finding.ARN_PARTITION_UNKNOWN':
    '"{value}" has partition "{partition}". It must be aws, aws-cn or aws-us-gov (lower case), e.g. arn:aws:iam::ACCOUNT:root.',
  'finding.ARN_MALFORMED':
    '"{value}" is not a complete ARN. An ARN has six parts: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE.',
  'finding.ACCOUNT_ID_INVALID':
    '"{value}" has {digits} digits, but an AWS account ID has exactly 12. Copy the account ID again from the console (top right) or from aws sts get-caller-identity.',
  'finding.EXAMPLE_ACCOUNT_ID':
    '{value} is an example account ID from the AWS documentation, not one of your accounts. Replace it with the real account ID.',
  'finding.EXAMPLE_ACCOUNT_ID_IS_YOURS':
    '{value} is an example account ID from the AWS documentation, and it is also what you entered as one of your accounts. If that is really your account, nothing is wrong; if it was copied from the documentation, enter the real account ID.',
  'finding.EXAMPLE_ORG_ID':
    '{value} is the example organization ID from the AWS documentation, so this condition never matches your organization. Replace it with yours (aws organizations describe-organization).',
  'finding.EXAMPLE_ORG_ID_IS_YOURS':
    '{value} is the example organization ID from the AWS documentation, and it is also what you entered as your organization ID. If that is really your organization, nothing is wrong; if it was copied from the documentation, enter the real one.',
  'finding.PLACEHOLDER_LEFT':
    '"{value}" still contains a template placeholder. Replace it with the real value (for an account: its 12-digit ID).',
  'finding.CONDITION_OPERATOR_MISSPELLED':
    'Condition operator "{operator}" does not exist. Did you mean "{suggestion}"? Operators are case-sensitive; AWS rejects the policy as it is.',
  'finding.CONDITION_OPERATOR_UNKNOWN':
    'Condition operator "{operator}" does not exist. Use one such as StringEquals, StringLike, ArnLike or Bool.',
  'finding.CONDITION_BLOCK_INVALID':
    'The value of {operator} must be an object such as {"aws:PrincipalOrgID": "o-…"}. Fix it.',
  'finding.CONDITION_KEY_INVALID':
    'Condition key "{key}" is not valid. Condition keys have a prefix, e.g. aws:PrincipalOrgID or kms:CallerAccount.',
  'finding.CONDITION_VALUE_TYPE_INVALID':
    'The value of {key} is {found}. Condition values must be text, numbers or true/false, or a list of them.',
  'finding.CONDITION_BOOL_VALUE_INVALID':
    '{operator} on {key} needs "true" or "false", not "{value}". With any other value the condition never matches.',
  'finding.CONDITION_VALUE_NOT_NUMBER': '{operator} on {key} needs a number, not "{value}".',
  'finding.CONDITION_VALUE_NOT_DATE':
    '{operator} on {key} needs a date like 2025-01-31T00:00:00Z, not "{value}".',
  'finding.CONDITION_VALUE_NOT_IP':
    '{operator} on {key} needs an IP address or range like 203.0.113.0/24, not "{value}".',
  'finding.CONDITION_WILDCARD_NEEDS_LIKE':
    '{operator} does not understand wildcards: "{value}" on {key} only matches that exact text, * included. Use StringLike (or StringNotLike) instead.',
  'finding.CONDITION_ACCOUNT_IS_ARN':
    '{key} takes a bare 12-digit account ID, but "{value}" is an ARN, so the condition never matches. Use only the account number.',
  'finding.ORG_ID_INVALID':
    '"{value}" is not an organization ID. It looks like o-abc123def4 (o- and 10 to 32 lower-case letters or digits); see aws organizations describe-organization.',
  'finding.ORG_PATH_INVALID':
    '"{value}" does not look like an organization path. It looks like o-…/r-…/ou-…/ and usually ends with /* when used with ForAnyValue:StringLike.',
  'finding.KMS_VIA_SERVICE_INVALID':
    '"{value}" does not look like a kms:ViaService value. It is SERVICE.REGION.amazonaws.com, e.g. backup.us-east-1.amazonaws.com (use StringLike for backup.*.amazonaws.com).',
  'finding.KEY_POLICY_TOO_LARGE':
    'The key policy is {bytes} bytes; KMS accepts at most {limit}. Shorten it: merge statements with the same principal, remove whitespace, drop stale statements.',
  'finding.KEY_POLICY_NEAR_SIZE_LIMIT':
    'The key policy is {bytes} bytes, close to the KMS limit of {limit}. Adding the copy statements may push it over; merge statements if the update is rejected.',
  'finding.KEY_POLICY_LOCKOUT':
    'No statement lets the key owner account {account} change this key policy (kms:PutKeyPolicy via kms:* to arn:aws:iam::{account}:root). KMS rejects such a policy, or the owner loses control of the key. Keep the owner statement with "kms:*".',
  'finding.KEY_POLICY_OWNER_ROOT_MISSING':
    'Only some roles or users of account {account} can change this key policy; the account itself (arn:aws:iam::{account}:root) cannot. If those roles are deleted, nobody can manage the key. Keep a statement for the account root with "kms:*".',
  'finding.GRAMMAR_INTERNAL_ERROR':
    'Copy Doctor could not finish checking this policy’s grammar. The other checks still ran; please report this with the policy (remove secrets first).',
};
export default words;
