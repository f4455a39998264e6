import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import {
  containsKeyword,
  findSymptom,
  normalizeSymptomText,
  parseSymptomEntries,
  symptomEntries,
  type SymptomEntry,
} from '../../src/search/symptom-lookup';
import { scriptJson } from '../../src/search/script-json';
import { symptomSchema } from '../../src/schemas/symptom';

// The real symptoms of content/symptoms.yaml, as the search page renders them.
const symptoms = (parse(readFileSync('content/symptoms.yaml', 'utf8')) as unknown[]).map((data) => symptomSchema.parse(data));
const zh = symptomEntries(symptoms, 'zh-cn', (id) => `/symptoms/${id}/`);
const en = symptomEntries(symptoms, 'en', (id) => `/en/symptoms/${id}/`);

const exactId = (query: string, entries: SymptomEntry[]) => {
  const found = findSymptom(query, entries);
  return found?.kind === 'exact' ? found.symptom.id : undefined;
};
const containedIds = (query: string, entries: SymptomEntry[]) => {
  const found = findSymptom(query, entries);
  return found?.kind === 'contains' ? found.symptoms.map((symptom) => symptom.id) : [];
};

test('normalising: case, full-width forms, punctuation, spaces and apostrophes do not count', () => {
  expect(normalizeSymptomText(' 消息 发不出去。')).toBe('消息发不出去');
  expect(normalizeSymptomText('消息发不出去！！')).toBe('消息发不出去');
  expect(normalizeSymptomText('Ｃａｎ’ｔ　log in?')).toBe('cantlogin');
  expect(normalizeSymptomText("Can't log in")).toBe(normalizeSymptomText('cant LOG-IN'));
  expect(normalizeSymptomText('“Messages won’t send”')).toBe('messageswontsend');
});

test('a title or a keyword, however written, names its symptom', () => {
  for (const query of ['消息发不出去', '消息发不出去。', ' 消息 发不出去 ', '「消息发不出去」', '消息发不出去？', '发不出消息']) {
    expect(exactId(query, zh), query).toBe('messages-not-sent');
  }
  for (const query of ["can't log in", 'Cant log in', 'can’t log in', 'CAN’T LOG IN!', 'Cannot log in', 'unable to log in.']) {
    expect(exactId(query, en), query).toBe('cannot-log-in');
  }
  expect(exactId('Messages won’t send', en)).toBe('messages-not-sent');
  expect(exactId("messages won't send", en)).toBe('messages-not-sent');
  expect(exactId('message not sent', en)).toBe('messages-not-sent');
  expect(exactId('收不到消息', zh)).toBe('messages-not-received');
  expect(exactId('Messages not received', en)).toBe('messages-not-received');
  expect(exactId('token 问题', zh)).toBe('token-problems');
  expect(exactId('token问题', zh)).toBe('token-problems');
  expect(exactId('throttling', en)).toBe('rate-limits');
});

test('each locale matches its own phrasings only', () => {
  expect(findSymptom('消息发不出去', en)).toBeUndefined();
  expect(findSymptom("can't log in", zh)).toBeUndefined();
});

test('every title and keyword of content/symptoms.yaml names exactly its own symptom', () => {
  for (const entries of [zh, en]) {
    for (const entry of entries) {
      for (const phrasing of [entry.title, ...entry.keywords]) expect(exactId(phrasing, entries), phrasing).toBe(entry.id);
    }
  }
});

test('a query holding a whole keyword of 4 Chinese characters or more lists its symptom', () => {
  expect(containedIds('为什么消息发不出去', zh)).toEqual(['messages-not-sent']);
  expect(containedIds('群里消息发不出去了怎么办', zh)).toEqual(['messages-not-sent']);
  expect(containedIds('为什么 消息 发不出去？', zh)).toEqual(['messages-not-sent']);
  expect(containedIds('升级以后收不到消息', zh)).toEqual(['messages-not-received']);
  expect(containedIds('页面一直无法登录', zh)).toEqual(['cannot-log-in']);
  // Two symptoms in one sentence: both, in the symptoms' order.
  expect(containedIds('登录一直失败，消息发不出去', zh)).toEqual(['cannot-log-in', 'messages-not-sent']);
});

test('a query holding a whole keyword of 2 English words or more lists its symptom', () => {
  expect(containedIds('messages not received after login', en)).toEqual(['messages-not-received']);
  expect(containedIds('Why are messages not received?', en)).toEqual(['messages-not-received']);
  expect(containedIds('I keep getting rate limited', en)).toEqual(['rate-limits']);
  expect(containedIds('after upgrading I can’t log in anymore', en)).toEqual(['cannot-log-in']);
});

test('short or generic keywords never fire inside a sentence', () => {
  // 3 Chinese characters or fewer: 被踢, 掉线, token 失效 are words of many codes' problems.
  expect(containsKeyword('我的token 失效了', 'token 失效')).toBe(false);
  expect(containsKeyword('调用接口限流了', '接口限流')).toBe(true);
  expect(containsKeyword('收到消息', '收不到消息')).toBe(false);
  // One English word: "throttling" is a keyword, but a sentence holding it is about more than the symptom.
  expect(containsKeyword('throttling of REST calls', 'throttling')).toBe(false);
  expect(containedIds('throttling of REST calls', en)).toEqual([]);
  // Words, not letters: "log in" is not inside "blog instance", nor "cant log in" across words.
  expect(containsKeyword('blog instance', 'log in')).toBe(false);
  expect(containsKeyword('unable to login', 'unable to log in')).toBe(false);
  expect(containedIds('the group is muted', en)).toEqual([]);
  expect(containedIds('你已被禁言', zh)).toEqual([]);
  expect(findSymptom('', zh)).toBeUndefined();
  expect(findSymptom(' 。！ ', zh)).toBeUndefined();
});

test('a keyword two symptoms share is listed, not gone to', () => {
  const shared: SymptomEntry[] = [
    { id: 'a', url: '/symptoms/a/', title: 'A', keywords: ['same words'] },
    { id: 'b', url: '/symptoms/b/', title: 'B', keywords: ['same words'] },
  ];
  expect(findSymptom('Same words', shared)).toEqual({ kind: 'contains', symptoms: shared });
});

test('the entries follow the symptoms’ order and carry the locale’s title, keywords and URL', () => {
  expect(zh.map((entry) => entry.id)).toEqual([...symptoms].sort((a, b) => a.order - b.order).map((symptom) => symptom.id));
  const sent = en.find((entry) => entry.id === 'messages-not-sent');
  expect(sent).toEqual({ id: 'messages-not-sent', url: '/en/symptoms/messages-not-sent/', title: 'Messages won’t send', keywords: expect.arrayContaining(['message not sent']) });
});

test('serialised for a script element, no text can close it; parsing gives the entries back', () => {
  const tricky: SymptomEntry[] = [{ id: 'x', url: '/symptoms/x/', title: '</script><script>alert(1)</script>', keywords: ['<!-- a', 'b -->', '\u2028'] }];
  const text = scriptJson(tricky);
  expect(text).not.toContain('<');
  expect(parseSymptomEntries(text)).toEqual(tricky);
  expect(parseSymptomEntries(scriptJson(zh))).toEqual(zh);
});

test('bad data gives no entries, or leaves out the bad ones, and never throws', () => {
  expect(parseSymptomEntries(undefined)).toEqual([]);
  expect(parseSymptomEntries('')).toEqual([]);
  expect(parseSymptomEntries('{not json')).toEqual([]);
  expect(parseSymptomEntries('{"id":"x"}')).toEqual([]);
  const good = { id: 'ok', url: '/symptoms/ok/', title: 'OK', keywords: ['ok'] };
  const text = JSON.stringify([good, null, 3, { ...good, keywords: 'ok' }, { ...good, url: 'javascript:alert(1)' }, { ...good, url: '//evil.example/' }, { ...good, title: 1 }]);
  expect(parseSymptomEntries(text)).toEqual([good]);
});
