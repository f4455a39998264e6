import { expect, type Page, test } from '@playwright/test';

/** The URLs of the result links the search page shows for `query`, in order. */
async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const links = page.locator('[data-search-results] a');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((elements) => elements.map((element) => new URL((element as HTMLAnchorElement).href).pathname));
}

/**
 * The search page's results list. Codes and exact constant names never get here (the page goes
 * straight to the code: see finding.spec.ts); the ranking of the index itself is in search-quality.spec.ts.
 */
test.describe('search', () => {
  const firstResult: [string, string][] = [
    ['login another', '/codes/206/'],
    ['敏感词', '/codes/501/'],
    ['白名单', '/codes/506/'],
  ];
  for (const [query, expected] of firstResult) {
    test(`"${query}" puts ${expected} first`, async ({ page }) => {
      expect((await searchResults(page, query))[0]).toBe(expected);
    });
  }

  const amongResults: [string, string[]][] = [
    ['禁言', ['/codes/219/', '/codes/507/']],
    ['子区', ['/codes/1300/', '/codes/1301/']],
    ['connection', ['/codes/39/', '/codes/40/']],
  ];
  for (const [query, expected] of amongResults) {
    test(`"${query}" finds ${expected.join(', ')}`, async ({ page }) => {
      const results = await searchResults(page, query);
      for (const url of expected) expect(results).toContain(url);
    });
  }

  test('the words of a constant name, in any order and inflection, go to its code', async ({ page }) => {
    for (const [prefix, query] of [['/en', 'group not exist'], ['/en', 'group does not exist'], ['/en', 'exists group not'], ['', '群组不存在']] as const) {
      await page.goto(`${prefix}/search/?q=${encodeURIComponent(query)}`);
      await expect(page, query).toHaveURL(new RegExp(`${prefix}/codes/605/$`));
    }
  });

  test('only code pages, the guide, the version pages and the symptom pages are indexed: the table page never appears', async ({ page }) => {
    const results = await searchResults(page, '错误');
    expect(results.length).toBeGreaterThan(0);
    for (const url of results) expect(url).toMatch(/^\/(codes\/-?\d+|guide|symptoms\/[a-z-]+|versions\/\d+\.\d+\.\d+(?:-[\w.]+)?)\/$/);
  });

  test('the header form searches from any page, and the query stays in the address', async ({ page }) => {
    await page.goto('/codes/504/');
    const box = page.getByRole('searchbox', { name: '搜索' });
    await box.fill('撤回');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    await expect(page.locator('[data-search-results]')).toContainText('504');
    await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('撤回');
  });

  test('a hostile or malformed query string does not break the page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/search/?q=%E0%A4%A&q2=<script>alert(1)</script>');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
    await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
