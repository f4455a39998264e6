import { expect, test, type Page } from '@playwright/test';

/**
 * With Tab alone a keyboard user reaches every control of the table page and of a code page, and
 * each shows a visible focus indicator (an outline or a box shadow).
 */
const CONTROLS = 'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';

interface Focused {
  key: string;
  indicator: boolean;
}

async function tabThrough(page: Page): Promise<{ visited: Focused[]; expected: string[] }> {
  // A stable key per control: its tag, name and position among all controls.
  await page.evaluate((selector) => {
    document.querySelectorAll(selector).forEach((element, index) => element.setAttribute('data-tab-key', String(index)));
  }, CONTROLS);
  const expected = await page.evaluate((selector) =>
    [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.offsetParent !== null || element.getClientRects().length > 0)
      .filter((element) => !element.closest('[hidden], [inert]'))
      .map((element) => element.dataset.tabKey ?? ''),
    CONTROLS,
  );
  const visited: Focused[] = [];
  for (let step = 0; step < expected.length + 20; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none';
      return { key: element.dataset.tabKey ?? '', indicator: outline || shadow };
    });
    if (!focused) continue;
    if (visited.some((entry) => entry.key === focused.key) && visited.length >= expected.length) break;
    visited.push(focused);
  }
  return { visited, expected };
}

for (const path of ['/', '/codes/206/', '/en/codes/607/']) {
  test(`Tab reaches every control of ${path}, each with a visible focus indicator`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const { visited, expected } = await tabThrough(page);
    const reached = new Set(visited.map((entry) => entry.key));
    expect(expected.filter((key) => !reached.has(key))).toEqual([]);
    expect(visited.filter((entry) => !entry.indicator).map((entry) => entry.key)).toEqual([]);
    expect(expected.length).toBeGreaterThan(10);
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/codes/206/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
