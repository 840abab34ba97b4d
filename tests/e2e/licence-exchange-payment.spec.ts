import { expect, test } from './support/fixtures';
import { citizen } from './support/citizen';
import { signInWithVneid } from './support/sign-in';

const healthCertificate = { name: 'giay-kham-suc-khoe.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% giay kham suc khoe\n%%EOF\n') };

test('a driver exchanges his licence: found in the catalogue, filled from the licence database, paid after a refused payment', async ({
  page,
  expectNoA11yViolations,
  shoot,
}) => {
  // Many pages, each scanned by axe and photographed: slow on a busy 2-core machine.
  test.slow();
  const me = citizen(page);
  const checkPage = async (name: string) => {
    await expectNoA11yViolations(page, name);
    await shoot(page, `licence-exchange-${name}`);
  };

  await page.goto('/?mockLatency=0');
  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('doi giay phep lai xe');
  await page.getByRole('link', { name: 'Đổi giấy phép lái xe do ngành Công an cấp', exact: true }).click();
  await expect(page.getByText('115.000 ₫', { exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Đăng nhập và bắt đầu' }).click();
  await signInWithVneid(page, 'Hùng');

  // His identity and his car licence are already there: he only reads and continues
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Từ CSDL quốc gia về dân cư').first()).toBeVisible();
  await me.continue();
  await expect(page.getByText(/Từ CSDL giấy phép lái xe/).first()).toBeVisible();
  await checkPage('1-licence');
  await me.continue();

  // What only he can say: why, and his health certificate
  await page.getByRole('radio', { name: 'Sắp hết hạn hoặc đã hết hạn' }).check();
  await page.getByLabel('Giấy khám sức khỏe của người lái xe').setInputFiles(healthCertificate);
  await expect(page.getByRole('list', { name: 'Tệp đã đính kèm' })).toContainText('giay-kham-suc-khoe.pdf');
  await me.continue();
  await page.getByRole('radio', { name: 'Nhận trực tiếp tại nơi nộp hồ sơ' }).check();
  await page.getByRole('checkbox').check();
  await me.continue();

  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin trước khi nộp' })).toBeVisible();
  await page.getByRole('button', { name: 'Nộp hồ sơ và thanh toán' }).click();

  // Filed first, then paid: a refused payment loses nothing
  await expect(page.getByRole('heading', { level: 1, name: 'Thanh toán lệ phí' })).toBeVisible();
  await checkPage('2-payment');
  await page.getByRole('radio', { name: 'VNPT Money' }).check();
  await page.getByRole('button', { name: /^Thanh toán 115\.000/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xác nhận thanh toán' })).toBeVisible();
  await checkPage('3-gateway');
  await page.getByRole('radio', { name: 'Tài khoản không đủ số dư' }).check();
  await page.getByRole('button', { name: 'Xác nhận thanh toán' }).click();
  await expect(page.getByRole('alert')).toContainText('Thanh toán chưa thành công: tài khoản không đủ số dư.');
  await expect(page.getByRole('alert')).toContainText('vẫn được lưu');
  await checkPage('4-payment-refused');

  await page.getByRole('radio', { name: 'BIDV' }).check();
  await page.getByRole('button', { name: /^Thanh toán 115\.000/ }).click();
  await page.getByRole('button', { name: 'Xác nhận thanh toán' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' })).toBeVisible();
  await expect(page.getByText(/Đã thanh toán 115\.000\s₫ qua BIDV/)).toBeVisible();
  await checkPage('5-receipt-paid');
});
