import { expect, test } from './support/fixtures';
import { citizen } from './support/citizen';
import { signInWithVneid } from './support/sign-in';

const fromPopulation = 'Từ CSDL quốc gia về dân cư';

test('a mother signs in with VNeID, finds her form already filled from the registries, and files it', async ({
  page,
  expectNoA11yViolations,
  shoot,
}) => {
  // Eight pages, each scanned by axe and photographed: slow on a busy 2-core machine.
  test.slow();
  const me = citizen(page);
  const checkPage = async (name: string) => {
    await expectNoA11yViolations(page, name);
    await shoot(page, `birth-registration-${name}`);
  };
  const field = (label: string) => page.locator('.form-group').filter({ has: page.getByText(label, { exact: true }) }).first();

  await page.goto('/?mockLatency=0');
  // The catalogue: found typed without diacritics, then the procedure page says what to prepare
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('dang ky khai sinh');
  await expect(page.getByRole('status').filter({ hasText: 'Tìm thấy 1 thủ tục' })).toBeVisible();
  await checkPage('0-catalogue');
  await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
  await checkPage('0-procedure');
  await page.getByRole('link', { name: 'Đăng nhập và bắt đầu' }).click();

  // Signing in: the portal's page, then the identity provider's own.
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập để nộp hồ sơ' })).toBeVisible();
  await checkPage('0-sign-in');
  await page.getByRole('link', { name: 'Đăng nhập bằng VNeID' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập bằng tài khoản định danh điện tử' })).toBeVisible();
  await checkPage('0-identity-provider');
  await page.getByRole('radio', { name: /Nguyễn Thị Lan/ }).check();
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

  // 1. The registering commune comes from where she lives.
  await me.expectHeading('Cơ quan đăng ký khai sinh');
  await expect(page.getByRole('banner')).toContainText('Nguyễn Thị Lan');
  await expect(page.getByText(fromPopulation).first()).toBeVisible();
  await me.continue();

  // 2. The requester: identity locked, from the population database.
  await me.expectHeading('Người yêu cầu đăng ký khai sinh');
  const name = page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' });
  await expect(name).toHaveValue('Nguyễn Thị Lan');
  await expect(name).toHaveAttribute('readonly', '');
  await expect(name).toHaveAccessibleDescription(/Từ CSDL quốc gia về dân cư/);
  await expect(page.getByRole('textbox', { name: 'Số định danh cá nhân' })).toHaveValue('075194572045');
  await checkPage('2-requester-prefilled');
  await page.getByRole('radio', { name: 'Mẹ', exact: true }).check();
  await me.continue();

  // 3. The child: the hospital's electronic birth certificate.
  await me.expectHeading('Người được khai sinh');
  await expect(field('Ngày, tháng, năm sinh')).toContainText('Từ Giấy chứng sinh điện tử');
  await expect(page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' })).not.toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Tên cơ sở y tế' })).not.toHaveValue('');
  await me.pick(page, 'Dân tộc', 'kinh', 'Kinh');
  await me.pick(page, 'Quốc tịch', 'viet nam', 'Việt Nam');
  await page.getByRole('textbox', { name: 'Quê quán' }).fill('Xã Nam Trực, tỉnh Ninh Bình');
  await checkPage('3-child-prefilled');
  await me.continue();

  // 4. The mother is the citizen herself.
  await me.expectHeading('Thông tin người mẹ');
  await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của mẹ' })).toHaveValue('Nguyễn Thị Lan');
  await me.continue();

  // 5. The father: his number from the birth certificate; his details once he agrees to share.
  await me.expectHeading('Thông tin người cha');
  await page.getByRole('radio', { name: 'Có' }).check();
  await expect(page.getByRole('textbox', { name: 'Số định danh cá nhân của cha' })).toHaveValue('051091338183');
  await page.getByRole('checkbox', { name: /đồng ý/ }).check();
  await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của cha' })).toHaveValue('Huỳnh Thanh Hùng');
  await checkPage('5-father-prefilled');
  await me.continue();

  // 6. Their marriage, from the civil-status database.
  await me.expectHeading('Đăng ký kết hôn của cha mẹ');
  await expect(page.getByRole('textbox', { name: 'Số Giấy chứng nhận kết hôn' })).not.toHaveValue('');
  await expect(page.getByText('Từ CSDL hộ tịch điện tử').first()).toBeVisible();
  await me.continue();

  // 7. Nothing to attach: the electronic birth certificate replaces the paper one.
  await me.expectHeading('Giấy tờ đính kèm');
  await me.continue();

  // 8. Declaration.
  await me.expectHeading('Nhận kết quả và cam đoan');
  await page.getByRole('group', { name: /bản sao/ }).getByRole('radio', { name: 'Không' }).check();
  await page.getByRole('radio', { name: 'Nhận trực tuyến' }).check();
  await page.getByRole('checkbox', { name: /Tôi cam đoan/ }).check();
  await me.continue();

  // Check your answers shows where each answer came from.
  await me.expectHeading('Kiểm tra lại thông tin trước khi nộp');
  await expect(page.getByText('Nguồn: CSDL quốc gia về dân cư').first()).toBeVisible();
  await checkPage('8-check-answers');
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();

  await me.expectHeading('Nộp hồ sơ thành công');
  await expect(page.locator('.panel__code')).toHaveText(/^000\.00\.31\.H56-\d{6}-\d{4}$/);
  await expect(page.getByText('Huỳnh Thanh Hùng').first()).toBeVisible();
  await expect(page.getByText('Nguồn: Giấy chứng sinh điện tử').first()).toBeVisible();
  await checkPage('9-receipt');

  // Printing drops the site chrome and keeps the receipt.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('.panel__code')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The receipt survives a reload (it is read back from the dossier; the session from the tab).
  const code = await page.locator('.panel__code').textContent();
  await page.reload();
  await expect(page.locator('.panel__code')).toHaveText(code ?? '');
});

test.describe('when the population database is down', () => {
  // The browser logs the 503 it receives: that is the fault this test switches on.
  test.use({ allowedConsoleErrors: [/status of 503/] });

  test('a citizen types what the registries could not give', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/bieu-mau/dang-ky-khai-sinh?mockLatency=0&faults=dan-cu:error');
    await signInWithVneid(page, 'Nguyễn Thị Lan');
    const me = citizen(page);
    await expect(page.getByText(/Chưa lấy được thông tin từ CSDL quốc gia về dân cư/)).toBeVisible();
    // The office would have come from her residence: she picks it herself.
    await me.address('Ủy ban nhân dân xã/phường nơi đăng ký khai sinh', ['Hà Nội', 'Thành phố Hà Nội'], ['Hoàn Kiếm', 'Phường Hoàn Kiếm']);
    await me.continue();
    await expect(page.getByText(/Chưa lấy được thông tin từ CSDL quốc gia về dân cư/)).toBeVisible();
    const name = page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' });
    await expect(name).toHaveValue('');
    await expect(name).not.toHaveAttribute('readonly', '');
    await name.fill('Nguyễn Thị Lan');
    await expectNoA11yViolations(page, 'source-down');
  });
});

test('the language choice switches the form to English and persists', async ({ page, expectNoA11yViolations }) => {
  await page.goto('/bieu-mau/dang-ky-khai-sinh?mockLatency=0');
  await signInWithVneid(page, 'Nguyễn Thị Lan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ quan đăng ký khai sinh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration office');
  await expect(page.getByText(/^Step 1 of \d/)).toBeVisible();
  await expect(page.getByText('From the National Population Database').first()).toBeVisible();
  // The field types' own texts too (their English is a chunk of its own, fetched on the switch).
  await expect(page.getByRole('combobox', { name: 'Province or city' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Province or city' })).toBeVisible();
  await expectNoA11yViolations(page, 'english-form');
});
