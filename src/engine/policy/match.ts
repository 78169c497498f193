// The one matcher of the policy core: IAM wildcards, principal values that name an account, and the unique IDs AWS
// writes in place of a deleted principal. The grammar, the evaluator and the checks all use these, so a rule is
// written once (they used to differ: two glob matchers, two unique-ID rules with different prefixes and lengths).

/**
 * IAM wildcard match: `*` any run of characters (line breaks included), `?` exactly one. Iterative, with backtracking
 * to the last `*` only, so a hostile pattern of many stars stays linear in practice (no regular expression is built).
 * Actions compare case-insensitively (`ignoreCase`), ARNs and condition values exactly.
 */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true;
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  if (!p.includes('*') && !p.includes('?')) return p === v;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (star !== -1) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** IAM action match: `service:Name` patterns, case-insensitive, with `*` and `?`. */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatch(pattern.trim(), action, true);
}

/**
 * The unique ID of an IAM principal (IAM's "unique ID prefixes": user AIDA, role AROA, group AGPA, instance profile
 * AIPA, managed policy ANPA and its version ANVA, access keys AKIA/ASIA, certificate ASCA, public key APKA,
 * context-specific credential ACCA, bearer token ABIA), 4 letters and 17 more characters. In a policy it stands for a
 * principal that was deleted: AWS rewrote the ARN to the ID, and it matches nobody, even a principal of the same name
 * created again.
 */
export const UNIQUE_ID_RE = /^(ABIA|ACCA|AGPA|AIDA|AIPA|AKIA|ANPA|ANVA|APKA|AROA|ASCA|ASIA)[A-Z0-9]{17}$/;

export function isUniqueId(value: string): boolean {
  return UNIQUE_ID_RE.test(value.trim());
}

const ACCOUNT_ROOT_RE = /^arn:aws(?:-cn|-us-gov|-eusc)?:iam::(\d{12}):root$/;

/** The account a principal value names as a whole (`arn:aws:iam::ID:root` or a bare ID), if it does. */
export function principalRootAccount(value: string): string | undefined {
  const v = value.trim();
  if (/^\d{12}$/.test(v)) return v;
  return ACCOUNT_ROOT_RE.exec(v)?.[1];
}

/** The account of an IAM or STS principal ARN (role, user, assumed role) or of an account form, if any. */
export function principalAccount(value: string): string | undefined {
  return principalRootAccount(value) ?? /^arn:aws(?:-cn|-us-gov|-eusc)?:(?:iam|sts)::(\d{12}):/.exec(value.trim())?.[1];
}
