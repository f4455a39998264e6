import { expect, test } from '@playwright/test';
import { MAX_QUERY_WORDS, queryWords, type WordSplitter } from '../../src/search/query-words';

/** What Chromium's Intl.Segmenter('zh') returns for these runs (measured): chat words come apart. */
const chromiumLike: WordSplitter = (text) =>
  ({
    你已被禁言: ['你', '已', '被', '禁', '言'],
    无法发送消息: ['无法', '发送', '消息'],
    老是掉线: ['老是', '掉', '线'],
    被踢: ['被', '踢'],
    过期: ['过期'],
  })[text] ?? [...text];
const perCharacter: WordSplitter = (text) => [...text];

test.describe('query words', () => {
  test('full-width punctuation separates words; particles are dropped; loose characters are joined', () => {
    expect(queryWords('你已被禁言，无法发送消息', chromiumLike)).toEqual(['禁言', '发送', '消息']);
  });

  test('a change of script separates words', () => {
    expect(queryWords('im老是掉线', chromiumLike)).toEqual(['im', '掉线']);
    expect(queryWords('token过期', chromiumLike)).toEqual(['token', '过期']);
  });

  test('a single meaningful character survives its particle', () => {
    expect(queryWords('被踢', chromiumLike)).toEqual(['踢']);
  });

  test('without a dictionary, characters between stop words are joined', () => {
    expect(queryWords('你已被禁言', perCharacter)).toEqual(['禁言']);
  });

  test('English stop words go, case does not matter, each word once', () => {
    expect(queryWords('You are kicked out by other devices', perCharacter)).toEqual(['kicked', 'out', 'other', 'devices']);
    expect(queryWords('Token expired after the TOKEN was renewed', perCharacter)).toEqual(['token', 'expired', 'renewed']);
  });

  test('numbers stay; junk and empty input give nothing', () => {
    expect(queryWords('401 unauthorized', perCharacter)).toEqual(['401', 'unauthorized']);
    expect(queryWords('!!! ？？？ ——', perCharacter)).toEqual([]);
    expect(queryWords('', perCharacter)).toEqual([]);
  });

  test('a long paste is bounded', () => {
    expect(queryWords(Array.from({ length: 200 }, (_, index) => `word${index}`).join(' '), perCharacter)).toHaveLength(MAX_QUERY_WORDS);
  });
});
