import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { signInWithVneid } from './support/sign-in';

const formId = 'dang-ky-tam-tru';
const newLabel = 'Nơi sinh theo giấy khai sinh';

/** Field cards of the canvas's second page ("Người đề nghị"), by their label, in order. */
const cardsOfPage = (page: Page, title: RegExp) =>
  page.getByRole('region', { name: title }).locator('.builder-card__label').allTextContents();

test('an author adds a field bound to the population database, publishes, and a citizen finds it pre-filled', async ({ page, expectNoA11yViolations, shoot }) => {
  test.slow();
  await page.goto('/soan-bieu-mau?mockLatency=0');
  await signInWithVneid(page, 'Lê Thị Vân');
  await expect(page.getByRole('heading', { level: 1, name: 'Soạn biểu mẫu điện tử' })).toBeVisible();
  await expectNoA11yViolations(page, 'builder-list');
  await shoot(page, 'builder-1-list');

  await page.getByRole('link', { name: /Soạn “Tờ khai thay đổi thông tin cư trú: đăng ký tạm trú”/ }).click();
  await expect(page.getByRole('heading', { name: 'Các trang của biểu mẫu' })).toBeVisible();

  // Add a one-line text to page 2, after "Ngày, tháng, năm sinh", and bind it to the population database
  await page.getByRole('button', { name: /· ngaySinh / }).click();
  await page.getByRole('button', { name: /^Thêm “Một dòng chữ” vào Người đề nghị/ }).click();
  const properties = page.getByRole('tabpanel');
  await expect(properties.getByRole('heading', { name: 'Trường: Một dòng chữ' })).toBeVisible();
  const label = properties.getByRole('group', { name: 'Nhãn câu hỏi' });
  await label.getByRole('textbox', { name: 'Tiếng Việt' }).fill(newLabel);
  await label.getByRole('textbox', { name: 'Tiếng Anh' }).fill('Place of birth as on the birth certificate');
  await properties.getByRole('combobox', { name: 'Nguồn dữ liệu' }).selectOption({ label: 'CSDL quốc gia về dân cư' });
  await properties.getByRole('combobox', { name: 'Thông tin' }).selectOption({ label: 'Nơi đăng ký khai sinh' });
  await expect(page.getByText(/^Đã lưu bản nháp lúc/)).toBeVisible();
  await expectNoA11yViolations(page, 'builder-field');
  await shoot(page, 'builder-2-field');

  // Reorder by keyboard: pick the new field up, move it one place down, drop it
  const secondPage = /^Trang 2: Người đề nghị/;
  const before = await cardsOfPage(page, secondPage);
  expect(before.indexOf(newLabel)).toBe(2);
  await page.getByRole('button', { name: `Di chuyển “${newLabel}”` }).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(250);
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(250);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await cardsOfPage(page, secondPage)).indexOf(newLabel)).toBe(3);

  // The preview shows the citizen's view; as Chị Lan it is already filled from her record
  await page.getByRole('tab', { name: 'Xem trước' }).click();
  await page.getByRole('combobox', { name: 'Xem như công dân' }).selectOption({ index: 1 });
  const preview = page.locator('.builder-preview__frame');
  await expect(preview.getByRole('textbox', { name: newLabel })).not.toHaveValue('');
  await expectNoA11yViolations(page, 'builder-preview');
  await shoot(page, 'builder-3-preview');

  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await expect(page.getByRole('heading', { name: 'Thời gian dự kiến từ đăng nhập đến nộp' })).toBeVisible();
  await expectNoA11yViolations(page, 'builder-checks');
  await shoot(page, 'builder-4-checks');

  // A backend can validate submissions of version 1 with its answers' JSON Schema
  await page.getByRole('tab', { name: 'Phiên bản' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải JSON Schema của câu trả lời (phiên bản 1)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${formId}-v1.answers.schema.json`);
  const answersSchema = JSON.parse(await readFile(await download.path(), 'utf8')) as { $schema: string; properties: Record<string, unknown> };
  expect(answersSchema.$schema).toContain('2020-12');
  expect(Object.keys(answersSchema.properties)).toEqual(expect.arrayContaining(['hoTen', 'ngaySinh', 'tamTruDenNgay']));
  await expectNoA11yViolations(page, 'builder-versions');

  // Publish: the review lists the change, then version 2 exists
  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất bản phiên bản 2' });
  await expect(dialog.getByText(`Thêm trường “${newLabel}” vào trang “Người đề nghị”`)).toBeVisible();
  await expectNoA11yViolations(page, 'builder-publish');
  await dialog.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(page.getByText('Đã xuất bản phiên bản 2.', { exact: false })).toBeVisible();

  // A citizen opening the procedure now gets version 2, the new question pre-filled and locked
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.goto(`/bieu-mau/${formId}?mockLatency=0`);
  await signInWithVneid(page, 'Khoa');
  await expect(page.getByRole('heading', { level: 1, name: 'Nơi đăng ký tạm trú' })).toBeVisible();
  await page.goto(`/bieu-mau/${formId}/buoc/nguoi-de-nghi?mockLatency=0`);
  await expect(page.getByRole('textbox', { name: newLabel })).not.toHaveValue('');
  await expect(page.getByText('Từ CSDL quốc gia về dân cư').first()).toBeVisible();
  await shoot(page, 'builder-5-citizen');
});
