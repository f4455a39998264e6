import { expect, type Page, test } from '@playwright/test';

/** The rows of a code page's SDK-versions table: [versions, constants, raised]. */
async function versionRows(page: Page): Promise<string[][]> {
  return page.locator('#versions tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
  );
}

test.describe('the SDK versions of a code page', () => {
  test('304 shows both meanings: a legacy name up to 1.3.0, the DNS failure from 1.3.1', async ({ page }) => {
    await page.goto('/en/codes/304/');
    await expect(page.locator('#versions-heading')).toContainText('SDK versions');
    expect(await versionRows(page)).toEqual([
      ['1.0.4–1.3.0', 'WEBIM_MESSAGE_REC_AUDIO', 'No'],
      ['1.3.1–1.4.0', 'SERVER_GET_DNSLIST_FAILED', 'Yes'],
    ]);
    await expect(page.locator('#versions')).toContainText('The SDK raises it in 1.3.1–1.4.0.');
  });

  test('800 says where LOCAL_DB_OPERATION_FAILED was 55, and links there; 55 links back', async ({ page }) => {
    await page.goto('/codes/800/');
    expect(await versionRows(page)).toEqual([
      ['1.2.2-3', 'LOCAL_DB_OPERATION_FAILED', '是'],
      ['1.3.1–1.4.0', 'LOCAL_DB_OPERATION_FAILED', '是'],
    ]);
    const toFormer = page.locator('#versions a', { hasText: 'LOCAL_DB_OPERATION_FAILED 是错误码 55' });
    await expect(toFormer).toHaveText('在 1.2.1–1.2.2-2、1.3.0 中，LOCAL_DB_OPERATION_FAILED 是错误码 55。');
    await toFormer.click();
    await expect(page).toHaveURL(/\/codes\/55\/$/);
    await expect(page.locator('#versions')).toContainText('agora-chat 1.4.0 没有这个错误码。');
    await expect(page.locator('#versions a', { hasText: '错误码 800' })).toHaveAttribute('href', '/codes/800/');
  });

  test('12 names the versions that raise it instead of "never raised"', async ({ page }) => {
    await page.goto('/en/codes/12/');
    const section = page.locator('#versions');
    await expect(section).toContainText('The SDK raises it in 1.0.4–1.2.1.');
    await expect(section).toContainText('No code path of agora-chat 1.4.0 raises it');
    expect(await versionRows(page)).toEqual([['1.0.4–1.4.0', 'WEBIM_CONNCTION_GETROSTER_ERROR', 'Only 1.0.4–1.2.1']]);
  });

  test('206 exists and is raised in every version; 3 has a path that is never reached', async ({ page }) => {
    await page.goto('/codes/206/');
    await expect(page.locator('#versions')).toContainText('存在于 1.0.4–1.4.0（全部版本）');
    expect(await versionRows(page)).toEqual([['1.0.4–1.4.0', 'WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE', '是']]);
    await page.goto('/en/codes/3/');
    await expect(page.locator('#versions')).toContainText('the code path raising it cannot be reached');
    expect((await versionRows(page))[0]?.[2]).toBe('A code path, never reached');
  });

  test('the Markdown twin carries the same section', async ({ request }) => {
    const text = await (await request.get('/en/codes/304.md')).text();
    expect(text).toContain('## SDK versions');
    expect(text).toContain('| 1.0.4–1.3.0 | `WEBIM_MESSAGE_REC_AUDIO` | No |');
    expect(text).toContain('| 1.3.1–1.4.0 | `SERVER_GET_DNSLIST_FAILED` | Yes |');
  });
});

interface VersionRecord {
  version: string;
  names: string[];
  raised: boolean;
  messages: string[];
}

test('codes.json carries the per-version data', async ({ request }) => {
  const data = (await (await request.get('/codes.json')).json()) as {
    sdk: { version: string; versions: string[] };
    codes: { code: number; unreachable: boolean; versions: VersionRecord[] }[];
  };
  expect(data.sdk.versions).toHaveLength(13);
  expect(data.sdk.versions.slice(6, 11)).toEqual(['1.2.1', '1.2.2-1', '1.2.2-2', '1.2.2-3', '1.3.0']);
  const versionsOf = (code: number) => data.codes.find((record) => record.code === code)?.versions ?? [];

  expect(versionsOf(304).find((entry) => entry.version === '1.3.0')).toEqual({ version: '1.3.0', names: ['WEBIM_MESSAGE_REC_AUDIO'], raised: false, messages: [] });
  const dns = versionsOf(304).find((entry) => entry.version === '1.4.0');
  expect(dns?.names).toEqual(['SERVER_GET_DNSLIST_FAILED']);
  expect(dns?.messages).toContain('get DNS failed');
  expect(versionsOf(55).map((entry) => entry.version)).toEqual(['1.2.1', '1.2.2-1', '1.2.2-2', '1.3.0']);
  expect(versionsOf(800).map((entry) => entry.version)).toEqual(['1.2.2-3', '1.3.1', '1.4.0']);
  expect(versionsOf(512)).toEqual([{ version: '1.4.0', names: ['MESSAGE_SEND_TIMEOUT'], raised: true, messages: ['send message timeout'] }]);
  expect(versionsOf(12).filter((entry) => entry.raised).map((entry) => entry.version)).toEqual(['1.0.4', '1.0.5', '1.0.7', '1.0.8', '1.1.0', '1.2.0', '1.2.1']);
  expect(data.codes.filter((record) => record.unreachable).map((record) => record.code)).toEqual([3, 23]);
});
