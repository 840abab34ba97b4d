import { expect, type Page } from '@playwright/test';

/** Signs in through the portal's VNeID button and the (mocked) identity provider's page. */
export async function signInWithVneid(page: Page, personaName: string) {
  await page.getByRole('link', { name: 'Đăng nhập bằng VNeID' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập bằng tài khoản định danh điện tử' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(personaName) }).check();
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}
