import { expect, test } from '@playwright/test';
import { pagefindCodes } from '../support/pagefind';

/**
 * The query set, run against the built pagefind index in the browser with the ranking the search
 * page uses. "First page" is the first 5 results, what the results list shows without scrolling.
 */
const FIRST_PAGE = 5;

const topResult: [string, number][] = [
  ['206', 206],
  ['504', 504],
  ['1301', 1301],
  ['WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE', 206],
  ['MESSAGE_RECALL_TIME_LIMIT', 504],
  ['LOGIN_ANOTHER', 206],
  ['login another', 206],
  ['RECALL_TIME', 504],
  ['KICKED_BY_CHANGE', 216],
  ['GROUP_MEMBERS_LIMIT', 607],
  ['敏感词', 501],
  ['白名单', 506],
];

const onFirstPage: [string, number[]][] = [
  ['禁言', [219, 507]],
  ['被踢', [217]],
  ['敏感词', [501]],
  ['白名单', [506]],
  ['翻译', [1200, 1201, 1204]],
  ['子区', [1300, 1301]],
  ['撤回', [504]],
  ['connection', [39, 40]],
];

test.describe('search ranking', () => {
  let results: Record<string, number[]> = {};

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    const queries = [...new Set([...topResult.map(([query]) => query), ...onFirstPage.map(([query]) => query)])];
    results = await pagefindCodes(page, '/search/', '', queries, 10);
    await page.close();
  });

  for (const [query, code] of topResult) {
    test(`"${query}" ranks ${code} first`, () => {
      expect(results[query]?.[0], JSON.stringify(results[query])).toBe(code);
    });
  }
  for (const [query, codes] of onFirstPage) {
    test(`"${query}" shows ${codes.join(', ')} on the first page`, () => {
      const firstPage = results[query]?.slice(0, FIRST_PAGE) ?? [];
      for (const code of codes) expect(firstPage, JSON.stringify(results[query])).toContain(code);
    });
  }
});
