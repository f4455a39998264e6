import { expect, test, type Page } from '@playwright/test';
import { pagefindCodes } from '../support/pagefind';
import { readProse, readRegistry } from '../support/source';

const registry = readRegistry();

test.describe('the English edition, page for page', () => {
  let shared: Page;
  test.beforeAll(async ({ browser }) => {
    shared = await browser.newPage();
  });
  test.afterAll(async () => {
    await shared.close();
  });

  for (const entry of registry) {
    test(`/en/codes/${entry.code}/ is in English, with the same code and constant`, async () => {
      const page = shared;
      const response = await page.goto(`/en/codes/${entry.code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('h1')).toContainText(`${entry.code} ${readProse('en', entry.code).title}`);
      await expect(page.locator('.facts code.constant').first()).toHaveText(entry.name);
      await expect(page.locator('#snippet pre')).toContainText(entry.name);
      // The switch leads to the same page in Chinese, and both name each other as alternates.
      await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' })).toHaveAttribute('href', `/codes/${entry.code}/`);
      await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/codes\/-?\d+\/$/);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en/codes/${entry.code}/$`));
    });
  }
});

test('the English table lists every code, and the switch returns to the Chinese table', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('table.code-table tbody tr')).toHaveCount(registry.length);
  await expect(page.locator('tr[id="206"] td.col-title')).toHaveText(readProse('en', 206).title);
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('every page names its alternate and its canonical URL', async ({ page }) => {
  for (const [path, other] of [['/', '/en/'], ['/search/', '/en/search/'], ['/codes/607/', '/en/codes/607/']] as const) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${other.replace(/\//g, '\\/')}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
  }
});

test('lookup and name links work in English too', async ({ page }) => {
  await page.goto('/en/codes/500/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('webim_connection_user_removed');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(/\/en\/codes\/207\/$/);
  await page.goto('/en/codes/GROUP_NOT_EXIST/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GROUP_NOT_EXIST names more than one code');
  const response = await page.goto('/en/codes/9999/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-not-found-notice]').first()).toContainText('There is no error code 9999');
});

test.describe('English search uses the English index', () => {
  const expected: [string, number[]][] = [
    ['muted', [219, 507]],
    ['kicked', [206, 217]],
    ['rate limit', [509]],
    ['recall', [504]],
    ['file too large', [101]],
  ];
  let results: Record<string, number[]> = {};

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    results = await pagefindCodes(page, '/en/search/', '/en', expected.map(([query]) => query), 5);
    await page.close();
  });

  for (const [query, codes] of expected) {
    test(`"${query}" finds ${codes.join(', ')} among the first English results`, () => {
      for (const code of codes) expect(results[query], JSON.stringify(results[query])).toContain(code);
    });
  }

  test('a Chinese word finds nothing in the English index', async ({ page }) => {
    await page.goto('/en/search/?q=%E7%A6%81%E8%A8%80');
    await expect(page.locator('[data-no-match]')).toBeVisible();
    await expect(page.locator('[data-no-match]')).toContainText('No page matches any word of “禁言”.');
    await expect(page.locator('[data-search-results] a')).toHaveCount(0);
  });
});
