import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { readSession } from '../session';
import type { Session } from '../types';
import { LIMITS } from '../limits';
import {
  accountIdsIn,
  decodeShare,
  encodeShare,
  fromBase64Url,
  isSessionEmpty,
  isStandIn,
  readSessionFile,
  redactAccountIds,
  sameSession,
  sessionFileText,
  sharedSession,
  summarizeSession,
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
    expect(await decodeShare('A'.repeat(LIMITS.linkChars + 1))).toMatchObject({ ok: false, problem: 'too-long', length: LIMITS.linkChars + 1 });
    expect(await decodeShare('bm90IGNvbXByZXNzZWQ')).toMatchObject({ ok: false, problem: 'not-compressed' });
    const enc = (s: string) => toBase64Url(deflateRawSync(Buffer.from(s)));
    expect(await decodeShare(enc('{nope'))).toMatchObject({ ok: false, problem: 'not-json' });
    expect(await decodeShare(enc('{"format":"other"}'))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(await decodeShare(toBase64Url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x00]))))).toMatchObject({ ok: false, problem: 'not-text' });
    // A zip bomb: a short link that unfolds past the cap.
    const bomb = enc(`{"format":"copy-doctor/session","version":1,"pastes":{"errorMessage":"${'a'.repeat(3_000_000)}"}}`);
    expect(bomb.length).toBeLessThan(LIMITS.linkChars);
    expect(await decodeShare(bomb)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('refuses the 43 KB link that unpacks to 1.9 MB, early and fast', async () => {
    // The case that froze the page for 12 s on every reload: a grown key policy pasted sixty times over.
    const statement = (i: number) => ({ Sid: `AllowUse${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${String(400000000000 + i)}:root` }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' });
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 9000 }, (_, i) => statement(i % 150)) }, null, 2);
    const json = JSON.stringify(session({ facts: { sourceAccountId: '210987654321' }, pastes: { sourceKeyPolicy: policy } }));
    expect(json.length).toBeGreaterThan(1_900_000);
    const link = toBase64Url(deflateRawSync(Buffer.from(json)));
    expect(link.length).toBeLessThan(LIMITS.linkChars);
    const t0 = performance.now();
    expect(await decodeShare(link)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('refuses a link whose session fits but one pasted input does not, naming the input and both sizes', async () => {
    const big = 'x'.repeat(LIMITS.pasteBytes + 1);
    const link = toBase64Url(deflateRawSync(Buffer.from(JSON.stringify(session({ pastes: { sourceKeyPolicy: big } })))));
    expect(await decodeShare(link)).toMatchObject({
      ok: false,
      problem: 'size',
      size: { code: 'paste-too-large', input: 'sourceKeyPolicy', size: LIMITS.pasteBytes + 1, max: LIMITS.pasteBytes },
    });
    // At the cap exactly it opens.
    const fits = toBase64Url(deflateRawSync(Buffer.from(JSON.stringify(session({ pastes: { sourceKeyPolicy: big.slice(1) } })))));
    expect(await decodeShare(fits)).toMatchObject({ ok: true });
  });

  it('refuses a link whose pasted inputs each fit but together exceed the session cap', async () => {
    const part = 'y'.repeat(LIMITS.pasteBytes - 10);
    const pastes = { sourceKeyPolicy: part, destinationVaultPolicy: part, tagPolicy: part, serviceControlPolicies: part, copyJob: part };
    const link = toBase64Url(deflateRawSync(Buffer.from(JSON.stringify(session({ pastes })))));
    expect(await decodeShare(link)).toMatchObject({ ok: false, problem: 'too-large' });
    // Three of them fit.
    const three = { sourceKeyPolicy: part, destinationVaultPolicy: part, tagPolicy: part };
    expect(await decodeShare(toBase64Url(deflateRawSync(Buffer.from(JSON.stringify(session({ pastes: three }))))))).toMatchObject({ ok: true });
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
    expect(readSessionFile('{}', 3_000_000)).toMatchObject({ ok: false, problem: 'size', size: { code: 'file-too-large', size: 3_000_000, max: LIMITS.fileBytes } });
    const oversize = JSON.stringify(session({ pastes: { copyJob: 'z'.repeat(LIMITS.pasteBytes + 5) } }));
    expect(readSessionFile(oversize, oversize.length)).toMatchObject({ ok: false, problem: 'size', size: { code: 'paste-too-large', input: 'copyJob' } });
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

describe('redaction of account IDs written with separators', () => {
  it('finds grouped IDs as people write them, and not inside longer tokens', () => {
    expect(accountIdsIn('source 2109-8765-4321, destination 3456 7890 1234.')).toEqual(['210987654321', '345678901234']);
    expect(accountIdsIn('acct 2109.8765.4321 and 2109\u00a08765\u00a04321')).toEqual(['210987654321', '210987654321']);
    expect(accountIdsIn('arn:aws:iam::210987654321:root')).toEqual(['210987654321']);
    // Not accounts: the middle groups of a key ID, mixed separators, 16-digit numbers written plain, a version string.
    expect(accountIdsIn('key/0b7f3c52-1234-5678-9012-6f2e9c1d7a58')).toEqual([]);
    expect(accountIdsIn('2109-8765 4321')).toEqual([]);
    expect(accountIdsIn('4111111111111111')).toEqual([]);
    expect(accountIdsIn('v1.2109.8765.4321')).toEqual([]);
  });

  it('replaces each form with the stand-in of the same ID, keeping how it was written', () => {
    const s = session({
      facts: { sourceAccountId: '210987654321', destinationAccountId: '345678901234' },
      answers: { note: 'vault owner is 3456-7890-1234' },
      pastes: {
        errorMessage: 'Access denied copying from account 2109 8765 4321 into 3456 7890 1234 (ticket: 2109-8765-4321)',
        sourceKeyPolicy: '{"Principal":{"AWS":"arn:aws:iam::345678901234:root"},"Sid":"Allow 3456.7890.1234"}',
      },
    });
    const { session: r, replaced } = redactAccountIds(s);
    expect(replaced).toEqual([
      ['210987654321', '100000000001'],
      ['345678901234', '100000000002'],
    ]);
    expect(r.answers.note).toBe('vault owner is 1000-0000-0002');
    expect(r.pastes.errorMessage).toBe('Access denied copying from account 1000 0000 0001 into 1000 0000 0002 (ticket: 1000-0000-0001)');
    expect(r.pastes.sourceKeyPolicy).toBe('{"Principal":{"AWS":"arn:aws:iam::100000000002:root"},"Sid":"Allow 1000.0000.0002"}');
    const text = JSON.stringify(r);
    for (const written of ['2109', '8765', '4321', '3456', '7890']) expect(text).not.toContain(written);
  });

  it('never hands out a stand-in that is already in the session, however it is written there', () => {
    const s = session({ facts: { sourceAccountId: '210987654321' }, pastes: { errorMessage: 'old ticket 1000-0000-0001' } });
    const { session: r } = redactAccountIds(s);
    expect(r.facts.sourceAccountId).toBe('100000000002');
    expect(r.pastes.errorMessage).toBe('old ticket 1000-0000-0003');
  });

  it('leaves no original ID in any form, for any mix of forms (property)', () => {
    const id = fc.stringMatching(/^[2-9]\d{11}$/);
    const form = fc.constantFrom('', '-', ' ', '.');
    const write = (x: string, sep: string) => (sep === '' ? x : [x.slice(0, 4), x.slice(4, 8), x.slice(8)].join(sep));
    fc.assert(
      fc.property(fc.array(fc.tuple(id, form, form), { minLength: 1, maxLength: 6 }), (items) => {
        const text = items.map(([x, a]) => `account ${write(x, a)}`).join('; ');
        const again = items.map(([x, , b]) => `(${write(x, b)})`).join(' ');
        const { session: r, replaced } = redactAccountIds(session({ pastes: { errorMessage: text }, answers: { note: again } }));
        const out = `${r.pastes.errorMessage} ${r.answers.note}`;
        for (const [x] of items) {
          expect(out.replace(/\D/g, '')).not.toContain(x);
          expect(accountIdsIn(out)).not.toContain(x);
        }
        expect(new Set(replaced.map(([o]) => o))).toEqual(new Set(items.map(([x]) => x)));
        expect(accountIdsIn(`${r.pastes.errorMessage} ${r.answers.note}`).every(isStandIn)).toBe(true);
      }),
    );
  });
});

describe('what a link or file brings', () => {
  it('names the accounts, Regions, resource type, pastes and answers, and says when the IDs are stand-ins', () => {
    const [, s] = examples.find(([f]) => f === 'key-policy-missing-destination.json')!;
    const plain = summarizeSession(s);
    expect(plain.accounts.map((a) => a.role)).toEqual(['source', 'destination']);
    expect(plain.accounts.every((a) => !a.standIn)).toBe(true);
    expect(plain.standIns).toBe(false);
    expect(plain.pastes).toEqual((Object.keys(s.pastes) as (keyof typeof s.pastes)[]).filter((k) => s.pastes[k]?.trim()).sort((a, b) => order(a) - order(b)));
    const redacted = summarizeSession(redactAccountIds(s).session);
    expect(redacted.accounts).toEqual([
      { role: 'source', id: '100000000001', standIn: true },
      { role: 'destination', id: '100000000002', standIn: true },
    ]);
    expect(redacted.standIns).toBe(true);
  });

  it('takes accounts and Regions from a pasted copy job when the facts are empty, and counts answers without the start choice', () => {
    const copyJob = JSON.stringify({
      CopyJob: {
        SourceBackupVaultArn: 'arn:aws:backup:us-east-1:210987654321:backup-vault:src',
        DestinationBackupVaultArn: 'arn:aws:backup:eu-west-1:345678901234:backup-vault:central',
        ResourceType: 'EBS',
      },
    });
    const sum = summarizeSession(session({ pastes: { copyJob }, answers: { start: 'error', organization: 'same' } }));
    expect(sum.accounts).toEqual([
      { role: 'source', id: '210987654321', standIn: false },
      { role: 'destination', id: '345678901234', standIn: false },
    ]);
    expect(sum.regions).toEqual([
      { role: 'source', region: 'us-east-1' },
      { role: 'destination', region: 'eu-west-1' },
    ]);
    expect(sum.resourceType).toBe('EBS');
    expect(sum.pastes).toEqual(['copyJob']);
    expect(sum.answers).toBe(1);
  });

  it('knows when two sessions hold the same', () => {
    const a = session({ facts: { sourceRegion: 'us-east-1' }, answers: { x: '1', y: '2' } });
    expect(sameSession(a, session({ facts: { sourceRegion: 'us-east-1' }, answers: { y: '2', x: '1' } }))).toBe(true);
    expect(sameSession(a, session({ facts: { sourceRegion: 'us-east-2' }, answers: { x: '1', y: '2' } }))).toBe(false);
    expect(sameSession(session(), session({ pastes: { errorMessage: 'x' } }))).toBe(false);
  });
});

const PASTE_ORDER = ['errorMessage', 'copyJob', 'sourceKeyPolicy', 'sourceKeyMetadata', 'destinationVaultPolicy', 'destinationVault', 'destinationKeyMetadata', 'globalSettings', 'sourceOrganization', 'destinationOrganization', 'tagPolicy', 'resourceTags', 'serviceControlPolicies'];
const order = (k: string) => PASTE_ORDER.indexOf(k);
