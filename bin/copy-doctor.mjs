#!/usr/bin/env node
// `npx copy-doctor ...` from a checkout: runs the TypeScript entry (src/cli/main.ts) through tsx, a devDependency,
// with the same arguments, streams and exit code.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const entry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
let tsx;
try {
  tsx = require.resolve('tsx/cli');
} catch {
  process.stderr.write('copy-doctor: tsx is missing; run npm ci in the Copy Doctor checkout first.\n');
  process.exit(2);
}
const run = spawnSync(process.execPath, [tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 2);
