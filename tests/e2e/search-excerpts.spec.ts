import { expect, test } from '@playwright/test';
import { searchRanking } from '../../src/search/search-ranking';

/**
 * The excerpts pagefind shows under each result are the page's text, not its chrome: the fact box's
 * labels and values, copy buttons, section anchors and the "also known as" line are metadata or
 * ignored (data-pagefind-ignore), never glued into the excerpt ("Code608Copy. ConstantGROUP_IS_DISABLEDCopy").
 * Run against the built index.
 */
const CHROME = [/Copy/, /复制/, /Constant\s*[A-Z_]{4}/, /常量名\s*[A-Z_]{4}/, /Code\s*-?\d+/, /错误码\s*-?\d+\s*复制/, /Also known as/, /也称：/, /Category\s*[A-Z]/, /分类\s*\S+来源/, /Source/, /来源/, /#/];

const queries: { prefix: string; query: string }[] = [
  { prefix: '/en', query: 'group disabled' },
  { prefix: '/en', query: 'login another device' },
  { prefix: '/en', query: 'token' },
  { prefix: '', query: '群组已被禁用' },
  { prefix: '', query: '禁言' },
  { prefix: '', query: 'token' },
];

test('excerpts of the first results hold no fact-box labels, copy buttons, anchors or "also known as" line', async ({ page }) => {
  const dirty: string[] = [];
  let seen = 0;
  for (const { prefix, query } of queries) {
    await page.goto(`${prefix}/search/`);
    const excerpts = await page.evaluate(
      async ({ query, ranking, bundle }) => {
        const pagefind = (await import(bundle)) as {
          options(options: { ranking: unknown }): Promise<void>;
          search(query: string): Promise<{ results: { data: () => Promise<{ url: string; excerpt: string; content: string }> }[] }>;
        };
        await pagefind.options({ ranking });
        const found = await pagefind.search(query);
        const data = await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
        // The excerpt marks hits with <mark>; the text a reader sees is without tags. Also check the page's whole indexed text.
        return data.map((entry) => ({ url: entry.url, excerpt: entry.excerpt.replace(/<[^>]+>/g, ''), content: entry.content }));
      },
      { query, ranking: searchRanking, bundle: '/pagefind/pagefind.js' },
    );
    for (const { url, excerpt, content } of excerpts) {
      seen++;
      for (const pattern of CHROME) {
        if (pattern.test(excerpt)) dirty.push(`${query} → ${url}: excerpt matches ${pattern}: ${excerpt}`);
        else if (pattern.test(content.slice(0, 400))) dirty.push(`${query} → ${url}: indexed text starts with ${pattern}: ${content.slice(0, 200)}`);
      }
    }
  }
  expect(seen).toBeGreaterThan(15);
  expect(dirty).toEqual([]);
});
