import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { readSession } from '../session';
import type { Session } from '../types';
import {
  SHARE_MAX_CHARS,
  decodeShare,
  encodeShare,
  fromBase64Url,
  isSessionEmpty,
  readSessionFile,
  redactAccountIds,
  sessionFileText,
  sharedSession,
  toBase64Url,
} from './share';

const dir = new URL('../../../public/examples/', import.meta.url);
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => {
    const read = readSession(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
    if (!read.ok) throw new Error(f);
    return [f, read.session] as const;
  });

const session = (over: Partial<Session> = {}): Session => ({ format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {}, ...over });

describe('share links', () => {
  it.each(examples)('round-trips %s with pastes', async (_f, s) => {
    const data = await encodeShare(s, { includePastes: true, redactAccounts: false });
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShare(data)).toEqual({ ok: true, session: s });
  });

  it('leaves pastes out unless asked', async () => {
    const [, s] = examples.find(([, x]) => Object.keys(x.pastes).length > 0)!;
    const read = await decodeShare(await encodeShare(s, { includePastes: false, redactAccounts: false }));
    expect(read.ok && read.session).toEqual({ ...s, pastes: {} });
  });

  it('redaction leaves no original account ID anywhere and keeps the same stand-in for the same ID', async () => {
    for (const [f, s] of examples) {
      const ids = new Set(JSON.stringify(s).match(/(?<!\d)\d{12}(?!\d)/g) ?? []);
      const { session: r, replaced } = redactAccountIds(s);
      const text = JSON.stringify(r);
      for (const id of ids) expect(text, `${f}: ${id}`).not.toContain(id);
      expect(replaced.map(([o]) => o).sort(), f).toEqual([...ids].sort());
      const standIns = replaced.map(([, x]) => x);
      expect(new Set(standIns).size, f).toBe(standIns.length);
      if (s.facts.sourceAccountId) expect(r.facts.sourceAccountId).toBe('100000000001');
      const read = await decodeShare(await encodeShare(s, { includePastes: true, redactAccounts: true }));
      expect(read.ok && read.session).toEqual(r);
    }
  });

  it('redaction is consistent across facts, answers, pastes and ARNs, and never reuses a number already present', () => {
    const s = session({
      facts: { sourceAccountId: '210987654321', destinationAccountId: '345678901234', sourceKeyArn: 'arn:aws:kms:us-east-1:210987654321:key/k' },
      answers: { destinationCustomerKeyArn: 'arn:aws:kms:eu-west-1:345678901234:key/x' },
      pastes: { sourceKeyPolicy: '{"Principal":{"AWS":"arn:aws:iam::345678901234:root"},"x":"100000000001"}' },
    });
    const { session: r } = redactAccountIds(s);
    expect(r.facts.sourceAccountId).toBe('100000000002');
    expect(r.facts.destinationAccountId).toBe('100000000003');
    expect(r.facts.sourceKeyArn).toBe('arn:aws:kms:us-east-1:100000000002:key/k');
    expect(r.answers.destinationCustomerKeyArn).toBe('arn:aws:kms:eu-west-1:100000000003:key/x');
    expect(r.pastes.sourceKeyPolicy).toContain('arn:aws:iam::100000000003:root');
    expect(r.pastes.sourceKeyPolicy).toContain('"x":"100000000004"');
    expect(redactAccountIds(s).session).toEqual(r);
  });

  it('names the problem with a malformed link, never throws', async () => {
    expect(await decodeShare('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(await decodeShare('abc$%')).toMatchObject({ ok: false, problem: 'bad-characters' });
    expect(await decodeShare('A'.repeat(SHARE_MAX_CHARS + 1))).toMatchObject({ ok: false, problem: 'too-long' });
    expect(await decodeShare('bm90IGNvbXByZXNzZWQ')).toMatchObject({ ok: false, problem: 'not-compressed' });
    const enc = (s: string) => toBase64Url(deflateRawSync(Buffer.from(s)));
    expect(await decodeShare(enc('{nope'))).toMatchObject({ ok: false, problem: 'not-json' });
    expect(await decodeShare(enc('{"format":"other"}'))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(await decodeShare(toBase64Url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x00]))))).toMatchObject({ ok: false, problem: 'not-text' });
    // A zip bomb: a short link that unfolds past the cap.
    const bomb = enc(`{"format":"copy-doctor/session","version":1,"pastes":{"errorMessage":"${'a'.repeat(3_000_000)}"}}`);
    expect(bomb.length).toBeLessThan(SHARE_MAX_CHARS);
    expect(await decodeShare(bomb)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
        expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
    expect(fromBase64Url('A')).toBeUndefined();
  });

  it('decodes arbitrary text without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const r = await decodeShare(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('session files and emptiness', () => {
  it('reads its own files back and names the problem in a damaged one', () => {
    const [, s] = examples[0]!;
    const text = sessionFileText(s);
    expect(readSessionFile(text, text.length)).toEqual({ ok: true, session: s });
    expect(readSessionFile(text.slice(0, 40), 40)).toMatchObject({ ok: false, problem: 'invalid', detail: expect.stringContaining('not valid JSON') });
    expect(readSessionFile('{}', 3_000_000)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('calls a session empty when it holds nothing but the start choice', () => {
    expect(isSessionEmpty(session())).toBe(true);
    expect(isSessionEmpty(session({ answers: { start: 'walk' }, facts: { sourceAccountId: ' ' } }))).toBe(true);
    expect(isSessionEmpty(session({ facts: { sourceRegion: 'us-east-1' } }))).toBe(false);
    expect(isSessionEmpty(session({ answers: { organization: 'same' } }))).toBe(false);
    expect(isSessionEmpty(session({ pastes: { errorMessage: 'x' } }))).toBe(false);
  });

  it('a shared session without pastes keeps facts and answers', () => {
    const s = session({ facts: { sourceRegion: 'us-east-1' }, answers: { a: 'b' }, pastes: { errorMessage: 'x' } });
    expect(sharedSession(s, { includePastes: false, redactAccounts: false })).toEqual({ ...s, pastes: {} });
  });
});
