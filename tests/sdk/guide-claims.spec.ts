/**
 * Statements only the error-handling guide makes (claims `guide-…` of content/sdk-proofs.yaml), and
 * 507's reason: each is one proof here. The per-code proofs they summarize are in channels.spec.ts and
 * kicks.spec.ts; these assert the guide's wording over all the codes it names at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import { REFUSED_LOGINS } from './support/scenarios';
import { proof } from './support/proof';
import { listen, loadSdk, loggedIn, login, rejection, textMessage, track } from './support/sdk';
import { ROOT } from '../support/source';

const TYPINGS = readFileSync(path.join(ROOT, 'node_modules/agora-chat/Agora-chat.d.ts'), 'utf8');


proof('guide-refused-login-channels', 'every refused login (2, 28, 204, 50, -3, 56, 57): open() rejects and onError gets the same object, then onDisconnected', async () => {
  for (const { code, status } of REFUSED_LOGINS) {
    const sdk = loadSdk();
    sdk.msync.provision = status;
    const conn = sdk.connect();
    const events = listen(conn, 'onError', 'onDisconnected');
    const error = await rejection(conn.open({ user: 'alice', accessToken: 'token' }));
    expect(error.type, `refused with ${code}`).toBe(code);
    if (code === 28) expect(error.message).toBe('INVALID_TOKEN');
    expect(events.map((event) => event.event)).toEqual(['onError']);
    expect(events[0]?.value).toBe(error);
    sdk.msync.drop();
    await sdk.clock.advance(5_000);
    expect(events.map((event) => event.event)).toEqual(['onError', 'onDisconnected']);
    expect(events[1]?.value).toBe(error);
  }
});

const KICKS = [
  { operation: 1, type: 207 },
  { operation: 2, type: 206 },
  { operation: 3, type: 216 },
  { operation: 4, type: 217 },
];

proof('guide-kick-channels', 'every kick (206, 207, 216, 217): onError, then onDisconnected with the same object, and no reconnect', async () => {
  for (const { operation, type } of KICKS) {
    const { sdk, conn } = await loggedIn();
    const events = listen(conn, 'onError', 'onDisconnected', 'onReconnecting');
    sdk.msync.push([sdk.msync.statisticMeta(operation, '')]);
    await settle();
    sdk.msync.drop();
    await settle();
    await sdk.clock.advance(10 * 60_000);
    expect(events.map((event) => [event.event, event.value?.type]), `kick ${type}`).toEqual([
      ['onError', type],
      ['onDisconnected', type],
    ]);
    expect(events[1]?.value).toBe(events[0]?.value);
    expect(sdk.msync.sockets).toHaveLength(1);
  }
});

proof('guide-disconnected-undefined', 'after conn.close() and after onTokenExpired, onDisconnected gets undefined', async () => {
  const closed = await loggedIn();
  const afterClose = listen(closed.conn, 'onDisconnected');
  closed.conn.close();
  await closed.sdk.clock.advance(5_000);
  expect(afterClose).toEqual([{ event: 'onDisconnected', value: undefined }]);

  const sdk = loadSdk();
  sdk.msync.authToken = JSON.stringify({ expires_in: sdk.clock.now + 100_000 });
  const conn = sdk.connect();
  await login(conn);
  const events = listen(conn, 'onTokenExpired', 'onDisconnected');
  await sdk.clock.advance(100_000);
  expect(events).toEqual([
    { event: 'onTokenExpired', value: undefined },
    { event: 'onDisconnected', value: undefined },
  ]);
});

proof('guide-create-drops-callbacks', 'AC.message.create() drops success and fail; callbacks set on the message object are called', async () => {
  const { sdk, conn } = await loggedIn();
  const calls: string[] = [];
  (sdk.realm as Record<string, unknown>)['__calls'] = calls;
  const passed = vm.runInContext('(function success() { __calls.push("passed to create()"); })', sdk.realm) as () => void;
  const failPassed = vm.runInContext('(function fail() { __calls.push("fail passed to create()"); })', sdk.realm) as () => void;
  const created = textMessage(sdk, { success: passed, fail: failPassed }) as unknown as Record<string, unknown>;
  expect(created['success']).toBeUndefined();
  expect(created['fail']).toBeUndefined();
  const sending = track(conn.send(created as unknown as Parameters<typeof conn.send>[0]));
  const sent = await sdk.msync.sentMeta(created['id'] as string);
  sdk.msync.acknowledge(sent.id, { errorCode: 0 });
  await settle();
  expect(sending.outcome).toMatchObject({ resolved: expect.anything() });
  expect(calls).toEqual([]);

  const own = textMessage(sdk) as unknown as Record<string, unknown>;
  own['success'] = vm.runInContext('(function success() { __calls.push("set on the message"); })', sdk.realm);
  const ownSending = track(conn.send(own as unknown as Parameters<typeof conn.send>[0]));
  const ownSent = await sdk.msync.sentMeta(own['id'] as string);
  sdk.msync.acknowledge(ownSent.id, { errorCode: 0 });
  await settle();
  expect(ownSending.outcome).toMatchObject({ resolved: expect.anything() });
  expect(calls).toEqual(['set on the message']);
});

proof('guide-statuscode-runtime', 'the typings declare AC.statusCode as one AgoraChat.Code value; at runtime it is the enum object, and there is no AgoraChat export', async () => {
  expect(TYPINGS).toContain('statusCode: AgoraChat.Code;');
  const sdk = loadSdk();
  expect(sdk.statusCode['SERVER_BUSY']).toBe(500);
  expect(Object.keys(sdk.statusCode).length).toBeGreaterThan(100);
  expect(Object.keys(sdk.exports)).not.toContain('AgoraChat');
  expect((sdk.AC as unknown as Record<string, unknown>)['AgoraChat']).toBeUndefined();
});

proof('guide-code-enum-gaps', 'AgoraChat.Code of the typings lacks the constants of 56, 57, 205, 208, 512 and 1302–1304, which exist at runtime', async () => {
  const start = TYPINGS.indexOf('enum Code {');
  const declared = new Set([...TYPINGS.slice(start, TYPINGS.indexOf('}', start)).matchAll(/(\w+)\s*=/g)].map((match) => match[1]));
  const sdk = loadSdk();
  const missing = Object.entries(sdk.statusCode).filter(([name, value]) => typeof value === 'number' && !declared.has(name));
  for (const code of [56, 57, 205, 208, 512, 1302, 1303, 1304]) {
    expect(missing.map(([, value]) => value), `the runtime constant of ${code}`).toContain(code);
  }
});

proof('507-muted-reason', 'a message acknowledged with errorCode 15: send() rejects with 507 and the reason in error.reason, no message', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 15 });
  await settle();
  expect(sending.outcome).toEqual({ rejected: { type: 507, reason: 'you were muted' } });
  expect(events).toEqual([]);
});
