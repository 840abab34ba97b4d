import { expect, type Page } from '@playwright/test';

/** WCAG 2.5.5 (AAA) size, which the brief asks of every touch target. */
export const minTarget = 44;

/**
 * What a thumb must hit: buttons, boxes, lists, and links that stand alone. Links inside running
 * text are exempt (WCAG's inline exception); a radio or checkbox counts with its label, the area
 * that answers a tap (`.choice`).
 */
const targetsScript = (min: number) => {
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !element.closest('[hidden], .visually-hidden, .tester-panel');
  };
  const inRunningText = (element: Element) => element.tagName === 'A' && !element.classList.contains('button') && element.closest('p, li, dd, td, .hint, .prefill-note') !== null;
  const candidates = [
    ...document.querySelectorAll('button, a[href], input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, summary'),
  ].filter((element) => visible(element) && !inRunningText(element) && !element.classList.contains('skip-link'));
  const choices = [...document.querySelectorAll('.choice')].filter(visible);
  const small = [...candidates, ...choices]
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.height < min - 0.5 || box.width < min - 0.5)
    .map(({ element, box }) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
  return small;
};

/** No sideways scrolling, and every touch target at least 44 × 44 CSS px. */
export async function expectPhoneFriendly(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scrolling on "${label}"`).toBeLessThanOrEqual(0);
  const small = await page.evaluate(targetsScript, minTarget);
  expect(small, `touch targets under ${minTarget} px on "${label}"`).toEqual([]);
}
