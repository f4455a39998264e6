import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readProse, readRegistry, ROOT } from '../support/source';

const registry = readRegistry();
const readProofs = () => parse(readFileSync(path.join(ROOT, 'content/sdk-proofs.yaml'), 'utf8')) as { code?: number; channels?: string[] }[];
const codesAscending = registry.map((entry) => entry.code).sort((a, b) => a - b);

test.describe('code pages', () => {
  // One page reused across the per-code checks: a new browser context per code would triple their time.
  let shared: Page;
  test.beforeAll(async ({ browser }) => {
    shared = await browser.newPage();
  });
  test.afterAll(async () => {
    await shared.close();
  });

  for (const entry of registry) {
    test(`/codes/${entry.code}/ shows the code, its constant and its title`, async () => {
      const page = shared;
      const prose = readProse('zh-cn', entry.code);
      const response = await page.goto(`/codes/${entry.code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const heading = page.locator('h1');
      await expect(heading).toContainText(String(entry.code));
      await expect(heading).toContainText(prose.title);
      await expect(page.locator('.facts code.constant').first()).toHaveText(entry.name);
      await expect(page.locator('#snippet pre')).toContainText(new RegExp(`type === (statusCode\\.)?${entry.name}(_${entry.code})?\\b`)); // a former number (55) is declared as NAME_55
      await expect(page.locator('p.back a')).toHaveAttribute('href', `/#${entry.code}`);
    });
  }

  test('previous and next follow numeric order, and same-category codes are listed', async ({ page }) => {
    await page.goto('/codes/206/');
    const index = codesAscending.indexOf(206);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/codes/${codesAscending[index - 1]}/`);
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/codes/${codesAscending[index + 1]}/`);
    const sameCategory = registry.filter((other) => other.category === 'user' && other.code !== 206).map((other) => `/codes/${other.code}/`);
    await expect(page.locator('#related li a')).toHaveCount(sameCategory.length);
    for (const href of sameCategory) await expect(page.locator(`#related a[href="${href}"]`)).toBeVisible();
  });

  test('the first and last codes have only one neighbour', async ({ page }) => {
    await page.goto(`/codes/${codesAscending[0]}/`);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    await page.goto(`/codes/${codesAscending.at(-1)}/`);
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  });

  test('607 shows the SDK constant and a visible note on the official table\'s wrong name', async ({ page }) => {
    await page.goto('/codes/607/');
    await expect(page.locator('.facts code.constant').first()).toHaveText('GROUP_MEMBERS_LIMIT');
    const note = page.getByRole('note');
    await expect(note).toBeVisible();
    await expect(note).toContainText('GROUP_NOT_EXIST');
    await expect(note).toContainText('605');
    await expect(note).toContainText('GROUP_MEMBERS_LIMIT');
    await expect(page.locator('#official blockquote')).toContainText('GROUP_NOT_EXIST');
  });

  test('code 0 shows its hidden alias', async ({ page }) => {
    await page.goto('/codes/0/');
    await expect(page.locator('.facts')).toContainText('WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR');
    await expect(page.locator('.facts')).toContainText('@hidden');
  });

  test('a corrected typo shows the original and the correction', async ({ page }) => {
    await page.goto('/codes/509/');
    await expect(page.locator('#official blockquote')).toContainText('一旦在在单聊');
    await expect(page.locator('#official .correction')).toContainText('一旦在单聊');
    await expect(page.locator('#cause')).not.toContainText('在在');
  });
});

test.describe('the table', () => {
  test('lists every code once, in ascending order, each linking to its page', async ({ page }) => {
    await page.goto('/');
    const rows = page.locator('table.code-table tbody tr');
    await expect(rows).toHaveCount(codesAscending.length);
    const ids = await rows.evaluateAll((elements) => elements.map((row) => Number(row.id)));
    expect(ids).toEqual(codesAscending);
    const hrefs = await page.locator('table.code-table tbody th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(codesAscending.map((code) => `/codes/${code}/`));
  });

  test('shows the constant, title and category of each row', async ({ page }) => {
    await page.goto('/');
    for (const code of [206, -1, 607]) {
      const entry = registry.find((candidate) => candidate.code === code);
      const row = page.locator(`tr[id="${code}"]`);
      await expect(row.locator('td.col-name')).toHaveText(entry?.name ?? '');
      await expect(row.locator('td.col-title')).toHaveText(readProse('zh-cn', code).title);
    }
  });

  test('a deep link to a row (/#206) scrolls to it and highlights it', async ({ page }) => {
    await page.goto('/#206');
    const row = page.locator('tr[id="206"]');
    await expect(row).toBeInViewport();
    const background = await row.evaluate((element) => getComputedStyle(element).backgroundColor);
    const otherBackground = await page.locator('tr[id="207"]').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe(otherBackground);
  });

  test('a negative code has an anchor and a page too', async ({ page }) => {
    await page.goto('/#-1');
    await expect(page.locator('tr[id="-1"]')).toBeInViewport();
    await page.locator('tr[id="-1"] th a').click();
    await expect(page).toHaveURL(/\/codes\/-1\/$/);
  });

  test('the home page links the error-handling guide, which shows where errors arrive, with code', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '错误处理指南', exact: true }).click();
    await expect(page).toHaveURL(/\/guide\/$/);
    const guide = page.locator('article.guide');
    for (const text of ['onError', 'onDisconnected', 'addEventHandler', 'fail', 'onFileUploadError', 'onFileDownloadError', 'as unknown as typeof AgoraChat.Code']) {
      await expect(guide).toContainText(text);
    }
    await expect(guide.locator('pre')).toHaveCount(2);
    // The codes listed under a channel come from the registry's delivery field, and from the channels
    // harness proofs saw (content/sdk-proofs.yaml): kicks and refused logins reach onDisconnected too.
    const proven = new Set(readProofs().flatMap((claim) => (claim.channels?.includes('onDisconnected') && claim.code !== undefined ? [claim.code] : [])));
    const disconnected = registry
      .filter((entry) => (entry.delivery.via === 'onDisconnected' || proven.has(entry.code)) && !entry.neverRaised)
      .map((entry) => entry.code)
      .sort((a, b) => a - b)
      .map(String);
    expect(disconnected).toEqual(expect.arrayContaining(['206', '28']));
    const list = page.locator('h3:has(code:text-is("onDisconnected")) ~ p.delivered').first();
    await expect(list.locator('a')).toHaveText(disconnected);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/guide\/$/);
  });

  test('every code page links the guide from its snippet section', async ({ page }) => {
    await page.goto('/codes/206/');
    await expect(page.locator('#snippet a[href="/guide/"]')).toHaveText('错误处理指南');
    await page.goto('/en/codes/206/');
    await expect(page.locator('#snippet a[href="/en/guide/"]')).toHaveText('the error-handling guide');
  });
});

test.describe('not found', () => {
  test('/codes/9999/ answers 404 with the 404 page', async ({ page }) => {
    const response = await page.goto('/codes/9999/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.getByRole('link', { name: '错误码表' }).first()).toBeVisible();
  });
});

test.describe('layout', () => {
  for (const path of ['/', '/codes/216/', '/codes/607/', '/search/', '/codes/9999/']) {
    test(`no horizontal scroll at 375 px on ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the longest constant wraps inside its table cell at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/');
    const cell = page.locator('tr[id="216"] td.col-name');
    const box = await cell.boundingBox();
    expect(box?.width ?? Infinity).toBeLessThanOrEqual(320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('light and dark schemes follow the system setting', async ({ browser }) => {
    const backgrounds: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/codes/206/');
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await context.close();
    }
    expect(backgrounds[0]).toBe('rgb(255, 255, 255)');
    expect(backgrounds[1]).not.toBe(backgrounds[0]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole table is there and its links work', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('table.code-table tbody tr')).toHaveCount(codesAscending.length);
    await page.locator('tr[id="504"] th a').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('504');
  });

  test('the header search form still reaches the search page, which explains what to do', async ({ page }) => {
    await page.goto('/codes/206/');
    await page.getByRole('searchbox', { name: '搜索' }).fill('禁言');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%E7%A6%81%E8%A8%80$/);
    await expect(page.locator('.no-js')).toBeVisible();
  });
});
