// The layers hold because lint fails on an upward import (docs/decisions/0009-one-way-layers.md).
// Each row lints one line of code as if it sat in the given file, with the project's own ESLint config.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function blocked(file: string, from: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, { filePath: file });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

const UPWARD: [file: string, from: string][] = [
  ['src/lib/store.ts', '../features/share/link'],
  ['src/lib/i18n.ts', '../components/StepFrame'],
  ['src/lib/diagnosis.ts', '../app/Layout'],
  ['src/components/FixPanel.tsx', '../app/Layout'],
  ['src/components/FixPanel.tsx', '../features/results/order'],
  ['src/features/results/ResultsStep.tsx', '../share/link'],
  ['src/features/results/ResultsStep.tsx', '../../features/check/CheckStep'],
  ['src/features/check/CheckStep.tsx', '../../app/Steps'],
  ['src/i18n/index.ts', '../lib/store'],
  ['src/i18n/en/start.ts', 'react'],
  ['src/engine/diagnose.ts', '../lib/store'],
  ['src/engine/checks/iamRole.ts', 'react'],
  ['src/engine/checks/iamRole.ts', 'node:fs'],
  ['src/wizard/tree.ts', '../components/needs'],
  ['src/engine/core/shell.ts', '../policy/match'],
  ['src/engine/policy/grammar/elements.ts', '../../checks/common'],
  ['src/engine/inputs/copyJob.ts', '../report/md'],
  ['src/engine/json/parse.ts', '../fixes/merge'],
  ['src/engine/fixes/keyPolicyFix.ts', '../checks/verify'],
  ['src/engine/knowledge/schema.ts', '../triage/triage'],
];

const ALLOWED: [file: string, from: string][] = [
  ['src/app/Steps.tsx', '../features/check/CheckStep'],
  ['src/app/Layout.tsx', '../lib/store'],
  ['src/features/results/ResultsStep.tsx', '../../components/FixPanel'],
  ['src/features/results/ResultsStep.tsx', './order'],
  ['src/features/share/SharePanel.tsx', '../../lib/store'],
  ['src/components/FixPanel.tsx', '../lib/i18n'],
  ['src/lib/diagnosis.ts', '../engine/diagnose'],
  ['src/engine/core/formats.ts', '../ids'],
  ['src/engine/fixes/keyPolicyFix.ts', '../policy/requirements'],
  ['src/engine/checks/sourceKeyPolicy.ts', '../fixes/keyPolicyFix'],
  ['src/engine/triage/triage.ts', '../knowledge/schema'],
];

describe('one-way layers', () => {
  it.each(UPWARD)('%s may not import %s', async (file, from) => {
    expect(await blocked(file, from)).toBe(true);
  });
  it.each(ALLOWED)('%s may import %s', async (file, from) => {
    expect(await blocked(file, from)).toBe(false);
  });
});
