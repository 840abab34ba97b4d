import { expect, type Locator, type Page } from '@playwright/test';

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab (only Tab) until `target` has the focus, as a keyboard user would: proves the
 * control is reachable in the tab order, and fails if it is not within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab within ${max} presses: ${target.toString()}`);
}

/** The accessible name of what has the focus now. */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });

/**
 * Chooses a radio button by keyboard: Tab into its group (focus lands on the checked radio, or
 * the first), then arrow keys until `name` is checked, as screen-reader and keyboard users do.
 */
export async function chooseRadio(page: Page, group: Locator, name: string): Promise<void> {
  const wanted = group.getByRole('radio', { name, exact: true });
  await wanted.waitFor();
  const inGroup = () => group.evaluate((element) => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'radio' && element.contains(document.activeElement));
  for (let presses = 0; !(await inGroup()); presses++) {
    if (presses > 120) throw new Error(`No radio of ${group.toString()} is reachable with Tab`);
    await page.keyboard.press('Tab');
  }
  if (await isFocused(wanted)) await page.keyboard.press('Space');
  for (let step = 0; step < 12 && !(await wanted.isChecked()); step++) await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeChecked();
}

/** Activates the focused control with Enter after tabbing to it (links and buttons). */
export async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
