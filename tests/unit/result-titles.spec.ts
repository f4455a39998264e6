import { expect, test } from '@playwright/test';
import { parseResultTitles, resultUrl } from '../../src/search/result-titles';

test.describe('result titles', () => {
  test('a stored URL resolves under the folder that holds pagefind, as pagefind resolves it', () => {
    expect(resultUrl('/pagefind/', '/codes/206/')).toBe('/codes/206/');
    expect(resultUrl('/docs/chat/errors/pagefind/', '/en/codes/206/')).toBe('/docs/chat/errors/en/codes/206/');
    expect(resultUrl('/docs/chat/errors/pagefind', 'codes/206/')).toBe('/docs/chat/errors/codes/206/');
    expect(resultUrl('/pagefind/', 'https://example.com/codes/206/')).toBe('https://example.com/codes/206/');
  });

  test('only well-formed entries are kept from what a page carried', () => {
    expect(parseResultTitles({ 'en_1': ['/codes/1/', '1 Unknown error'], 'en_2': ['/codes/2/'], 'en_3': 'x', 'en_4': [1, 'x'] })).toEqual({ 'en_1': ['/codes/1/', '1 Unknown error'] });
    for (const value of [undefined, null, 'text', 7, [['/codes/1/', 'x']]]) expect(parseResultTitles(value)).toEqual({});
  });
});
