import { expect, test } from '@playwright/test';
import { codesInText, MAX_LOOKUP_INPUT, nearestCodes, parseLookup, similarNames, type LookupEntry } from '../../src/search/lookup';

const entries: LookupEntry[] = [
  { code: -1, names: ['REQUEST_TIMEOUT'], messages: ['Request Timeout', 'request timeout', 'connection timeout'] },
  { code: 0, names: ['REQUEST_SUCCESS', 'WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR'] },
  { code: 1, names: ['WEBIM_CONNCTION_OPEN_ERROR'], messages: ['Currently logging in, please wait.'] },
  { code: 16, names: ['WEBIM_CONNCTION_DISCONNECTED'], messages: ['websocket has been disconnected', 'reconnection failed'] },
  { code: 28, names: ['WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR'], messages: ['appkey or token error'] },
  { code: 39, names: ['WEBIM_CONNECTION_CLOSED'], messages: ['not login'] },
  { code: 40, names: ['WEBIM_CONNECTION_ERROR'] },
  { code: 206, names: ['WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE'] },
  { code: 217, names: ['WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE'], messages: ['the user was kicked by other device'] },
  { code: 509, names: ['MESSAGE_CURRENT_LIMITING'] },
  { code: 700, names: ['REST_PARAMS_STATUS'], messages: ['appkey or token error'] },
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

test.describe('codes in free text', () => {
  test('framed as a code, in English and Chinese', () => {
    expect(lookup('type 39')).toEqual({ kind: 'code', code: 39 });
    expect(lookup('it says User not login(error code 39)')).toEqual({ kind: 'code', code: 39 });
    expect(lookup('错误码 206')).toEqual({ kind: 'code', code: 206 });
    expect(lookup('发消息报错40怎么办')).toEqual({ kind: 'code', code: 40 });
    expect(lookup('send failed with code=509')).toEqual({ kind: 'code', code: 509 });
    expect(lookup('错误代码：-1')).toEqual({ kind: 'code', code: -1 });
  });

  test('several codes are listed, in order', () => {
    expect(lookup('first type 39, then error code 16')).toEqual({ kind: 'codes', codes: [16, 39], via: 'text' });
    expect(lookup('WEBIM_CONNECTION_CLOSED after WEBIM_CONNCTION_DISCONNECTED')).toEqual({ kind: 'codes', codes: [16, 39], via: 'text' });
  });

  test('a name and a frame that agree are one code', () => {
    expect(lookup('error code 39 (WEBIM_CONNECTION_CLOSED)')).toMatchObject({ kind: 'name', codes: [39] });
  });

  test('a number that is no code is a word, not a code: HTTP statuses, years, plain numbers', () => {
    expect(lookup('error code 401 on login')).toEqual({ kind: 'none' });
    expect(lookup('错误码 404')).toEqual({ kind: 'none' });
    expect(codesInText('since 2026 the type of message is 3', new Set([39]))).toEqual([]);
    expect(lookup('发送 39 条消息')).toEqual({ kind: 'none' });
  });
});

test.describe('SDK messages', () => {
  test('a pasted message goes to its code, whatever its case, quotes or closing stop', () => {
    expect(lookup('not login')).toEqual({ kind: 'code', code: 39 });
    expect(lookup('"Websocket has been disconnected."')).toEqual({ kind: 'code', code: 16 });
    expect(lookup('currently logging in, please wait')).toEqual({ kind: 'code', code: 1 });
  });

  test('an error object holding only a message', () => {
    expect(lookup("{ message: 'the user was kicked by other device' }")).toEqual({ kind: 'code', code: 217 });
    expect(lookup('{"message":"not login"}')).toEqual({ kind: 'code', code: 39 });
  });

  test('a message inside a longer log line, when it is specific (three words or more)', () => {
    expect(lookup('[im] onError: the user was kicked by other device, please login')).toEqual({ kind: 'code', code: 217 });
    expect(lookup('why does my app say not login sometimes')).toEqual({ kind: 'none' });
  });

  test('a message several codes share lists them', () => {
    expect(lookup('appkey or token error')).toEqual({ kind: 'codes', codes: [28, 700], via: 'message' });
  });

  test('the type field wins over the message', () => {
    expect(lookup('{"type":16,"message":"not login"}')).toEqual({ kind: 'code', code: 16 });
  });
});

test('nearest codes by value, nearest first', () => {
  expect(nearestCodes(210, entries, 3)).toEqual([206, 217, 40]);
  expect(nearestCodes(-5, entries, 2)).toEqual([-1, 0]);
});

test('similar names by shared words', () => {
  expect(similarNames('LOGIN_ANOTHER_DEVIC', entries)[0]).toBe(206);
  expect(similarNames('KICKED', entries)).toEqual([217]);
  expect(similarNames('??', entries)).toEqual([]);
});
