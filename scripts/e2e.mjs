// Runs the browser tests against the built bundle, with whatever Chromium can be found.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

if (!existsSync(`${process.env.DIST ?? 'dist'}/index.html`)) {
  console.error('No build found: run `npm run build` first (npm test does it for you).');
  process.exit(1);
}
let browser;
try {
  browser = await findBrowser();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
if (!browser) {
  console.error(
    [
      'No Chromium found for the browser tests. Install one of these, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Any system:     npx playwright install chromium',
      '  Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Browser tests use ${browser.path ?? "Playwright's own Chromium"} (${browser.from}).`);
const env = { ...process.env };
if (browser.path) env.CHROMIUM_PATH = browser.path;
else delete env.CHROMIUM_PATH;
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
