import { expect, test } from '@playwright/test';
import { recordViolations } from '../support/csp-violations';

/**
 * Every page carries a strict Content-Security-Policy (no 'unsafe-inline'), and nothing the site
 * does violates it: search with its WebAssembly and worker, the table filter, copy buttons, lookups.
 */
test('every kind of page has the policy, with no unsafe-inline', async ({ page }) => {
  for (const path of ['/', '/en/', '/codes/206/', '/en/codes/206/', '/search/', '/codes/9999/', '/codes/GROUP_NOT_EXIST/', '/codes/SERVER_BUSY/']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy, path).toContain("style-src 'self'");
    expect(policy, path).toContain("default-src 'none'");
    expect(policy, path).not.toContain('unsafe-inline');
  }
});

test.describe('nothing violates the policy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('search (WebAssembly, worker, index files), lookups and the 404 page', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/search/?q=%E6%95%8F%E6%84%9F%E8%AF%8D');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    await page.goto('/en/search/?q=muted');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    await page.goto('/search/?q=1250');
    await expect(page.locator('[data-lookup-notice]')).toBeVisible();
    await page.goto('/codes/9999/');
    await expect(page.locator('[data-not-found-notice]').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('the table filter and the copy buttons', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/');
    await page.getByRole('searchbox', { name: '筛选' }).fill('禁言');
    await page.getByRole('checkbox', { name: '消息', exact: true }).check();
    await page.goto('/codes/206/');
    await page.getByRole('button', { name: '复制错误码 206' }).click();
    await expect(page.getByRole('button', { name: '复制错误码 206' })).toContainText('已复制');
    expect(await violations()).toEqual([]);
  });
});

test('the upgrade page fetches the SDK history and renders a comparison within the policy', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/upgrade/?from=1.2.1&to=1.4.0');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).not.toContain('unsafe-inline');
  await expect(page.locator('[data-upgrade-results] .change-kind').first()).toBeVisible();
  await page.locator('#upgrade-from').selectOption('1.3.0');
  await expect(page.locator('[data-upgrade-status]')).toContainText('1.3.0');
  expect(await violations()).toEqual([]);
});

test('the policy is enforced: an inline script is blocked and reported', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/codes/206/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  expect((await violations()).join()).toContain('script-src');
});
