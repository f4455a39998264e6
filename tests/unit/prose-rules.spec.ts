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
