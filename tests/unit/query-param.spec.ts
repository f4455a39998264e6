import { expect, test } from '@playwright/test';
import { MAX_QUERY_LENGTH, readQueryParam } from '../../src/routes/query-param';

test('reads and trims a parameter', () => {
  expect(readQueryParam('?q=%20%E7%A6%81%E8%A8%80%20', 'q')).toBe('禁言');
  expect(readQueryParam('?q=206&x=1', 'x')).toBe('1');
});

test('missing, empty and malformed values give the empty string or what decodes', () => {
  expect(readQueryParam('', 'q')).toBe('');
  expect(readQueryParam('?q=', 'q')).toBe('');
  expect(() => readQueryParam('?q=%E0%A4%A', 'q')).not.toThrow();
});

test('bounds huge values', () => {
  expect(readQueryParam(`?q=${'a'.repeat(100_000)}`, 'q')).toHaveLength(MAX_QUERY_LENGTH);
});
