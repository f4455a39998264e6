import { expect, test } from '@playwright/test';
import { rankPartialMatches } from '../../src/search/partial-match';

test.describe('partial matches', () => {
  test('a rare word outweighs a common one; more words outweigh fewer', () => {
    const ranked = rankPartialMatches(
      [
        { word: '禁言', hits: [{ id: '507', score: 10 }, { id: '219', score: 12 }] },
        { word: '消息', hits: Array.from({ length: 40 }, (_, index) => ({ id: String(index + 1000), score: 5 })).concat({ id: '507', score: 5 }) },
      ],
      77,
    );
    expect(ranked.slice(0, 2).map((page) => page.id)).toEqual(['507', '219']);
    expect(ranked[0]?.words).toEqual(['禁言', '消息']);
    expect(ranked[1]?.words).toEqual(['禁言']);
  });

  test('within a word, pagefind\'s score orders the pages', () => {
    const ranked = rankPartialMatches([{ word: 'kicked', hits: [{ id: 'a', score: 1 }, { id: 'b', score: 9 }] }], 77);
    expect(ranked.map((page) => page.id)).toEqual(['b', 'a']);
  });

  test('no hits, no pages', () => {
    expect(rankPartialMatches([{ word: 'xyzzy', hits: [] }], 77)).toEqual([]);
    expect(rankPartialMatches([], 77)).toEqual([]);
  });
});
