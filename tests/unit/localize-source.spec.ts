import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { localizeSource } from '../../src/guide/localize-source';
import { locales } from '../../src/i18n/locales';
import { ROOT } from '../support/source';

const LOCALES = ['zh-cn', 'en'] as const;

const source = [
  "import AC from 'agora-chat';",
  '  // en: Close for good.',
  '  // zh-cn: 彻底关闭连接。',
  '  conn.close(); // 206',
  '// zh-cn: 第二条。',
  '// en: Second.',
  'const url = "https://example.test"; // not a tagged comment',
].join('\n');

test('keeps the lines of one locale, without the tag and with their indentation, and drops the others', () => {
  expect(localizeSource(source, 'en', LOCALES)).toBe(
    ["import AC from 'agora-chat';", '  // Close for good.', '  conn.close(); // 206', '// Second.', 'const url = "https://example.test"; // not a tagged comment'].join('\n'),
  );
  expect(localizeSource(source, 'zh-cn', LOCALES)).toBe(
    ["import AC from 'agora-chat';", '  // 彻底关闭连接。', '  conn.close(); // 206', '// 第二条。', 'const url = "https://example.test"; // not a tagged comment'].join('\n'),
  );
});

test('source without tagged comments comes back unchanged', () => {
  const plain = 'const a = 1; // en: inline comments are not tags\nconst b = 2;\n';
  expect(localizeSource(plain, 'en', LOCALES)).toBe(plain);
});

test('a comment missing in one locale, twice in one, or in an unknown locale is an error that names the line', () => {
  expect(() => localizeSource('x;\n// en: only English\ny;', 'en', LOCALES)).toThrow('line 2: the comment has no zh-cn line');
  expect(() => localizeSource('// en: a\n// en: b\n// zh-cn: 甲', 'zh-cn', LOCALES)).toThrow('line 1: the comment has two en lines');
  expect(() => localizeSource('// fr: bonjour\n// en: hello\n// zh-cn: 你好', 'en', LOCALES)).toThrow('line 1: unknown locale "fr"');
  expect(() => localizeSource(source, 'fr', LOCALES)).toThrow('unknown locale "fr"');
});

test('the guide’s handler module has every comment in every locale of the site, and no tags survive', () => {
  const module = readFileSync(path.join(ROOT, 'src/guide/chat-error-handler.ts'), 'utf8');
  for (const locale of locales) {
    const localized = localizeSource(module, locale, locales);
    expect(localized).not.toMatch(/^\s*\/\/ (zh-cn|en): /m);
    // The code itself is untouched: only comment lines differ.
    const code = (text: string) => text.split('\n').filter((line) => !/^\s*\/\//.test(line));
    expect(code(localized)).toEqual(code(module));
  }
  expect(localizeSource(module, 'zh-cn', locales)).toContain('// 彻底关闭连接');
  expect(localizeSource(module, 'en', locales)).toContain('// Close for good');
});
