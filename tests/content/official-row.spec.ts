import { expect, test } from '@playwright/test';
import { readProse, readRegistry } from '../support/source';

/**
 * The Chinese prose is the official table's text split into title and cause. Splitting and
 * fixing punctuation is allowed; losing a word is not. So, ignoring punctuation and spaces,
 * the official text (with its declared typo corrections applied) must appear in order within
 * title + cause.
 */
const normalize = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();

function isSubsequence(needle: string, haystack: string): boolean {
  let position = 0;
  for (const char of needle) {
    position = haystack.indexOf(char, position);
    if (position === -1) return false;
    position += 1;
  }
  return true;
}

const officialEntries = readRegistry().filter((entry) => entry.official);

test('the registry keeps all 63 rows of the official table', () => {
  expect(officialEntries).toHaveLength(63);
  const codes = officialEntries.map((entry) => entry.code);
  expect(Math.min(...codes)).toBe(-4);
  expect(Math.max(...codes)).toBe(1301);
});

for (const entry of officialEntries) {
  test(`code ${entry.code}: zh-cn prose keeps every word of the official row`, () => {
    const official = entry.official;
    if (!official) throw new Error('filtered above');
    let expectedText = official.description;
    for (const { original, corrected } of official.corrections ?? []) {
      expect(official.description, 'a correction must quote the table').toContain(original);
      expectedText = expectedText.replace(original, corrected);
    }
    const prose = readProse('zh-cn', entry.code);
    for (const { corrected } of official.corrections ?? []) {
      expect(`${prose.title}${prose.cause ?? ''}`).toContain(corrected);
    }
    const ours = normalize(`${prose.title}${prose.cause ?? ''}`);
    expect(isSubsequence(normalize(expectedText), ours), `${expectedText}\n  vs\n${prose.title} / ${prose.cause}`).toBe(true);
  });
}

test('the normalisation would notice a dropped word', () => {
  expect(isSubsequence(normalize('用户在其他设备登录:如果没有开启多设备登录'), normalize('用户在其他设备登录：如果没有开启登录'))).toBe(false);
  expect(isSubsequence(normalize('取消请求。'), normalize('取消请求'))).toBe(true);
});
