import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS, formatBytes, overBytes, pasteSizeProblem, sessionSizeProblem, utf8Length } from './limits';
import { parseSessionText, readSession } from './session';
import type { Session } from './types';

const session = (over: Partial<Session> = {}): Session => ({ format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {}, ...over });

describe('size caps', () => {
  it('measures UTF-8 bytes as the encoder does, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
        expect(overBytes(s, 50)).toBe(new TextEncoder().encode(s).length > 50);
      }),
    );
    // A lone surrogate is written as U+FFFD (3 bytes), as TextEncoder does.
    expect(utf8Length('\ud800')).toBe(3);
  });

  it('states the caps: a key policy (32 KB) fits a paste box twice over; the session, file and link caps hold it', () => {
    expect(LIMITS.pasteBytes).toBe(65_536);
    expect(LIMITS.sessionBytes).toBe(262_144);
    expect(LIMITS.fileBytes).toBeGreaterThanOrEqual(LIMITS.sessionBytes);
    // Any session within its cap fits in a link, even when it does not compress (deflate adds 5 bytes a block).
    const worstCompressed = LIMITS.sessionBytes + 5 * Math.ceil(LIMITS.sessionBytes / 16_384);
    expect(LIMITS.linkChars).toBeGreaterThanOrEqual(Math.ceil((worstCompressed * 4) / 3));
  });

  it('refuses a paste one byte over its cap, and counts bytes, not characters', () => {
    expect(pasteSizeProblem('sourceKeyPolicy', 'a'.repeat(LIMITS.pasteBytes))).toBeUndefined();
    expect(pasteSizeProblem('sourceKeyPolicy', 'a'.repeat(LIMITS.pasteBytes + 1))).toEqual({
      code: 'paste-too-large',
      input: 'sourceKeyPolicy',
      size: LIMITS.pasteBytes + 1,
      max: LIMITS.pasteBytes,
    });
    // Curly quotes are three bytes each: 30,000 of them are 90,000 bytes.
    expect(pasteSizeProblem('errorMessage', '”'.repeat(30_000))).toMatchObject({ size: 90_000 });
  });

  it('checks each paste first, then the whole document', () => {
    const part = 'p'.repeat(LIMITS.pasteBytes - 100);
    expect(sessionSizeProblem(session({ pastes: { sourceKeyPolicy: part, copyJob: part } }))).toBeUndefined();
    expect(sessionSizeProblem(session({ pastes: { sourceKeyPolicy: part, copyJob: `${part}${'q'.repeat(200)}` } }))).toMatchObject({ code: 'paste-too-large', input: 'copyJob' });
    const five = { sourceKeyPolicy: part, copyJob: part, tagPolicy: part, resourceTags: part, destinationVault: part };
    expect(sessionSizeProblem(session({ pastes: five }))).toMatchObject({ code: 'session-too-large', max: LIMITS.sessionBytes });
  });

  it('is applied by readSession and parseSessionText, so the CLI, files, links and storage all refuse the same', () => {
    const big = session({ pastes: { sourceKeyPolicy: 'a'.repeat(LIMITS.pasteBytes + 1) } });
    expect(readSession(big)).toMatchObject({ ok: false, size: { code: 'paste-too-large' }, error: expect.stringContaining('"sourceKeyPolicy" is 64.1 KB; a pasted input holds at most 64 KB') });
    expect(parseSessionText(`${JSON.stringify(session())}${' '.repeat(LIMITS.fileBytes)}`)).toMatchObject({ ok: false, size: { code: 'file-too-large', max: LIMITS.fileBytes } });
    expect(parseSessionText(JSON.stringify(session({ pastes: { copyJob: '{}' } })))).toMatchObject({ ok: true });
  });

  it('writes sizes for people, never rounding a size over a cap down to the cap', () => {
    expect(formatBytes(65_536)).toBe('64 KB');
    expect(formatBytes(65_537)).toBe('64.1 KB');
    expect(formatBytes(262_144)).toBe('256 KB');
    expect(formatBytes(1_992_294)).toBe('1.9 MB');
    expect(formatBytes(2 * 1024 * 1024)).toBe('2 MB');
    expect(formatBytes(1_048_575)).toBe('1.0 MB');
  });
});
