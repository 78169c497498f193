// What the diagnosis carries for the screens, so no screen recomputes it: the repairs offered for damaged pastes,
// where each fix runs, and what is wrong with each fact.
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { cliRendering, runInPlace } from './fixes/render';
import { repairText } from './json/repair';
import { loadExample, exampleSessions } from '../test-support/examples';
import { OUTPUTS } from '../test-support/outputs';
import { pack } from '../test-support/pack';
import type { Session } from './types';

const chat = loadExample('key-policy-pasted-from-chat.json');
const withFacts = (s: Session, facts: Session['facts']): Session => ({ ...s, facts: { ...s.facts, ...facts } });

describe('Diagnosis.repairs', () => {
  it('offers the repaired key policy and the damage kinds of a policy pasted from a chat', () => {
    const d = diagnose(chat, pack);
    expect(d.repairs?.sourceKeyPolicy).toEqual({ kinds: ['TYPOGRAPHIC_QUOTES', 'TRAILING_COMMA'], text: repairText(chat.pastes.sourceKeyPolicy!).text });
    // The repaired text parses, and the error message (prose) is never offered a repair.
    expect(() => JSON.parse(d.repairs!.sourceKeyPolicy!.text)).not.toThrow();
    expect(Object.keys(d.repairs ?? {})).toEqual(['sourceKeyPolicy']);
  });

  it('is absent when no paste is damaged', () => {
    const d = diagnose(loadExample('key-policy-working.json'), pack);
    expect(d.repairs).toBeUndefined();
  });
});

describe('Fix.runInPlace', () => {
  it('names the account, and the ID and Region from the facts when the fix does not', () => {
    const d = diagnose(chat, pack);
    const fix = d.checks.find((c) => c.id === 'source-key-policy')!.fix!;
    expect(fix.runInPlace).toEqual({ account: 'source', accountId: '210987654321', region: 'eu-west-1' });
    expect(fix.runIn).toBe('source account');
    // The copy role's fix names its account but no Region: the Region is the source Region of the facts.
    const role = diagnose(loadExample('role-cannot-be-assumed.json'), pack).checks.find((c) => c.id === 'iam-role')!.fix!;
    expect(role.region).toBeUndefined();
    expect(role.runInPlace).toEqual({ account: 'source', accountId: '210987654321', region: 'eu-west-1' });
  });

  it('is what the renderings name, whatever facts they are given', () => {
    for (const { id, session } of exampleSessions) {
      const d = diagnose(session, pack);
      for (const c of d.checks) {
        if (!c.fix) continue;
        expect(c.fix.runInPlace, `${id} ${c.id}`).toBeDefined();
        const place = runInPlace(c.fix, {});
        expect({ accountId: place.accountId, region: place.region }, `${id} ${c.id}`).toEqual({ accountId: c.fix.runInPlace!.accountId, region: c.fix.runInPlace!.region });
        if (c.fix.runInPlace!.accountId) expect(cliRendering(c, {})?.text ?? c.fix.runInPlace!.accountId).toContain(c.fix.runInPlace!.accountId);
      }
    }
  });
});

describe('Diagnosis.factProblems', () => {
  it('is absent when every fact the facts step asks for is well formed', () => {
    expect(diagnose(chat, pack).factProblems).toBeUndefined();
  });

  it('names each problem with the facts step words, on the typed value', () => {
    const d = diagnose(
      withFacts(chat, {
        sourceAccountId: '1111 2222 3333',
        destinationAccountId: '111122223333',
        sourceRegion: 'moon-east-1',
        organizationId: 'o-UPPER',
        destinationVaultName: 'a;b',
      }),
      pack,
    );
    expect(d.factProblems).toEqual({
      sourceAccountId: { code: 'has-space' },
      destinationAccountId: { code: 'example-id' },
      sourceRegion: { code: 'unknownRegion', params: { region: 'moon-east-1' } },
      organizationId: { code: 'orgId' },
      destinationVaultName: { code: 'vaultName' },
    });
  });

  it('asks for missing account IDs, and takes a pasted value when none is typed', () => {
    expect(diagnose({ ...chat, facts: {} }, pack).factProblems).toEqual({ sourceAccountId: { code: 'empty' }, destinationAccountId: { code: 'empty' } });
    const job: Session = { ...chat, facts: {}, pastes: { copyJob: OUTPUTS.describeCopyJob } };
    expect(diagnose(job, pack).factProblems).toBeUndefined();
    // A typed value is judged even where a paste gives a good one (the facts step shows the typed one).
    expect(diagnose(withFacts(job, { sourceAccountId: '12345' }), pack).factProblems).toEqual({ sourceAccountId: { code: 'not-12-digits' } });
  });
});
