// The JS budget for the start page: the entry script and every module it preloads, gzipped.
// The browser tests check that the start page loads no JS beyond this set.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUDGET_KB = 130;
const dist = process.env.DIST ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1].replace(/^\.\//, ''));

let total = 0;
for (const f of new Set(files)) {
  const gz = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  total += gz;
  console.log(`  ${f}: ${(gz / 1024).toFixed(1)} KB gzipped`);
}
const kb = total / 1024;
writeFileSync(join(dist, '.budget.json'), JSON.stringify({ files: [...new Set(files)], gzipKB: Number(kb.toFixed(1)) }));
console.log(`Start page JS: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
