import { expect, type Page } from '@playwright/test';

/**
 * Signs in through the portal's VNeID button and the (mocked) identity provider's page, and
 * returns once the portal has taken the citizen back to where they were going. That is two full
 * page loads (the provider's page, the callback) and a token exchange: on a loaded 2-core machine
 * more than the 5 s an assertion waits by default, so the return gets its own allowance.
 */
export async function signInWithVneid(page: Page, personaName: string) {
  await page.getByRole('link', { name: 'Đăng nhập bằng VNeID' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập bằng tài khoản định danh điện tử' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(personaName) }).check();
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'), { timeout: 20_000 });
}
