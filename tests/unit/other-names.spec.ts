import { expect, test } from '@playwright/test';
import { lookupOtherName } from '../../src/search/other-name-lookup';
import { otherRuntimeNames } from '../../src/sdk/other-names';
import { sdkHistoryAccessor } from '../../src/sdk/sdk-history-query';

const constant = (code: number, raised = false) => ({ code, declared: null, typed: false, raised, messages: [] });
const history = sdkHistoryAccessor({
  pinned: '1.1.0',
  versions: [
    { version: '1.0.0', constants: { DOCUMENTED: constant(1, true), WEBIM_MESSAGE_REC_AUDIO: constant(304), STATUS_CLOSED: constant(405), MOVED: constant(7) } },
    { version: '1.1.0', constants: { DOCUMENTED: constant(1, true), STATUS_CLOSED: constant(405), MOVED: constant(8, true), WEBIM_CONNCTION_JOINROOM_ERROR: constant(18) } },
  ],
});

test('every undocumented name of every version, with its numbers and versions, what it is derived from the history', () => {
  const others = otherRuntimeNames(history, new Set(['DOCUMENTED']));
  expect(others.map((other) => other.name)).toEqual(['MOVED', 'WEBIM_CONNCTION_JOINROOM_ERROR', 'WEBIM_MESSAGE_REC_AUDIO', 'STATUS_CLOSED']);
  const byName = Object.fromEntries(others.map((other) => [other.name, other]));
  expect(byName.WEBIM_MESSAGE_REC_AUDIO).toEqual({ name: 'WEBIM_MESSAGE_REC_AUDIO', numbers: [{ code: 304, versions: ['1.0.0'] }], kind: 'never-raised', raisedIn: [] });
  expect(byName.STATUS_CLOSED?.kind).toBe('state');
  expect(byName.STATUS_CLOSED?.numbers).toEqual([{ code: 405, versions: ['1.0.0', '1.1.0'] }]);
  expect(byName.MOVED).toMatchObject({ kind: 'raised', raisedIn: ['1.1.0'], numbers: [{ code: 7, versions: ['1.0.0'] }, { code: 8, versions: ['1.1.0'] }] });
});

test('a name, either CONNCTION spelling, a number only other names have, or a pasted error finds the other name', () => {
  const index = [
    { name: 'WEBIM_CONNCTION_JOINROOM_ERROR', codes: [18] },
    { name: 'WEBIM_MESSAGE_REC_PHOTO', codes: [310] },
    { name: 'STATUS_CLOSED', codes: [405] },
  ];
  expect(lookupOtherName('status_closed', index)).toBe('STATUS_CLOSED');
  expect(lookupOtherName('WEBIM_CONNECTION_JOINROOM_ERROR', index)).toBe('WEBIM_CONNCTION_JOINROOM_ERROR');
  expect(lookupOtherName(' 310 ', index)).toBe('WEBIM_MESSAGE_REC_PHOTO');
  expect(lookupOtherName('{"type":405,"message":""}', index)).toBe('STATUS_CLOSED');
  expect(lookupOtherName('311', index)).toBeUndefined();
  expect(lookupOtherName('rate limit', index)).toBeUndefined();
});

test('a number in free text or a bare HTTP status is no other name: the search treats it as a word', () => {
  const index = [
    { name: 'STATUS_DOLOGIN_USERGRID', codes: [401] },
    { name: 'WEBIM_MESSAGE_REC_PHOTO', codes: [310] },
  ];
  expect(lookupOtherName('error code 401', index)).toBeUndefined();
  expect(lookupOtherName('401', index)).toBeUndefined();
  expect(lookupOtherName('it failed with 310 somewhere', index)).toBeUndefined();
  expect(lookupOtherName('{"type":401,"message":""}', index)).toBe('STATUS_DOLOGIN_USERGRID');
  expect(lookupOtherName('310', index)).toBe('WEBIM_MESSAGE_REC_PHOTO');
});
