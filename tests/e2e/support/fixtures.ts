import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

/** WCAG levels every page must meet (axe-core tags). */
const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Console messages that are not failures. MSW announces itself on the console
 * (`[MSW] Mocking enabled.`); anything else logged as an error fails the test.
 */
const ALWAYS_ALLOWED: RegExp[] = [
  /^\[MSW\]/,
  // MSW's own start-up calls registration.update() without awaiting it; when the page reloads
  // itself to let the worker take control, that call rejects. Mock builds only, not our code.
  /Failed to update a ServiceWorker for scope .* with script .*mockServiceWorker\.js.*: Not found/,
];

type Fixtures = {
  /** Runs axe on the page as it is now and fails listing each violation id with its targets. */
  expectNoA11yViolations: (page: Page, label: string) => Promise<void>;
  /** Saves a full-page screenshot to tests/e2e/screenshots/<name>.png. */
  shoot: (page: Page, name: string) => Promise<string>;
  /**
   * Console errors a test expects (e.g. "Failed to load resource … 500" when a test switches a
   * mock into its error mode). Override with `test.use({ allowedConsoleErrors: [/…/] })`.
   */
  allowedConsoleErrors: RegExp[];
  /** Automatic: fails the test on any console error or uncaught page error. */
  failOnPageErrors: void;
  /**
   * Automatic: fails the test on any Content-Security-Policy violation, so every journey proves
   * the built app runs under its policy (see scripts/csp.ts).
   */
  failOnCspViolations: void;
  /** Violations a test provokes on purpose (proving the policy blocks something). */
  allowedCspViolations: RegExp[];
};

async function expectNoA11yViolations(
  page: Page,
  label: string,
  testInfo?: TestInfo,
): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} [${v.impact ?? 'n/a'}]: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  if (testInfo && violations.length > 0) {
    await testInfo.attach(`axe-${label}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  expect(violations, `accessibility violations on "${label}"`).toEqual([]);
}

async function shoot(page: Page, name: string, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  allowedCspViolations: [[], { option: true }],

  expectNoA11yViolations: async ({}, use, testInfo) => {
    await use((page, label) => expectNoA11yViolations(page, label, testInfo));
  },

  shoot: async ({}, use, testInfo) => {
    const dir = path.join(testInfo.project.testDir, 'screenshots');
    await use((page, name) => shoot(page, name, dir));
  },

  failOnPageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const allowed = [...ALWAYS_ALLOWED, ...allowedConsoleErrors];
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowed.some((pattern) => pattern.test(text))) return;
        const { url, lineNumber } = message.location();
        problems.push(`console.error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => {
        // MSW's unawaited update() rejects as an uncaught error too, not only on the console.
        if (ALWAYS_ALLOWED.some((pattern) => pattern.test(error.message))) return;
        // A thrown non-Error arrives with no message or stack: say where it happened instead.
        const detail = error.stack || error.message || `${error.name || 'non-Error value'} thrown`;
        problems.push(`uncaught on ${page.url()}: ${detail}`);
      });
      await use();
      expect(problems, 'console errors / uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],

  failOnCspViolations: [
    async ({ page, allowedCspViolations }, use) => {
      const violations: string[] = [];
      // A binding survives navigations; the listener is installed in every new document first.
      await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
        document.addEventListener('securitypolicyviolation', (event) => {
          report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) on ${location.pathname}`);
        });
      });
      await use();
      const unexpected = violations.filter((text) => !allowedCspViolations.some((pattern) => pattern.test(text)));
      expect(unexpected, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
