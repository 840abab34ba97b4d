import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { citizen } from './support/citizen';
import { signInWithVneid } from './support/sign-in';

const healthCertificate = { name: 'giay-kham-suc-khoe.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

/** anh-hung opens the licence exchange and reaches the page where he says why. */
async function reachReasonPage(page: Page) {
  await page.goto('/bieu-mau/doi-giay-phep-lai-xe?mockLatency=0');
  await signInWithVneid(page, 'Hùng');
  const me = citizen(page);
  await expect(page.getByText('Từ CSDL quốc gia về dân cư').first()).toBeVisible();
  await me.continue();
  await me.continue();
  await expect(page.getByRole('radio', { name: 'Sắp hết hạn hoặc đã hết hạn' })).toBeVisible();
}

/** The autosave has reached the server (the page says nothing while typing; the API is the proof). */
const savedOnServer = (page: Page) =>
  page.waitForResponse((response) => response.url().includes('/api/drafts/') && response.request().method() === 'PUT' && response.ok());

test('a reload mid-form brings the citizen back to the same page with every answer and attachment', async ({ page }) => {
  await reachReasonPage(page);
  await page.getByRole('radio', { name: 'Bị hỏng' }).check();
  const saved = savedOnServer(page);
  await page.getByLabel('Giấy khám sức khỏe của người lái xe').setInputFiles(healthCertificate);
  await expect(page.getByRole('list', { name: 'Tệp đã đính kèm' })).toContainText('giay-kham-suc-khoe.pdf');
  await saved;
  const url = page.url();

  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('radio', { name: 'Bị hỏng' })).toBeChecked();
  await expect(page.getByRole('list', { name: 'Tệp đã đính kèm' })).toContainText('giay-kham-suc-khoe.pdf');
  // Starting the procedure again resumes there too
  await page.goto('/bieu-mau/doi-giay-phep-lai-xe');
  await expect(page).toHaveURL(url);
});

test.describe('offline and impatient', () => {
  // Chromium logs the request it could not send while offline.
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test('a submission made offline is held, sent once when back online, however often the button is pressed', async ({ page, context }) => {
    await reachReasonPage(page);
    const me = citizen(page);
    await page.getByRole('radio', { name: 'Sắp hết hạn hoặc đã hết hạn' }).check();
    await page.getByLabel('Giấy khám sức khỏe của người lái xe').setInputFiles(healthCertificate);
    await expect(page.getByRole('list', { name: 'Tệp đã đính kèm' })).toContainText('giay-kham-suc-khoe.pdf');
    await me.continue();
    await page.getByRole('radio', { name: 'Nhận trực tiếp tại nơi nộp hồ sơ' }).check();
    await page.getByRole('checkbox').check();
    await me.continue();

    await context.setOffline(true);
    const submit = page.getByRole('button', { name: 'Nộp hồ sơ và thanh toán' });
    await submit.dblclick();
    await expect(page.getByText(/Bạn đang mất kết nối mạng/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Đang nộp hồ sơ…' })).toBeDisabled();

    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Thanh toán lệ phí' })).toBeVisible();
    // One dossier, whatever the double click and the held send did
    await page.goto('/ho-so-cua-toi');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2); // header + one dossier
  });
});

test.describe('when the session expires mid-form', () => {
  // The expired token's 401 is logged by the browser: that is what this test provokes.
  test.use({ allowedConsoleErrors: [/status of 401/] });

  test('the citizen signs in again and is back on the same page with the answers intact', async ({ page }) => {
    // Two sign-ins and a 20.5 s wait for the token to expire: past the default 30 s limit.
    test.slow();
    // The tester panel's token lifetime: sessions of 20 seconds, long enough that the first answer
    // is saved before it runs out however slowly the machine reaches the page.
    await page.goto('/?mockLatency=0');
    await page.evaluate(() => localStorage.setItem('mockTokenLifetime', '20'));
    await reachReasonPage(page);
    await page.getByRole('radio', { name: 'Bị hỏng' }).check();
    const url = new URL(page.url()).pathname;

    // The token (issued before the page was reached) runs out while he reads; his next answer's
    // save is refused and he is asked to sign in
    await page.waitForTimeout(20_500);
    await page.getByRole('radio', { name: 'Thông tin trên giấy phép đã thay đổi' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập để nộp hồ sơ' })).toBeVisible({ timeout: 10_000 });
    await page.evaluate(() => localStorage.removeItem('mockTokenLifetime'));
    await signInWithVneid(page, 'Hùng');

    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.getByRole('radio', { name: 'Thông tin trên giấy phép đã thay đổi' })).toBeChecked();
  });
});
