import { expect, test } from '@playwright/test';
import { lintText } from '../../scripts/prose-lint/lint.ts';
import { loadTerminology } from '../../scripts/prose-lint/terminology.ts';
import { ROOT } from '../support/source';

/** The prose lint's rules on single texts: what each must report, and the look-alikes it must not. */
const entries = loadTerminology(ROOT);

/** The rules that report on `text`, each with the column it points at. */
async function rulesHit(text: string, locale: 'zh-cn' | 'en', title = false): Promise<string[]> {
  const messages = await lintText(text, locale, entries, title ? { titleLines: [1] } : {});
  return messages.map((message) => `${message.ruleId}@${message.loc.start.column}`);
}

test('punctuation: half-width marks in a Chinese sentence, not around Latin text or code', async () => {
  expect(await rulesHit('登录失败,请重试。', 'zh-cn')).toEqual(['punctuation@5']);
  expect(await rulesHit('调用 open(参数)时', 'zh-cn')).toEqual(['punctuation@8', 'punctuation@11']);
  expect(await rulesHit('原文「笔误」', 'zh-cn')).toEqual(['punctuation@3', 'punctuation@6']);
  expect(await rulesHit('SDK（agora-chat）的 `open(a, b)` 返回 Promise。', 'zh-cn')).toEqual([]);
  expect(await rulesHit('SDK(agora-chat) 的', 'zh-cn')).toEqual(['punctuation@15']);
  expect(await rulesHit('The call failed（retry）.', 'en')).toEqual(['punctuation@16', 'punctuation@22']);
  expect(await rulesHit('The table says “禁言”，not muted.', 'en')).toEqual([]);
});

test('code-span-boundary: a span glued to a word, on either side', async () => {
  expect(await rulesHit('the t`ext` field', 'en')).toEqual(['code-span-boundary@6']);
  expect(await rulesHit('call `open()`s twice', 'en')).toEqual(['code-span-boundary@13']);
  expect(await rulesHit('调用`conn.open()`时', 'zh-cn')).toEqual(['code-span-boundary@3', 'code-span-boundary@15']);
  expect(await rulesHit('调用 `conn.open()`：(`a`, `b`) and “`c`”.', 'zh-cn').then((hits) => hits.filter((hit) => hit.startsWith('code')))).toEqual([]);
});

test('quoted-code: a value in single quotes, not an apostrophe', async () => {
  expect(await rulesHit("a failure reason containing 'moderation': blocked", 'en')).toEqual(['quoted-code@29']);
  expect(await rulesHit("服务端返回 'file_expired' 时", 'zh-cn')).toEqual(['quoted-code@7']);
  expect(await rulesHit("the server's answer and the users' list, `'x'`", 'en')).toEqual([]);
});

test('document-title: a bare title after 详见 / see, not a marked or linked one', async () => {
  expect(await rulesHit('关于如何获取 App Key，详见获取即时通讯项目信息。', 'zh-cn')).toEqual(['document-title@16']);
  expect(await rulesHit('详见《获取即时通讯项目信息》；详见[消息管理概述](https://example.com/)；详见下文；详见错误码 16。', 'zh-cn')).toEqual([]);
  expect(await rulesHit('For how to get the App Key, see Get Agora Chat project information.', 'en')).toEqual(['document-title@29']);
  expect(await rulesHit('See the description in Message management overview.', 'en')).toEqual(['document-title@1']);
  expect(await rulesHit('see *Get Agora Chat project information*, see [the guide](https://example.com/), see 16, see Agora Console, see `error.message`', 'en')).toEqual([]);
});

test('title-pattern: each language has its forms; only title lines are checked', async () => {
  expect(await rulesHit('没查到消息', 'zh-cn', true)).toEqual(['title-pattern@1']);
  expect(await rulesHit('操作成功，没有错误', 'zh-cn', true)).toEqual(['title-pattern@1']);
  expect(await rulesHit('单个用户 ID 发送消息超出频率限制', 'zh-cn', true)).toEqual(['title-pattern@1']);
  expect(await rulesHit('请求服务超时', 'zh-cn', true)).toEqual([]);
  expect(await rulesHit('Failed to get a Chat token', 'en', true)).toEqual(['title-pattern@1']);
  expect(await rulesHit('Group does not exist', 'en', true)).toEqual(['title-pattern@1']);
  expect(await rulesHit('Group not found.', 'en', true)).toEqual(['title-pattern@1']);
  expect(await rulesHit('Group not found', 'en', true)).toEqual([]);
  expect(await rulesHit('Group does not exist', 'en')).toEqual([]);
});

test('terminology: variants reported outside code; the right terms and their neighbours left alone', async () => {
  expect(await rulesHit('在控制台开通', 'zh-cn')).toEqual(['terminology@2']);
  expect(await rulesHit('在声网控制台开通，从你的应用服务器获取 token', 'zh-cn')).toEqual([]);
  expect(await rulesHit('the `Token` header and the browser console', 'en')).toEqual([]);
  expect(await rulesHit('Token expired. Renew the Token.', 'en')).toEqual(['terminology@26']);
});

test('api-call: an SDK method without parentheses, not a handler, callback, property or event name', async () => {
  expect(await rulesHit('Call `conn.open` first, then `recallMessage`.', 'en')).toEqual(['api-call@6', 'api-call@30']);
  expect(await rulesHit('先调用 `AC.utils.download`。', 'zh-cn')).toEqual(['api-call@5']);
  expect(await rulesHit('`conn.open()`, `recallMessage({ mid })`, `onError`, `success`, `error.message`, the `destroy` event, `appKey`', 'en')).toEqual([]);
});

test('serial-comma: a list of code spans or numbers needs its comma before and/or', async () => {
  expect(await rulesHit('It gives 400, 404 or 500.', 'en')).toEqual(['serial-comma@10']);
  expect(await rulesHit('Read `type`, `message` and `data`.', 'en')).toEqual(['serial-comma@6']);
  expect(await rulesHit('In 1.2.2-3, 1.3.1 and 1.4.0 it is 800.', 'en')).toEqual(['serial-comma@4']);
  expect(await rulesHit('It gives 400, 404, or 500; `a`, `b`, and `c`; 28 or 56; if it fails, retry and log.', 'en')).toEqual([]);
  expect(await rulesHit('400, 404 and 500', 'zh-cn')).toEqual([]);
});

test('time-unit: a time spells its unit', async () => {
  expect(await rulesHit('It times out after 15 s, or 15000 ms.', 'en')).toEqual(['time-unit@20', 'time-unit@29']);
  expect(await rulesHit('15 s 后超时。', 'zh-cn')).toEqual(['time-unit@1']);
  expect(await rulesHit('After 15 seconds (15000 milliseconds), a 5 MB file, 1.4.0s, `15 s`.', 'en')).toEqual([]);
  expect(await rulesHit('15 秒后超时，15000 毫秒。', 'zh-cn')).toEqual([]);
});

test('version-range: one form for a range and each open end', async () => {
  expect(await rulesHit('In 1.3.1 or later, and since 1.2.0, and in 1.0.4–1.1.0.', 'en')).toEqual(['version-range@10', 'version-range@24', 'version-range@44']);
  expect(await rulesHit('The code exists from agora-chat 1.4.0.', 'en')).toEqual(['version-range@10']);
  expect(await rulesHit('In 1.0.8 to 1.3.1, in 1.3.1 and later, in 1.3.0 and earlier; 1.2.2-3 comes before 1.3.0.', 'en')).toEqual([]);
  expect(await rulesHit('1.3.1 起，1.0.4–1.1.0 中，1.3.0 或更早。', 'zh-cn')).toEqual(['version-range@1', 'version-range@9', 'version-range@23']);
  expect(await rulesHit('1.3.1 及以后，1.0.8 至 1.3.1，1.3.0 及以前；1.2.2-3 排在 1.3.0 之前。', 'zh-cn')).toEqual([]);
});

test('straight-quote: curly quotes in prose; typed text and code keep straight ones', async () => {
  expect(await rulesHit('The table calls it "busy".', 'en')).toEqual(['straight-quote@20', 'straight-quote@25']);
  expect(await rulesHit('官方称其为"繁忙"。', 'zh-cn')).toEqual(['straight-quote@6', 'straight-quote@9']);
  expect(await rulesHit('The table calls it “busy”; paste ({"type":206}) or ("rate limit"); `"x"`.', 'en')).toEqual([]);
});

test('cause-length: at most 2 sentences and 90 (zh) or 240 (en) characters, only on cause lines', async () => {
  const causeHits = async (text: string, locale: 'zh-cn' | 'en') =>
    (await lintText(text, locale, entries, { causeLines: [1] })).filter((message) => message.ruleId === 'cause-length').map((message) => message.message.replace(/:.*/, ''));
  expect(await causeHits('甲。乙。丙。', 'zh-cn')).toEqual(['the cause has 3 sentences; at most 2']);
  expect(await causeHits(`${'字'.repeat(91)}。`, 'zh-cn')).toEqual(['the cause is 92 characters long; at most 90']);
  expect(await causeHits(`${'字'.repeat(88)}。`, 'zh-cn')).toEqual([]);
  expect(await causeHits(`The call failed, e.g. on \`conn.open()\`. It ${'x'.repeat(180)}.`, 'en')).toEqual([]);
  expect(await causeHits(`One. Two. Three.`, 'en')).toEqual(['the cause has 3 sentences; at most 2']);
  expect(await causeHits(`It ${'x'.repeat(240)}.`, 'en')).toEqual(['the cause is 244 characters long; at most 240']);
  expect(await rulesHit('甲。乙。丙。', 'zh-cn')).toEqual([]);
});

test('title-pattern: the shapes outside the table are reported', async () => {
  for (const title of ['Sending the message timed out', 'Setting group member attributes failed', 'Message sending failed on disconnection', 'Unknown request error', 'Permission denied', 'Current user muted']) {
    expect(await rulesHit(title, 'en', true), title).toEqual(['title-pattern@1']);
  }
  for (const title of ['Message not sent on disconnection', 'Missing parameter', 'No permission for the request', 'User muted', 'File parsing failed']) {
    expect(await rulesHit(title, 'en', true), title).toEqual([]);
  }
  expect(await rulesHit('当前用户被禁言', 'zh-cn', true)).toEqual(['title-pattern@1']);
  expect(await rulesHit('用户被禁言', 'zh-cn', true)).toEqual([]);
});
