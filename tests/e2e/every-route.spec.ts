import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { signInWithVneid } from './support/sign-in';

/**
 * The routes the journeys do not already walk through, each scanned by axe and photographed at
 * desktop and phone sizes; and the citizen's pages at 200 % zoom (a 1280 px screen zoomed is a
 * 640 px layout), which must still fit without sideways scrolling.
 */
const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'mobile', viewport: { width: 360, height: 640 } },
] as const;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const size of sizes) {
  test.describe(`at ${size.name} size`, () => {
    test.use({ viewport: size.viewport });

    test('the page that does not exist, in both languages', async ({ page, expectNoA11yViolations, shoot }) => {
      await page.goto('/trang-khong-co?mockLatency=0');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
      await expectNoA11yViolations(page, `not-found-${size.name}`);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expectNoA11yViolations(page, `not-found-en-${size.name}`);
      await shoot(page, `route-not-found-en-${size.name}`);
    });

    test('the testers’ dashboard', async ({ page, expectNoA11yViolations, shoot }) => {
      test.slow();
      await page.goto('/kiem-thu?mockLatency=0');
      await signInWithVneid(page, 'Nguyễn Minh Trung');
      await expect(page.getByRole('heading', { level: 1, name: 'Bảng theo dõi trải nghiệm' })).toBeVisible();
      await expect(page.getByRole('table').first()).toBeVisible();
      await expectNoA11yViolations(page, `dashboard-${size.name}`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, `route-dashboard-${size.name}`);
    });

    test('my dossiers, empty, and the builder refusing a citizen', async ({ page, expectNoA11yViolations, shoot }) => {
      await page.goto('/ho-so-cua-toi?mockLatency=0');
      await signInWithVneid(page, 'Nguyễn Thị Lan');
      await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible();
      await expectNoA11yViolations(page, `my-dossiers-${size.name}`);
      await shoot(page, `route-my-dossiers-${size.name}`);
      await page.goto('/soan-bieu-mau?mockLatency=0');
      await expect(page.getByRole('heading', { level: 1, name: 'Không có quyền soạn biểu mẫu' })).toBeVisible();
      await expectNoA11yViolations(page, `builder-forbidden-${size.name}`);
    });
  });
}

test.describe('at 200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });

  test('the catalogue, a procedure and a pre-filled form page fit without sideways scrolling', async ({ page, expectNoA11yViolations, shoot }) => {
    await page.goto('/?mockLatency=0');
    await expect(page.getByRole('searchbox', { name: 'Tìm thủ tục' })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, 'zoom-200-catalogue');
    await page.goto('/thu-tuc/dang-ky-khai-sinh?mockLatency=0');
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Đăng nhập và bắt đầu' }).click();
    await signInWithVneid(page, 'Nguyễn Thị Lan');
    await expect(page.getByRole('heading', { level: 1, name: 'Cơ quan đăng ký khai sinh' })).toBeVisible();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Người yêu cầu đăng ký khai sinh' })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page, 'zoom-200-form');
    await shoot(page, 'zoom-200-form');
  });
});
