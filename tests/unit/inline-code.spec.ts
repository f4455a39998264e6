import { expect, test } from '@playwright/test';
import { plainText, splitInlineCode } from '../../src/content/inline-code';

test('splits text and backticked code', () => {
  expect(splitInlineCode('调用 `conn.open()` 登录')).toEqual([
    { kind: 'text', value: '调用 ' },
    { kind: 'code', value: 'conn.open()' },
    { kind: 'text', value: ' 登录' },
  ]);
});

test('leaves an unpaired backtick as text, and never produces markup', () => {
  expect(splitInlineCode('a ` b <script>')).toEqual([{ kind: 'text', value: 'a ` b <script>' }]);
});

test('handles code at both ends and adjacent spans', () => {
  expect(splitInlineCode('`a``b`').map((part) => part.kind)).toEqual(['code', 'code']);
});

test('plainText drops only the backticks', () => {
  expect(plainText('用 `statusCode` 判断')).toBe('用 statusCode 判断');
});

test('marks a document title between asterisks, and only a closed pair', () => {
  expect(splitInlineCode('see *Message management overview*.')).toEqual([
    { kind: 'text', value: 'see ' },
    { kind: 'title', value: 'Message management overview' },
    { kind: 'text', value: '.' },
  ]);
  // A lone asterisk, or one inside code, is text or code as before.
  expect(splitInlineCode('5 * 3 and `a*b*c`').map((part) => part.kind)).toEqual(['text', 'code']);
  expect(plainText('see *Get Agora Chat project information*')).toBe('see Get Agora Chat project information');
});
