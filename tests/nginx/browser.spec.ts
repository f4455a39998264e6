import { recordViolations } from '../support/csp-violations';
import { expect, test } from '../support/nginx';

/**
 * The site in Chromium behind nginx: the header policy (the meta tag's plus frame-ancestors) holds
 * for search (pagefind's WebAssembly, worker and index files), the exact lookup, name redirects and
 * the 404 page, with zero violations; and no other site can frame a page.
 */
for (const siteName of ['root', 'subpath'] as const) {
  test.describe(`Chromium on nginx, site at ${siteName === 'root' ? 'the domain root' : 'a sub-path'}`, () => {
    // pagefind compiles its WebAssembly on first use, and each page loads its index: slow on a busy machine.
    test.describe.configure({ timeout: 120_000 });

    test('search runs under the header policy with no violation', async ({ serve, page }) => {
      const nginx = await serve(siteName);
      const site = `${nginx.origin}${nginx.base}`;
      const violations = await recordViolations(page);
      const searchPage = await page.goto(`${site}search/?q=${encodeURIComponent('敏感词')}`);
      expect(searchPage?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', `${nginx.base}codes/501/`, { timeout: 20_000 });
      await page.goto(`${site}en/search/?q=muted`);
      await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 20_000 });
      expect(await violations()).toEqual([]);
    });

    test('the exact lookup, a name redirect and the 404 page work with no violation', async ({ serve, page }) => {
      const nginx = await serve(siteName);
      const site = `${nginx.origin}${nginx.base}`;
      const violations = await recordViolations(page);
      await page.goto(`${site}search/?q=${encodeURIComponent('{"type":206}')}`);
      await expect(page).toHaveURL(`${site}codes/206/`, { timeout: 20_000 });

      const redirected = await page.goto(`${site}en/codes/WEBIM_CONNECTION_USER_REMOVED/`);
      expect(redirected?.url()).toBe(`${site}en/codes/207/`);
      expect(await redirected?.request().redirectedFrom()?.response().then((response) => response?.status())).toBe(301);

      const missing = await page.goto(`${site}en/codes/9999/`);
      expect(missing?.status()).toBe(404);
      await expect(page.locator('[data-not-found-section]').first()).toHaveAttribute('lang', 'en', { timeout: 15_000 });
      await expect(page.locator('[data-not-found-notice] a').first()).toHaveAttribute('href', `${nginx.base}en/codes/1400/`, { timeout: 15_000 });
      expect(await violations()).toEqual([]);
    });

    test('no page can be framed, even by a page that allows frames', async ({ serve, page }) => {
      const nginx = await serve(siteName);
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('frame-ancestors')) refused.push(message.text());
      });
      await page.setContent(`<iframe src="${nginx.origin}${nginx.base}codes/206/" title="framed"></iframe>`);
      await expect.poll(() => refused.length).toBeGreaterThan(0);
      // The frame holds Chromium's error page, not ours (whose every page has the site's search form).
      await expect(page.frameLocator('iframe').locator('form[role="search"]')).toHaveCount(0);
      await expect(page.frameLocator('iframe').locator('body')).not.toBeEmpty();
    });
  });
}
