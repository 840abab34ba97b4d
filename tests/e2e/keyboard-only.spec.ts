import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { chooseRadio, press, tabTo } from './support/keyboard';

/** The element that has the focus now. */
const focused = (page: Page) => page.locator(':focus');

/** Presses "Tiếp tục" by keyboard and checks focus moved to the next page's heading. */
async function continueByKeyboard(page: Page, nextHeading: string) {
  await press(page, page.getByRole('button', { name: 'Tiếp tục' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextHeading);
  await expect(focused(page)).toHaveText(nextHeading);
}

/** A searchable list (combobox): type, arrow down to the option, Enter. */
async function chooseOption(page: Page, box: Locator, typed: string, option: string) {
  await tabTo(page, box);
  await page.keyboard.type(typed);
  await expect(page.getByRole('option', { name: option, exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue(option);
}

test('a mother registers her baby’s birth with the keyboard alone', async ({ page, expectNoA11yViolations }) => {
  test.slow();
  await page.goto('/?mockLatency=0');
  await expect(page.getByRole('searchbox', { name: 'Tìm thủ tục' })).toBeVisible();

  // The skip link is the first stop and takes her past the header
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Bỏ qua để đến nội dung chính');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);

  await tabTo(page, page.getByRole('searchbox', { name: 'Tìm thủ tục' }));
  await page.keyboard.type('dang ky khai sinh');
  await press(page, page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeVisible();
  await press(page, page.getByRole('link', { name: 'Đăng nhập và bắt đầu' }));
  await press(page, page.getByRole('link', { name: 'Đăng nhập bằng VNeID' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập bằng tài khoản định danh điện tử' })).toBeVisible();
  await chooseRadio(page, page.locator('fieldset').filter({ has: page.getByRole('radio') }).first(), 'Nguyễn Thị Lan');
  await press(page, page.getByRole('button', { name: 'Đăng nhập', exact: true }));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ quan đăng ký khai sinh');
  await continueByKeyboard(page, 'Người yêu cầu đăng ký khai sinh');

  // A locked pre-filled answer says where it comes from and that it cannot be changed here
  const name = page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' });
  await expect(name).toHaveAccessibleDescription(/Từ CSDL quốc gia về dân cư.*Không sửa được/);
  await tabTo(page, name);

  // Continuing without the relationship: focus goes to the error summary, whose link leads to the question
  await press(page, page.getByRole('button', { name: 'Tiếp tục' }));
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expectNoA11yViolations(page, 'keyboard-errors');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAttribute('type', 'radio');
  await chooseRadio(page, page.getByRole('group', { name: /Quan hệ với người được khai sinh/ }), 'Mẹ');
  await continueByKeyboard(page, 'Người được khai sinh');

  await chooseOption(page, page.getByRole('combobox', { name: 'Dân tộc' }), 'kinh', 'Kinh');
  await chooseOption(page, page.getByRole('combobox', { name: 'Quốc tịch' }), 'viet nam', 'Việt Nam');
  await tabTo(page, page.getByRole('textbox', { name: 'Quê quán' }));
  await page.keyboard.type('Xã Nam Trực, tỉnh Ninh Bình');
  await continueByKeyboard(page, 'Thông tin người mẹ');
  await continueByKeyboard(page, 'Thông tin người cha');

  await chooseRadio(page, page.getByRole('group', { name: /cha/ }).filter({ has: page.getByRole('radio', { name: 'Có', exact: true }) }).first(), 'Có');
  await press(page, page.getByRole('checkbox', { name: /đồng ý/ }), 'Space');
  await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của cha' })).toHaveValue('Huỳnh Thanh Hùng');
  await continueByKeyboard(page, 'Đăng ký kết hôn của cha mẹ');
  await continueByKeyboard(page, 'Giấy tờ đính kèm');
  await continueByKeyboard(page, 'Nhận kết quả và cam đoan');

  await chooseRadio(page, page.getByRole('group', { name: /bản sao/ }), 'Không');
  await chooseRadio(page, page.getByRole('group', { name: /Cách nhận kết quả|nhận kết quả/ }).last(), 'Nhận trực tuyến');
  await press(page, page.getByRole('checkbox', { name: /Tôi cam đoan/ }), 'Space');
  await continueByKeyboard(page, 'Kiểm tra lại thông tin trước khi nộp');

  await press(page, page.getByRole('button', { name: 'Nộp hồ sơ' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nộp hồ sơ thành công');
  await expect(page.locator('.panel__code')).toHaveText(/^000\.00\.31\.H56-\d{6}-\d{4}$/);
});
