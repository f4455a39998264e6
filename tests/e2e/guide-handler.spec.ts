import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { localizeSource } from '../../src/guide/localize-source';
import { locales } from '../../src/i18n/locales';
import { ROOT } from '../support/source';

/** The guide's central handler: a reader copies it whole or downloads it, in the page's language. */
const MODULE = readFileSync(path.join(ROOT, 'src/guide/chat-error-handler.ts'), 'utf8');

const pages = [
  { locale: 'zh-cn', url: '/guide/', copy: '复制集中错误处理模块', download: '下载 chat-error-handler.ts' },
  { locale: 'en', url: '/en/guide/', copy: 'Copy the central error handler module', download: 'Download chat-error-handler.ts' },
] as const;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const { locale, url, copy, download } of pages) {
  test(`${url}: the copy button copies the handler module with ${locale} comments; the link downloads the same file`, async ({ page }) => {
    const expected = localizeSource(MODULE, locale, locales);
    await page.goto(url);
    await page.getByRole('button', { name: copy }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()).then((text) => text.trimEnd())).toBe(expected.trimEnd());

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: download }).click()]);
    expect(file.suggestedFilename()).toBe('chat-error-handler.ts');
    const saved = await file.path();
    expect(readFileSync(saved, 'utf8')).toBe(expected);
  });
}
