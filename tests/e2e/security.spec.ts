import { expect, test } from './support/fixtures';
import { signInWithVneid } from './support/sign-in';

test.describe('the Content-Security-Policy of the built app', () => {
  // This test injects an inline script on purpose: the browser must refuse it and say so.
  test.use({
    allowedCspViolations: [/^script-src/],
    allowedConsoleErrors: [/Content Security Policy/],
  });

  test('is in the page and refuses inline script', async ({ page }) => {
    await page.goto('/?mockLatency=0');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');

    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });
});

test('signing in keeps the token out of localStorage and personal data out of the URL', async ({ page }) => {
  await page.goto('/bieu-mau/dang-ky-khai-sinh?mockLatency=0');
  await signInWithVneid(page, 'Nguyễn Thị Lan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ quan đăng ký khai sinh');

  const local = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  for (const [key, value] of Object.entries(local)) {
    expect(`${key}=${value}`, 'a token in localStorage').not.toMatch(/token|bearer|eyJ[\w-]+\.[\w-]+/i);
  }
  // After sign-in the address is the form's step: no code, no state, no token, no answers.
  expect(new URL(page.url()).search).not.toMatch(/code=|state=|token|access/);
  expect(page.url()).not.toMatch(/\d{12}/);
});
