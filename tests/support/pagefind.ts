import type { Page } from '@playwright/test';
import { searchRanking } from '../../src/search/search-ranking';

/**
 * Runs `queries` against the built pagefind index from `searchPage` (its <html lang> picks the
 * language's index), with the ranking the search page uses. Returns, per query, the codes of the
 * first `limit` results, in order (NaN for a result outside `prefix`/codes/).
 */
export async function pagefindCodes(page: Page, searchPage: string, prefix: string, queries: readonly string[], limit: number): Promise<Record<string, number[]>> {
  await page.goto(searchPage);
  return page.evaluate(
    async ({ queries, ranking, bundle, prefix, limit }) => {
      interface PagefindApi {
        options(options: { ranking: unknown }): Promise<void>;
        search(query: string): Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      }
      const pagefind = (await import(bundle)) as PagefindApi;
      await pagefind.options({ ranking });
      const pattern = new RegExp(`^${prefix}/codes/(-?\\d+)/$`);
      const out: Record<string, number[]> = {};
      for (const query of queries) {
        const found = await pagefind.search(query);
        const data = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
        out[query] = data.map((entry) => Number(pattern.exec(entry.url)?.[1] ?? Number.NaN));
      }
      return out;
    },
    { queries: [...queries], ranking: searchRanking, bundle: '/pagefind/pagefind.js', prefix, limit },
  );
}
