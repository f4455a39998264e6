/**
 * Claims of the code pages -2, -3, 12, 50, 101, 102, 205, 501, 507 and 700 (content/sdk-proofs.yaml):
 * what the SDK hands the app on a REST call without an answer, a login the server refuses, a sent
 * message the server refuses, an attachment whose upload fails, a recall, and client-side checks.
 */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import type { ProvisionStatus } from './support/fake-msync';
import { proof } from './support/proof';
import { DNS_ANSWER, DNS_REQUEST, listen, loadSdk, loggedIn, login, recorder, rejection, type Sdk, type SdkError, textMessage, track } from './support/sdk';

/** A token login whose provision the server answers with `status`: the rejection and what onError got. */
async function loginRefused(status: ProvisionStatus) {
  const sdk = loadSdk();
  sdk.msync.provision = status;
  const conn = sdk.connect();
  const events = listen(conn, 'onError');
  const error = await rejection(conn.open({ user: 'alice', accessToken: 'token' }));
  return { sdk, error, onError: events.map((event) => event.value) };
}

/** Whether the SDK tries the login again by itself: login attempts over 10 simulated minutes after a refusal. */
async function retriesAfter(sdk: Sdk): Promise<number> {
  const before = sdk.msync.provisions.length;
  await sdk.clock.advance(10 * 60_000);
  return sdk.msync.provisions.length - before;
}

/** A text message acknowledged by the server with `status`: how send() settled and what onError got. */
async function refusedMessage(status: ProvisionStatus) {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk);
  const sending = conn.send(message);
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, status);
  const error = await rejection(sending);
  return { error, onError: events.map((event) => event.value) };
}

/** A file message (AC.message.create) with the given file contents and callbacks. */
function fileMessage(sdk: Sdk, contents: string[], extra: Record<string, unknown> = {}) {
  return sdk.AC.message.create({
    type: 'file',
    chatType: 'singleChat',
    to: 'bob',
    file: { data: new Blob(contents), filename: 'a.txt', filetype: 'txt' },
    ...extra,
  } as unknown as Parameters<Sdk['AC']['message']['create']>[0]);
}

proof('-2-no-response', 'a REST call that gets no HTTP response (XHR onerror) rejects with -2 "Request Unknow Error"', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const call = conn.getGroupInfo({ groupId: '1001' });
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/)).fail('error');
  expect(await rejection(call)).toMatchObject({ type: -2, message: 'Request Unknow Error' });
  expect(events).toEqual([]);
});

proof('-3-login-invalid-parameter', 'a login the server refuses as WRONG_PARAMETER rejects open() with -3 "Invalid parameter" and fires onError -3', async () => {
  const { error, onError } = await loginRefused({ errorCode: 4 });
  expect(error).toMatchObject({ type: -3, message: 'Invalid parameter' });
  expect(onError).toEqual([expect.objectContaining({ type: -3, message: 'Invalid parameter' })]);
});

proof('-3-login-no-retry', 'after a login refused with -3 the SDK does not try to log in again (10 simulated minutes)', async () => {
  const { sdk, error } = await loginRefused({ errorCode: 4 });
  expect(error.type).toBe(-3);
  expect(sdk.msync.provisions).toHaveLength(1);
  expect(await retriesAfter(sdk)).toBe(0);
});

proof('-3-client-check-throws', 'client-side checks of setChatRoomAttribute, recallMessage, modifyMessage throw a plain Error without type', async () => {
  const { conn } = await loggedIn();
  const api = conn as unknown as Record<string, (options: Record<string, unknown>) => unknown>;
  const calls: Record<string, () => unknown> = {
    setChatRoomAttribute: () => api['setChatRoomAttribute']?.({ chatRoomId: '', attributeKey: 'k', attributeValue: 'v' }),
    recallMessage: () => api['recallMessage']?.({ mid: '1', to: 'bob', ext: 5 }),
    modifyMessage: () => api['modifyMessage']?.({ messageId: '', modifiedMessage: {} }),
  };
  for (const [name, call] of Object.entries(calls)) {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error | undefined)?.constructor.name, name).toBe('Error');
    expect((thrown as Error).message, name).toContain('Invalid parameter');
    expect(thrown, name).not.toHaveProperty('type');
  }
});

proof('-3-client-check-rejects', 'addReaction with an empty messageId rejects with a plain Error without type', async () => {
  const { conn } = await loggedIn();
  const api = conn as unknown as Record<string, (options: Record<string, unknown>) => Promise<unknown>>;
  const call = api['addReaction']?.({ messageId: '', reaction: 'x' });
  const outcome = track(call ?? Promise.resolve());
  await settle();
  expect(outcome.outcome).toBeDefined();
  const error = (outcome.outcome as { rejected: SdkError & Error }).rejected;
  expect(error.constructor.name).toBe('Error');
  expect(error.message).toContain('Invalid parameter');
  expect(error).not.toHaveProperty('type');
});

proof('12-token-login-failures', 'a token login the server refuses gives 28, 56 or 2 on both channels, never 12', async () => {
  const cases: [ProvisionStatus, number][] = [
    [{ errorCode: 1, reason: 'Sorry, token or password does not match login info' }, 28],
    [{ errorCode: 1, reason: 'Sorry, token expired' }, 56],
    [{ errorCode: 1, reason: 'any other reason' }, 2],
    [{ errorCode: 2 }, 2],
  ];
  for (const [status, code] of cases) {
    const { error, onError } = await loginRefused(status);
    expect(error.type, JSON.stringify(status)).toBe(code);
    expect(onError.map((event) => event.type), JSON.stringify(status)).toEqual([code]);
  }
});

proof('50-login-limits', 'a login refused for an app limit (registrations, daily, monthly or online users) rejects open() with 50 and fires onError 50', async () => {
  const cases: [ProvisionStatus, string][] = [
    [{ errorCode: 1, reason: 'Sorry, user register limit' }, 'Sorry, the number of user registrations limit has been reached'],
    [{ errorCode: 1, reason: 'Sorry, user register rate limit' }, 'Sorry, user register rate limit'],
    [{ errorCode: 7, reason: 'Sorry, the app day live count limit' }, 'Sorry, the daily active user limit for this app has been reached'],
    [{ errorCode: 7, reason: 'Sorry, the app month live count limit' }, 'Sorry, the monthly active user limit for this app has been reached'],
    [{ errorCode: 7, reason: 'Sorry, the app online count limit' }, 'Sorry, the maximum number limit of online users for this app has been reached'],
  ];
  for (const [status, message] of cases) {
    const { error, onError } = await loginRefused(status);
    expect(error, status.reason).toMatchObject({ type: 50, message });
    expect(onError, status.reason).toEqual([expect.objectContaining({ type: 50, message })]);
  }
});

proof('50-login-no-retry', 'after a login refused for an app limit (50) the SDK does not try to log in again (10 simulated minutes)', async () => {
  for (const status of [{ errorCode: 1, reason: 'Sorry, user register limit' }, { errorCode: 7, reason: 'Sorry, the app day live count limit' }]) {
    const { sdk, error } = await loginRefused(status);
    expect(error.type, status.reason).toBe(50);
    expect(sdk.msync.provisions, status.reason).toHaveLength(1);
    expect(await retriesAfter(sdk), status.reason).toBe(0);
  }
});

proof('101-send-upload-error-hangs', 'send() of a file message whose upload fails (an empty file): your onFileUploadError never runs and send() never settles', async () => {
  const { sdk, conn } = await loggedIn();
  const { errors: uploadErrors, callback: onFileUploadError } = recorder('onFileUploadError');
  const sending = track(conn.send(fileMessage(sdk, [], { onFileUploadError })));
  await sdk.clock.advance(10 * 60_000);
  expect(sending.outcome).toBeUndefined();
  expect(uploadErrors).toEqual([]);
  expect(sdk.rest.requests).toEqual([]);
});

proof('101-no-file-info', 'an upload answered without file information rejects send() with 101 "Failed to upload the file", data = the response', async () => {
  const { sdk, conn } = await loggedIn();
  const sending = conn.send(fileMessage(sdk, ['abc']));
  (await sdk.rest.next(/^POST https:\/\/rest\.test\/org\/app\/chatfiles/)).respond(200, { nothing: true });
  expect(await rejection(sending)).toEqual({ type: 101, message: 'Failed to upload the file', data: { nothing: true } });
});

proof('102-send-no-token', 'send() of a file message while the connection has no token: no request, no onFileUploadError, send() never settles', async () => {
  const { sdk, conn } = await loggedIn();
  const { errors: uploadErrors, callback: onFileUploadError } = recorder('onFileUploadError');
  const internals = conn as unknown as { token: string; context: { accessToken: string } };
  internals.token = '';
  internals.context.accessToken = '';
  const sending = track(conn.send(fileMessage(sdk, ['abc'], { onFileUploadError })));
  await sdk.clock.advance(10 * 60_000);
  expect(sending.outcome).toBeUndefined();
  expect(uploadErrors).toEqual([]);
  expect(sdk.rest.requests).toEqual([]);
});

proof('205-recall-without-mid', 'recallMessage without mid does not reject with 205: the SDK sends the recall to the server', async () => {
  const { sdk, conn } = await loggedIn();
  const before = sdk.msync.sent.length;
  const recall = track((conn as unknown as { recallMessage(options: object): Promise<unknown> }).recallMessage({ to: 'bob' }));
  await settle();
  await settle();
  expect(recall.outcome).toBeUndefined();
  expect(sdk.msync.sent.length).toBe(before + 1);
});

proof('205-recall-without-to', 'recallMessage without to rejects with 205, a plain object', async () => {
  const { conn } = await loggedIn();
  const error = await rejection((conn as unknown as { recallMessage(options: object): Promise<unknown> }).recallMessage({ mid: '123' }));
  expect(error).toEqual({ type: 205, message: 'Missing required parameter: "to"' });
  expect(error.constructor.name).toBe('Object');
});

proof('501-antispam', 'a message the server blocks as "blocked by mod_antispam" rejects send() with 501, like "sensitive words"', async () => {
  for (const reason of ['blocked by mod_antispam', 'sensitive words']) {
    const { error, onError } = await refusedMessage({ errorCode: 7, reason });
    expect(error, reason).toMatchObject({ type: 501, message: reason });
    expect(onError, reason).toEqual([]);
  }
});

proof('507-muted', 'a message refused because the sender is muted rejects send() with { type: 507, reason: "you were muted" } and no message', async () => {
  const { error, onError } = await refusedMessage({ errorCode: 15 });
  expect(error).toEqual({ type: 507, reason: 'you were muted' });
  expect(error.message).toBeUndefined();
  expect(onError).toEqual([]);
});

proof('700-appid-never', 'appId: a REST call before login rejects with 39, after close() with 28, never 700', async () => {
  const sdk = loadSdk();
  sdk.rest.route(DNS_REQUEST, { status: 200, body: DNS_ANSWER });
  const conn = sdk.connect({ appId: 'app-id', isHttpDNS: true });
  const before = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  expect(before).toMatchObject({ type: 39 });
  await login(conn);
  conn.close();
  const after = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  expect(after).toMatchObject({ type: 28 });
});

proof('50-http-400-error-codes', 'HTTP 400 with server error_code 60006, 60007, 60009 or 60012 rejects with 50 and the server description', async () => {
  for (const errorCode of [60006, 60007, 60009, 60012]) {
    const { sdk, conn } = await loggedIn();
    const call = conn.getGroupInfo({ groupId: '1001' });
    (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/)).respond(400, { error_code: errorCode, error_description: `limit ${errorCode}` });
    expect(await rejection(call), `error_code ${errorCode}`).toMatchObject({ type: 50, message: `limit ${errorCode}` });
  }
});

proof('501-not-gif', 'an image message with isGif: true whose file is not a GIF rejects send() with 501 "The file type is not gif."', async () => {
  const { sdk, conn } = await loggedIn();
  const message = sdk.AC.message.create({
    type: 'img',
    chatType: 'singleChat',
    to: 'bob',
    isGif: true,
    file: { data: new Blob(['png'], { type: 'image/png' }), filename: 'a.png', filetype: 'png' },
  } as unknown as Parameters<Sdk['AC']['message']['create']>[0]);
  expect(await rejection(conn.send(message))).toEqual({ type: 501, message: 'The file type is not gif.' });
  expect(sdk.rest.requests).toEqual([]);
});

proof('700-appkey-no-app-name', 'appKey: a REST call while the App Key has no appName rejects with 700 without a request', async () => {
  const { sdk, conn } = await loggedIn();
  (conn as unknown as { context: { appName: string } }).context.appName = '';
  const error = await rejection(conn.getGroupInfo({ groupId: '1001' }));
  expect(error).toMatchObject({ type: 700, message: 'appkey or token error' });
  expect(sdk.rest.requests).toEqual([]);
});

proof('50-rate-limit', 'HTTP 429 described "The request has reached the maximum limit" rejects with 50, message = the raw response text', async () => {
  const { sdk, conn } = await loggedIn();
  const body = { error: 'too_many', error_description: 'The request has reached the maximum limit' };
  const call = conn.getGroupInfo({ groupId: '1001' });
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/)).respond(429, body);
  expect(await rejection(call)).toMatchObject({ type: 50, message: JSON.stringify(body) });
});
