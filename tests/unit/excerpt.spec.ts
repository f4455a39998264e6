import { expect, test } from '@playwright/test';
import { excerptParts } from '../../src/search/excerpt';

test.describe('excerptParts', () => {
  test('splits pagefind’s excerpt into text and marked words', () => {
    expect(excerptParts('用户被<mark>禁言</mark>，无法发送')).toEqual([
      { text: '用户被', marked: false },
      { text: '禁言', marked: true },
      { text: '，无法发送', marked: false },
    ]);
  });

  test('the page’s own angle brackets stay text: only <mark> is markup', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>token</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'token', marked: true },
    ]);
    expect(excerptParts('<b>x</b>')).toEqual([{ text: '<b>x</b>', marked: false }]);
  });
});
