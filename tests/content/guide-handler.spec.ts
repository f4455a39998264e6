import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { localizeSource } from '../../src/guide/localize-source';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { builtTypeScriptBlocks, DIST, readBuilt } from '../support/built-site';
import { ROOT } from '../support/source';

/**
 * Both guide pages show the central handler from its module (src/guide/chat-error-handler.ts),
 * with the comments of the page's language, and offer the same text to copy and to download. The
 * shown block is one of the TypeScript blocks that tests/content/snippets.spec.ts compiles.
 */
const MODULE = readFileSync(path.join(ROOT, 'src/guide/chat-error-handler.ts'), 'utf8');
const blocks = builtTypeScriptBlocks();

for (const locale of locales) {
  const prefix = locale === defaultLocale ? '' : `${locale}/`;
  const page = `${prefix}guide/index.html`;

  test(`${page} shows the handler module with ${locale} comments, and its download is the same text`, () => {
    const expected = localizeSource(MODULE, locale, locales);
    const file = path.join(DIST, `${prefix}guide/chat-error-handler.ts`);
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(expected);
    const shown = blocks.filter((block) => block.page === page && block.text.includes('export function createChatErrorHandler'));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.text.trimEnd()).toBe(expected.trimEnd());
    // No comment of the other language, no locale tag.
    expect(shown[0]?.text).not.toMatch(/\/\/ (zh-cn|en): /);
    expect(/[\u4e00-\u9fff]/.test(shown[0]?.text ?? '')).toBe(locale === 'zh-cn');
  });

  test(`${page} has a copy button for the handler and a download link to its file`, () => {
    const html = readBuilt(page);
    expect(html).toMatch(/<button[^>]*class="copy-button"[^>]*data-copy-target="chat-error-handler-code"/);
    expect(html).toMatch(/<div id="chat-error-handler-code"[^>]*><pre class="language-ts"/);
    const link = /<a href="([^"]+)" download="chat-error-handler\.ts"/.exec(html);
    expect(link?.[1]).toBe(`/${prefix}guide/chat-error-handler.ts`);
  });
}
