// A pasted copy job is read once per diagnosis, however many checks and facts use it (the readers remember the last
// few texts; what they return is frozen, so no reader can change it for the others).
import * as jsonc from 'jsonc-parser';
import { describe, expect, it, vi } from 'vitest';
import { diagnose } from './diagnose';
import { loadExample } from '../test-support/examples';
import { pack } from '../test-support/pack';

vi.mock('jsonc-parser', async (original) => {
  const real = await original<typeof import('jsonc-parser')>();
  return { ...real, parse: vi.fn(real.parse) };
});

describe('reading the copy job', () => {
  it('parses the pasted copy job once per diagnosis', () => {
    const session = loadExample('rds-cross-region-cross-account.json');
    const job = session.pastes.copyJob ?? '';
    expect(job).toContain('CopyJobId');
    const parse = vi.mocked(jsonc.parse);
    parse.mockClear();
    diagnose(session, pack);
    const ofTheJob = parse.mock.calls.filter(([text]) => text.includes('CopyJobId'));
    expect(ofTheJob.length).toBe(1);
  });

  it('hands the UI the status message it read, so no screen reads the copy job again', () => {
    const session = loadExample('rds-cross-region-cross-account.json');
    const message = (JSON.parse(session.pastes.copyJob ?? '{}') as { CopyJob?: { StatusMessage?: string } }).CopyJob?.StatusMessage;
    expect(message).toBeTruthy();
    expect(diagnose(session, pack).statusMessage).toBe(message);
  });
});
