// The JS budget for the start page: the entry script, every module it preloads, and the chosen language's
// start-page words (one chunk per language, loaded before the first screen; the largest is counted), gzipped.
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
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const words = Object.entries(manifest)
  .filter(([source]) => /^src\/i18n\/[^/]+\/start\.ts$/.test(source))
  .map(([source, chunk]) => ({ source, file: chunk.file, imports: chunk.imports ?? [] }));
if (words.length === 0) throw new Error('No start-page words found in the build manifest.');
if (words.some((w) => w.imports.length > 0)) throw new Error('Start-page words import other chunks: count them too.');

const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
let total = 0;
for (const f of new Set(files)) {
  total += gz(f);
  console.log(`  ${f}: ${(gz(f) / 1024).toFixed(1)} KB gzipped`);
}
for (const w of words) console.log(`  ${w.file} (${w.source}): ${(gz(w.file) / 1024).toFixed(1)} KB gzipped`);
total += Math.max(...words.map((w) => gz(w.file)));
const kb = total / 1024;
const allowed = [...new Set([...files, ...words.map((w) => w.file)])];
writeFileSync(join(dist, '.budget.json'), JSON.stringify({ files: allowed, gzipKB: Number(kb.toFixed(1)) }));
console.log(`Start page JS: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
