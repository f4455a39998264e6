/**
 * Calls whose promise never settles, and what a throwing message callback does: the cases where an
 * app that only awaits `send()` or a REST call waits forever.
 */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import { proof } from './support/proof';
import { sendAfterFailedReconnect } from './support/scenarios';
import { listen, listenLegacy, loggedIn, rejection, type Sdk, textMessage, track } from './support/sdk';

/**
 * Unhandled rejections raised while `body` runs. The bundle ships a Promise polyfill that reports
 * them to its realm's onunhandledrejection (or logs them), not to this process.
 */
async function unhandledDuring(sdk: Sdk, body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const realm = (sdk.AC.message.create.constructor as FunctionConstructor)('return globalThis')() as Record<string, unknown>;
  realm['onunhandledrejection'] = (event: { reason: unknown }) => void seen.push(event.reason);
  await body();
  await sdk.clock.advance(1_000);
  return seen;
}

proof('31-success-throws-pending', 'a throwing success callback sends 31 to onError, and the send() promise never settles', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const thrown = new Error('app bug');
  let called = 0;
  const message = textMessage(sdk, {}, {
    success: () => {
      called++;
      throw thrown;
    },
  });
  const sending = track(conn.send(message));
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 0 });
  await sdk.clock.advance(1_000);
  expect(called).toBe(1);
  expect(events.map((event) => event.value)).toEqual([expect.objectContaining({ type: 31, message: 'when executing success function error' })]);
  expect(events[0]?.value.data).toBe(thrown);
  await sdk.clock.advance(60_000);
  expect(sending.outcome).toBeUndefined();
});

proof('31-fail-throws-unknown-status', 'a fail callback that throws on a status the SDK does not recognize gives onError 31 "when executing fail function error"', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk, {}, {
    fail: () => {
      throw new Error('app bug');
    },
  });
  const sending = conn.send(message);
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 2, reason: 'who are you' });
  expect(await rejection(sending)).toMatchObject({ type: 604 });
  expect(events.map((event) => event.value)).toEqual([expect.objectContaining({ type: 31, message: 'when executing fail function error' })]);
});

proof('31-fail-throws-known-status', 'a fail callback that throws on a recognized status (502) escapes as an unhandled rejection: no 31', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const thrown = new Error('app bug in fail');
  const message = textMessage(sdk, {}, {
    fail: () => {
      throw thrown;
    },
  });
  let error: unknown;
  const unhandled = await unhandledDuring(sdk, async () => {
    const sending = conn.send(message);
    const sent = await sdk.msync.sentMeta(message.id);
    sdk.msync.acknowledge(sent.id, { errorCode: 19, reason: 'blocked by a rule' });
    error = await rejection(sending);
  });
  expect(error).toMatchObject({ type: 502 });
  expect(unhandled).toContain(thrown);
  expect([...events.map((event) => event.value), ...legacy].map((value) => value.type)).not.toContain(31);
});

proof('31-known-status-untracked', 'a recognized failure acknowledgement for a message the SDK is not tracking is ignored: no 31', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  sdk.msync.acknowledge('987654321', { errorCode: 19, reason: 'blocked by a rule' });
  sdk.msync.acknowledge('987654322', { errorCode: 7, reason: 'sensitive words' });
  await settle();
  expect(events).toEqual([]);
  expect(legacy).toEqual([]);
  // The unrecognized status 2 does reach onError, as 31 "on message error": the check above could fail.
  sdk.msync.acknowledge('987654323', { errorCode: 2, reason: 'late' });
  await settle();
  expect(events.map((event) => event.value.type)).toEqual([31]);
});

proof('512-ack-unknown-reason-pending', 'an acknowledgement with errorCode 7 and a reason the SDK does not recognize leaves send() pending, with no 512', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 7, reason: 'some other reason' });
  await settle();
  await sdk.clock.advance(60_000);
  expect(sending.outcome).toBeUndefined();
  expect(events).toEqual([]);
  // The same acknowledgement with a reason it knows settles the promise (501): the check above could fail.
  const other = textMessage(sdk);
  const known = conn.send(other);
  sdk.msync.acknowledge((await sdk.msync.sentMeta(other.id)).id, { errorCode: 7, reason: 'sensitive words' });
  expect(await rejection(known)).toMatchObject({ type: 501 });
});

proof('17-http-406-90004', 'a REST call answered with HTTP 406 without error_code 90004 never settles; with 90004 it rejects with 54', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const call = track(conn.getGroupInfo({ groupId: '1001' }));
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/)).respond(406, { error: 'not_acceptable', error_description: 'no' });
  await settle();
  await sdk.clock.advance(120_000);
  expect(call.outcome).toBeUndefined();
  expect(events).toEqual([]);
  const allowed = conn.getGroupInfo({ groupId: '1002' });
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1002/)).respond(406, { error_code: 90004, error_description: 'not allowed' });
  expect(await rejection(allowed)).toMatchObject({ type: 54, message: 'not allowed' });
});

proof('16-send-queued', 'send() while disconnected gives 16 only to the legacy onError; the message goes out after reconnecting and send() resolves', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  sdk.msync.autoOpen = false;
  sdk.msync.drop();
  await settle();
  const legacy = listenLegacy(conn);
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  await settle();
  expect(legacy.map((error) => error.type)).toEqual([16]);
  expect(sending.outcome).toBeUndefined();
  sdk.msync.autoOpen = true;
  await sdk.clock.advance(5_000);
  expect(sdk.msync.provisions.length).toBeGreaterThan(1);
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 0 });
  await settle();
  expect(sending.outcome).toMatchObject({ resolved: { localMsgId: message.id } });
  expect(events).toEqual([]);
});

proof('39-logout-false-after-failed-reconnect', 'after a failed reconnection logOut stays false: send() reconnects again instead of rejecting with 39', async () => {
  const run = await sendAfterFailedReconnect();
  expect(run.disconnected).toEqual([16]);
  expect(run.logOut).toBe(false);
  expect(run.socketsAfter).toBeGreaterThan(run.socketsBefore);
  expect(run.sending).not.toEqual({ rejected: expect.objectContaining({ type: 39 }) });
});
