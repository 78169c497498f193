// Every browser test runs with the quality gates on: no console errors, no request off the app's origin,
// no Content-Security-Policy violation, and an axe scan that the test calls on every step it visits.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface Gates {
  consoleErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

export const test = base.extend<{ gates: Gates; axe: (label?: string) => Promise<void> }>({
  gates: async ({ page, baseURL }, use) => {
    const gates: Gates = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') gates.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => gates.consoleErrors.push(String(e)));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) gates.foreignRequests.push(u);
    });
    await page.exposeFunction('__cspViolation', (v: string) => gates.cspViolations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(gates);
    expect(gates.consoleErrors, 'console errors').toEqual([]);
    expect(gates.foreignRequests, 'requests to other origins').toEqual([]);
    expect(gates.cspViolations, 'CSP violations').toEqual([]);
  },
  axe: async ({ page }, use) => {
    await use(async (label = page.url()) => {
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary, `axe violations on ${label}`).toEqual([]);
    });
  },
});

export { expect };

/** The step heading, which says "Step X of Y" and holds focus after each step change. */
export async function expectStep(page: Page, title: string | RegExp) {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText(title);
  await expect(h1).toBeFocused();
}

export async function openFresh(page: Page, hash = '#/step/start') {
  await page.goto(`./${hash}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`./${hash}`);
  await page.reload();
}
