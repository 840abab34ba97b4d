import { expect, test } from './support/fixtures';
import { citizen } from './support/citizen';

const hanoi: [string, string] = ['Hà Nội', 'Thành phố Hà Nội'];
const hoanKiem: [string, string] = ['Hoàn Kiếm', 'Phường Hoàn Kiếm'];

test('a mother registers her baby’s birth online and gets a dossier code', async ({ page, expectNoA11yViolations, shoot }) => {
  const me = citizen(page);
  const checkPage = async (name: string) => {
    await expectNoA11yViolations(page, name);
    await shoot(page, `birth-registration-${name}`);
  };

  await page.goto('/?mockLatency=0');
  await expect(page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ trực tuyến' })).toBeVisible();
  await checkPage('0-home');
  await page.getByRole('link', { name: 'Bắt đầu: Đăng ký khai sinh' }).click();

  // 1. The registering commune.
  await me.expectHeading('Cơ quan đăng ký khai sinh');
  await expect(page.getByText('Bước 1/7')).toBeVisible();
  await checkPage('1-office');
  await me.address('Ủy ban nhân dân xã/phường nơi đăng ký khai sinh', hanoi, hoanKiem);
  await me.continue();

  // 2. The requester: first try to continue with nothing, as people do.
  await me.expectHeading('Người yêu cầu đăng ký khai sinh');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Vui lòng nhập họ, chữ đệm và tên' })).toBeVisible();
  await checkPage('2-requester-errors');
  await summary.getByRole('link', { name: 'Vui lòng nhập họ, chữ đệm và tên' }).click();
  await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' })).toBeFocused();

  await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' }).fill('Nguyễn Thị Lan');
  await page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }).fill('20/08/1992');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill('001192012345');
  await page.getByRole('radio', { name: 'Mẹ', exact: true }).check();
  await page.getByRole('textbox', { name: 'Số điện thoại di động' }).fill('0912 345 678');
  await me.continue();

  // 3. The child.
  await me.expectHeading('Người được khai sinh');
  await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' }).fill('Trần Minh Khang');
  await page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }).fill('10/11/2026');
  await page.getByRole('radio', { name: 'Nam', exact: true }).check();
  await me.pick(page, 'Dân tộc', 'kinh', 'Kinh');
  await me.pick(page, 'Quốc tịch', 'viet nam', 'Việt Nam');
  await page.getByRole('radio', { name: /Cơ sở y tế/ }).check();
  await page.getByRole('textbox', { name: 'Tên cơ sở y tế' }).fill('Bệnh viện Phụ sản Hà Nội');
  await me.address('Địa chỉ nơi sinh', hanoi, ['Láng', 'Phường Láng'], '929 đường La Thành');
  await page.getByRole('textbox', { name: 'Quê quán' }).fill('Xã Nam Trực, tỉnh Ninh Bình');
  await checkPage('3-child');
  await me.continue();

  // 4. The mother.
  await me.expectHeading('Thông tin người mẹ');
  await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của mẹ' }).fill('Nguyễn Thị Lan');
  await page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh của mẹ' }).fill('20/08/1992');
  await me.pick(page, 'Quốc tịch của mẹ', 'viet', 'Việt Nam');
  await me.pick(page, 'Dân tộc của mẹ', 'kinh', 'Kinh');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân của mẹ' }).fill('001192012345');
  await me.continue();

  // 5. No father's details: the marriage page disappears from the journey.
  await me.expectHeading('Thông tin người cha');
  await page.getByRole('radio', { name: 'Có' }).check();
  await expect(page.getByText('Bước 5/8')).toBeVisible();
  await page.getByRole('radio', { name: 'Không' }).check();
  await expect(page.getByText('Bước 5/7')).toBeVisible();
  await me.continue();

  // 6. Attachments: the birth certificate as a PDF.
  await me.expectHeading('Giấy tờ đính kèm');
  await page.getByLabel('Giấy chứng sinh').setInputFiles({
    name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% giấy chứng sinh\n'),
  });
  await expect(page.getByRole('button', { name: /giay-chung-sinh\.pdf/ })).toBeVisible();
  await checkPage('6-attachments');
  await me.continue();

  // 7. Declaration.
  await me.expectHeading('Nhận kết quả và cam đoan');
  await page.getByRole('group', { name: /bản sao/ }).getByRole('radio', { name: 'Không' }).check();
  await page.getByRole('radio', { name: 'Nhận trực tuyến' }).check();
  await page.getByRole('checkbox', { name: /Tôi cam đoan/ }).check();
  await checkPage('7-declaration');
  await me.continue();

  // Check your answers, then submit.
  await me.expectHeading('Kiểm tra lại thông tin trước khi nộp');
  await expect(page.getByText('Trần Minh Khang')).toBeVisible();
  await expect(page.getByText('10/11/2026')).toBeVisible();
  await checkPage('8-check-answers');
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();

  await me.expectHeading('Nộp hồ sơ thành công');
  await expect(page.locator('.panel__code')).toHaveText(/^000\.00\.31\.H56-\d{6}-\d{4}$/);
  await expect(page.getByText('Trần Minh Khang')).toBeVisible();
  await checkPage('9-receipt');

  // Printing drops the site chrome and keeps the receipt.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('.panel__code')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The receipt survives a reload (it is read back from the dossier).
  const code = await page.locator('.panel__code').textContent();
  await page.reload();
  await expect(page.locator('.panel__code')).toHaveText(code ?? '');
});

test('the language choice switches the form to English and persists', async ({ page, expectNoA11yViolations }) => {
  await page.goto('/bieu-mau/dang-ky-khai-sinh?mockLatency=0');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ quan đăng ký khai sinh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration office');
  await expect(page.getByText('Step 1 of 7')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoA11yViolations(page, 'english-form');
});
