import { expect, test } from './support/fixtures';
import { expectPhoneFriendly } from './support/mobile';

test.use({
  viewport: { width: 360, height: 640 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
  // He has never married: the civil-status database answers 404 (no record), which the browser logs.
  allowedConsoleErrors: [/status of 404/],
});

test('on a 360 × 640 phone a citizen applies for a marital-status certificate by touch, never scrolling sideways', async ({ page, shoot, expectNoA11yViolations }) => {
  test.slow();
  const check = async (name: string) => {
    await page.waitForLoadState('networkidle');
    await expectPhoneFriendly(page, name);
    await expectNoA11yViolations(page, `mobile-${name}`);
    await shoot(page, `mobile-${name}`);
  };

  await page.goto('/?mockLatency=0');
  await expect(page.getByRole('searchbox', { name: 'Tìm thủ tục' })).toBeVisible();
  await check('1-catalogue');
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('tinh trang hon nhan');
  await page.getByRole('link', { name: /tình trạng hôn nhân/i }).first().tap();
  await page.waitForURL(/\/thu-tuc\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('tình trạng hôn nhân');
  await check('2-procedure');
  await page.getByRole('link', { name: 'Đăng nhập và bắt đầu' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập để nộp hồ sơ' })).toBeVisible();
  await check('3-sign-in');
  await page.getByRole('link', { name: 'Đăng nhập bằng VNeID' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập bằng tài khoản định danh điện tử' })).toBeVisible();
  await check('4-identity-provider');
  await page.getByRole('radio', { name: /Huỳnh Xuân Khoa/ }).tap();
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Cơ quan cấp Giấy xác nhận' })).toBeVisible();

  // Every page of the form: read, answer what only he can say, continue
  await check('5-form-1-office');
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Cơ quan cấp Giấy xác nhận');
  await check('5-form-2-requester');
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await page.getByRole('radio', { name: 'Bản thân tôi' }).waitFor();
  // Continuing without saying whose certificate it is shows the errors, still without sideways scrolling
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await expect(page.locator('.error-summary')).toBeVisible();
  await check('5-form-3-errors');
  await page.getByRole('radio', { name: 'Bản thân tôi' }).tap();
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  // His marital status comes from the population database: he only reads it
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tình trạng hôn nhân');
  await check('5-form-4-status');
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mục đích sử dụng Giấy xác nhận');
  await check('5-form-5-purpose');
  await page.getByRole('radio', { name: /^Mua bán, chuyển nhượng/ }).tap();
  await page.getByRole('textbox', { name: 'Số lượng Giấy xác nhận đề nghị cấp' }).fill('1');
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Mục đích sử dụng Giấy xác nhận');
  await check('5-form-6-documents');
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await page.getByRole('checkbox').last().waitFor();
  await check('5-form-7-declaration');
  for (const group of await page.getByRole('group').filter({ has: page.getByRole('radio') }).all()) await group.getByRole('radio').last().tap();
  await page.getByRole('checkbox').last().tap();
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra lại thông tin trước khi nộp');
  await check('6-check-answers');
  await page.getByRole('button', { name: /^Nộp hồ sơ/ }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Nộp hồ sơ thành công|Thanh toán lệ phí/);
  await check('7-after-submit');
});
