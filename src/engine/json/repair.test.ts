import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn } from './parse';
import { detectDamage, repairText, repairedToOriginal, type Damage } from './repair';

const kinds = (d: Damage[]) => d.map((x) => x.kind);

// The AWS default key policy, plus the cross-account statements of the knowledge file, as the console shows it.
const KEY_POLICY = `{
    "Version": "2012-10-17",
    "Id": "key-consolepolicy-3",
    "Statement": [
        {
            "Sid": "Enable IAM User Permissions",
            "Effect": "Allow",
            "Principal": {
                "AWS": "arn:aws:iam::111122223333:root"
            },
            "Action": "kms:*",
            "Resource": "*"
        },
        {
            "Sid": "Allow use of the key",
            "Effect": "Allow",
            "Principal": {
                "AWS": "arn:aws:iam::444455556666:root"
            },
            "Action": [
                "kms:Encrypt",
                "kms:Decrypt",
                "kms:ReEncrypt*",
                "kms:GenerateDataKey*",
                "kms:DescribeKey"
            ],
            "Resource": "*"
        },
        {
            "Sid": "Allow attachment of persistent resources",
            "Effect": "Allow",
            "Principal": {
                "AWS": "arn:aws:iam::444455556666:root"
            },
            "Action": [
                "kms:CreateGrant",
                "kms:ListGrants",
                "kms:RevokeGrant"
            ],
            "Resource": "*",
            "Condition": {
                "Bool": {
                    "kms:GrantIsForAWSResource": "true"
                }
            }
        }
    ]
}`;

describe('detectDamage / repairText', () => {
  it('leaves valid JSON alone, including curly quotes, NBSP and // inside strings', () => {
    const valid = [
      KEY_POLICY,
      '{"Sid": "It’s “quoted”", "Note": "a\u00a0b\u200bc", "Url": "https://example.com/*", "X": "/* no */"}',
      '{"a": "x”: y", "b": ["”", "“", "’"], "c": "say “hi”, ok"}',
      '[1, 2.5e3, true, false, null, {}, [], ""]',
      '"just a string"',
      '{"esc": "\\"quoted\\" and \\\\ and \\u201c"}',
    ];
    for (const text of valid) {
      expect(detectDamage(text)).toEqual([]);
      expect(repairText(text).text).toBe(text);
    }
  });

  it('repairs a policy pasted from a chat app (every quote curly)', () => {
    const pasted = KEY_POLICY.replace(/"([^"]*)"/g, '“$1”');
    const { text, changes } = repairText(pasted);
    expect(text).toBe(KEY_POLICY);
    expect(new Set(kinds(changes))).toEqual(new Set(['TYPOGRAPHIC_QUOTES']));
    expect(changes).toHaveLength((KEY_POLICY.match(/"/g) ?? []).length);
  });

  it('repairs quotes whose direction the autocorrect got wrong, and mixed straight and curly quotes', () => {
    expect(repairText('{”Version”: ”2012-10-17”}').text).toBe('{"Version": "2012-10-17"}');
    expect(repairText('{"Version”: "2012-10-17"}').text).toBe('{"Version": "2012-10-17"}');
    expect(repairText('{“Version": “2012-10-17"}').text).toBe('{"Version": "2012-10-17"}');
    expect(repairText('{„Effect“: „Allow“}').text).toBe('{"Effect": "Allow"}');
    expect(repairText('{＂Effect＂: ＂Allow＂}').text).toBe('{"Effect": "Allow"}');
    expect(JSON.parse(repairText('{“Action”: [“kms:Decrypt”, “kms:Encrypt”]}').text)).toEqual({
      Action: ['kms:Decrypt', 'kms:Encrypt'],
    });
  });

  it('keeps an apostrophe and quotes that are text inside a curly-quoted string', () => {
    const { text } = repairText('{“Sid”: “Don’t remove”, “Note”: “the “real” one”}');
    expect(JSON.parse(text)).toEqual({ Sid: 'Don’t remove', Note: 'the “real” one' });
  });

  it('repairs curly single quotes used as delimiters but not apostrophes', () => {
    expect(repairText('{‘Effect’: ‘Allow’}').text).toBe('{"Effect": "Allow"}');
    expect(JSON.parse(repairText('{‘Sid’: ‘Owner’s key’}').text)).toEqual({ Sid: 'Owner’s key' });
    // An apostrophe outside any string is left for the parser to report.
    expect(repairText('{"a": 1} it’s').changes).toEqual([]);
  });

  it('removes trailing commas, also across comments and newlines', () => {
    const { text, changes } = repairText('{\n  "a": [1, 2,],\n  "b": {"c": 3,\n  // last\n  },\n}');
    expect(JSON.parse(text)).toEqual({ a: [1, 2], b: { c: 3 } });
    expect(kinds(changes)).toEqual(['TRAILING_COMMA', 'TRAILING_COMMA', 'COMMENT', 'TRAILING_COMMA']);
    const [first] = changes;
    expect(first).toMatchObject({ offset: 14, line: 2, column: 12, found: ',' });
  });

  it('does not touch commas that are not trailing', () => {
    expect(repairText('[,]').changes).toEqual([]);
    expect(repairText('[1,,2]').changes).toEqual([]);
    expect(repairText('{"a": "x,}"}').changes).toEqual([]);
  });

  it('removes comments outside strings; a comment alone on its line takes the line', () => {
    const pasted = [
      '// key policy for the source account',
      '{',
      '  "Version": "2012-10-17", // do not change',
      '  /* the statements',
      '     below */',
      '  "Statement": [] /* none yet */',
      '}',
    ].join('\n');
    const { text, changes } = repairText(pasted);
    expect(text).toBe('{\n  "Version": "2012-10-17",\n  "Statement": []\n}');
    expect(changes.map((c) => [c.kind, c.line, c.column])).toEqual([
      ['COMMENT', 1, 0],
      ['COMMENT', 3, 27],
      ['COMMENT', 4, 2],
      ['COMMENT', 6, 18],
    ]);
  });

  it('never glues two tokens together when removing a comment', () => {
    expect(repairText('[1/* x */2]').text).toBe('[1 2]');
  });

  it('leaves an unterminated block comment for the parser', () => {
    expect(repairText('{"a": 1} /* open').changes).toEqual([]);
  });

  it('removes a byte-order mark and replaces non-breaking spaces outside strings', () => {
    const pasted = '\uFEFF{\n\u00a0\u00a0"a":\u202f"x\u00a0y",\u200b\n\u3000"b": 1}';
    const { text, changes } = repairText(pasted);
    expect(text).toBe('{\n  "a": "x\u00a0y",\n "b": 1}');
    expect(changes.map((c) => [c.kind, c.line, c.column, c.length])).toEqual([
      ['BYTE_ORDER_MARK', 1, 0, 1],
      ['NON_BREAKING_SPACE', 2, 0, 2],
      ['NON_BREAKING_SPACE', 2, 6, 1],
      ['NON_BREAKING_SPACE', 2, 13, 1],
      ['NON_BREAKING_SPACE', 3, 0, 1],
    ]);
  });

  it('reports positions in the text as given', () => {
    const pasted = '{\r\n  “a”: 1,\r\n}';
    for (const d of detectDamage(pasted)) {
      expect(lineColumn(pasted, d.offset)).toEqual({ line: d.line, column: d.column });
      expect(pasted.slice(d.offset, d.offset + d.length)).toBe(d.found);
    }
  });

  it('maps repaired offsets back to the original text', () => {
    const pasted = '\uFEFF{ “a”: [1, 2,], // c\n “b”: “x” }';
    const { text, changes } = repairText(pasted);
    const back = repairedToOriginal(changes);
    expect(text).toBe('{ "a": [1, 2],\n "b": "x" }');
    expect(back(text.indexOf('[1'))).toBe(pasted.indexOf('[1'));
    expect(back(text.indexOf('"b"'))).toBe(pasted.indexOf('“b”'));
    expect(back(text.indexOf('x'))).toBe(pasted.indexOf('x'));
    expect(back(text.length)).toBe(pasted.length);
  });

  it('never throws on odd input', () => {
    for (const s of ['', '/', '/*', '*/', '"', '“', '‘', '\\', '"\\', ',', ',]', '\uFEFF', '\uFEFF\uFEFF', '“\n”', '‘a\n’']) {
      expect(() => repairText(s)).not.toThrow();
    }
    expect(repairText(undefined as unknown as string)).toEqual({ text: '', changes: [] });
  });
});

// Property tests -----------------------------------------------------------------------------------------------

/** Characters that matter to the repair, mixed with ordinary ones. */
const tricky = fc.constantFrom(
  '"', '“', '”', '„', '″', '‘', '’', "'", '\\', '/', '*', ',', ':', '{', '}', '[', ']', ' ', '\n', '\r', '\t',
  '\u00a0', '\u202f', '\u200b', '\uFEFF', 'a', '1', 'x', '/*', '*/', '//', '\\"',
);
const trickyText = fc.array(tricky, { maxLength: 60 }).map((a) => a.join(''));

/** A real policy with damage inserted at random places. */
const damaged = fc
  .array(fc.tuple(fc.nat({ max: KEY_POLICY.length }), tricky), { maxLength: 12 })
  .map((inserts) => {
    let s = KEY_POLICY;
    for (const [at, ch] of [...inserts].sort((a, b) => b[0] - a[0])) s = s.slice(0, at) + ch + s.slice(at);
    return s;
  });

const chatPaste = fc
  .array(fc.boolean(), { minLength: 200, maxLength: 200 })
  .map((flags) => {
    let i = 0;
    return KEY_POLICY.replace(/"/g, () => (flags[i++ % flags.length] ? '"' : i % 2 ? '“' : '”'));
  });

const textValue = fc.string({ unit: fc.constantFrom('a', ' ', '’', '“', '”', '"', '\\', '/', '*', ',', '}', '\u00a0', '\u200b', 'é', '漢') });
const validJson = fc
  .tuple(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(textValue, fc.oneof(textValue, fc.integer(), fc.boolean())),
    fc.constantFrom(0, 2, 4, '\t'),
  )
  .map(([a, b, indent]) => JSON.stringify({ a, b }, null, indent));

describe('repair properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), trickyText, damaged, chatPaste), (s) => {
        const once = repairText(s).text;
        const twice = repairText(once);
        expect(twice.changes).toEqual([]);
        expect(twice.text).toBe(once);
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('changes nothing in valid JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), validJson), (s) => {
        expect(repairText(s).text).toBe(s);
      }),
      { numRuns: 800 },
    );
  }, 30_000);

  it('keeps every string value of a chat paste intact', () => {
    fc.assert(
      fc.property(chatPaste, (s) => {
        expect(JSON.parse(repairText(s).text)).toEqual(JSON.parse(KEY_POLICY));
      }),
    );
  }, 30_000);

  it('reports damage at its place, with sorted non-overlapping edits', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, damaged), (s) => {
        const changes = detectDamage(s);
        let end = 0;
        for (const d of changes) {
          expect(s.slice(d.offset, d.offset + d.length)).toBe(d.found);
          expect(lineColumn(s, d.offset)).toEqual({ line: d.line, column: d.column });
          expect(d.edit.offset).toBeGreaterThanOrEqual(end);
          end = d.edit.offset + d.edit.length;
        }
        expect(end).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 800 },
    );
  }, 30_000);

  it('maps unchanged characters of the repaired text back to the same characters', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, damaged), (s) => {
        const { text, changes } = repairText(s);
        const back = repairedToOriginal(changes);
        const edited = new Uint8Array(s.length + 1);
        for (const d of changes) edited.fill(1, d.edit.offset, d.edit.offset + d.edit.length);
        for (let i = 0; i <= text.length; i++) {
          const o = back(i);
          if (o < 0 || o > s.length) throw new Error(`offset ${i} maps to ${o}`);
          if (i < text.length && !edited[o] && s[o] !== text[i]) throw new Error(`offset ${i} maps to ${o}: ${s[o]} != ${text[i]}`);
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});
