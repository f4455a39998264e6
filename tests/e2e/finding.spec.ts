import { expect, test, type Page } from '@playwright/test';
import { readRegistry } from '../support/source';

const registry = readRegistry();
const total = registry.length;

async function visibleCodes(page: Page): Promise<number[]> {
  return page.locator('table.code-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => Number(row.id)));
}

test.describe('the table filter', () => {
  test('narrows rows as you type, by constant words in any form, and keeps the query in the URL', async ({ page }) => {
    await page.goto('/');
    const filter = page.getByRole('searchbox', { name: '筛选' });
    for (const query of ['login another', 'LOGIN_ANOTHER', 'login_another']) {
      await filter.fill(query);
      await expect.poll(() => visibleCodes(page)).toEqual([206]);
    }
    await expect(page).toHaveURL(/\?q=login_another$/);
    await expect(page.locator('[data-filter-count]')).toHaveText(`已筛选：显示 1 / ${total} 个错误码`);
    // The live region repeats it once typing pauses.
    await expect(page.getByRole('status').filter({ hasText: '已筛选' })).toHaveText(`已筛选：显示 1 / ${total} 个错误码`);
    await page.reload();
    await expect(filter).toHaveValue('login_another');
    await expect.poll(() => visibleCodes(page)).toEqual([206]);
  });

  test('matches codes, titles and descriptions', async ({ page }) => {
    await page.goto('/?q=%E7%A6%81%E8%A8%80');
    const muted = await visibleCodes(page);
    expect(muted).toEqual(expect.arrayContaining([219, 507]));
    await page.getByRole('searchbox', { name: '筛选' }).fill('-1');
    await expect.poll(() => visibleCodes(page)).toContain(-1);
  });

  test('category and source facets combine, and Back undoes them', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('checkbox', { name: '群组' }).check();
    await page.getByRole('checkbox', { name: '聊天室' }).check();
    const expected = registry.filter((entry) => ['group', 'chatroom'].includes(entry.category)).map((entry) => entry.code);
    await expect.poll(async () => (await visibleCodes(page)).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    await expect(page).toHaveURL(/category=group&category=chatroom/);
    await page.getByRole('checkbox', { name: '仅见于 SDK' }).check();
    const sdkOnly = registry.filter((entry) => ['group', 'chatroom'].includes(entry.category) && !entry.official).map((entry) => entry.code);
    await expect.poll(() => visibleCodes(page)).toEqual(sdkOnly);
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: '仅见于 SDK' })).not.toBeChecked();
    await expect.poll(async () => (await visibleCodes(page)).length).toBe(expected.length);
  });

  test('the source facet alone shows the codes the official table lacks', async ({ page }) => {
    await page.goto('/?source=sdk');
    expect((await visibleCodes(page)).sort((a, b) => a - b)).toEqual(registry.filter((entry) => !entry.official).map((entry) => entry.code).sort((a, b) => a - b));
  });

  test('sorts by name, and back by code', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: '排序' }).selectOption('name');
    const names = await page.locator('table.code-table tbody td.col-name code').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await expect(page).toHaveURL(/sort=name/);
    await page.getByRole('combobox', { name: '排序' }).selectOption('code');
    expect(await visibleCodes(page)).toEqual(registry.map((entry) => entry.code).sort((a, b) => a - b));
  });

  test('/ focuses the filter, Escape clears it', async ({ page }) => {
    await page.goto('/?q=206');
    await page.locator('body').press('/');
    const filter = page.getByRole('searchbox', { name: '筛选' });
    await expect(filter).toBeFocused();
    await filter.press('Escape');
    await expect(filter).toHaveValue('');
    await expect.poll(async () => (await visibleCodes(page)).length).toBe(total);
  });

  test('no match says so and offers full-text search for the same words', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: '筛选' }).fill('zzqqxx');
    await expect(page.getByText('没有匹配的错误码。')).toBeVisible();
    await expect(page.getByRole('link', { name: '在全文搜索中查找“zzqqxx”' })).toHaveAttribute('href', '/search/?q=zzqqxx');
  });

  test('hostile query values are ignored safely', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto('/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&category=%3Cscript%3E&source=%ZZ&sort=%00');
    await expect(page.getByRole('searchbox', { name: '筛选' })).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByText('没有匹配的错误码。')).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe('go to code', () => {
  const cases: [string, RegExp][] = [
    ['206', /\/codes\/206\/$/],
    [' -1 ', /\/codes\/-1\/$/],
    ['webim_connection_user_removed', /\/codes\/207\/$/],
    ['{"type":217,"message":"kicked"}', /\/codes\/217\/$/],
    ['ErrorEvent {type: 504, message: "exceed recall time limit"}', /\/codes\/504\/$/],
    ['12:00:01 [chat] error type: 16 reconnection failed', /\/codes\/16\/$/],
    ['GROUP_NOT_EXIST', /\/codes\/GROUP_NOT_EXIST\/$/],
  ];
  for (const [input, url] of cases) {
    test(`the header box takes ${JSON.stringify(input)} straight to its page`, async ({ page }) => {
      await page.goto('/codes/500/');
      const box = page.getByRole('searchbox', { name: '搜索' });
      await box.fill(input);
      await box.press('Enter');
      await expect(page).toHaveURL(url);
    });
  }

  test('a name the official table gives two codes gets a page that tells them apart', async ({ page }) => {
    await page.goto('/codes/GROUP_NOT_EXIST/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('GROUP_NOT_EXIST');
    await expect(page.getByRole('link', { name: /^605 / })).toHaveAttribute('href', '/codes/605/');
    await expect(page.getByRole('link', { name: /^607 / })).toHaveAttribute('href', '/codes/607/');
    await expect(page.getByText('GROUP_MEMBERS_LIMIT')).toBeVisible();
  });

  test('an undocumented number lists the nearest codes', async ({ page }) => {
    await page.goto('/search/?q=1250');
    const notice = page.locator('[data-lookup-notice]');
    await expect(notice).toContainText('没有错误码 1250 的记录');
    await expect(notice.getByRole('link').first()).toHaveAttribute('href', /\/codes\/(1204|1300)\//);
  });
});

test.describe('deep links by name', () => {
  test('every constant, alias and either CONNCTION spelling redirects to its code', async ({ request }) => {
    // A name the official table also prints for another code gets a page that tells them apart (tested above).
    // So does a name two codes share across SDK versions (LOCAL_DB_OPERATION_FAILED: 55, then 800).
    const shared = registry.map((entry) => entry.name).filter((name, index, names) => names.indexOf(name) !== index);
    const ambiguous = new Set([...registry.flatMap((entry) => (entry.official?.name ? [entry.official.name] : [])), ...shared]);
    const targets: [string, number][] = registry.flatMap((entry) => {
      const names = [entry.name, ...(entry.aliases ?? []).map((alias) => alias.name)];
      const spellings = names.flatMap((name) => (name.includes('CONNCTION') ? [name, name.replaceAll('CONNCTION', 'CONNECTION')] : [name]));
      return spellings.filter((name) => !ambiguous.has(name)).map((name): [string, number] => [name, entry.code]);
    });
    expect(targets.length).toBeGreaterThan(registry.length);
    for (const [name, code] of targets) {
      const response = await request.get(`/codes/${name}/`);
      expect(response.status(), name).toBe(200);
      expect(await response.text(), name).toContain(`<meta http-equiv="refresh" content="0; url=/codes/${code}/">`);
    }
  });

  test('a redirect page lands on the code page in the browser', async ({ page }) => {
    await page.goto('/codes/WEBIM_CONNECTION_USER_LOGIN_ANOTHER_DEVICE/');
    await expect(page).toHaveURL(/\/codes\/206\/$/);
  });

  test('the 404 page reads the address: an unknown number lists the nearest codes', async ({ page }) => {
    const response = await page.goto('/codes/9999/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('status')).toHaveText('没有错误码 9999 的记录。数值最接近的错误码：');
    await expect(page.locator('[data-not-found-notice] li')).toHaveCount(5);
    await expect(page.locator('[data-not-found-notice] a').first()).toHaveAttribute('href', '/codes/1400/');
  });

  test('the 404 page suggests similar names for a misspelt constant, and offers lookup', async ({ page }) => {
    await page.goto('/codes/WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVIC/');
    await expect(page.locator('[data-not-found-notice] a').first()).toHaveAttribute('href', '/codes/206/');
    // An address whose escapes do not decode (double-encoded here, so the server passes it through).
    await page.goto('/codes/%25E0%25A4%25A/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.locator('main').getByRole('searchbox').first()).toBeVisible();
  });
});

test.describe('code page tools', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy buttons copy the code, the constant, the snippet and the link, and say so', async ({ page }) => {
    await page.goto('/codes/206/');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const live = page.locator('[data-copy-live]');

    const copyCode = page.getByRole('button', { name: '复制错误码 206' });
    await copyCode.focus();
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe('206');
    await expect(copyCode).toContainText('已复制');
    await expect(live).toHaveText('已复制错误码 206');

    await page.getByRole('button', { name: '复制常量名 WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE' }).click();
    await expect.poll(clipboard).toBe('WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE');

    await page.getByRole('button', { name: '复制代码' }).click();
    await expect.poll(clipboard).toContain('statusCode.WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE');

    await page.getByRole('button', { name: '复制本页链接' }).click();
    await expect.poll(clipboard).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/codes\/206\/$/);
  });

  test('every section has a stable anchor', async ({ page }) => {
    await page.goto('/codes/607/');
    for (const id of ['cause', 'fix', 'snippet', 'official', 'confusable', 'related']) {
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
      await expect(page.locator(`a.anchor[href="#${id}"]`)).toHaveCount(1);
    }
  });

  test('codes easily confused are listed with the difference', async ({ page }) => {
    for (const [code, other] of [[-2, 17], [17, -2], [605, 607], [607, 605], [206, 217], [217, 206], [31, 604], [604, 31]] as const) {
      await page.goto(`/codes/${code}/`);
      const section = page.locator('#confusable');
      await expect(section.locator(`a[href="/codes/${other}/"]`)).toBeVisible();
      await expect(section.locator('li p')).not.toBeEmpty();
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('copy buttons and the table filter, which need it, are not shown', async ({ page }) => {
      await page.goto('/codes/206/');
      await expect(page.locator('button.copy-button').first()).toBeHidden();
      await page.goto('/');
      await expect(page.locator('[data-table-filter]')).toBeHidden();
    });
  });
});
