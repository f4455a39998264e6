/** Login (`conn.open()`) and what it hands the app when it fails. */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import { proof } from './support/proof';
import { DNS_ANSWER, DNS_REQUEST, listen, listenLegacy, loadSdk, login, rejection, track, type SdkError } from './support/sdk';
import type { RestBody } from './support/fake-rest';

const TOKEN_REQUEST = /^POST https:\/\/rest\.test\/org\/app\/token$/;

/** A `pwd` login whose token request the server answers with `status` and `body`. */
async function passwordLogin(answer: (request: import('./support/fake-rest').RestRequest) => void) {
  const sdk = loadSdk();
  const conn = sdk.connect();
  const legacy = listenLegacy(conn);
  const events = listen(conn, 'onError');
  const opened = conn.open({ user: 'alice', pwd: 'secret' });
  answer(await sdk.rest.next(TOKEN_REQUEST));
  const error = await rejection(opened);
  return { sdk, error, legacy, onError: events.map((event) => event.value) };
}

const respond = (status: number, body: RestBody) => (request: import('./support/fake-rest').RestRequest) => request.respond(status, body);

proof('208-open-twice', 'open() while logged in rejects with 208 "The user has logged in." and fires no onError', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  const legacy = listenLegacy(conn);
  const events = listen(conn, 'onError');
  const error = await rejection(conn.open({ user: 'alice', accessToken: 'another' }));
  expect(error).toMatchObject({ type: 208, message: 'The user has logged in.' });
  expect(events).toEqual([]);
  expect(legacy).toEqual([]);
});

proof('1-invalid-password', 'a pwd login answered HTTP 400 "invalid password" rejects with 1 and that message, not 3', async () => {
  const body = { error: 'invalid_grant', error_description: 'invalid password' };
  const { error, legacy, onError } = await passwordLogin(respond(400, body));
  expect(error).toMatchObject({ type: 1, message: 'invalid password' });
  // data is the mapped REST error, not the server's body: this is why the check for 3 never matches.
  expect(error.data).toMatchObject({ type: 17, message: 'invalid password', data: JSON.stringify(body) });
  expect(legacy.map((event) => event.type)).toEqual([1]);
  expect(onError).toEqual([]);
});

proof('3-unreachable', 'no token-request failure yields 3: every status and network failure gives 1', async () => {
  // 3 needs the caught error to carry `error` and `error_description`: the server's body has them,
  // but the SDK has already mapped it to {type, message, data, extraInfo} when the check runs.
  const bodies = { error: 'invalid_grant', error_description: 'user not found' };
  const outcomes: Record<string, SdkError> = {};
  for (const status of [400, 401, 403, 404, 429, 500, 502, 503]) {
    outcomes[`HTTP ${status}`] = (await passwordLogin(respond(status, bodies))).error;
  }
  for (const failure of ['error', 'timeout', 'abort'] as const) {
    outcomes[failure] = (await passwordLogin((request) => request.fail(failure))).error;
  }
  for (const [input, error] of Object.entries(outcomes)) expect(error.type, input).toBe(1);
  expect(outcomes['HTTP 400']?.message).toBe('user not found');
});

proof('28-appkey-after-logout', 'appKey: a REST call after close() fires onError 28, then the promise rejects with 700', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  conn.close();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const error = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  expect(events.map((event) => event.value)).toEqual([expect.objectContaining({ type: 28, message: 'token not assign error' })]);
  expect(legacy.map((event) => event.type)).toEqual([28]);
  expect(error).toMatchObject({ type: 700, message: 'appkey or token error' });
});

proof('2-appkey-before-login', 'appKey: a REST call before the first login sends 2 to the legacy onError and rejects with 700', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const error = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  expect(legacy).toEqual([expect.objectContaining({ type: 2, message: 'appName or orgName is illegal' })]);
  expect(events).toEqual([]);
  expect(error).toMatchObject({ type: 700, message: 'appkey or token error' });
});

proof('2-appid-before-login', 'appId: a REST call before the first login sends 2 to the legacy onError and rejects with 39', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect({ appId: 'app-id' });
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const error = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  expect(legacy).toEqual([expect.objectContaining({ type: 2, message: 'appName or orgName is illegal' })]);
  expect(events).toEqual([]);
  expect(error).toMatchObject({ type: 39, message: 'not login' });
});

proof('28-appid-after-logout', 'appId: a REST call after close() fires onError 28 and rejects with 28', async () => {
  const sdk = loadSdk();
  sdk.rest.route(DNS_REQUEST, { status: 200, body: DNS_ANSWER });
  const conn = sdk.connect({ appId: 'app-id', isHttpDNS: true });
  await login(conn);
  conn.close();
  const events = listen(conn, 'onError');
  const error = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  expect(events.map((event) => event.value)).toEqual([expect.objectContaining({ type: 28, message: 'token not assign error' })]);
  expect(error).toMatchObject({ type: 28, message: 'token not assign error' });
});

proof('304-dns-failed', 'open() with DNS whose host list cannot be fetched rejects with 304 "get DNS failed"', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect({ isHttpDNS: true });
  const events = listen(conn, 'onError');
  const opened = track(conn.open({ user: 'alice', accessToken: 'token' }));
  (await sdk.rest.next(DNS_REQUEST)).respond(500, { error: 'internal' });
  for (let round = 0; round < 10 && !opened.outcome; round++) await settle();
  expect(opened.outcome).toMatchObject({ rejected: { type: 304, message: 'get DNS failed' } });
  expect(events).toEqual([]);
});

proof('304-dns-no-hosts', 'a DNS answer without REST hosts rejects open() with 304 "get DNS failed"; the detail is in data.message', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect({ isHttpDNS: true });
  const opened = conn.open({ user: 'alice', accessToken: 'token' });
  (await sdk.rest.next(DNS_REQUEST)).respond(200, { rest: {}, 'msync-wx': DNS_ANSWER['msync-wx'] });
  const error = await rejection(opened);
  expect(error).toMatchObject({ type: 304, message: 'get DNS failed', data: { type: 304, message: 'DNS hosts resolution failed' } });
});

proof('23-unreachable', 'getChatRooms failures never fire 23: the error callback gets mapped errors without error_description', async () => {
  for (const status of [400, 401, 403, 404, 500, 502]) {
    const sdk = loadSdk();
    const conn = sdk.connect();
    await login(conn);
    const legacy = listenLegacy(conn);
    const events = listen(conn, 'onError');
    const callbackErrors: SdkError[] = [];
    const call = conn.getChatRooms({ pagenum: 1, pagesize: 20, error: (error: SdkError) => callbackErrors.push(error) } as Parameters<typeof conn.getChatRooms>[0]);
    (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatrooms/)).respond(status, { error: 'failed', error_description: `status ${status}` });
    const error = await rejection(call);
    expect(error.type, `HTTP ${status}`).not.toBe(23);
    expect([...legacy, ...events.map((event) => event.value)].map((event) => event.type), `HTTP ${status}`).not.toContain(23);
    expect(callbackErrors.length, `HTTP ${status}: the error callback runs`).toBeGreaterThan(0);
    for (const callbackError of callbackErrors) expect(callbackError).not.toHaveProperty('error_description');
  }
});

proof('700-appkey-no-token', 'appKey: a REST call before login or after close() rejects with 700 "appkey or token error"', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  const before = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  await login(conn);
  conn.close();
  const after = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  for (const error of [before, after]) expect(error).toEqual(expect.objectContaining({ type: 700, message: 'appkey or token error' }));
  expect(sdk.rest.requests).toEqual([]);
});
