/**
 * The claims of the code pages 16, 32, 207, 216, 217, 502, and 508 that no other spec proves: a chat-room
 * call while disconnected, `logOut` after a failed reconnection, a kick with a message in flight, the
 * failure statuses of a sent message, and what `AC.message.create()` keeps.
 */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import { proof } from './support/proof';
import { sendAfterFailedReconnect } from './support/scenarios';
import { listen, listenLegacy, loadSdk, loggedIn, rejection, textMessage, track } from './support/sdk';

proof('16-chatroom-disconnected', 'joinChatRoom() and leaveChatRoom() called while disconnected reject with 16', async () => {
  const { sdk, conn } = await loggedIn();
  sdk.msync.autoOpen = false;
  sdk.msync.drop();
  await settle();
  const joining = track(conn.joinChatRoom({ roomId: '2001' }));
  const leaving = track(conn.leaveChatRoom({ roomId: '2001' }));
  await settle();
  expect(joining.outcome).toEqual({ rejected: expect.objectContaining({ type: 16 }) });
  expect(leaving.outcome).toEqual({ rejected: expect.objectContaining({ type: 16 }) });
});

/** StatisticsBody operations the server sends for the kicks that only 206 had proofs for. */
const KICKS = [
  { operation: 1, type: 207 },
  { operation: 3, type: 216 },
  { operation: 4, type: 217 },
];

for (const { operation, type } of KICKS) {
  proof(`${type}-in-flight-reconnect`, `${type}: a message in flight at the kick times out after 15 seconds (512) and the SDK logs in again with the old token`, async () => {
    const { sdk, conn } = await loggedIn();
    const message = textMessage(sdk);
    const sending = track(conn.send(message));
    await sdk.msync.sentMeta(message.id);
    sdk.msync.push([sdk.msync.statisticMeta(operation)]);
    await settle();
    sdk.msync.drop();
    await settle();
    await sdk.clock.advance(14_000);
    expect(sdk.msync.sockets).toHaveLength(1);
    await sdk.clock.advance(1_000);
    expect(sending.outcome).toEqual({ rejected: { type: 512, message: 'send message timeout' } });
    await sdk.clock.advance(2_000);
    expect(sdk.msync.sockets).toHaveLength(2);
    expect(sdk.msync.provisions).toHaveLength(2);
  });

  proof(`${type}-close-in-onerror`, `conn.close() in onError at ${type}: a message in flight rejects at once with 510 and the SDK does not log in again`, async () => {
    const { sdk, conn } = await loggedIn();
    conn.addEventHandler('app', { onError: () => conn.close() });
    const message = textMessage(sdk);
    const sending = track(conn.send(message));
    await sdk.msync.sentMeta(message.id);
    sdk.msync.push([sdk.msync.statisticMeta(operation)]);
    await settle();
    sdk.msync.drop();
    await settle();
    expect(sending.outcome).toEqual({ rejected: expect.objectContaining({ type: 510, message: 'websocket disconnected' }) });
    await sdk.clock.advance(60_000);
    expect(sdk.msync.provisions.length, 'logins the server received').toBe(1);
  });
}

/** Acknowledgements that refuse a sent message, and the code send() rejects with for each. */
const REFUSED_SENDS = [
  { claim: '502-external-denied', refusal: 'refused with PERMISSION_DENIED_EXTERNAL (19)', code: 502, status: { errorCode: 19, reason: 'blocked by a rule' } },
  { claim: '508-moderation', refusal: 'refused with a reason containing "moderation"', code: 508, status: { errorCode: 1, reason: 'blocked by moderation' } },
];

for (const { claim, refusal, code, status } of REFUSED_SENDS) {
  proof(claim, `a sent message ${refusal} rejects send() with ${code} and the reason as message; no onError`, async () => {
    const { sdk, conn } = await loggedIn();
    const events = listen(conn, 'onError');
    const legacy = listenLegacy(conn);
    const message = textMessage(sdk);
    const sending = conn.send(message);
    const sent = await sdk.msync.sentMeta(message.id);
    sdk.msync.acknowledge(sent.id, status);
    expect(await rejection(sending)).toMatchObject({ type: code, message: status.reason });
    expect(events).toEqual([]);
    expect(legacy).toEqual([]);
  });
}

proof('32-create-drops-callbacks', 'AC.message.create() drops the success and fail callbacks passed to it', async () => {
  const sdk = loadSdk();
  const options = { type: 'txt', chatType: 'singleChat', to: 'bob', msg: 'hi', success: () => undefined, fail: () => undefined };
  const message = sdk.AC.message.create(options as Parameters<typeof sdk.AC.message.create>[0]) as unknown as Record<string, unknown>;
  expect(message['id']).toBeTruthy();
  expect(message['success']).toBeUndefined();
  expect(message['fail']).toBeUndefined();
});

proof('16-logout-false-after-failed-reconnect', 'after onDisconnected gets 16, logOut stays false and send() starts reconnecting instead of rejecting with 39', async () => {
  const run = await sendAfterFailedReconnect();
  expect(run.disconnected).toEqual([16]);
  expect(run.logOut).toBe(false);
  expect(run.socketsAfter).toBeGreaterThan(run.socketsBefore);
  expect(run.sending).not.toEqual({ rejected: expect.objectContaining({ type: 39 }) });
});
