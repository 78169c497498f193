// Every "is this template text?" rule, in one place. A template leaves words where an ID belongs (`SourceAccountID`,
// `<ACCOUNT_ID>`, `${account}`, `[source-account-id]`); the rules differ by where they look, and each says why:
// - `isPlaceholderText`: a value that stands for an ID (a fact, a bare account in a policy, one part of an ARN).
// - `arnPlaceholderPart`: the part of an ARN that holds one; the resource part only for the tell-tale kinds, since a
//   role may well be named "TargetIdentity".
// - `isPolicyPlaceholder`: a string inside a policy: policy variables (`${aws:username}`) are AWS's, not a template's,
//   and a bare ALL-CAPS word (`ACCOUNT`, `REGION`) is one too.
// - `newTemplateWord`: text the engine wrote (a corrected document, a command): documentation example account IDs and
//   `...` count too, but not brackets, since JSON arrays have them.

/** Example IDs from AWS documentation: real-looking but never the user's. */
export const EXAMPLE_ACCOUNT_IDS = ['111122223333', '444455556666', '123456789012', '111111111111', '222222222222', '999999999999', '000000000000'];

const PLACEHOLDER_WORDS = /(source|destination|dest|target|management|member|your|my|other)[-_ ]?(account)?[-_ ]?(id|number)|account[-_ ]?id|\baccount[-_ ]?number\b|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|\$\{[^}]*\}|x{6,}|\bREPLACE|\bEXAMPLE\b|\bTODO\b/i;

/** Text left in from a template: `SourceAccountID`, `[source-account-id]`, `<ACCOUNT_ID>`, `${account}`. */
export function isPlaceholderText(s: string): boolean {
  return PLACEHOLDER_WORDS.test(s);
}

/** Template text in one part of an ARN: only the tell-tale kinds. */
const STRONG_PLACEHOLDER = /<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|x{6,}|\bREPLACE|\bTODO\b/i;

/**
 * The part of an ARN-looking text that still holds a placeholder: `arn:aws:iam::SourceAccountID :root` and
 * `arn:aws:iam::ACCOUNT:root` (account), `arn:aws:kms:REGION:...` (region), `...:key/<key-id>` (resource).
 */
export function arnPlaceholderPart(raw: string): 'account' | 'region' | 'resource' | undefined {
  const parts = raw.trim().split(':');
  if (parts[0] !== 'arn' || parts.length < 5) return isPlaceholderText(raw) ? 'resource' : undefined;
  const region = (parts[3] ?? '').trim();
  const account = (parts[4] ?? '').trim();
  const resource = parts.slice(5).join(':');
  if (account !== '' && account !== '*' && (isPlaceholderText(account) || !/[\d*?$]/.test(account))) return 'account';
  if (region !== '' && (isPlaceholderText(region) || /^[A-Z][A-Z_-]+$/.test(region))) return 'region';
  if (STRONG_PLACEHOLDER.test(resource) || STRONG_PLACEHOLDER.test(parts.slice(1, 3).join(':'))) return 'resource';
  return undefined;
}

/** IAM policy variables: `${aws:username}`, `${*}`, `${?}`, `${$}`. */
export const POLICY_VARIABLE_RE = /\$\{(?:[A-Za-z0-9.-]+:[^}]*|[*?$])\}/g;

/** Template text left in a policy value. In an ARN, only where it counts: the account, the Region, or a tell-tale <...>. */
export function isPolicyPlaceholder(s: string): boolean {
  const v = s.replace(POLICY_VARIABLE_RE, '');
  if (v.trim().startsWith('arn:')) return arnPlaceholderPart(v) !== undefined;
  return isPlaceholderText(v) || /^[A-Z][A-Z_-]{2,}$/.test(v.trim());
}

/** Words a template leaves in: never in a corrected document or command. */
const TEMPLATE_WORDS = /(source|destination|dest|target|your|my)[-_ ]?account[-_ ]?(id|number)\b|account[-_ ]?id\b|<[A-Za-z_ -]+>|\$\{|\{\{|\bREPLACE|\bEXAMPLE\b|\bTODO\b|\.\.\.|\b(111122223333|444455556666|123456789012)\b/i;

/** Template words in `text` (written by the engine) that `original` (the user's own paste) does not already contain. A
 *  documentation example ID that is one of `own` (the user's real account, as their facts say) is no placeholder. */
export function newTemplateWord(text: string, original = '', own: readonly string[] = []): string | undefined {
  const re = new RegExp(TEMPLATE_WORDS.source, 'gi');
  for (const m of text.matchAll(re)) if (!original.includes(m[0]) && !own.includes(m[0])) return m[0];
  return undefined;
}
