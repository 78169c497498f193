import { describe, expect, it } from 'vitest';
import { parseSessionText, readSession } from './session';

const ok = { format: 'copy-doctor/session', version: 1 };

describe('readSession', () => {
  it('accepts a minimal document and fills the missing sections', () => {
    expect(readSession(ok)).toEqual({ ok: true, session: { format: 'copy-doctor/session', version: 1, facts: {}, answers: {}, pastes: {} } });
  });

  it('keeps known facts and pastes, every answer, and ignores unknown fields', () => {
    const r = readSession({
      ...ok,
      extra: true,
      facts: { sourceAccountId: '210987654321', colour: 'blue' },
      answers: { organization: 'same' },
      pastes: { sourceKeyPolicy: '{}', notes: 'x' },
    });
    expect(r).toEqual({
      ok: true,
      session: { ...ok, facts: { sourceAccountId: '210987654321' }, answers: { organization: 'same' }, pastes: { sourceKeyPolicy: '{}' } },
    });
  });

  it('rejects what is not a session, naming the problem', () => {
    expect(readSession([])).toEqual({ ok: false, error: 'A session document must be a JSON object, not a list.' });
    expect(readSession(null)).toMatchObject({ ok: false, error: expect.stringContaining('not null') });
    expect(readSession({ version: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('"format" must be "copy-doctor/session", but it is nothing') });
    expect(readSession({ format: 'copy-doctor/diagnosis', version: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('copy-doctor/diagnosis') });
    expect(readSession({ ...ok, version: 2 })).toMatchObject({ ok: false, error: expect.stringContaining('"version" must be 1') });
    expect(readSession({ ...ok, version: '1' })).toMatchObject({ ok: false, error: expect.stringContaining('the string "1"') });
    expect(readSession({ ...ok, facts: [] })).toMatchObject({ ok: false, error: '"facts" must be an object, but it is a list.' });
    expect(readSession({ ...ok, pastes: { sourceKeyPolicy: { Version: '2012-10-17' } } })).toMatchObject({
      ok: false,
      error: '"pastes.sourceKeyPolicy" must be a string, but it is an object.',
    });
    expect(readSession({ ...ok, answers: { organization: 1 } })).toMatchObject({ ok: false, error: expect.stringContaining('"answers.organization" must be a string') });
  });

  it('does not let __proto__ in answers change anything', () => {
    const r = readSession(JSON.parse('{"format":"copy-doctor/session","version":1,"answers":{"__proto__":"x","a":"b"}}'));
    expect(r.ok && r.session.answers).toEqual({ a: 'b' });
    expect(r.ok && Object.getPrototypeOf(r.session.answers)).toBe(Object.prototype);
  });
});

describe('parseSessionText', () => {
  it('parses JSON first, with a clear message when it is not JSON', () => {
    expect(parseSessionText('{"format": "copy-doctor/session", "version": 1}').ok).toBe(true);
    expect(parseSessionText('\uFEFF{"format": "copy-doctor/session", "version": 1}').ok).toBe(true);
    const bad = parseSessionText('{"format": ');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^The session file is not valid JSON/);
  });
});
