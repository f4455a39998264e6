import { expect, test, type Page } from '@playwright/test';
import { readRegistry } from '../support/source';
import { axeViolations } from '../support/axe';

/**
 * The home page is the table (issue 11), at a desktop and a phone viewport, in both languages:
 * the first rows (desktop) and the filter box (phone) are on the first screen; a link with filter
 * state lands on its rows with a visible "filtered: N of M" line and a clear button; every control's
 * accessible name contains its visible text (label in name, WCAG 2.5.3).
 */
const total = readRegistry().length;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LOCALES = [
  { home: '/', filter: '筛选', guide: '错误处理指南', clear: '清除筛选', query: '群组', filtered: (shown: number) => `已筛选：显示 ${shown} / ${total} 个错误码` },
  { home: '/en/', filter: 'Filter', guide: 'the error-handling guide', clear: 'Clear filters', query: 'group', filtered: (shown: number) => `Filtered: ${shown} of ${total} error codes` },
] as const;

/** Whether the element's box lies wholly inside the first screen (the page not scrolled). */
async function onFirstScreen(page: Page, selector: string): Promise<{ top: number; bottom: number; inside: boolean }> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: Math.round(box.top + window.scrollY), bottom: Math.round(box.bottom + window.scrollY), inside: window.scrollY === 0 && box.top >= 0 && box.bottom <= window.innerHeight };
  });
}

const visibleRows = (page: Page) => page.locator('table.code-table tbody tr:not([hidden])');

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const locale of LOCALES) {
      test(`${locale.home}: a heading line linking the guide, then the filter and the table on the first screen`, async ({ page }) => {
        await page.goto(locale.home);
        await expect(page.locator('main h1')).toBeInViewport();
        await expect(page.getByRole('link', { name: locale.guide, exact: true })).toHaveAttribute('href', `${locale.home}guide/`);
        const filter = await onFirstScreen(page, '#table-filter-input');
        expect(filter.inside, `filter box at ${filter.top}–${filter.bottom} px`).toBe(true);
        if (viewport.name === 'desktop') {
          const firstRow = await onFirstScreen(page, 'table.code-table tbody tr');
          expect(firstRow.inside, `first row at ${firstRow.top}–${firstRow.bottom} px`).toBe(true);
        }
        // The guide is no longer above the table: no code sample on the home page.
        await expect(page.locator('main pre')).toHaveCount(0);
      });

      test(`${locale.home}?q=${locale.query} lands on its rows, says it is filtered, clears, and Back and Forward restore it`, async ({ page }) => {
        await page.goto(`${locale.home}?q=${encodeURIComponent(locale.query)}`);
        const shown = await visibleRows(page).count();
        expect(shown).toBeGreaterThan(0);
        expect(shown).toBeLessThan(total);
        const count = page.locator('[data-filter-count]');
        await expect(count).toHaveText(locale.filtered(shown));
        await expect(count).toBeInViewport();
        await expect(visibleRows(page).first()).toBeInViewport();
        const clear = page.getByRole('button', { name: locale.clear, exact: true });
        await expect(clear).toBeInViewport();

        await clear.click();
        await expect(visibleRows(page)).toHaveCount(total);
        await expect(page.getByRole('searchbox', { name: locale.filter })).toHaveValue('');
        await expect(clear).toBeHidden();
        expect(new URL(page.url()).search).toBe('');

        await page.goBack();
        await expect(visibleRows(page)).toHaveCount(shown);
        await expect(count).toHaveText(locale.filtered(shown));
        await page.goForward();
        await expect(visibleRows(page)).toHaveCount(total);
        await expect(clear).toBeHidden();
      });

      test(`${locale.home} survives a malformed query string`, async ({ page }) => {
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(`${locale.home}?q=%E0%A4%A&category=%ZZ&category=group,%00&source=&sort=%FF&sdk=`);
        await expect(page.locator('[data-filter-count]')).toBeVisible();
        const shown = await visibleRows(page).count();
        const noMatch = page.locator('[data-no-match]');
        expect(shown > 0 || (await noMatch.isVisible())).toBe(true);
        await expect(page.locator('[data-filter-count]')).toHaveText(locale.filtered(shown));
        expect(problems).toEqual([]);
      });

      for (const path of [locale.home, `${locale.home}guide/`, `${locale.home}codes/206/`]) {
        test(`every control of ${path} has its visible text in its accessible name`, async ({ page }) => {
          await page.goto(path);
          const mismatches = await page.evaluate(() => {
            const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
            return [...document.querySelectorAll<HTMLElement>('a[href], button, [role="button"], summary')]
              .filter((element) => element.getClientRects().length > 0 && !element.closest('[hidden]'))
              .flatMap((element) => {
                const label = element.getAttribute('aria-label');
                const visible = normalise(element.innerText);
                // Symbols such as "#" are not text a speech user would say.
                if (label === null || !/[\p{L}\p{N}]{2,}/u.test(visible)) return [];
                return normalise(label).includes(visible) ? [] : [`"${visible}" not in "${label}"`];
              });
          });
          expect(mismatches).toEqual([]);
          const violations = await axeViolations(page, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } });
          expect(violations.map((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
        });
      }
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page lists every code, even with a filter in its URL, and hides the filter', async ({ page }) => {
    await page.goto('/?q=group');
    await expect(visibleRows(page)).toHaveCount(total);
    await expect(page.locator('table.code-table tbody tr').last()).toBeVisible();
    await expect(page.locator('[data-table-filter]')).toBeHidden();
  });
});
