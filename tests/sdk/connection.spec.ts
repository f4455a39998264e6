/** The login handshake (provision) and the connection afterwards: which channel each code takes. */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import type { ProvisionStatus } from './support/fake-msync';
import { proof } from './support/proof';
import { listen, listenLegacy, loadSdk, login, rejection } from './support/sdk';

/** A token login whose provision the server answers with `status`. */
async function provisionRefused(status: ProvisionStatus) {
  const sdk = loadSdk();
  sdk.msync.provision = status;
  const conn = sdk.connect();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const error = await rejection(conn.open({ user: 'alice', accessToken: 'token' }));
  return { error, onError: events.map((event) => event.value), legacy };
}

proof('0-empty-user', 'open() without a user rejects with 0 and reaches only the legacy onError', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const error = await rejection(conn.open({ user: '', accessToken: 'token' }));
  expect(error).toMatchObject({ type: 0, message: 'the user is empty or type is not string' });
  expect(legacy.map((event) => event.type)).toEqual([0]);
  expect(events).toEqual([]);
});

proof('1-no-credentials', 'open() with neither a token nor pwd rejects with 1 "the accessToken or pwd is illegal"', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  const events = listen(conn, 'onError');
  const error = await rejection(conn.open({ user: 'alice' }));
  expect(error).toMatchObject({ type: 1, message: 'the accessToken or pwd is illegal' });
  expect(events).toEqual([]);
});

proof('2-unauthorized', 'a login the server refuses as UNAUTHORIZED rejects open() with 2 "Auth failed" and fires onError 2', async () => {
  const { error, onError, legacy } = await provisionRefused({ errorCode: 2 });
  expect(error).toMatchObject({ type: 2, message: 'Auth failed' });
  expect(onError).toEqual([expect.objectContaining({ type: 2, message: 'Auth failed' })]);
  expect(legacy).toEqual([]);
});

proof('28-invalid-token', 'a login whose token does not match rejects open() with 28 "INVALID_TOKEN" and fires onError 28', async () => {
  const { error, onError } = await provisionRefused({ errorCode: 1, reason: 'Sorry, token or password does not match login info' });
  expect(error).toMatchObject({ type: 28, message: 'INVALID_TOKEN' });
  expect(onError).toEqual([expect.objectContaining({ type: 28, message: 'INVALID_TOKEN' })]);
});

proof('56-token-expired', 'a login with an expired token rejects open() with 56 "Sorry, token expired" and fires onError 56', async () => {
  const { error, onError } = await provisionRefused({ errorCode: 1, reason: 'Sorry, token expired' });
  expect(error).toMatchObject({ type: 56, message: 'Sorry, token expired' });
  expect(onError).toEqual([expect.objectContaining({ type: 56 })]);
});

proof('57-serving-disabled', 'a login to a disabled app (IM_FORBIDDEN) rejects open() with 57 "Server serving disabled." and fires onError 57', async () => {
  const { error, onError } = await provisionRefused({ errorCode: 12 });
  expect(error).toMatchObject({ type: 57, message: 'Server serving disabled.' });
  expect(onError).toEqual([expect.objectContaining({ type: 57 })]);
});

proof('16-disconnected', 'a dropped connection sends 16 to the legacy onError only; when reconnecting fails, onDisconnected gets 16', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect({ autoReconnectNumMax: 1 });
  await login(conn);
  const events = listen(conn, 'onError', 'onReconnecting', 'onDisconnected');
  const legacy = listenLegacy(conn);
  sdk.msync.autoOpen = false;
  sdk.msync.drop();
  await settle();
  await sdk.clock.advance(1);
  expect(legacy).toEqual([expect.objectContaining({ type: 16, message: 'websocket has been disconnected' })]);
  expect(events.map((event) => event.event)).toEqual(['onReconnecting']);
  // The one allowed reconnection opens a socket that never connects: after the 10 s connection timeout it gives up.
  await sdk.clock.advance(15_000);
  expect(sdk.msync.sockets).toHaveLength(2);
  expect(events.map((event) => event.event)).toEqual(['onReconnecting', 'onDisconnected']);
  expect(events[1]?.value).toMatchObject({ type: 16, message: 'reconnection failed' });
  expect(legacy.map((event) => event.type)).toEqual([16, 16]);
});
