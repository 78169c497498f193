import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/diagnose';
import { TREE } from '../wizard/tree';
import { pack } from '../test-support/pack';
import type { CheckId, PasteKey, Session } from '../engine/types';
import { EXAMPLES_FOR } from './ExampleLoader';

const read = (file: string) => JSON.parse(readFileSync(`public/examples/${file}`, 'utf8')) as Session;
const checkOf = (input: PasteKey): CheckId =>
  Object.values(TREE).find((n) => n.check && n.inputs?.includes(input))!.check!;

describe('"Load example" on the check steps', () => {
  it('offers an example for every input a check step asks for', () => {
    for (const node of Object.values(TREE)) for (const input of node.check ? (node.inputs ?? []) : []) expect(EXAMPLES_FOR, input).toHaveProperty([input]);
  });

  it('loads a broken example that fails the check and a working one that passes it, each with that input', () => {
    for (const [input, files] of Object.entries(EXAMPLES_FOR) as [PasteKey, { broken?: string; working?: string }][]) {
      for (const [kind, file] of Object.entries(files)) {
        const session = read(file!);
        expect(session.pastes[input]?.trim(), `${file} has ${input}`).toBeTruthy();
        const status = diagnose(session, pack).checks.find((c) => c.id === checkOf(input))?.status;
        expect(status, `${input}: ${file}`).toBe(kind === 'broken' ? 'fail' : 'pass');
      }
    }
  });
});
