import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtSite } from '../support/sites';
import { ROOT } from '../support/source';

/**
 * The site hosted under a sub-path: `npm run build:subpath` (run once by npm test) builds it into
 * dist-subpath/ with SITE_BASE; here astro preview serves it and the test crawls it. Every link,
 * asset, redirect, search index and JSON URL must stay under the base. (tests/nginx serves the same
 * build with nginx.)
 */
const site = builtSite('subpath');
const BASE = site.base;
const PORT = 4339;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, SITE_BASE: BASE, SITE_OUT_DIR: site.dir, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

test.describe('hosted under a sub-path', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    server = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], { cwd: ROOT, env, stdio: 'ignore' });
    await expect
      .poll(async () => (await fetch(`${ORIGIN}${BASE}`).catch(() => undefined))?.status, { timeout: 30_000 })
      .toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
  });

  test('every link and asset on the main kinds of page stays under the base and resolves', async ({ page, request }) => {
    const checked = new Set<string>();
    for (const start of ['', 'en/', 'codes/206/', 'en/codes/607/', 'search/', 'codes/GROUP_NOT_EXIST/', 'upgrade/', 'en/versions/1.3.1/']) {
      await page.goto(`${ORIGIN}${BASE}${start}`);
      const urls = await page.evaluate(() =>
        [
          ...[...document.querySelectorAll('a[href]')].map((element) => element.getAttribute('href') ?? ''),
          ...[...document.querySelectorAll('link[href], script[src]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
          ...[...document.querySelectorAll('form[action]')].map((element) => element.getAttribute('action') ?? ''),
          ...[...document.querySelectorAll('[data-lookup-index], [data-pagefind-bundle]')].map(
            (element) => element.getAttribute('data-lookup-index') ?? element.getAttribute('data-pagefind-bundle') ?? '',
          ),
        ].filter((url) => url && !url.startsWith('#')),
      );
      for (const url of urls) {
        const resolved = new URL(url, page.url());
        if (resolved.origin !== ORIGIN) continue; // canonical and alternate URLs point at the public site
        expect(resolved.pathname, `${url} on ${start || '/'}`).toMatch(new RegExp(`^${BASE}`));
        const target = `${resolved.pathname}${resolved.search}`;
        if (checked.has(target) || target.endsWith('/pagefind/')) continue;
        checked.add(target);
        const response = await request.get(`${ORIGIN}${target}`);
        expect(response.status(), `${target} (from ${start || '/'})`).toBe(200);
      }
    }
    expect(checked.size).toBeGreaterThan(100);
  });

  test('the upgrade page fetches the history and links its rows under the base', async ({ page }) => {
    await page.goto(`${ORIGIN}${BASE}en/upgrade/?from=1.2.1&to=1.4.0`);
    await expect(page.locator('[data-upgrade]')).toHaveAttribute('data-history', `${BASE}sdk-history.json`);
    const row = page.locator('[data-upgrade-results] [data-kind="renumbered"] li').first();
    await expect(row.locator('a').first()).toHaveAttribute('href', `${BASE}en/codes/55/#versions`);
    await page.goto(`${ORIGIN}${BASE}en/?sdk=1.3.0`);
    await expect(page.locator('a[data-upgrade-link]')).toHaveAttribute('href', `${BASE}en/upgrade/?from=1.3.0`);
  });

  test('redirects, lookup, search and JSON honour the base', async ({ page, request }) => {
    await page.goto(`${ORIGIN}${BASE}codes/WEBIM_CONNCTION_USER_REMOVED/`);
    await expect(page).toHaveURL(`${ORIGIN}${BASE}codes/207/`);

    await page.goto(`${ORIGIN}${BASE}search/?q=${encodeURIComponent('{"type":206}')}`);
    await expect(page).toHaveURL(`${ORIGIN}${BASE}codes/206/`);

    await page.goto(`${ORIGIN}${BASE}search/?q=${encodeURIComponent('敏感词')}`);
    const first = page.locator('[data-search-results] a').first();
    // pagefind compiles its WebAssembly on first use: slow on a busy machine.
    await expect(first).toHaveAttribute('href', `${BASE}codes/501/`, { timeout: 20_000 });

    const response = await page.goto(`${ORIGIN}${BASE}codes/9999/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-not-found-notice] a').first()).toHaveAttribute('href', `${BASE}codes/1400/`);

    const data = (await (await request.get(`${ORIGIN}${BASE}codes.json`)).json()) as { $schema: string; codes: { urls: Record<string, string>; markdown: Record<string, string> }[] };
    expect(new URL(data.$schema).pathname).toBe(`${BASE}codes.schema.json`);
    for (const record of data.codes) {
      expect(new URL(record.urls['zh-cn'] ?? '').pathname.startsWith(BASE)).toBe(true);
      expect(new URL(record.markdown.en ?? '').pathname.startsWith(`${BASE}en/`)).toBe(true);
    }
    expect(await (await request.get(`${ORIGIN}${BASE}robots.txt`)).text()).toContain(`${BASE}sitemap-index.xml`);

    await page.goto(`${ORIGIN}${BASE}en/codes/206/`);
    await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', `${BASE}en/opensearch.xml`);
    const openSearch = await (await request.get(`${ORIGIN}${BASE}en/opensearch.xml`)).text();
    expect(openSearch).toMatch(new RegExp(`template="https?://[^/"]+${BASE}en/search/\\?q=\\{searchTerms\\}"`));
  });
});
