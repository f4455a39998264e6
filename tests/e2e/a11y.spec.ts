import { expect, test, type Page } from '@playwright/test';
import type { RunOptions } from 'axe-core';
import { axeViolations } from '../support/axe';

/**
 * axe (WCAG 2.0–2.2, levels A and AA) on every page of the built site, as the sitemap lists them,
 * plus the pages it leaves out (404, the name disambiguation page, the search page with results,
 * the filtered table), in the light and the dark colour scheme.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Label in name (WCAG 2.5.3) is tagged "experimental" in axe, so no tag selects it: it is enabled by
 * name, since speech-input users say the visible text of a control.
 */
const LIGHT: RunOptions = { runOnly: { type: 'tag', values: TAGS }, rules: { 'label-content-name-mismatch': { enabled: true } } };

/**
 * All WCAG A/AA rules in the light scheme; in the dark scheme, which changes only colours, the
 * colour rules (re-running the rest would double the sweep for nothing).
 */
const DARK: RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };

async function violations(page: Page, scheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  const found = await axeViolations(page, scheme === 'light' ? LIGHT : DARK);
  return found.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** One load, then axe in the light scheme and again after switching to dark (the CSS follows live). */
async function checkBothSchemes(page: Page, url: string, prepare?: (page: Page) => Promise<void>): Promise<string[]> {
  const found: string[] = [];
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url);
  await prepare?.(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await violations(page, colorScheme)).map((violation) => `${colorScheme} ${url}: ${violation}`));
  }
  return found;
}

test.describe('accessibility of every page', () => {
  let shared: Page;
  let paths: string[] = [];

  test.beforeAll(async ({ browser, request, baseURL }) => {
    // One reused page keeps 300 page loads quick.
    shared = await (await browser.newContext(baseURL ? { baseURL } : {})).newPage();
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  });
  test.afterAll(async () => {
    await shared.context().close();
  });

  // The sitemap's pages in slices, so that a failure names a handful of pages, not one of 160.
  const SLICES = 16;
  for (let slice = 0; slice < SLICES; slice++) {
    test(`sitemap pages, slice ${slice + 1} of ${SLICES}, light and dark`, async () => {
      test.setTimeout(180_000);
      expect(paths.length).toBeGreaterThan(150);
      const mine = paths.filter((_, index) => index % SLICES === slice);
      const found: string[] = [];
      for (const path of mine) found.push(...(await checkBothSchemes(shared, path)));
      expect(found).toEqual([]);
    });
  }

  // Also in the slices above; on their own here so `-g symptom` checks them in one quick run.
  test('the symptom pages (index and each symptom, both languages), light and dark', async () => {
    test.setTimeout(120_000);
    const symptomPaths = paths.filter((path) => /\/symptoms\//.test(path));
    expect(symptomPaths.length).toBeGreaterThanOrEqual(2 * 9);
    const found: string[] = [];
    for (const path of symptomPaths) found.push(...(await checkBothSchemes(shared, path)));
    expect(found).toEqual([]);
  });

  test('pages the sitemap leaves out, light and dark', async () => {
    test.setTimeout(120_000);
    const found = [
      ...(await checkBothSchemes(shared, '/codes/9999/', async (page) => {
        await expect(page.locator('[data-not-found-notice]').first()).toBeVisible();
      })),
      ...(await checkBothSchemes(shared, '/codes/GROUP_NOT_EXIST/')),
      ...(await checkBothSchemes(shared, '/en/codes/GROUP_NOT_EXIST/')),
      ...(await checkBothSchemes(shared, '/search/?q=%E7%A6%81%E8%A8%80', async (page) => {
        await expect(page.locator('[data-search-results] a').first()).toBeVisible();
      })),
      ...(await checkBothSchemes(shared, '/search/?q=1250', async (page) => {
        await expect(page.locator('[data-lookup-notice]')).toBeVisible();
      })),
    ];
    expect(found).toEqual([]);
  });

  test('the table with a filter applied, and with no match, light and dark', async () => {
    const found = [
      ...(await checkBothSchemes(shared, '/?q=%E7%A6%81%E8%A8%80&category=message', async (page) => {
        await expect(page.locator('table.code-table tbody tr:not([hidden])')).not.toHaveCount(0);
      })),
      ...(await checkBothSchemes(shared, '/en/?q=zzqqxx', async (page) => {
        await expect(page.locator('[data-no-match]')).toBeVisible();
      })),
    ];
    expect(found).toEqual([]);
  });
});

test.describe('accessibility of the upgrade page', () => {
  // The sitemap sweep covers the version pages, and the upgrade page too, but may run before its
  // comparison is rendered: here axe waits for it (the largest one, 1.0.4 to the latest; both languages
  // share the markup and styles).
  test('the upgrade page with a comparison rendered, light and dark', async ({ page }) => {
    test.setTimeout(120_000);
    const compared = async (target: Page) => {
      await expect(target.locator('[data-upgrade-results] .change-kind').first()).toBeVisible();
    };
    const found = [
      ...(await checkBothSchemes(page, '/en/upgrade/?from=1.0.4&to=1.4.0', compared)),
    ];
    expect(found).toEqual([]);
  });
});

test('axe does catch a violation on this site (the check is live)', async ({ page }) => {
  await page.goto('/codes/206/');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    document.querySelector('main')?.append(image);
  });
  expect((await violations(page)).join()).toContain('image-alt');
});

test('axe does catch a control whose accessible name lacks its visible text (label in name is live)', async ({ page }) => {
  await page.goto('/codes/206/');
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = '复制链接';
    button.setAttribute('aria-label', '复制本页地址');
    document.querySelector('main')?.append(button);
  });
  expect((await violations(page)).join()).toContain('label-content-name-mismatch');
});
