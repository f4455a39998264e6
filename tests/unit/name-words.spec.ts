import { expect, test } from '@playwright/test';
import { codesOfNameWords, nameWordSet, phraseWordSet } from '../../src/search/name-words';
import { parseLookup, type LookupEntry } from '../../src/search/lookup';

const entries: LookupEntry[] = [
  { code: 51, names: ['MESSAGE_NOT_FOUND'] },
  { code: 204, names: ['USER_NOT_FOUND'] },
  { code: 601, names: ['GROUP_ALREADY_JOINED'] },
  { code: 602, names: ['GROUP_NOT_JOINED'] },
  { code: 605, names: ['GROUP_NOT_EXIST'] },
  { code: 607, names: ['GROUP_MEMBERS_LIMIT'], officialName: 'GROUP_NOT_EXIST' },
  { code: 608, names: ['GROUP_IS_DISABLED'] },
  { code: 705, names: ['CHATROOM_NOT_EXIST'] },
  { code: 1300, names: ['THREAD_NOT_EXIST'] },
  { code: 1302, names: ['MODIFY_MESSAGE_NOT_EXIST'] },
  { code: 1400, names: ['CONVERSATION_NOT_EXIST'] },
  { code: 206, names: ['WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE'] },
];
const words = (phrase: string) => codesOfNameWords(phrase, entries);

test('a name’s words drop its prefixes and glue (WEBIM_, CONNCTION_, IS_)', () => {
  expect([...nameWordSet('WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE')]).toEqual(['user', 'login', 'another', 'device']);
  expect([...nameWordSet('GROUP_IS_DISABLED')]).toEqual(['group', 'disable']);
});

test('the words of a name in a phrase, with ordinary inflection, find its code', () => {
  for (const phrase of ['group does not exist', 'Group not exist', 'the group doesn’t exist', "group doesn't exist", 'groups not existing', 'group not found', 'exist group not', 'GROUP DOES NOT EXIST.']) {
    expect(words(phrase), phrase).toEqual([605]);
  }
  expect(words('user does not exist')).toEqual([204]);
  expect(words('chat room does not exist')).toEqual([705]);
  expect(words('The chatroom not exists')).toEqual([705]);
  expect(words('thread does not exist')).toEqual([1300]);
  expect(words('conversation not found')).toEqual([1400]);
  expect(words('message does not exist')).toEqual([51]);
  expect(words('the group is disabled')).toEqual([608]);
  expect(words('user login another device')).toEqual([206]);
});

test('in Chinese: the words of a name, with particles, find its code', () => {
  expect(words('群组不存在')).toEqual([605]);
  expect(words('此群不存在')).toEqual([605]);
  expect(words('该用户不存在')).toEqual([204]);
  expect(words('聊天室不存在')).toEqual([705]);
  expect(words('子区不存在')).toEqual([1300]);
  expect(words('会话不存在')).toEqual([1400]);
});

test('a phrase with words no name holds, or fewer than two words, names nothing', () => {
  expect(words('the user is not a member of the group')).toEqual([]);
  expect(words('group')).toEqual([]);
  expect(words('does not exist')).toEqual([]);
  expect(words('群组不存在怎么办')).toEqual([]);
  expect(phraseWordSet('群组人数太多')).toBeUndefined();
  // The official table's name for 607 is not the SDK's: the phrase means 605 only.
  expect(words('group not exist')).not.toContain(607);
});

test('the lookup goes to the code the words name, after every exact way has failed', () => {
  expect(parseLookup('group does not exist', entries)).toEqual({ kind: 'code', code: 605 });
  expect(parseLookup('群组不存在', entries)).toEqual({ kind: 'code', code: 605 });
  // A constant itself still names both codes the official table gives it.
  expect(parseLookup('GROUP_NOT_EXIST', entries)).toEqual({ kind: 'name', name: 'GROUP_NOT_EXIST', codes: [605, 607] });
  expect(parseLookup('why is my group gone', entries)).toEqual({ kind: 'none' });
});
