/**
 * Scenarios that more than one claim of content/sdk-proofs.yaml rests on. Each runs the SDK through one
 * story and returns what it saw at each step; every proof that calls one makes its own assertions.
 */
import { settle } from './clock';
import type { ProvisionStatus } from './fake-msync';
import { listen, loadSdk, login, textMessage, track, type Outcome } from './sdk';

/** Provision answers of the fake server that refuse a login, and the code the SDK gives for each. */
export const REFUSED_LOGINS: readonly { code: number; status: ProvisionStatus }[] = [
  { code: 2, status: { errorCode: 2 } },
  { code: 28, status: { errorCode: 1, reason: 'Sorry, token or password does not match login info' } },
  { code: 204, status: { errorCode: 1, reason: 'Sorry, user not found' } },
  { code: 50, status: { errorCode: 1, reason: 'Sorry, user register limit' } },
  { code: -3, status: { errorCode: 4 } },
  { code: 56, status: { errorCode: 1, reason: 'Sorry, token expired' } },
  { code: 57, status: { errorCode: 12 } },
];

/** What sendAfterFailedReconnect() saw. */
export interface FailedReconnectRun {
  /** The codes onDisconnected received once the one reconnection allowed had failed. */
  disconnected: (number | undefined)[];
  /** `conn.logOut` at that moment. */
  logOut: boolean;
  /** WebSockets the SDK had opened before send(), and 3 s after it. */
  socketsBefore: number;
  socketsAfter: number;
  /** How send() had settled 3 s after the call (undefined: still pending). */
  sending: Outcome | undefined;
}

/**
 * A connection allowed one reconnection loses its socket and the server does not answer, so that
 * reconnection fails; then the app calls send() (claims 16- and 39-logout-false-after-failed-reconnect).
 */
export async function sendAfterFailedReconnect(): Promise<FailedReconnectRun> {
  const sdk = loadSdk();
  const conn = sdk.connect({ autoReconnectNumMax: 1 });
  await login(conn);
  const events = listen(conn, 'onDisconnected');
  sdk.msync.autoOpen = false;
  sdk.msync.drop();
  await settle();
  await sdk.clock.advance(15_000);
  const disconnected = events.map((event) => event.value?.type);
  const logOut = conn.logOut;
  const socketsBefore = sdk.msync.sockets.length;
  const sending = track(conn.send(textMessage(sdk)));
  await settle();
  await sdk.clock.advance(3_000);
  return { disconnected, logOut, socketsBefore, socketsAfter: sdk.msync.sockets.length, sending: sending.outcome };
}
