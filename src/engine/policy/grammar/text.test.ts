import { describe, expect, it } from 'vitest';
import { closest, shorten } from './text';

const OPERATORS = ['StringEquals', 'StringLike', 'ArnLike', 'Bool', 'Null'] as const;

describe('closest: the known name a misspelled one was meant to be', () => {
  it('matches the same letters in another case, whatever the length', () => {
    expect(closest('bool', OPERATORS)).toBe('Bool');
    expect(closest(' stringequals ', OPERATORS)).toBe('StringEquals');
  });

  it('allows one typo in a short name and two in a name of eight letters or more', () => {
    expect(closest('ArnLik', OPERATORS)).toBe('ArnLike');
    expect(closest('ArLik', OPERATORS)).toBeUndefined();
    expect(closest('StrngEqals', OPERATORS)).toBe('StringEquals');
    expect(closest('StrngEqls', OPERATORS)).toBeUndefined();
  });

  it('guesses nothing for names under four letters or over forty', () => {
    expect(closest('Nul', OPERATORS)).toBeUndefined();
    expect(closest(`${'x'.repeat(41)}`, [`${'x'.repeat(41)}`])).toBeUndefined();
  });

  it('prefers the nearest candidate over the first close one', () => {
    expect(closest('StringLke', ['StringLikes', 'StringLike'])).toBe('StringLike');
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text to the limit with an ellipsis', () => {
    expect(shorten('abc', 5)).toBe('abc');
    expect(shorten('abcdef', 5)).toBe('abcd…');
    expect(shorten('x'.repeat(100))).toHaveLength(80);
  });
});
