import { expect, test } from '@playwright/test';

/** What the search page answers beyond a plain result list: messages, codes in text, partial and no matches. */

/** The answers below come after the search index loads (and, for partial matches, several searches). */
const ANSWERED = { timeout: 20_000 };
test.describe('search answers', () => {
  // Each test opens several pages, each of which loads the search index: allow for a busy machine.
  test.slow();
  test('a pasted SDK message, or an error object holding only one, goes to its code', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('not login')}`);
    await expect(page).toHaveURL(/\/en\/codes\/39\/$/, ANSWERED);
    await page.goto(`/search/?q=${encodeURIComponent('{"message":"user is mute"}')}`);
    await expect(page).toHaveURL(/\/codes\/219\/$/, ANSWERED);
  });

  test('a message several codes share lists them above the results', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('Server is busy.')}`);
    const notice = page.locator('[data-lookup-notice]');
    await expect(notice).toBeVisible(ANSWERED);
    await expect(notice).toContainText('Several codes use this error.message');
    await expect(notice.locator('a')).toHaveText([/^17 /, /^500 /]);
  });

  test('several codes named in a sentence are listed, and the text is still searched', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('先报 type 16，重连后又报错误码 39')}`);
    const notice = page.locator('[data-lookup-notice]');
    await expect(notice.locator('a')).toHaveText([/^16 /, /^39 /]);
    await expect(page).toHaveURL(/\/search\/\?q=/);
  });

  test('a code in an unambiguous frame goes straight to it; an HTTP status is a word', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('it says User not login(error code 39)')}`);
    await expect(page).toHaveURL(/\/en\/codes\/39\/$/);
    await page.goto(`/en/search/?q=${encodeURIComponent('error code 401')}`);
    await expect(page.locator('[data-search-results] a, [data-partial-results] a').first()).toBeVisible(ANSWERED);
    await expect(page).toHaveURL(/\/en\/search\//);
  });

  test('a sentence no page fully contains gets partial matches, said plainly', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('你已被禁言，无法发送消息')}`);
    const partial = page.locator('[data-partial]');
    await expect(partial).toBeVisible(ANSWERED);
    await expect(partial.getByRole('status')).toHaveText(/没有页面包含全部词语/);
    const first = await partial.locator('a').evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(first.some((path) => ['/codes/507/', '/codes/219/'].includes(path)), JSON.stringify(first)).toBe(true);
    await expect(partial.locator('.matched').first()).toContainText('禁言');
    await expect(page.locator('[data-search-summary]')).toBeHidden();
  });

  test('gibberish says nothing matched and offers the filtered table and the categories', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('qzxvv wqkpf')}`);
    const noMatch = page.locator('[data-no-match]');
    await expect(noMatch).toBeVisible(ANSWERED);
    await expect(noMatch.getByRole('status')).toHaveText('No page matches any word of “qzxvv wqkpf”.');
    await expect(noMatch.getByRole('link', { name: 'Filter the code table for “qzxvv wqkpf”' })).toHaveAttribute('href', '/en/?q=qzxvv%20wqkpf#codes');
    expect(await noMatch.locator('.categories a').count()).toBeGreaterThan(5);
    await expect(noMatch.locator('.categories a').first()).toHaveAttribute('href', /^\/en\/\?category=[a-z]+#codes$/);
  });

  test('as the reader types, the notice answers the words in the box, never an earlier query', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('error 401 when calling the API, token')}`);
    const notice = page.locator('[data-lookup-notice]');
    await expect(notice).toHaveAttribute('data-kind', 'http', ANSWERED);
    const box = page.locator('#search-input');
    // Words the lookup has nothing for: the notice hides, the text results follow the box.
    await box.fill('muted');
    await expect(notice).toBeHidden();
    await expect(page).toHaveURL(/\/en\/search\/\?q=muted$/);
    await expect(page.locator('[data-search-results] a').first()).toBeVisible(ANSWERED);
    // What Enter would open is offered, not opened: a code, a constant, a symptom's own phrasing.
    for (const [typed, href] of [
      ['206', '/en/codes/206/'],
      ['GROUP_IS_DISABLED', '/en/codes/608/'],
      ["can't log in", '/en/symptoms/cannot-log-in/'],
    ] as const) {
      await box.fill(typed);
      await expect(notice, typed).toHaveAttribute('data-kind', 'exact');
      await expect(notice.getByRole('status')).toHaveText('Press Enter to open its page:');
      await expect(notice.locator('a')).toHaveAttribute('href', href);
      await expect(page).toHaveURL(/\/en\/search\/\?q=/);
    }
    // An HTTP status in a sentence lists its codes again, as on load.
    await box.fill('request failed with status 403');
    await expect(notice).toHaveAttribute('data-kind', 'http');
    await expect(notice.locator('a').first()).toHaveAttribute('href', /\/en\/codes\/\d+\/$/);
    await box.fill('');
    await expect(notice).toBeHidden();
    // Enter still goes where the notice pointed.
    await box.fill('206');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/codes\/206\/$/, ANSWERED);
  });
});

test.describe('code pages carry the search words', () => {
  test.slow();
  test('the SDK messages, in both languages', async ({ page }) => {
    await page.goto('/codes/39/');
    await expect(page.locator('#cause .messages')).toContainText('error.message 可能是（agora-chat 1.4.0）：');
    await expect(page.locator('#cause .messages li code')).toHaveText(['not login']);
    await page.goto('/en/codes/16/');
    await expect(page.locator('#cause .messages li code')).toContainText(['websocket has been disconnected']);
    const markdown = await (await page.request.get('/en/codes/39.md')).text();
    expect(markdown).toContain('`error.message` can be (agora-chat 1.4.0):\n\n- `not login`');
  });

  test('keywords, as "also known as"', async ({ page }) => {
    await page.goto('/codes/16/');
    await expect(page.locator('.keywords')).toContainText('也称：掉线、断线');
    await page.goto('/en/codes/506/');
    await expect(page.locator('.keywords')).toContainText('Also known as: whitelist');
  });
});

test.describe('OpenSearch', () => {
  test.slow();
  for (const [prefix, language] of [
    ['', 'zh-CN'],
    ['/en', 'en'],
  ] as const) {
    test(`${prefix || '/'}: every page links its description, which searches through ${prefix}/search/?q=`, async ({ page }) => {
      for (const path of [`${prefix}/`, `${prefix}/codes/206/`, `${prefix}/search/`]) {
        await page.goto(path);
        await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', `${prefix}/opensearch.xml`);
      }
      const response = await page.request.get(`${prefix}/opensearch.xml`);
      expect(response.ok()).toBe(true);
      const xml = await response.text();
      expect(xml).toContain(`<Url type="text/html" method="get" template="https://agora-chat-errors.example.com${prefix}/search/?q={searchTerms}"/>`);
      expect(xml).toContain(`<Language>${language}</Language>`);
      expect(/<ShortName>(.*)<\/ShortName>/.exec(xml)?.[1]?.length).toBeLessThanOrEqual(16);
    });
  }
});
