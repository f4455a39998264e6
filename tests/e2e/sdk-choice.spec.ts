import { expect, test, type Page } from '@playwright/test';
import { sdkMiss, sdkRowVersions } from '../../src/table/sdk-choice';
import { readSdkHistory } from '../support/sdk-history';
import { readRegistry } from '../support/source';

/** The table's SDK-version choice (?sdk=1.3.0): every row stays, the codes the version cannot raise are marked with why. */
const history = readSdkHistory();
const registry = readRegistry();
const rowsFor = (version: string) =>
  registry.map((entry) => ({ code: entry.code, category: entry.category, miss: sdkMiss(version, sdkRowVersions(entry.code, entry.unreachable ?? false, history)) }));

async function shownRows(page: Page): Promise<{ code: number; marked: boolean; note: string }[]> {
  return page.locator('table.code-table tbody tr:not([hidden])').evaluateAll((rows) =>
    rows.map((row) => ({
      code: Number(row.id),
      marked: row.hasAttribute('data-facet-miss'),
      note: row.querySelector('[data-sdk-miss]')?.textContent ?? '',
    })),
  );
}

const markedIn = (rows: { code: number; marked: boolean }[]) => rows.filter((row) => row.marked).map((row) => row.code);

test('?sdk=1.3.0 keeps every row and marks, with the reason, the codes 1.3.0 cannot raise', async ({ page }) => {
  const expected = rowsFor('1.3.0');
  expect(expected.find((row) => row.code === 512)?.miss).toBe('not-defined');
  expect(expected.find((row) => row.code === 12)?.miss).toBe('not-raised');
  expect(expected.find((row) => row.code === 3)?.miss).toBe('not-raised'); // defined, but its path is unreachable
  await page.goto('/en/?sdk=1.3.0');
  await expect(page.getByLabel('I use agora-chat')).toHaveValue('1.3.0');
  await expect.poll(async () => (await shownRows(page)).length).toBe(registry.length);
  const rows = await shownRows(page);
  expect(markedIn(rows).sort((a, b) => a - b)).toEqual(expected.filter((row) => row.miss).map((row) => row.code).sort((a, b) => a - b));
  expect(rows.find((row) => row.code === 512)?.note).toBe('not defined in 1.3.0');
  expect(rows.find((row) => row.code === 12)?.note).toBe('not raised in 1.3.0');
  expect(rows.find((row) => row.code === 206)?.note).toBe('');
  const raising = expected.filter((row) => !row.miss).length;
  await expect(page.locator('[data-sdk-summary]')).toHaveText(`agora-chat 1.3.0 can raise ${raising} of these codes; the others are marked with the reason.`);
});

test('the choice combines with the query and the facets, and lives in the URL', async ({ page }) => {
  await page.goto('/?category=message');
  await page.getByLabel('我用的 agora-chat 版本').selectOption('1.3.0');
  await expect(page).toHaveURL(/\?category=message&sdk=1\.3\.0$/);
  const messageCodes = registry.filter((entry) => entry.category === 'message').map((entry) => entry.code);
  await expect.poll(async () => (await shownRows(page)).map((row) => row.code).sort((a, b) => a - b)).toEqual(messageCodes.sort((a, b) => a - b));
  const rows = await shownRows(page);
  expect(rows.find((row) => row.code === 512)?.note).toBe('1.3.0 中没有此错误码');
  await page.getByRole('searchbox', { name: '筛选' }).fill('timeout');
  await expect.poll(async () => (await shownRows(page)).map((row) => row.code)).toEqual([512]);
  await expect(page).toHaveURL(/\?q=timeout&category=message&sdk=1\.3\.0$/);
  await page.reload();
  await expect(page.getByLabel('我用的 agora-chat 版本')).toHaveValue('1.3.0');
  await expect.poll(async () => shownRows(page)).toEqual([{ code: 512, marked: true, note: '1.3.0 中没有此错误码' }]);
});

test('Back and Forward restore the chosen version and its marks', async ({ page }) => {
  await page.goto('/en/');
  const choice = page.getByLabel('I use agora-chat');
  await choice.selectOption('1.3.0');
  await choice.selectOption('1.4.0');
  await expect(page).toHaveURL(/\?sdk=1\.4\.0$/);
  const in140 = rowsFor('1.4.0').filter((row) => row.miss).map((row) => row.code).sort((a, b) => a - b);
  await expect.poll(async () => markedIn(await shownRows(page)).sort((a, b) => a - b)).toEqual(in140);
  await page.goBack();
  await expect(choice).toHaveValue('1.3.0');
  await expect.poll(async () => (await shownRows(page)).find((row) => row.code === 512)?.note).toBe('not defined in 1.3.0');
  await page.goBack();
  await expect(choice).toHaveValue('');
  await expect.poll(async () => markedIn(await shownRows(page))).toEqual([]);
  await expect(page.locator('[data-sdk-summary]')).toHaveText('');
  await page.goForward();
  await expect(choice).toHaveValue('1.3.0');
  await expect.poll(async () => markedIn(await shownRows(page)).length).toBe(rowsFor('1.3.0').filter((row) => row.miss).length);
});

test('a malformed or unknown ?sdk= is ignored: every row shows, unmarked', async ({ page }) => {
  for (const search of ['?sdk=9.9.9', '?sdk=%E0%A4%A', '?sdk=1.3.0%00', '?sdk=']) {
    await page.goto(`/en/${search}`);
    await expect(page.getByLabel('I use agora-chat'), search).toHaveValue('');
    await expect.poll(async () => (await shownRows(page)).length, search).toBe(registry.length);
    expect(markedIn(await shownRows(page)), search).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('?sdk=1.3.0 still shows every code, unmarked, and no version control', async ({ page }) => {
    await page.goto('/en/?sdk=1.3.0');
    await expect(page.locator('table.code-table tbody tr:not([hidden])')).toHaveCount(registry.length);
    await expect(page.locator('tr[data-facet-miss]')).toHaveCount(0);
    await expect(page.getByLabel('I use agora-chat')).toBeHidden();
  });
});
