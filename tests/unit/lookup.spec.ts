import { expect, test } from '@playwright/test';
import { MAX_LOOKUP_INPUT, nearestCodes, parseLookup, similarNames, type LookupEntry } from '../../src/utils/lookup';

const entries: LookupEntry[] = [
  { code: -1, names: ['REQUEST_TIMEOUT'] },
  { code: 0, names: ['REQUEST_SUCCESS', 'WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR'] },
  { code: 39, names: ['WEBIM_CONNECTION_CLOSED'] },
  { code: 206, names: ['WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE'] },
  { code: 217, names: ['WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE'] },
  { code: 605, names: ['GROUP_NOT_EXIST'] },
  { code: 607, names: ['GROUP_MEMBERS_LIMIT'], officialName: 'GROUP_NOT_EXIST' },
];
const lookup = (input: string) => parseLookup(input, entries);

test.describe('numbers', () => {
  test('a code, with spaces or a sign', () => {
    expect(lookup('206')).toEqual({ kind: 'code', code: 206 });
    expect(lookup(' 206 ')).toEqual({ kind: 'code', code: 206 });
    expect(lookup('-1')).toEqual({ kind: 'code', code: -1 });
    expect(lookup('+206')).toEqual({ kind: 'code', code: 206 });
    expect(lookup('0')).toEqual({ kind: 'code', code: 0 });
  });

  test('a number that is no code, even far out of range', () => {
    expect(lookup('9999')).toEqual({ kind: 'unknown-code', code: 9999 });
    expect(lookup('999999999999999')).toEqual({ kind: 'unknown-code', code: 999999999999999 });
    expect(lookup('1'.repeat(40))).toEqual({ kind: 'none' });
  });
});

test.describe('constant names', () => {
  test('in any case', () => {
    expect(lookup('WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE')).toEqual({ kind: 'name', name: 'WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE', codes: [206] });
    expect(lookup('webim_connction_user_login_another_device')).toMatchObject({ codes: [206] });
  });

  test('with either spelling of CONNCTION / CONNECTION', () => {
    expect(lookup('WEBIM_CONNECTION_USER_LOGIN_ANOTHER_DEVICE')).toMatchObject({ codes: [206] });
    expect(lookup('WEBIM_CONNCTION_CLOSED')).toMatchObject({ codes: [39] });
    expect(lookup('WEBIM_CONNECTION_CLOSED')).toMatchObject({ codes: [39] });
  });

  test('aliases, and statusCode.NAME as written in code', () => {
    expect(lookup('WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR')).toMatchObject({ codes: [0] });
    expect(lookup('error.type === statusCode.WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE')).toMatchObject({ codes: [217] });
  });

  test('a name the official table gives two codes', () => {
    expect(lookup('GROUP_NOT_EXIST')).toEqual({ kind: 'name', name: 'GROUP_NOT_EXIST', codes: [605, 607] });
  });
});

test.describe('pasted errors', () => {
  test('JSON, an ErrorEvent as the console prints it, and log lines', () => {
    expect(lookup('{"type":206,"message":"the user is logged in on another device"}')).toEqual({ kind: 'code', code: 206 });
    expect(lookup('ErrorEvent {type: 206, message: "…", data: undefined}')).toEqual({ kind: 'code', code: 206 });
    expect(lookup('2026-11-25 10:00:01 [chat] error type: -1 message: timeout')).toEqual({ kind: 'code', code: -1 });
    expect(lookup("{ type: '217' }")).toEqual({ kind: 'code', code: 217 });
    expect(lookup('[chat] login failed: WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE (see docs)')).toMatchObject({ codes: [206] });
  });

  test('a pasted error with an undocumented type', () => {
    expect(lookup('{"type":9999}')).toEqual({ kind: 'unknown-code', code: 9999 });
  });
});

test.describe('junk', () => {
  test('empty, only symbols, words that name nothing', () => {
    expect(lookup('')).toEqual({ kind: 'none' });
    expect(lookup('   ')).toEqual({ kind: 'none' });
    expect(lookup('!@#$%^&*()_+{}|:"<>?')).toEqual({ kind: 'none' });
    expect(lookup('禁言')).toEqual({ kind: 'none' });
    expect(lookup('SERVER')).toEqual({ kind: 'none' });
  });

  test('huge input is read only up to its bound, quickly', () => {
    const huge = `${'x'.repeat(MAX_LOOKUP_INPUT)} type: 206`;
    expect(lookup(huge)).toEqual({ kind: 'none' });
    expect(lookup(`type: 206 ${'x'.repeat(1_000_000)}`)).toEqual({ kind: 'code', code: 206 });
  });
});

test('nearest codes by value, nearest first', () => {
  expect(nearestCodes(210, entries, 3)).toEqual([206, 217, 39]);
  expect(nearestCodes(-5, entries, 2)).toEqual([-1, 0]);
});

test('similar names by shared words', () => {
  expect(similarNames('LOGIN_ANOTHER_DEVIC', entries)[0]).toBe(206);
  expect(similarNames('KICKED', entries)).toEqual([217]);
  expect(similarNames('??', entries)).toEqual([]);
});
