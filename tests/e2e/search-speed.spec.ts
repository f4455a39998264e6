import { expect, test, type Route } from '@playwright/test';
import { builtEntry, FFLATE_START, SHORT_INIT_WAIT, TAGGED_WASM_URL } from '../../scripts/pagefind-patches';

/**
 * What makes the search page answer quickly, checked as behaviour: the lookup needs no fetch, a result's
 * link shows before pagefind's fragment files arrive, and the page's HTML starts every file pagefind needs.
 * (The times themselves are printed by `npm run bench`, not asserted here.)
 */
const ANSWERED = { timeout: 20_000 };

test.describe('search speed', () => {
  test('the exact lookup needs no fetch: with every JSON request failing, codes, errors, names and statuses still answer', async ({ page }) => {
    await page.route('**/*.json*', (route) => route.abort());
    await page.goto(`/search/?q=${encodeURIComponent('{"type":206,"message":""}')}`);
    await expect(page).toHaveURL(/\/codes\/206\/$/);
    await page.goto(`/en/search/?q=${encodeURIComponent('not login')}`);
    await expect(page).toHaveURL(/\/en\/codes\/39\/$/);
    await page.goto('/search/?q=STATUS_CLOSED');
    await expect(page).toHaveURL(/\/codes\/other-names\/#STATUS_CLOSED$/);
    await page.goto(`/en/search/?q=${encodeURIComponent('error 401 when calling the API')}`);
    const notice = page.locator('[data-lookup-notice][data-kind="http"]');
    await expect(notice).toBeVisible();
    await expect(notice.locator('a').first()).toHaveAttribute('href', /\/en\/codes\/\d+\/$/);
  });

  test("a word query's links show before any fragment file arrives, and each excerpt follows its fragment", async ({ page }) => {
    const held: Route[] = [];
    let holding = true;
    await page.route('**/pagefind/fragment/**', (route) => (holding ? void held.push(route) : route.continue()));
    await page.goto(`/search/?q=${encodeURIComponent('敏感词')}`);
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('a')).toHaveAttribute('href', '/codes/501/', ANSWERED);
    await expect(first.locator('a')).toHaveText(/^501 \S/);
    await expect(page.locator('[data-search-summary]')).toHaveText(/\d/);
    expect(held.length, 'the excerpts were asked for').toBeGreaterThan(0);
    await expect(first.locator('p')).toBeEmpty();

    holding = false;
    for (const route of held) await route.continue();
    await expect(first.locator('p mark').first()).toHaveText(/^敏感/);
  });

  test('partial matches list their pages without a fragment file', async ({ page }) => {
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.goto(`/search/?q=${encodeURIComponent('你已被禁言，无法发送消息')}`);
    const links = page.locator('[data-partial-results] a');
    await expect(links.first()).toHaveAttribute('href', /\/codes\/\d+\/$/, ANSWERED);
    expect(await links.count()).toBeGreaterThan(1);
  });

  test("the search page's HTML starts every file pagefind needs before the query's index, and each answers", async ({ request }) => {
    for (const prefix of ['', '/en']) {
      const html = await (await request.get(`${prefix}/search/`)).text();
      const hints = [...html.matchAll(/<link rel="(?:preload|modulepreload)"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
      for (const pattern of [/\/pagefind\/pagefind\.js\?ts=\w+$/, /\/pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/, /\/pagefind\/wasm\.[a-z-]+\.pagefind\?ts=\w+$/, /\/_astro\/.+\.js$/]) {
        expect(hints.some((href) => pattern.test(href)), `${prefix}/search/ hints ${pattern}`).toBe(true);
      }
      for (const href of hints) expect((await request.get(href)).status(), href).toBe(200);
      expect(hints.filter((href) => /\.json(?:\?|$)/.test(href)), 'no lookup data and no pagefind entry to fetch').toEqual([]);
    }
    const pagefindSource = await (await request.get('/pagefind/pagefind.js')).text();
    expect(pagefindSource).toContain(SHORT_INIT_WAIT);
    expect(pagefindSource).toContain(TAGGED_WASM_URL);
    expect(pagefindSource, "fflate's tables wait for the first unzip").toContain(`gunzipBuilt??=(function(){${FFLATE_START}`);
    // The entry the build wrote into the script is the one it serves beside it.
    const entry = await (await request.get('/pagefind/pagefind-entry.json')).text();
    expect(pagefindSource).toContain(builtEntry(JSON.stringify(JSON.parse(entry))));
  });

  for (const [prefix, query] of [['/en', 'whitelist'], ['', '群组 禁言']] as const) {
    test(`"${query}": pagefind's script, WebAssembly and index chunks are fetched only as the page preloads them, each once, and its entry not at all`, async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/\/pagefind\/(?:pagefind\.js|pagefind-entry\.json|wasm\.|index\/)/.test(url.pathname)) fetched.push(url.pathname + url.search);
      });
      await page.goto(`${prefix}/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('[data-search-results] a, [data-partial-results] a').first()).toBeVisible(ANSWERED);
      // The page's own hints, and those its script added for the query's chunks (before pagefind asked).
      const hinted = await page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const chunks = fetched.filter((url) => url.includes('/index/'));
      expect(chunks.length, 'the query needs some chunk').toBeGreaterThan(0);
      expect(fetched.filter((url) => url.includes('pagefind-entry.json')), 'the entry is in pagefind.js').toEqual([]);
      expect(fetched.length - chunks.length, fetched.join(', ')).toBe(2);
      expect(new Set(fetched).size, `each once: ${fetched.join(', ')}`).toBe(fetched.length);
      for (const url of fetched) {
        if (!url.includes('/index/')) expect(url, 'under the build tag').toMatch(/\?ts=\w+$/);
        expect(hinted, `${url} is a preloaded URL`).toContain(url);
      }
    });
  }
});
