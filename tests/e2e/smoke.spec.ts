import { expect, test } from './support/fixtures';

// Infrastructure check only: the preview build serves, renders a heading, passes axe.
test('the home page renders a heading and has no accessibility violations', async ({
  page,
  expectNoA11yViolations,
  shoot,
}) => {
  await page.goto('/');

  await expect(page.locator('h1').first()).toBeVisible();
  await shoot(page, 'smoke-home');
  await expectNoA11yViolations(page, 'home');
});
