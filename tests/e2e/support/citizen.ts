import { expect, type Locator, type Page } from '@playwright/test';

/** What a citizen does on a page, written the way they would describe it. */
export const citizen = (page: Page) => ({
  async continue() {
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(heading ?? '');
  },
  async pick(scope: Locator | Page, label: string, search: string, option: string) {
    const box = scope.getByRole('combobox', { name: label });
    await box.fill(search);
    await page.getByRole('option', { name: option, exact: true }).click();
    await expect(box).toHaveValue(option);
  },
  /** Fills an address field (a fieldset named by its label). */
  async address(label: string, province: [string, string], ward: [string, string], street?: string) {
    const group = page.getByRole('group', { name: label });
    await this.pick(group, 'Tỉnh/Thành phố', ...province);
    await this.pick(group, 'Xã/Phường/Đặc khu', ...ward);
    if (street !== undefined) await group.getByRole('textbox', { name: 'Địa chỉ chi tiết' }).fill(street);
  },
  async expectHeading(text: string) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  },
});
