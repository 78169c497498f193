import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lineColumn, locate } from '../../json/parse';
import { readPolicyText } from '../../json/policyText';
import { GRAMMAR_CODES, grammarFindings, type PolicyKind } from '.';
import { DEST, findings, KEY_POLICY, OPTS, pretty, SCP, VAULT_POLICY_ORG } from './testPolicies';

describe('finding locations', () => {
  it('knows the path of a statement inside a list of SCPs', () => {
    const [f] = findings([SCP, { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Resource: '*' }] }], 'scp');
    expect(f?.location).toMatchObject({ input: 'serviceControlPolicies', path: [1, 'Statement', 0] });
  });
});

// Property tests -----------------------------------------------------------------------------------------------

const KNOWN = new Set<string>(GRAMMAR_CODES);

/** Does the path go through an object that has the same key twice (locate then finds the first one)? */
function ambiguous(root: Node | undefined, path: (string | number)[]): boolean {
  let node = root;
  for (const seg of path) {
    if (!node) return false;
    if (typeof seg === 'number') {
      node = node.children?.[seg];
      continue;
    }
    const matches = (node.children ?? []).filter((p) => p.children?.[0]?.value === seg);
    if (matches.length > 1) return true;
    node = matches[0]?.children?.[1];
  }
  return false;
}

function checkFindings(text: string, kind: PolicyKind) {
  const pt = readPolicyText(text);
  const fs = grammarFindings(pt, kind, OPTS);
  for (const f of fs) {
    if (!KNOWN.has(f.code)) throw new Error(`unknown code ${f.code}`);
    if (f.code === 'GRAMMAR_INTERNAL_ERROR') throw new Error('internal error');
    const loc = f.location;
    if (!loc) throw new Error(`${f.code} has no location`);
    if (loc.offset === undefined || loc.offset < 0 || loc.offset + (loc.length ?? 0) > text.length) throw new Error(`${f.code} out of range`);
    expect(lineColumn(text, loc.offset)).toEqual({ line: loc.line, column: loc.column });
    if (loc.path.length > 0 && f.code !== 'DUPLICATE_KEY' && !ambiguous(pt.parsed.root, loc.path)) {
      const at = locate(pt.parsed, loc.path);
      expect({ offset: at?.offset, length: at?.length }).toEqual({ offset: loc.offset, length: loc.length });
    }
  }
  return fs;
}

const brokenKeyPolicy = pretty(KEY_POLICY).replace(`arn:aws:iam::${DEST}:role`, 'arn:aws:iam:::111111111111:role');
const mutations = (base: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: base.length }),
        fc.nat({ max: 6 }),
        fc.constantFrom('', '"', '“', '”', ',', '}', '{', ']', '[', ':', ' :root', '*', 'Princpal', '"x": 1,', '\u00a0', '//c\n', '1234567890123', 'SourceAccountID'),
      ),
      { maxLength: 6 },
    )
    .map((edits) => {
      let s = base;
      for (const [at, del, ins] of edits) s = s.slice(0, at) + ins + s.slice(at + del);
      return s;
    });
const wrapped = (inner: fc.Arbitrary<string>) => inner.map((p) => JSON.stringify({ Policy: p, PolicyName: 'default' }, null, 4));

describe('grammarFindings properties', () => {
  it('never throws; every finding is known, located in the pasted text, and where its path says', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          mutations(brokenKeyPolicy),
          mutations(pretty(VAULT_POLICY_ORG)),
          wrapped(mutations(pretty(KEY_POLICY))),
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ Version: '2012-10-17', Statement: [v] })),
        ),
        fc.constantFrom<PolicyKind>('key', 'vault', 'scp'),
        (text, kind) => {
          checkFindings(text, kind);
        },
      ),
      { numRuns: 700 },
    );
  }, 30_000);

  it('does not throw on values of any type in any element', () => {
    const anyValue = fc.jsonValue({ maxDepth: 2 });
    const statement = fc.record(
      { Sid: anyValue, Effect: anyValue, Principal: anyValue, NotPrincipal: anyValue, Action: anyValue, NotAction: anyValue, Resource: anyValue, Condition: anyValue },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.record({ Version: anyValue, Id: anyValue, Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 }), anyValue) }, { requiredKeys: [] }), fc.constantFrom<PolicyKind>('key', 'vault', 'scp'), (policy, kind) => {
        checkFindings(pretty(policy), kind);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
