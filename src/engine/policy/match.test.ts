// The one matcher of the policy core.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionMatches, globMatch, isUniqueId, principalAccount, principalRootAccount } from './match';

describe('globMatch', () => {
  it('matches IAM wildcards, case-insensitively for actions', () => {
    expect(globMatch('kms:*', 'kms:PutKeyPolicy')).toBe(true);
    expect(actionMatches('KMS:put*', 'kms:PutKeyPolicy')).toBe(true);
    expect(globMatch('kms:?utKeyPolicy', 'kms:PutKeyPolicy')).toBe(true);
    expect(globMatch('*', 'anything')).toBe(true);
    expect(globMatch('kms:Get*', 'kms:PutKeyPolicy')).toBe(false);
    expect(globMatch('kms:*Policy', 'kms:PutKeyPolicy')).toBe(true);
    expect(globMatch('kms:*Policy', 'kms:PutKeyPolicyX')).toBe(false);
    expect(globMatch('a*b*c', 'aXbYbZc')).toBe(true);
    expect(globMatch('Abc', 'abc')).toBe(false);
  });

  it('agrees with a regular expression on random patterns', () => {
    const unit = fc.constantFrom('a', 'b', '*', '?');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 10 }), (p, v) => {
        const re = new RegExp(`^${p.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
        expect(globMatch(p, v)).toBe(re.test(v));
      }),
    );
  });

  it('stays fast on a hostile pattern (many stars, no match): no regular expression backtracking', () => {
    const t0 = performance.now();
    expect(globMatch('*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('principal helpers', () => {
  it('reads the account an account form names, in every partition', () => {
    expect(principalRootAccount('arn:aws:iam::111122223333:root')).toBe('111122223333');
    expect(principalRootAccount(' 444455556666 ')).toBe('444455556666');
    expect(principalRootAccount('arn:aws-cn:iam::111122223333:root')).toBe('111122223333');
    expect(principalRootAccount('arn:aws:iam::111122223333:role/x')).toBeUndefined();
    expect(principalAccount('arn:aws:sts::111122223333:assumed-role/x/y')).toBe('111122223333');
  });

  it('one unique-ID rule: the documented prefixes, exactly 21 characters', () => {
    for (const id of ['AROAJQABLZS4A3QDU576Q', 'AIDAJQABLZS4A3QDU576Q', 'ASCAJQABLZS4A3QDU576Q']) expect(isUniqueId(id)).toBe(true);
    for (const id of ['AROAJQABLZS4A3QDU576', 'AROAJQABLZS4A3QDU576QX', 'arn:aws:iam::111122223333:role/AROAJQABLZS4A3QDU576Q', 'A3TJQABLZS4A3QDU576Q', 'AROA1234']) {
      expect(isUniqueId(id)).toBe(false);
    }
  });
});
