import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { searchRanking } from '../../src/search/search-ranking';
import { searchThroughPage } from '../support/search-page';

/**
 * The symptom pages (按现象排查): generated from content/symptoms.yaml and the registry's `symptoms`
 * lists, in both languages, linked from the table and the guide, and found first by symptom phrasing.
 */
interface SymptomData {
  id: string;
  title: Record<'zh-cn' | 'en', string>;
  causesWithoutCode?: Record<'zh-cn' | 'en', string>[];
}
const symptoms = parse(readFileSync('content/symptoms.yaml', 'utf8')) as SymptomData[];
const registry = parse(readFileSync('content/registry.yaml', 'utf8')) as { code: number; symptoms?: string[] }[];
const codesOf = (id: string) => registry.filter((entry) => entry.symptoms?.includes(id)).map((entry) => entry.code);
const prefixes = { 'zh-cn': '', en: '/en' } as const;

test('the symptoms cover what issue 20 asks for, each with codes from the registry', () => {
  for (const id of ['cannot-log-in', 'kicked-offline', 'messages-not-sent', 'messages-not-received', 'file-transfer-fails', 'token-problems', 'group-or-chatroom-fails', 'rate-limits']) {
    expect(symptoms.map((symptom) => symptom.id), id).toContain(id);
    expect(codesOf(id).length, `codes listing ${id}`).toBeGreaterThan(0);
  }
});

for (const locale of ['zh-cn', 'en'] as const) {
  const prefix = prefixes[locale];

  test(`${locale}: each symptom page lists exactly its registry codes, each with channel, message and condition, linking to the code`, async ({ page }) => {
    for (const symptom of symptoms) {
      await page.goto(`${prefix}/symptoms/${symptom.id}/`);
      await expect(page.locator('h1')).toHaveText(symptom.title[locale]);
      const items = page.locator('ol.codes > li');
      const listed = (await items.evaluateAll((nodes) => nodes.map((node) => Number(node.id.replace('code-', '')))));
      expect(listed, symptom.id).toEqual(codesOf(symptom.id).sort((a, b) => a - b));
      for (const code of listed) {
        const item = page.locator(`#code-${code}`);
        await expect(item.locator(`a[href="${prefix}/codes/${code}/"]`)).toHaveCount(1);
        await expect(item.locator('dd')).toHaveCount(3);
        for (const dd of await item.locator('dd').all()) expect((await dd.innerText()).trim(), `${symptom.id} ${code}`).not.toBe('');
      }
      const noCode = symptom.causesWithoutCode ?? [];
      await expect(page.locator('#no-code ~ ul > li')).toHaveCount(noCode.length);
    }
  });

  test(`${locale}: the index lists every symptom; the table and the guide link to it`, async ({ page }) => {
    await page.goto(`${prefix}/symptoms/`);
    for (const symptom of symptoms) await expect(page.locator(`a[href="${prefix}/symptoms/${symptom.id}/"]`)).toHaveCount(1);
    await page.goto(`${prefix}/`);
    await expect(page.locator(`.home-heading a[href="${prefix}/symptoms/"]`)).toHaveCount(1);
    await page.goto(`${prefix}/guide/`);
    for (const symptom of symptoms) await expect(page.locator(`aside.symptoms a[href="${prefix}/symptoms/${symptom.id}/"]`)).toHaveCount(1);
  });
}

test('the symptom pages are in the sitemap, in both languages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const symptom of symptoms) {
    expect(sitemap).toContain(`/symptoms/${symptom.id}/</loc>`);
    expect(sitemap).toContain(`/en/symptoms/${symptom.id}/</loc>`);
  }
});

const phrasings: ['zh-cn' | 'en', string, string][] = [
  ['zh-cn', '消息发不出去', 'messages-not-sent'],
  ['zh-cn', '收不到消息', 'messages-not-received'],
  ['en', 'messages not received', 'messages-not-received'],
  ["en", "can't log in", 'cannot-log-in'],
  ['en', "messages won't send", 'messages-not-sent'],
];

/**
 * pagefind alone is not asked for 消息发不出去: Chromium splits it into 消息|发|不出去, and pagefind loads, for
 * the term 发, only the index chunk whose range ends at 发, while the words that extend it (发不出…) may sit
 * in the next chunk (from 发一 on). Where the chunks split depends on every page's words: with the claims of
 * codes 51 and 1301 the split falls there and pagefind finds no page at all. The search page answers it
 * with its own symptom lookup (below), which no index content can move.
 */
const PAGEFIND_CHUNK_MISS = new Set(['消息发不出去']);

test('symptom phrasing finds the symptom page first (pagefind, with the search page’s ranking)', async ({ page }) => {
  for (const [locale, query, id] of phrasings.filter(([, query]) => !PAGEFIND_CHUNK_MISS.has(query))) {
    // The table page of the locale: its <html lang> picks the index, and no script of its own drives
    // pagefind (the search page's module would set other options on the same instance meanwhile).
    await page.goto(`${prefixes[locale]}/`);
    const urls = await page.evaluate(
      async ({ query, ranking, bundle }) => {
        const pagefind = (await import(bundle)) as {
          options(options: { ranking: unknown; noWorker: boolean }): Promise<void>;
          search(query: string): Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
        };
        // As the search page runs it: on the main thread, with its ranking.
        await pagefind.options({ ranking, noWorker: true });
        const found = await pagefind.search(query);
        return Promise.all(found.results.slice(0, 3).map(async (result) => (await result.data()).url));
      },
      { query, ranking: searchRanking, bundle: '/pagefind/pagefind.js' },
    );
    expect(urls[0], `${query}: ${urls.join(' ')}`).toBe(`${prefixes[locale]}/symptoms/${id}/`);
  }
});

test('through the search page, a symptom phrasing lists its symptom page first', async ({ page }) => {
  const outcome = await searchThroughPage(page, '', '收不到消息');
  expect(outcome.paths[0]).toBe('/symptoms/messages-not-received/');
});

test.describe('the symptom lookup of the search page (src/search/symptom-lookup.ts)', () => {
  test('a symptom’s title or keyword, however written, goes to its page', async ({ page }) => {
    const landings: ['zh-cn' | 'en', string, string][] = [
      ...phrasings,
      ['zh-cn', ' 消息 发不出去。', 'messages-not-sent'],
      ['en', 'message not sent', 'messages-not-sent'],
      ['en', 'Messages won’t send', 'messages-not-sent'],
      ['en', 'Cant log in', 'cannot-log-in'],
    ];
    for (const [locale, query, id] of landings) {
      const outcome = await searchThroughPage(page, prefixes[locale], query);
      expect(outcome.kind, query).toBe('landed');
      expect(outcome.paths, query).toEqual([`${prefixes[locale]}/symptoms/${id}/`]);
      expect(outcome.codes[0], query).toBeNaN();
      await expect(page.locator('h1'), query).toHaveText(symptoms.find((symptom) => symptom.id === id)?.title[locale] ?? '');
    }
  });

  test('a query holding a symptom’s keyword lists its page first, above the text results', async ({ page }) => {
    const contained: ['zh-cn' | 'en', string, string][] = [
      ['zh-cn', '为什么消息发不出去', 'messages-not-sent'],
      ['en', 'messages not received after login', 'messages-not-received'],
    ];
    for (const [locale, query, id] of contained) {
      const outcome = await searchThroughPage(page, prefixes[locale], query);
      expect(outcome.kind, query).toBe('listed');
      expect(outcome.paths[0], query).toBe(`${prefixes[locale]}/symptoms/${id}/`);
      const notice = page.locator('[data-lookup-notice]');
      await expect(notice).toHaveAttribute('data-kind', 'symptom');
      await expect(notice.locator('[data-lookup-message]')).toHaveText(locale === 'en' ? /describes a symptom/ : /描述了一种现象/);
      await expect(notice.getByRole('link', { name: symptoms.find((symptom) => symptom.id === id)?.title[locale] ?? '' })).toBeVisible();
      // The text search still runs below the notice.
      await expect(page.locator('[data-search-results] a, [data-partial-results] a').first()).toBeVisible();
      expect(outcome.paths.length, query).toBeGreaterThan(1);
    }
  });

  test('codes still win: a code, or a code beside a symptom, goes to the code', async ({ page }) => {
    for (const query of ['206', '错误码 206 消息发不出去']) {
      const outcome = await searchThroughPage(page, '', query);
      expect(outcome.kind, query).toBe('landed');
      expect(outcome.paths, query).toEqual(['/codes/206/']);
    }
    const outcome = await searchThroughPage(page, '/en', 'GROUP_NOT_EXIST');
    expect(outcome.kind).toBe('landed');
    expect(outcome.paths[0]).toMatch(/^\/en\/codes\//);
  });

  test('bad symptom data: no symptom lookup, and the page still searches', async ({ page }) => {
    await page.route('**/search/?q=*', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/(<script[^>]*data-symptom-index[^>]*>)[^<]*/, '$1[{"id": oops');
      await route.fulfill({ response, body: html });
    });
    const outcome = await searchThroughPage(page, '', '消息发不出去');
    expect(outcome.kind).not.toBe('landed');
    expect(page.url()).toContain('/search/?q=');
    await expect(page.locator('[data-search-results] a, [data-partial-results] a, [data-no-match]:not([hidden])').first()).toBeVisible();
    await expect(page.locator('[data-lookup-notice][data-kind="symptom"]')).toHaveCount(0);
  });
});
