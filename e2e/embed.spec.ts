// Embedding and theming: ?embed=1 inside an iframe on another page hides the chrome and reports its height;
// dark mode follows the system, can be toggled, is remembered, and stays axe clean (contrast included).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectStep, openFresh, test } from './fixtures';

// A docs page that hosts the app, as README "Embedding in an iframe" shows: it listens for the height messages.
const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Docs host</title></head>
<body style="margin:0;font-family:sans-serif">
<main><h1>Our backup runbook</h1>
<iframe id="doctor" title="Copy Doctor" src="index.html?embed=1#/step/start" style="width:100%;border:0;height:150px"></iframe>
<p>After the frame.</p></main>
<script>
  window.heights = [];
  window.addEventListener('message', function (e) {
    if (e.data && e.data.type === 'copy-doctor:height' && typeof e.data.height === 'number') {
      window.heights.push(e.data.height);
      document.getElementById('doctor').style.height = e.data.height + 'px';
    }
  });
</script></body></html>`;

const heights = (page: Page) => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
const last = async (page: Page) => (await heights(page)).at(-1) ?? 0;

test('embed mode: no page chrome, and the frame grows and shrinks with the content', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await page.route('**/embed-host.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: HOST }));
  await page.goto('./embed-host.html');
  const frame = page.frameLocator('#doctor');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('What do you have?');
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('contentinfo')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Save or share' })).toBeVisible();
  await expect.poll(() => heights(page)).not.toEqual([]);
  const start = await last(page);
  expect(start).toBeGreaterThan(300);
  // The frame is as tall as the content: nothing to scroll inside it.
  await expect.poll(async () => (await page.locator('#doctor').boundingBox())?.height).toBe(start);
  const inner = page.frames().find((f) => f.url().includes('embed=1'))!;
  expect(await inner.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(start + 1);
  await axe('embedded start');

  await frame.getByLabel('Try an example').check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Example scenarios');
  await expect(frame.getByRole('listitem').first()).toBeVisible();
  await expect.poll(() => last(page)).toBeGreaterThan(start + 200);
  const gallery = await last(page);
  await expect.poll(async () => (await page.locator('#doctor').boundingBox())?.height).toBe(gallery);

  await frame.getByRole('link', { name: 'Back' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('What do you have?');
  await expect.poll(() => last(page)).toBeLessThan(gallery);
  // Every message has the documented shape.
  expect((await heights(page)).every((h) => Number.isInteger(h) && h > 0)).toBe(true);
});

test('a host page can pick the theme of an embedded copy', async ({ page, gates: _g, axe }) => {
  await openFresh(page);
  await page.goto('./index.html?embed=1&theme=dark#/step/start');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg(page)).toBe('rgb(15, 23, 42)');
  await axe('embedded, dark by request');
  expect(await page.evaluate(() => localStorage.getItem('copy-doctor:theme'))).toBeNull();
});

test('outside a frame, embed mode sends nothing and the full page keeps its header and footer', async ({ page, gates: _g }) => {
  await openFresh(page);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await page.goto('./index.html?embed=1#/step/start');
  await expectStep(page, 'What do you have?');
  await expect(page.getByRole('banner')).toHaveCount(0);
});

const example = readFileSync('public/examples/key-policy-missing-destination.json', 'utf8');
const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('dark mode follows the system and is axe clean on every kind of screen', async ({ page, gates: _g, axe }) => {
  test.setTimeout(240_000); // ten axe scans on a busy two-core machine
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFresh(page);
  expect(await bg(page)).toBe('rgb(15, 23, 42)');
  await axe('dark start');
  await page.getByRole('button', { name: 'Continue' }).click();
  await axe('dark start with problem');
  await page.evaluate((s) => localStorage.setItem('copy-doctor:session:v1', s), example);
  await page.reload();
  for (const [hash, title] of [
    ['#/step/triage', 'What does the copy job say?'],
    ['#/step/facts', 'Which accounts and Regions?'],
    ['#/step/check-source-key-policy', /key policy/i],
    ['#/step/results', 'Your checklist'],
    ['#/step/examples', 'Example scenarios'],
  ] as const) {
    await page.goto(`./${hash}`);
    await expectStep(page, title);
    await axe(`dark ${hash}`);
  }
  await page.goto('./#/step/check-source-key-policy');
  await expect(page.getByRole('region', { name: /Verdict/ })).toContainText('Fail');
  await axe('dark key policy with findings');
  await page.getByRole('button', { name: 'Save or share' }).click();
  await page.getByLabel('Include what I pasted (policies and command outputs)').check();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
  await axe('dark share dialog');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Start over' }).click();
  await axe('dark start over');
});

test('the theme switch overrides the system and is remembered', async ({ page, gates: _g, axe }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFresh(page);
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  await theme.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg(page)).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('light');
  expect(await bg(page)).toBe('rgb(255, 255, 255)');
  await axe('light chosen on a dark system');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Theme').selectOption('dark');
  expect(await bg(page)).toBe('rgb(15, 23, 42)');
  await axe('dark chosen on a light system');
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await bg(page)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => localStorage.getItem('copy-doctor:theme'))).toBeNull();

  await page.getByLabel('Language').selectOption('zh-TW');
  await expect(page.getByLabel('佈景主題')).toHaveValue('system');
  await page.getByLabel('佈景主題').selectOption('dark');
  await axe('dark zh-TW');
});
