import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { searchRanking } from '../../src/search/search-ranking';
import { ROOT } from '../support/source';

/**
 * The upgrade page (/upgrade/), the version pages (/versions/<version>/) and /versions.json, in both
 * languages, with and without JavaScript. Every number they show is checked against a diff this
 * file computes on its own from the raw content/sdk-history.json (not with src/sdk/version-diff.ts).
 */
interface RawConstant {
  code: number;
  declared: 'public' | 'hidden' | null;
  typed: boolean;
  raised: boolean;
  messages: string[];
}
const raw = JSON.parse(readFileSync(path.join(ROOT, 'content/sdk-history.json'), 'utf8')) as { versions: { version: string; constants: Record<string, RawConstant> }[] };
const versions = raw.versions.map((entry) => entry.version);
const latest = versions.at(-1) ?? '';
const constants = (version: string) => raw.versions.find((entry) => entry.version === version)?.constants ?? {};

/** Per number of a version: its names, whether any raises it, its messages. */
function numbers(version: string): Map<number, { names: string[]; raised: boolean; messages: Set<string> }> {
  const map = new Map<number, { names: string[]; raised: boolean; messages: Set<string> }>();
  for (const [name, constant] of Object.entries(constants(version))) {
    const entry = map.get(constant.code) ?? { names: [], raised: false, messages: new Set<string>() };
    entry.names.push(name);
    entry.raised ||= constant.raised;
    for (const message of constant.messages) entry.messages.add(message);
    map.set(constant.code, entry);
  }
  return map;
}

type Kind = 'new' | 'removed' | 'renumbered' | 'renamed' | 'nowRaised' | 'noLongerRaised' | 'messageChanged' | 'typingChanged';

/** The numbers each kind of change mentions between two versions, ascending. */
function expectedNumbers(from: string, to: string): Record<Kind, number[]> {
  const a = numbers(from);
  const b = numbers(to);
  const before = constants(from);
  const after = constants(to);
  const sorted = (list: number[]) => [...new Set(list)].sort((x, y) => x - y);
  const both = [...b.keys()].filter((code) => a.has(code));
  const moved = Object.entries(after).filter(([name, constant]) => before[name] !== undefined && before[name]?.code !== constant.code);
  return {
    new: sorted([...b].filter(([code, entry]) => !a.has(code) && !entry.names.every((name) => name in before)).map(([code]) => code)),
    removed: sorted([...a].filter(([code, entry]) => !b.has(code) && !entry.names.every((name) => name in after)).map(([code]) => code)),
    renumbered: sorted(moved.flatMap(([name, constant]) => [before[name]?.code ?? Number.NaN, constant.code])),
    renamed: sorted(both.filter((code) => [...(a.get(code)?.names ?? [])].sort().join() !== [...(b.get(code)?.names ?? [])].sort().join())),
    nowRaised: sorted(both.filter((code) => !a.get(code)?.raised && b.get(code)?.raised)),
    noLongerRaised: sorted(both.filter((code) => a.get(code)?.raised && !b.get(code)?.raised)),
    messageChanged: sorted(both.filter((code) => [...(a.get(code)?.messages ?? [])].sort().join('\n') !== [...(b.get(code)?.messages ?? [])].sort().join('\n'))),
    typingChanged: sorted(
      Object.entries(after)
        .filter(([name, constant]) => {
          const old = before[name];
          return old !== undefined && old.code === constant.code && (old.declared !== constant.declared || old.typed !== constant.typed);
        })
        .map(([, constant]) => constant.code),
    ),
  };
}

/** How many changes of each kind (renumbered and typing changes count names, the others numbers). */
function expectedCounts(from: string, to: string): Record<Kind, number> {
  const found = expectedNumbers(from, to);
  const before = constants(from);
  const after = constants(to);
  const counts = Object.fromEntries(Object.entries(found).map(([kind, list]) => [kind, list.length])) as Record<Kind, number>;
  counts.renumbered = Object.entries(after).filter(([name, constant]) => before[name] !== undefined && before[name]?.code !== constant.code).length;
  counts.typingChanged = Object.entries(after).filter(([name, constant]) => {
    const old = before[name];
    return old !== undefined && old.code === constant.code && (old.declared !== constant.declared || old.typed !== constant.typed);
  }).length;
  return counts;
}
const totalOf = (counts: Record<Kind, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);

const KINDS: Kind[] = ['new', 'removed', 'renumbered', 'renamed', 'nowRaised', 'noLongerRaised', 'messageChanged', 'typingChanged'];

/** The numbers each kind's rows show inside `scope` (the text of their links and of "55 → 800"). */
async function shownNumbers(scope: Locator): Promise<Record<Kind, number[]>> {
  const shown = await scope.locator('.change-kind').evaluateAll((groups) =>
    groups.map((group) => ({
      kind: (group as HTMLElement).dataset.kind ?? '',
      // A number's link reads "55", or "56 WEBIM_TOKEN_EXPIRED" in a group of typing changes.
      numbers: [...group.querySelectorAll('li a')].flatMap((link) => /^(-?\d+)(?: [A-Z0-9_]+)?$/.exec(link.textContent ?? '')?.[1] ?? []).map(Number),
    })),
  );
  return Object.fromEntries(KINDS.map((kind) => [kind, [...new Set(shown.filter((group) => group.kind === kind).flatMap((group) => group.numbers))].sort((x, y) => x - y)])) as Record<Kind, number[]>;
}

const LOCALES = [
  { prefix: '', lang: 'zh-CN' },
  { prefix: '/en', lang: 'en' },
] as const;

test('the test diff proves the known changes (so the page comparisons below compare with them)', () => {
  expect(expectedNumbers('1.2.1', '1.4.0').renumbered).toEqual([55, 800]);
  expect(expectedNumbers('1.3.0', '1.3.1').renamed).toEqual([304]);
  expect(expectedNumbers('1.3.1', '1.4.0').new).toEqual([208, 222, 223, 512]);
  expect(expectedNumbers('1.2.1', '1.2.2-1').noLongerRaised).toContain(12);
  expect(versions.indexOf('1.2.1')).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { prefix } of LOCALES) {
    test(`${prefix || '/zh'}: every version page shows exactly the changes from the version before`, async ({ page }) => {
      for (const [index, version] of versions.entries()) {
        await page.goto(`${prefix}/versions/${version}/`);
        await expect(page.locator('h1')).toContainText(version);
        const previous = versions[index - 1];
        if (previous === undefined) {
          await expect(page.locator('.change-kind')).toHaveCount(0);
          continue;
        }
        expect(await shownNumbers(page.locator('article')), version).toEqual(expectedNumbers(previous, version));
        // The summary's total and each heading's count.
        const counts = expectedCounts(previous, version);
        await expect(page.locator('[data-version-summary]')).toContainText(` ${totalOf(counts)} `);
        const headings = await page.locator('.change-kind').evaluateAll((groups) =>
          groups.map((group) => [(group as HTMLElement).dataset.kind ?? '', Number(/(\d+)\D*$/.exec(group.querySelector('.count')?.textContent ?? '')?.[1])] as const),
        );
        expect(Object.fromEntries(headings), version).toEqual(Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0)));
      }
    });

    test(`${prefix || '/zh'}: the upgrade page gives every version's changes against the latest and the one before, as static content`, async ({ page }) => {
      await page.goto(`${prefix}/upgrade/?from=1.2.1&to=1.4.0`);
      await expect(page.locator('[data-upgrade]')).toBeHidden();
      for (const from of versions.filter((version) => version !== latest)) {
        expect(await shownNumbers(page.locator(`[id="latest-from-${from}"]`)), `${from} → ${latest}`).toEqual(expectedNumbers(from, latest));
      }
      for (const [index, version] of versions.entries()) {
        const previous = versions[index - 1];
        if (previous === undefined) continue;
        expect(await shownNumbers(page.locator(`[id="release-${version}"]`)), `${previous} → ${version}`).toEqual(expectedNumbers(previous, version));
      }
      // The known changes, as rows.
      const toLatest = page.locator('[id="latest-from-1.2.1"]');
      await expect(toLatest.locator('[data-kind="renumbered"] li')).toContainText('LOCAL_DB_OPERATION_FAILED');
      await expect(toLatest.locator('[data-kind="renumbered"] li')).toContainText('55 → 800');
      await expect(toLatest.locator('[data-kind="noLongerRaised"] li a', { hasText: /^12$/ })).toHaveCount(1);
      await expect(page.locator('[id="release-1.3.1"] [data-kind="renamed"] li')).toHaveText(/304 WEBIM_MESSAGE_REC_AUDIO → SERVER_GET_DNSLIST_FAILED/);
    });
  }

  test('rows link to the code page\'s version section, and renumbered rows to the snippet that works on both sides', async ({ page }) => {
    await page.goto('/en/versions/1.3.1/');
    const row = page.locator('[data-kind="renumbered"] li').first();
    await expect(row.locator('a', { hasText: /^800$/ })).toHaveAttribute('href', '/en/codes/800/#versions');
    await expect(row.locator('a', { hasText: /^55$/ })).toHaveAttribute('href', '/en/codes/55/#versions');
    await row.getByRole('link', { name: 'code that works on both sides' }).click();
    await expect(page).toHaveURL(/\/en\/upgrade\/#snippet-LOCAL_DB_OPERATION_FAILED$/);
    const snippet = page.locator('#snippet-LOCAL_DB_OPERATION_FAILED pre');
    await expect(snippet).toContainText('const LOCAL_DB_OPERATION_FAILED_CODES: readonly number[] = [55, 800];');
    await expect(snippet).toContainText('LOCAL_DB_OPERATION_FAILED_CODES.includes(error.type)');
    // A number no page documents links to its entry among the other names.
    await page.goto('/en/versions/1.0.7/');
    const other = page.locator('[data-kind="typingChanged"] li a', { hasText: /^310 [A-Z_]+$/ });
    await expect(other).toHaveAttribute('href', /\/en\/codes\/other-names\/#[A-Z_]+$/);
  });

  test('each code page links to the versions that changed it, landing on its row', async ({ page }) => {
    await page.goto('/codes/800/');
    const changed = page.locator('#versions [data-changed-in] a');
    await expect(changed).toHaveText(['1.2.2-3', '1.3.0', '1.3.1', '1.4.0']);
    await changed.filter({ hasText: '1.3.0' }).click();
    await expect(page).toHaveURL(/\/versions\/1\.3\.0\/#code-800$/);
    await expect(page.locator('#code-800')).toHaveCount(1);
    await expect(page.locator('li:has(#code-800)')).toContainText('800 → 55');
  });

  test('the index of versions lists each with its number of changes', async ({ page }) => {
    await page.goto('/en/versions/');
    const items = await page.locator('[data-versions-index] li').allTextContents();
    expect(items).toEqual(
      [...versions].reverse().map((version) => {
        const previous = versions[versions.indexOf(version) - 1];
        return previous === undefined ? `${version}: first version` : `${version}: ${totalOf(expectedCounts(previous, version))} changes`;
      }),
    );
  });

  test('the table links to the upgrade page', async ({ page }) => {
    await page.goto('/en/?sdk=1.3.0');
    const link = page.locator('a[data-upgrade-link]');
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', '/en/upgrade/');
  });
});

test.describe('with JavaScript', () => {
  const collectErrors = (page: Page) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return errors;
  };

  for (const { prefix } of LOCALES) {
    test(`${prefix || '/zh'}: ?from=1.2.1&to=1.4.0 compares the two, and the choice updates results and URL`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(`${prefix}/upgrade/?from=1.2.1&to=1.4.0`);
      const results = page.locator('[data-upgrade-results]');
      await expect(page.locator('#upgrade-from')).toHaveValue('1.2.1');
      await expect(page.locator('#upgrade-to')).toHaveValue('1.4.0');
      await expect(results.locator('.change-kind').first()).toBeVisible();
      expect(await shownNumbers(results)).toEqual(expectedNumbers('1.2.1', '1.4.0'));
      await expect(results.locator('[data-kind="renumbered"] li')).toContainText('55 → 800');
      await expect(results.locator('[data-kind="renumbered"] li a').first()).toHaveAttribute('href', `${prefix}/codes/55/#versions`);
      await expect(page.locator('[data-upgrade-status]')).toContainText('1.2.1');

      await page.locator('#upgrade-from').selectOption('1.3.0');
      await page.locator('#upgrade-to').selectOption('1.3.1');
      await expect(page).toHaveURL(/[?&]from=1\.3\.0&to=1\.3\.1$/);
      await expect.poll(async () => (await shownNumbers(results)).renamed).toEqual([304]);
      expect(await shownNumbers(results)).toEqual(expectedNumbers('1.3.0', '1.3.1'));
      await expect(page.locator('[data-upgrade-status]')).toContainText('1.3.1');
      expect(errors).toEqual([]);
    });
  }

  test('a version page\'s link to everything that changes up to the latest opens that pair', async ({ page }) => {
    await page.goto('/en/versions/1.2.1/');
    await page.getByRole('link', { name: `Everything that changes from 1.2.1 to ${latest}` }).click();
    await expect(page).toHaveURL(/\/en\/upgrade\/\?from=1\.2\.1#latest-from-1\.2\.1$/);
    await expect(page.locator('[id="latest-from-1.2.1"]')).toHaveAttribute('open', '');
    await expect(page.locator('[id="latest-from-1.2.1"] [data-kind="renumbered"] li')).toBeVisible();
    await expect(page.locator('#upgrade-from')).toHaveValue('1.2.1');
    await expect(page.locator('[id="latest-from-1.3.0"]')).not.toHaveAttribute('open');
  });

  test('a malformed or unknown choice in the URL never breaks the page: it falls back to the latest release', async ({ page }) => {
    const errors = collectErrors(page);
    const previous = versions.at(-2) ?? '';
    for (const query of ['?from=%E0%A4%A&to=9.9.9', '?from=<script>alert(1)</script>', '?to=&from=&from=1.2.1x']) {
      await page.goto(`/en/upgrade/${query}`);
      await expect(page.locator('#upgrade-to')).toHaveValue(latest);
      await expect(page.locator('#upgrade-from')).toHaveValue(previous);
      await expect(page.locator('[data-upgrade-results] .change-kind').first()).toBeVisible();
      expect(await shownNumbers(page.locator('[data-upgrade-results]'))).toEqual(expectedNumbers(previous, latest));
    }
    // Only "to" given: "from" is the version before it.
    await page.goto('/en/upgrade/?to=1.3.1');
    await expect(page.locator('#upgrade-from')).toHaveValue('1.3.0');
    expect(errors).toEqual([]);
  });

  test('the keyboard reaches the choice, and the status line announces the result', async ({ page }) => {
    await page.goto('/en/upgrade/?from=1.2.1&to=1.4.0');
    await expect(page.getByLabel('Version you use')).toHaveValue('1.2.1');
    await expect(page.getByLabel('Upgrade to')).toHaveValue('1.4.0');
    await expect(page.getByRole('status')).toHaveText(/^From 1\.2\.1 to 1\.4\.0: \d+ changes\.$/);
    await page.getByLabel('Version you use').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Upgrade to')).toBeFocused();
    await page.getByLabel('Upgrade to').selectOption('1.2.1');
    await expect(page.getByRole('status')).toHaveText('Both versions are the same, so nothing changes: choose another version.');
  });

  test('the table\'s SDK-version choice points its upgrade link at that version', async ({ page }) => {
    await page.goto('/en/?sdk=1.3.0');
    const link = page.locator('a[data-upgrade-link]');
    await expect(link).toHaveAttribute('href', '/en/upgrade/?from=1.3.0');
    await expect(link).toHaveText('What changes for error codes when you upgrade from agora-chat 1.3.0');
    await page.getByLabel('I use agora-chat').selectOption('1.2.1');
    await expect(link).toHaveAttribute('href', '/en/upgrade/?from=1.2.1');
    await link.click();
    await expect(page.locator('#upgrade-from')).toHaveValue('1.2.1');
    await expect(page.locator('#upgrade-to')).toHaveValue(latest);
    await page.goto('/');
    await expect(page.locator('a[data-upgrade-link]')).toHaveAttribute('href', '/upgrade/');
    await page.getByLabel('我用的 agora-chat 版本').selectOption('1.3.0');
    await expect(page.locator('a[data-upgrade-link]')).toHaveText('从 agora-chat 1.3.0 升级时，错误码有哪些变化');
  });
});

test('/versions.json validates against /versions.schema.json and holds the same diffs', async ({ request }) => {
  const schema = (await (await request.get('/versions.schema.json')).json()) as object;
  interface Diff extends Record<Kind, unknown[]> {
    from: string;
    to: string;
  }
  const data = (await (await request.get('/versions.json')).json()) as { sdk: { versions: string[] }; versions: { version: string; previous: string | null; changes: Diff | null; toLatest: Diff | null }[] };
  const validate = new Ajv2020({ strict: false }).compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  const first = data.versions[1];
  expect(validate({ ...data, versions: [{ ...first, changes: { ...first?.changes, new: [{ code: 'two hundred and eight' }] } }] })).toBe(false);
  expect(data.sdk.versions).toEqual(versions);

  const numbersOf = (diff: Diff, kind: Kind) =>
    [
      ...new Set(
        (diff[kind] as { code?: number; from?: number | string[]; to?: number | string[] }[]).flatMap((change) =>
          kind === 'renumbered' ? [change.from as number, change.to as number] : [change.code as number],
        ),
      ),
    ].sort((x, y) => x - y);
  for (const entry of data.versions) {
    if (entry.changes && entry.previous) {
      for (const kind of KINDS) expect(numbersOf(entry.changes, kind), `${entry.version} ${kind}`).toEqual(expectedNumbers(entry.previous, entry.version)[kind]);
    }
    if (entry.toLatest) {
      for (const kind of KINDS) expect(numbersOf(entry.toLatest, kind), `${entry.version} → latest ${kind}`).toEqual(expectedNumbers(entry.version, latest)[kind]);
    }
  }
  const release140 = data.versions.find((entry) => entry.version === '1.4.0')?.changes;
  expect((release140?.new as { code: number }[]).map((change) => change.code)).toEqual([208, 222, 223, 512]);
  expect(data.versions.find((entry) => entry.version === '1.2.1')?.toLatest?.renumbered).toEqual([{ name: 'LOCAL_DB_OPERATION_FAILED', from: 55, to: 800 }]);
  // Tools find it from llms.txt.
  expect(await (await request.get('/llms.txt')).text()).toMatch(/\/versions\.json \(JSON Schema: \S+\/versions\.schema\.json\)/);
});

test('the upgrade and version pages are in the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  for (const prefix of ['', '/en']) {
    expect(paths).toContain(`${prefix}/upgrade/`);
    expect(paths).toContain(`${prefix}/versions/`);
    for (const version of versions) expect(paths).toContain(`${prefix}/versions/${version}/`);
  }
});

/** The first `limit` result URLs of each query in the built pagefind index of the language of `searchPage`. */
async function pagefindUrls(page: Page, searchPage: string, queries: readonly string[], limit: number): Promise<Record<string, string[]>> {
  await page.goto(searchPage);
  return page.evaluate(
    async ({ queries, ranking, bundle, limit }) => {
      interface PagefindApi {
        options(options: { ranking: unknown }): Promise<void>;
        search(query: string): Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      }
      const pagefind = (await import(bundle)) as PagefindApi;
      await pagefind.options({ ranking });
      const out: Record<string, string[]> = {};
      for (const query of queries) {
        const found = await pagefind.search(query);
        out[query] = (await Promise.all(found.results.slice(0, limit).map((result) => result.data()))).map((entry) => entry.url);
      }
      return out;
    },
    { queries: [...queries], ranking: searchRanking, bundle: '/pagefind/pagefind.js', limit },
  );
}

test('search finds the version pages: "1.4.0 新增错误码", "agora-chat 1.3.1 error codes"', async ({ page }) => {
  test.setTimeout(60_000);
  const zh = await pagefindUrls(page, '/search/', ['1.4.0 新增错误码', 'agora-chat 1.2.2-3 错误码'], 3);
  expect(zh['1.4.0 新增错误码']).toContain('/versions/1.4.0/');
  expect(zh['agora-chat 1.2.2-3 错误码']).toContain('/versions/1.2.2-3/');
  const en = await pagefindUrls(page, '/en/search/', ['agora-chat 1.3.1 error codes', 'error codes new in 1.4.0'], 3);
  expect(en['agora-chat 1.3.1 error codes']).toContain('/en/versions/1.3.1/');
  expect(en['error codes new in 1.4.0']).toContain('/en/versions/1.4.0/');
  // Through the search page itself (its exact lookup first, then pagefind's results).
  await page.goto(`/search/?q=${encodeURIComponent('1.4.0 新增错误码')}`);
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', '/versions/1.4.0/');
});
