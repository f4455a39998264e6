/**
 * Claims of the code pages 1, 2, 23, 28, 39, 56, 57, 208 and 304 (content/sdk-proofs.yaml): the
 * client-side checks of a login, the refusals of a login and what the SDK does after them, a second
 * login, REST calls before the first login, getChatRooms() failures, and the DNS lookup with appId.
 */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import type { ProvisionStatus } from './support/fake-msync';
import { proof } from './support/proof';
import { DNS_ANSWER, DNS_REQUEST, listen, listenLegacy, loadSdk, login, rejection, textMessage, track, type Sdk, type SdkError } from './support/sdk';

/** A token login whose provision the server answers with `status`: the rejection and what each onError got. */
async function loginRefused(status: ProvisionStatus) {
  const sdk = loadSdk();
  sdk.msync.provision = status;
  const conn = sdk.connect();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const error = await rejection(conn.open({ user: 'alice', accessToken: 'token' }));
  return { sdk, error, onError: events.map((event) => event.value), legacy };
}

/** Login attempts (provision frames) the SDK makes by itself over 10 simulated minutes. */
async function retriesAfter(sdk: Sdk): Promise<number> {
  const before = sdk.msync.provisions.length;
  await sdk.clock.advance(10 * 60_000);
  return sdk.msync.provisions.length - before;
}

proof('1-login-in-progress', 'open() while an earlier open() has not finished rejects with 1 "Currently logging in, please wait." and fires no onError', async () => {
  const sdk = loadSdk();
  sdk.msync.provision = null;
  const conn = sdk.connect();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const first = track(conn.open({ user: 'alice', accessToken: 'token' }));
  await settle();
  const error = await rejection(conn.open({ user: 'alice', accessToken: 'token' }));
  expect(error).toMatchObject({ type: 1, message: 'Currently logging in, please wait.' });
  expect(first.outcome).toBeUndefined();
  expect(events).toEqual([]);
  expect(legacy).toEqual([]);
});

proof('1-access-token-illegal', 'open() with an empty or non-string accessToken rejects with 1 "the accessToken is illegal", sent to the legacy onError only', async () => {
  for (const accessToken of ['', 42]) {
    const sdk = loadSdk();
    const conn = sdk.connect();
    const events = listen(conn, 'onError');
    const legacy = listenLegacy(conn);
    const error = await rejection(conn.open({ user: 'alice', accessToken } as unknown as Parameters<typeof conn.open>[0]));
    expect(error, JSON.stringify(accessToken)).toMatchObject({ type: 1, message: 'the accessToken is illegal' });
    expect(legacy.map((event) => event.type)).toEqual([1]);
    expect(events).toEqual([]);
    expect(sdk.msync.sockets).toHaveLength(0);
  }
});

proof('2-unrecognized-reason', 'a login refused as FAIL or PERMISSION_DENIED with a reason the SDK does not know gives 2 "Auth failed", to open() and onError', async () => {
  for (const status of [
    { errorCode: 1, reason: 'some other failure' },
    { errorCode: 7, reason: 'some other denial' },
  ]) {
    const { error, onError } = await loginRefused(status);
    expect(error, JSON.stringify(status)).toMatchObject({ type: 2, message: 'Auth failed' });
    expect(onError).toEqual([error]);
  }
});

proof('2-unhandled-status', 'a login refused with a status the SDK has no case for gives 2 with the server reason as message, to open() and onError', async () => {
  const { error, onError } = await loginRefused({ errorCode: 9, reason: 'unknown command' });
  expect(error).toMatchObject({ type: 2, message: 'unknown command' });
  expect(onError).toEqual([error]);
});

for (const { code, status } of [
  { code: 2, status: { errorCode: 2 } },
  { code: 28, status: { errorCode: 1, reason: 'Sorry, token or password does not match login info' } },
  { code: 56, status: { errorCode: 1, reason: 'Sorry, token expired' } },
  { code: 57, status: { errorCode: 12 } },
] satisfies { code: number; status: ProvisionStatus }[]) {
  proof(`${code}-login-no-retry`, `after a login refused with ${code} the SDK does not try to log in again (10 simulated minutes)`, async () => {
    const { sdk, error } = await loginRefused(status);
    expect(error.type).toBe(code);
    expect(sdk.msync.provisions).toHaveLength(1);
    expect(await retriesAfter(sdk)).toBe(0);
  });
}

proof('208-connection-unchanged', 'open() while logged in leaves the connection as it is: same socket, no new login, still logged in', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  const sockets = sdk.msync.sockets.length;
  const provisions = sdk.msync.provisions.length;
  const error = await rejection(conn.open({ user: 'bob', accessToken: 'another' }));
  expect(error.type).toBe(208);
  await sdk.clock.advance(60_000);
  expect(sdk.msync.sockets).toHaveLength(sockets);
  expect(sdk.msync.provisions).toHaveLength(provisions);
  expect(conn.logOut).toBe(false);
  expect(sdk.msync.sockets.at(-1)?.readyState).toBe(1);
});

proof('39-rest-before-login-appid', 'appId: a REST call before logging in rejects with 39 "not login"', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect({ appId: 'app-id' });
  const error = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  expect(error).toMatchObject({ type: 39, message: 'not login' });
  expect(sdk.rest.requests).toEqual([]);
});

proof('23-getchatrooms-rejections', 'getChatRooms() failures reject its promise: 17 for HTTP 400, 404 and 500, 603 for 403, 500 for 429 and 503, -2 for a network error', async () => {
  const expected: [number | 'error', number][] = [
    [400, 17],
    [404, 17],
    [500, 17],
    [403, 603],
    [429, 500],
    [503, 500],
    ['error', -2],
  ];
  for (const [answer, code] of expected) {
    const sdk = loadSdk();
    const conn = sdk.connect();
    await login(conn);
    const call = conn.getChatRooms({ pagenum: 1, pagesize: 20 });
    const request = await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatrooms/);
    if (answer === 'error') request.fail('error');
    else request.respond(answer, { error: 'failed', error_description: `status ${answer}` });
    const error: SdkError = await rejection(call);
    expect(error.type, String(answer)).toBe(code);
  }
});

proof('304-appid-no-app-key', 'appId: a DNS answer without app_key rejects open() with 304 "get DNS failed", and error.data.message is "get DNS failed" too', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect({ appId: 'app-id', isHttpDNS: true });
  const events = listen(conn, 'onError');
  const { app_key: _unused, ...withoutAppKey } = DNS_ANSWER;
  sdk.rest.route(DNS_REQUEST, { status: 200, body: withoutAppKey });
  const opened = track(conn.open({ user: 'alice', accessToken: 'token' }));
  for (let round = 0; round < 20 && !opened.outcome; round++) await settle();
  expect(opened.outcome).toMatchObject({ rejected: { type: 304, message: 'get DNS failed', data: { type: 304, message: 'get DNS failed' } } });
  expect(events).toEqual([]);
});

proof('39-send-while-dropped', 'send() while logged in but disconnected does not reject with 39: it waits, and resolves once the SDK has reconnected', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  sdk.msync.autoOpen = false;
  sdk.msync.drop();
  await settle();
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  await settle();
  expect(sending.outcome).toBeUndefined();
  expect(conn.logOut).toBe(false);
  sdk.msync.autoOpen = true;
  await sdk.clock.advance(5_000);
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 0 });
  await settle();
  expect(sending.outcome).toMatchObject({ resolved: { localMsgId: message.id } });
});

proof('304-dns-network-error', 'a DNS request that gets no HTTP response rejects open() with 304 "get DNS failed", with "Request Unknow Error" in error.data.message', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect({ isHttpDNS: true });
  const events = listen(conn, 'onError');
  const opened = track(conn.open({ user: 'alice', accessToken: 'token' }));
  (await sdk.rest.next(DNS_REQUEST)).fail('error');
  for (let round = 0; round < 20 && !opened.outcome; round++) await sdk.clock.advance(5_000);
  expect(opened.outcome).toMatchObject({ rejected: { type: 304, message: 'get DNS failed', data: { message: 'Request Unknow Error' } } });
  expect(events).toEqual([]);
});

proof('208-open-after-close', 'after conn.close(), open() logs in again instead of rejecting with 208', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  conn.close();
  await settle();
  expect(conn.logOut).toBe(true);
  await login(conn, 'bob');
  expect(conn.logOut).toBe(false);
});
