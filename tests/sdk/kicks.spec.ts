/** Being kicked offline (206/207/216/217) and what the SDK does afterwards. */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import { proof } from './support/proof';
import { listen, loadSdk, login, textMessage, track } from './support/sdk';

/** StatisticsBody operations the server sends, and the code each becomes. */
const KICKS = [
  { operation: 1, type: 207, message: 'user has been removed' },
  { operation: 2, type: 206, message: 'the user is already logged on another device' },
  { operation: 3, type: 216, message: 'the user was kicked by changing password' },
  { operation: 4, type: 217, message: 'the user was kicked by other device' },
];

async function kicked(operation: number, reason = '') {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  const events = listen(conn, 'onError', 'onDisconnected', 'onReconnecting', 'onConnected');
  return {
    sdk,
    conn,
    events,
    kick: async () => {
      sdk.msync.push([sdk.msync.statisticMeta(operation, reason)]);
      await settle();
      sdk.msync.drop();
      await settle();
    },
  };
}

for (const { operation, type, message } of KICKS) {
  proof(`${type}-no-reconnect`, `${type}: onError gets "${message}", then onDisconnected, and the SDK never reconnects`, async () => {
    const { sdk, events, kick } = await kicked(operation);
    await kick();
    await sdk.clock.advance(10 * 60_000);
    expect(events.map((event) => [event.event, event.value?.type])).toEqual([
      ['onError', type],
      ['onDisconnected', type],
    ]);
    expect(events[0]?.value).toMatchObject({ type, message });
    expect(sdk.msync.sockets).toHaveLength(1);
  });
}

proof('206-login-info', '206 carries the other device’s setLoginInfoCustomExt text in error.data.loginInfoCustomExt', async () => {
  const { events, kick } = await kicked(2, 'signed in on the office PC');
  await kick();
  expect(events[0]?.value).toMatchObject({ type: 206, data: { loginInfoCustomExt: 'signed in on the office PC' } });
});

proof('206-in-flight-reconnect', 'a message in flight at a kick times out after 15 s (512) and the SDK reconnects once', async () => {
  const { sdk, conn, events, kick } = await kicked(2);
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  await sdk.msync.sentMeta(message.id);
  await kick();
  await sdk.clock.advance(14_000);
  expect(sdk.msync.sockets).toHaveLength(1);
  await sdk.clock.advance(1_000);
  expect(sending.outcome).toEqual({ rejected: { type: 512, message: 'send message timeout' } });
  expect(events.map((event) => event.event)).toContain('onReconnecting');
  // reconnect(true) waits 1–2 s, then opens a new socket and logs in again with the old token.
  await sdk.clock.advance(2_000);
  expect(sdk.msync.sockets).toHaveLength(2);
  expect(sdk.msync.provisions).toHaveLength(2);
  expect(sdk.msync.provisions[1]).toBe(sdk.msync.sockets[1]);
});
