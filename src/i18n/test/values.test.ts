// The words for rejected values: every kind, reason and free-text answer has them in both languages, and a
// rejection reads as a sentence (no {name} left) wherever it came from.
import { describe, expect, it } from 'vitest';
import { REJECT_REASONS, VALUE_KINDS } from '../../engine/core/formats';
import { rejectionFinding, rejectionWords } from '../../engine/inputs/rejections';
import { TREE } from '../../wizard/tree';
import { PASTE_KEYS } from '../../engine/types';
import { LANGS } from '../index';
import { catalogs, t } from '../index';


describe('values catalog', () => {

  it('has words for every kind of value, every reason and every free-text answer', () => {
    const fields = Object.values(TREE).flatMap((n) => n.fields ?? []);
    expect(fields.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const k of VALUE_KINDS) expect(catalogs[lang][`value.kind.${k}`], `${lang} ${k}`).toBeDefined();
      for (const r of REJECT_REASONS) expect(catalogs[lang][`value.reason.${r}`], `${lang} ${r}`).toBeDefined();
      for (const f of fields) expect(catalogs[lang][`value.answer.${f}`], `${lang} ${f}`).toBeDefined();
    }
  });

  it('reads as a sentence for a fact, an answer and a paste field, in both languages', () => {
    const origins = [
      { input: 'facts' as const, fact: 'destinationVaultName' as const },
      { input: 'answers' as const, answer: 'destinationCustomerKeyArn' },
      ...PASTE_KEYS.map((input) => ({ input, field: 'SomeField' })),
    ];
    for (const lang of LANGS) {
      for (const origin of origins) {
        for (const reason of REJECT_REASONS) {
          const f = rejectionFinding({ kind: 'vaultName', reason, origin });
          const message = t(lang, `finding.${f.code}`, rejectionWords(f.params!, (key, p) => t(lang, key, p)));
          expect(message, `${lang} ${JSON.stringify(origin)} ${reason}`).not.toMatch(/\{\w+\}|value\.(kind|reason|from|answer)\./);
          expect(message).toContain('VAULT_NAME');
        }
      }
    }
  });
});
