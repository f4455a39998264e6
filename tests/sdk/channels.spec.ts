/**
 * What the error-handling guide says about the channels, and about promises that never settle:
 * each statement of the guide about the SDK's behaviour is one proof here or in another spec.
 */
import vm from 'node:vm';
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import { REFUSED_LOGINS } from './support/scenarios';
import { proof } from './support/proof';
import { listen, listenLegacy, loadSdk, loggedIn, login, recorder, rejection, type Sdk, type SdkError, textMessage, track } from './support/sdk';


for (const { code, status } of REFUSED_LOGINS) {
  proof(`${code}-failed-login-channels`, `a login refused with ${code}: the open() rejection, onError, then onDisconnected when the server closes, one object`, async () => {
    const sdk = loadSdk();
    sdk.msync.provision = status;
    const conn = sdk.connect();
    const events = listen(conn, 'onError', 'onDisconnected');
    const error = await rejection(conn.open({ user: 'alice', accessToken: 'token' }));
    expect(error.type).toBe(code);
    expect(events.map((event) => event.event)).toEqual(['onError']);
    expect(events[0]?.value).toBe(error);
    sdk.msync.drop();
    await sdk.clock.advance(5_000);
    expect(events.map((event) => event.event)).toEqual(['onError', 'onDisconnected']);
    expect(events[1]?.value).toBe(error);
  });
}

proof('31-success-throws', 'a message success callback that throws: onError gets 31, and the send() promise never settles', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  // The callback is made in the SDK's realm: the SDK checks `success instanceof Function`, which a
  // function of another realm fails (in a browser, the app and the SDK share one realm).
  const success = vm.runInContext('(function success() { throw new Error("app bug"); })', sdk.realm) as () => void;
  const message = textMessage(sdk, {}, { success });
  const sending = track(conn.send(message));
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 0 });
  await sdk.clock.advance(60_000);
  expect(events.map((event) => event.value)).toEqual([expect.objectContaining({ type: 31, message: 'when executing success function error' })]);
  expect(events[0]?.value.data).toMatchObject({ message: 'app bug' });
  expect(sending.outcome).toBeUndefined();
});

proof('32-send-typeerror', 'a logged-in send() without the protobuf root: the promise rejects with a TypeError, not an SDK error', async () => {
  const { sdk, conn } = await loggedIn();
  conn.root = undefined;
  const error = await rejection(conn.send(textMessage(sdk)));
  expect((error as unknown as Error).name).toBe('TypeError');
  expect(error.type).toBeUndefined();
});

proof('40-browser-no-handler', 'in a browser (window.WebSocket exists) the SDK installs no WebSocket error handler, the only source of 40', async () => {
  const { sdk, conn } = await loggedIn();
  const legacy = listenLegacy(conn);
  const events = listen(conn, 'onError');
  expect(sdk.msync.socket.onerror).toBeNull();
  expect(sdk.msync.socket.onclose).not.toBeNull();
  // The browser fires "error" before "close" when a connection fails: only the close is heard, as 16.
  sdk.msync.drop();
  await sdk.clock.advance(1);
  expect(legacy.map((error) => error.type)).toEqual([16]);
  expect(events).toEqual([]);
});

async function download(status: number, body: Record<string, unknown>): Promise<{ errors: SdkError[]; onError: SdkError[] }> {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const { errors, callback: onFileDownloadError } = recorder('onFileDownloadError');
  sdk.AC.utils.download({ url: 'https://rest.test/org/app/chatfiles/file-1', accessToken: 'token', onFileDownloadComplete: () => {}, onFileDownloadError } as unknown as Parameters<Sdk['AC']['utils']['download']>[0]);
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatfiles\/file-1/)).respond(status, body);
  for (let round = 0; round < 5; round++) await settle();
  return { errors, onError: events.map((event) => event.value) };
}

proof('603-download-403', 'a download answered 403 (not "chatfile no permission") sends 603 without a message to onFileDownloadError', async () => {
  const { errors, onError } = await download(403, { error: 'forbidden', error_description: 'other reason' });
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ type: 603 });
  expect(errors[0]).not.toHaveProperty('message');
  expect(onError).toEqual([]);
});

proof('503-download-500', 'a download answered HTTP 500 sends 503 without a message to onFileDownloadError', async () => {
  const { errors, onError } = await download(500, { error: 'internal' });
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ type: 503 });
  expect(errors[0]).not.toHaveProperty('message');
  expect(onError).toEqual([]);
});

proof('503-send-unmapped-reason', 'an error acknowledgement with errorCode 1 and a reason the SDK does not map rejects send() with 503 and that reason', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk);
  const sending = conn.send(message);
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 1, reason: 'a reason this SDK does not map' });
  const error = await rejection(sending);
  expect(error).toMatchObject({ type: 503, message: 'a reason this SDK does not map', data: { id: message.id } });
  expect(events).toEqual([]);
});

proof('512-unknown-reason-pending', 'an acknowledgement with errorCode 7 and a reason the SDK does not know: no 512, the send() promise never settles', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 7, reason: 'a reason this SDK does not know' });
  await sdk.clock.advance(60_000);
  expect(sending.outcome).toBeUndefined();
  expect(events).toEqual([]);
});

proof('17-http-406-pending', 'a REST call answered 406 without error_code 90004 never settles', async () => {
  const { sdk, conn } = await loggedIn();
  const call = track(conn.getGroupInfo({ groupId: '1001' }));
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/)).respond(406, { error: 'not acceptable', error_description: 'no' });
  await sdk.clock.advance(60_000);
  expect(call.outcome).toBeUndefined();
});

proof('206-close-in-onerror', 'close() in onError at a 206: a message in flight rejects with 510 and brings no new login; onDisconnected gets undefined', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onDisconnected');
  conn.addEventHandler('app', { onError: () => conn.close() });
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  await sdk.msync.sentMeta(message.id);
  sdk.msync.push([sdk.msync.statisticMeta(2)]);
  await settle();
  sdk.msync.drop();
  await sdk.clock.advance(60_000);
  expect(events.map((event) => event.value)).toEqual([undefined]);
  expect(sdk.msync.provisions.length, 'logins the server received').toBe(1);
  // close() rejects the messages in flight at once.
  expect(sending.outcome).toEqual({ rejected: expect.objectContaining({ type: 510, message: 'websocket disconnected' }) });
});

proof('56-token-timers', 'onTokenWillExpire fires when a fifth of the token’s lifetime is left, onTokenExpired at its end; neither brings a code', async () => {
  const sdk = loadSdk();
  sdk.msync.authToken = JSON.stringify({ expires_in: sdk.clock.now + 100_000 });
  const conn = sdk.connect();
  await login(conn);
  const events = listen(conn, 'onTokenWillExpire', 'onTokenExpired', 'onError', 'onDisconnected');
  await sdk.clock.advance(79_999);
  expect(events).toEqual([]);
  await sdk.clock.advance(1);
  expect(events.map((event) => event.event)).toEqual(['onTokenWillExpire']);
  await sdk.clock.advance(20_000);
  expect(events.map((event) => [event.event, event.value])).toEqual([
    ['onTokenWillExpire', undefined],
    ['onTokenExpired', undefined],
    ['onDisconnected', undefined],
  ]);
  expect(conn.isOpened()).toBe(false);
});

proof('16-queued-while-reconnecting', 'a message sent while the SDK reconnects is sent once it has logged in again, and its send() resolves', async () => {
  const { sdk, conn } = await loggedIn();
  sdk.msync.autoOpen = false;
  sdk.msync.drop();
  await sdk.clock.advance(1);
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  await sdk.clock.advance(3_000);
  expect(sdk.msync.sent.filter((meta) => meta.id === message.id)).toHaveLength(0);
  const pending = sdk.msync.sockets.at(-1);
  if (pending) sdk.msync.open(pending);
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 0 });
  await sdk.clock.advance(60_000);
  expect(sending.outcome).toMatchObject({ resolved: { localMsgId: message.id } });
  expect(sdk.msync.sent.filter((meta) => meta.id === message.id)).toHaveLength(1);
});
