import { expect, test } from '@playwright/test';
import { documentedNames, otherRuntimeNames } from '../../src/sdk/other-names';
import { readSdkHistory } from '../support/sdk-history';
import { readProse, readRegistry } from '../support/source';

/** The codes only the SDK history brought in (issue 10): some published version raises each. */
const NEW_CODES = [3, 23, 55, 208, 304, 512];
const history = readSdkHistory();
const registry = readRegistry();
const others = otherRuntimeNames(history, documentedNames(registry.map((entry) => ({ name: entry.name, aliases: entry.aliases ?? [] }))));
const homes = [
  { locale: 'zh-cn', prefix: '' },
  { locale: 'en', prefix: '/en' },
];

test.describe('the codes some published version raises', () => {
  for (const { locale, prefix } of homes) {
    for (const code of NEW_CODES) {
      test(`${prefix}/codes/${code}/ has its title, every name it has had, and the versions that raise it`, async ({ page }) => {
        const response = await page.goto(`${prefix}/codes/${code}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toContainText(readProse(locale, code).title);
        const raising = history.versionsRaising(code);
        expect(raising.length, `some version raises ${code}`).toBeGreaterThan(0);
        const main = page.locator('main');
        // The first and last versions that raise it, and each name any version gives the number (304: two).
        for (const version of [raising[0], raising.at(-1)]) await expect(main).toContainText(version ?? '');
        for (const name of new Set(history.sdkVersions.flatMap((version) => history.namesOf(code, version)))) await expect(main).toContainText(name);
      });
    }
  }

  test('55 says what the number is now, and its snippet compares with the number itself', async ({ page }) => {
    await page.goto('/en/codes/55/');
    const now = history.codeOf('LOCAL_DB_OPERATION_FAILED');
    expect(now).toBe(800);
    await expect(page.locator('main')).toContainText('`AC.statusCode[55]` is `undefined`'.replaceAll('`', ''));
    await expect(page.locator('#snippet pre')).toContainText('const LOCAL_DB_OPERATION_FAILED_55: number = 55;');
    await expect(page.locator('#snippet pre')).toContainText(`gives it ${now}`);
  });
});

test.describe('the other names of the runtime enum', () => {
  for (const { prefix } of homes) {
    test(`${prefix}/codes/other-names/ lists every other name once, with its number, versions and what it is`, async ({ page }) => {
      await page.goto(`${prefix}/codes/other-names/`);
      const rows = page.locator('table.other-names tbody tr');
      await expect(rows).toHaveCount(others.length);
      const closed = page.locator('tr#STATUS_CLOSED');
      await expect(closed).toHaveAttribute('data-kind', 'state');
      await expect(closed).toContainText(String(history.codeOf('STATUS_CLOSED')));
      await expect(closed).toContainText('conn.context.status');
      const audio = page.locator('tr#WEBIM_MESSAGE_REC_AUDIO');
      await expect(audio).toHaveAttribute('data-kind', 'never-raised');
      const audioVersions = history.sdkVersions.filter((version) => history.codeOf('WEBIM_MESSAGE_REC_AUDIO', version) === 304);
      await expect(audio).toContainText(`${audioVersions[0]}–${audioVersions.at(-1)}`);
      await expect(audio.locator(`a[href="${prefix}/codes/304/"]`)).toBeVisible();
    });
  }

  test('the table page links to the appendix', async ({ page }) => {
    await page.goto('/en/');
    // Followed from the keyboard: a pointer click aims at coordinates, and once in a full run it
    // left the page on /en/ (a layout change under the pointer would do that); Enter does not aim.
    const link = page.getByRole('link', { name: 'Other names of the runtime enum' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/codes\/other-names\/$/);
  });

  test('a name URL, in either CONNCTION spelling, says what the name is and lands on its entry', async ({ page }) => {
    for (const [path, anchor] of [
      ['/codes/WEBIM_MESSAGE_REC_TEXT/', '/codes/other-names/#WEBIM_MESSAGE_REC_TEXT'],
      ['/en/codes/STATUS_CLOSED/', '/en/codes/other-names/#STATUS_CLOSED'],
      ['/en/codes/WEBIM_CONNECTION_JOINROOM_ERROR/', '/en/codes/other-names/#WEBIM_CONNCTION_JOINROOM_ERROR'],
    ] as const) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain(`url=${anchor}`);
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${anchor.replace(/[/#]/g, '\\$&')}$`));
      await expect(page.locator(`tr:target`)).toHaveId(anchor.split('#')[1] ?? '');
    }
  });

  const only310 = others.find((other) => other.numbers.some((number) => number.code === 310))?.name;
  for (const [query, name] of [
    ['status_closed', 'STATUS_CLOSED'],
    ['310', only310],
    ['{"type":310,"message":""}', only310],
    ['WEBIM_MESSAGE_REC_TEXT', 'WEBIM_MESSAGE_REC_TEXT'],
  ] as const) {
    test(`the search lookup sends ${query} to its entry in the appendix`, async ({ page }) => {
      expect(name, 'some other name has the number').toBeDefined();
      expect(registry.some((entry) => entry.code === 310), '310 is no documented code').toBe(false);
      await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
      await expect(page).toHaveURL(new RegExp(`/en/codes/other-names/#${name}$`));
      await expect(page.locator('tr:target')).toHaveId(name ?? '');
    });
  }

  test('a documented code still wins over an other name of the same number', async ({ page }) => {
    expect(others.some((other) => other.numbers.some((number) => number.code === 304))).toBe(true);
    await page.goto('/search/?q=304');
    await expect(page).toHaveURL(/\/codes\/304\/$/);
  });
});
