import { describe, expect, it } from 'vitest';
import { checkDestinationVaultPolicy } from '../checks/destinationVaultPolicy';
import { checkSourceKeyPolicy } from '../checks/sourceKeyPolicy';
import { DEST, GRANTS, OWNER, SRC, USE, makeInput, policyText } from '../checks/testSupport';
import { documentHasPlaceholder } from '../checks/verify';
import { findPlaceholders, placeholderRole, replacePlaceholders } from './placeholders';

const ids = { sourceAccountId: SRC, destinationAccountId: DEST };

describe('placeholders', () => {
  it.each([
    ['SourceAccountID ', 'source'],
    ['[source-account-id]', 'source'],
    ['${SourceAccountId}', 'source'],
    ['<SRC_ACCOUNT>', 'source'],
    ['DestinationAccountID', 'destination'],
    ['<DESTINATION_ACCOUNT_ID>', 'destination'],
    ['TargetAccountId', 'destination'],
    ['{{backup_account_id}}', 'destination'],
    ['ACCOUNT_ID', undefined],
    ['<RESOURCE_ACCOUNT_ID>', undefined],
  ])('%s means the %s account', (text, role) => {
    expect(placeholderRole(text)).toBe(role);
  });

  it('replaces clear placeholders with a minimal edit, space removed, and leaves unclear ones', () => {
    const text = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::SourceAccountID :root', '<DESTINATION_ACCOUNT_ID>'] }, Action: 'kms:*', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::ACCOUNT_ID:root' }, Action: 'kms:Decrypt', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:Decrypt', Resource: '*' },
        ],
      },
      null,
      4,
    );
    const hits = findPlaceholders(JSON.parse(text), ids);
    expect(hits.map((h) => [h.placeholder, h.replacement])).toEqual([
      ['SourceAccountID ', `arn:aws:iam::${SRC}:root`],
      ['<DESTINATION_ACCOUNT_ID>', DEST],
      ['ACCOUNT_ID', undefined],
      ['123456789012', undefined],
    ]);
    const out = replacePlaceholders(text, hits);
    expect(out).toBe(text.replace('arn:aws:iam::SourceAccountID :root', `arn:aws:iam::${SRC}:root`).replace('<DESTINATION_ACCOUNT_ID>', DEST));
  });

  it('never leaves a placeholder in a verified document', () => {
    expect(documentHasPlaceholder('{"Statement":[{"Principal":{"AWS":"arn:aws:iam::[dest]:root"}}]}')).toBe(true);
    expect(documentHasPlaceholder(`{"Statement":[{"Principal":{"AWS":"arn:aws:iam::${DEST}:root"}}]}`)).toBe(false);
  });
});

describe('policy checks with placeholders', () => {
  it('key policy: a clear placeholder fails the check and is replaced in the fix', () => {
    const input = makeInput({ sourceKeyPolicy: policyText([OWNER, { ...USE, Principal: { AWS: 'arn:aws:iam::${DestinationAccountId}:root' } }, GRANTS]) });
    const r = checkSourceKeyPolicy(input);
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.code)).toContain('POLICY_PLACEHOLDER_REPLACED');
    const doc = r.fix!.documents[0]!.text;
    expect(doc).not.toContain('${');
    expect(documentHasPlaceholder(doc, input)).toBe(false);
  });

  it('key policy: an unclear placeholder is not guessed', () => {
    const r = checkSourceKeyPolicy(makeInput({ sourceKeyPolicy: policyText([OWNER, USE, GRANTS, { ...USE, Sid: 'Other', Principal: { AWS: 'arn:aws:iam::ACCOUNT_ID:root' } }]) }));
    expect(r.status).toBe('fail');
    expect(r.fix).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'POLICY_PLACEHOLDER_UNCLEAR')?.location?.line).toBeGreaterThan(0);
  });

  it('vault policy: the article principal becomes the source account', () => {
    const text = policyText([{ Sid: 'Copy', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::[source-account-id]:root' }, Action: 'backup:CopyIntoBackupVault', Resource: '*' }]);
    const r = checkDestinationVaultPolicy(makeInput({ destinationVaultPolicy: text }));
    expect(r.status).toBe('fail');
    expect(r.fix?.summaryCode).toBe('POLICY_PLACEHOLDERS_REPLACED');
    expect(r.fix!.documents[0]!.text).toBe(text.replace('[source-account-id]', SRC));
  });
});
