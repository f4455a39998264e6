/**
 * The guide's central handler (src/guide/chat-error-handler.ts), run as the guide shows it against
 * the real agora-chat bundle, in every fault it claims to handle. Each scenario asserts what the
 * app sees (the fake app's calls) and what the server sees (the fake MSync and REST servers).
 *
 * The last tests remove, one at a time, each line of the module that prevents a harm, and check
 * that its scenario then fails: the scenarios do test those lines.
 */
import { expect, test } from '@playwright/test';
import { settle } from './support/clock';
import type { ProvisionStatus } from './support/fake-msync';
import { handlerSource, startHandler, withoutLine, type Running } from './support/handler';
import { listen, textMessage, track } from './support/sdk';

/** Waits (without moving the clock) until the promise settles; fails if it does not. */
async function settled<T>(promise: Promise<T>): Promise<T> {
  const box = track(promise);
  for (let round = 0; round < 50 && !box.outcome; round++) await settle();
  if (!box.outcome) throw new Error('still pending');
  if ('rejected' in box.outcome) throw new Error(`rejected: ${JSON.stringify(box.outcome.rejected)}`);
  return box.outcome.resolved as T;
}

async function loggedIn(source = handlerSource(), options = {}): Promise<Running> {
  const running = startHandler(source, options);
  await settled(running.handler.login());
  expect(running.sdk.msync.provisions.length).toBe(1);
  return running;
}

/** Provision answers of the fake server, and the code each gives (tests/sdk/connection.spec.ts). */
const REFUSED_LOGINS: { code: number; status: ProvisionStatus }[] = [
  { code: 2, status: { errorCode: 2 } },
  { code: 28, status: { errorCode: 1, reason: 'Sorry, token or password does not match login info' } },
  { code: 204, status: { errorCode: 1, reason: 'Sorry, user not found' } },
  { code: 50, status: { errorCode: 1, reason: 'Sorry, user register limit' } },
  { code: -3, status: { errorCode: 4 } },
];
const BAD_TOKEN: ProvisionStatus = { errorCode: 1, reason: 'Sorry, token or password does not match login info' };
const EXPIRED_TOKEN: ProvisionStatus = { errorCode: 1, reason: 'Sorry, token expired' };

const KICKS = [
  { type: 206, operation: 2, page: 'loggedInElsewhere' },
  { type: 207, operation: 1, page: 'userRemoved' },
  { type: 216, operation: 3, page: 'passwordChanged' },
  { type: 217, operation: 4, page: 'kickedByOtherDevice' },
];

/** Kicked with a message in flight; then 60 s of fake time. */
async function kickScenario(kick: (typeof KICKS)[number], source = handlerSource()): Promise<void> {
  const running = await loggedIn(source);
  const { sdk, handler, app } = running;
  const events = listen(running.conn, 'onDisconnected');
  const message = textMessage(running.sdk);
  const sending = track(handler.send(message));
  await sdk.msync.sentMeta(message.id);
  sdk.msync.push([sdk.msync.statisticMeta(kick.operation)]);
  await settle();
  sdk.msync.drop();
  await settle();
  await sdk.clock.advance(60_000);
  // The server: no second login with the old token, so (for 206) the other device is not kicked again.
  expect(sdk.msync.provisions.length, 'logins the server received').toBe(1);
  expect(sdk.msync.sockets.length, 'connections the server received').toBe(1);
  // The app: close() was called; its own login page; never "offline", although onDisconnected fired.
  expect(running.closes(), 'conn.close() calls').toBe(1);
  expect(app.argsOf('showLoginPage')).toEqual([[kick.page]]);
  expect(events.length, 'onDisconnected fired').toBeGreaterThan(0);
  expect(app.names()).not.toContain('showOffline');
  // The message in flight is marked failed, not lost: close() rejected it with 510.
  expect(app.argsOf('markFailed')).toEqual([[message.id, expect.objectContaining({ type: 510 })]]);
  expect(sending.outcome).toMatchObject({ rejected: { type: 510 } });
  expect(app.names()).toEqual(['fetchToken', 'showOnline', 'showLoginPage', 'markFailed']);
}

for (const kick of KICKS) {
  test(`${kick.type} with a message in flight: close(), its own login page, no second login within 60 s, never "offline"`, async () => {
    await kickScenario(kick);
  });
}

async function loggedOutScenario(source = handlerSource()): Promise<void> {
  const running = await loggedIn(source);
  const { sdk, handler, app, conn } = running;
  const events = listen(conn, 'onError');
  handler.logout();
  // A call that comes too late: onError gets 28.
  await settle();
  conn.getGroupInfo({ groupId: '1001' }).catch(() => {});
  await settle();
  expect(events.map((event) => event.value.type)).toEqual([28]);
  await sdk.clock.advance(60_000);
  expect(sdk.msync.provisions.length, 'logins the server received').toBe(1);
  expect(app.argsOf('fetchToken'), 'tokens fetched').toHaveLength(1);
  expect(app.names()).not.toContain('showLoginPage');
}

test('28 after the app logged out: no new login', async () => {
  await loggedOutScenario();
});

test('28 after a kick (a late call): no new login, so the other device is not kicked', async () => {
  await kickedThen28Scenario();
});

async function kickedThen28Scenario(source = handlerSource()): Promise<void> {
  const running = await loggedIn(source);
  const { sdk, app, conn } = running;
  sdk.msync.push([sdk.msync.statisticMeta(2)]);
  await settle();
  sdk.msync.drop();
  await settle();
  const events = listen(conn, 'onError');
  conn.getGroupInfo({ groupId: '1001' }).catch(() => {});
  await settle();
  expect(events.map((event) => event.value.type)).toEqual([28]);
  await sdk.clock.advance(60_000);
  expect(sdk.msync.provisions.length, 'logins the server received').toBe(1);
  expect(app.argsOf('showLoginPage')).toEqual([['loggedInElsewhere']]);
}

test.describe('56, onTokenExpired and onTokenWillExpire: one renewal or one new login, not two', () => {
  test('56 at login (open() rejection and onError): one new login', async () => {
    const running = startHandler();
    const { sdk, handler, app } = running;
    const events = listen(running.conn, 'onError');
    sdk.msync.provision = EXPIRED_TOKEN;
    const login = track(handler.login());
    while (sdk.msync.provisions.length < 1) await settle();
    await settle();
    expect(events.map((event) => event.value.type), 'onError got 56 too').toEqual([56]);
    sdk.msync.provision = { errorCode: 0 };
    await sdk.clock.advance(60_000);
    expect(login.outcome).toEqual({ resolved: undefined });
    expect(sdk.msync.provisions.length, 'logins the server received').toBe(2);
    expect(app.argsOf('fetchToken')).toHaveLength(2);
    expect(app.names().filter((name) => name !== 'fetchToken')).toEqual(['showOnline']);
    expect(app.argsOf('log').map(([entry]) => entry)).toEqual([expect.objectContaining({ channel: 'open', type: 56, sdkVersion: '1.4.0' })]);
  });

  async function withTokenTimers(lifetimeMs: number) {
    const running = startHandler();
    const { sdk } = running;
    sdk.msync.authToken = JSON.stringify({ expires_in: sdk.clock.now + lifetimeMs });
    await settled(running.handler.login());
    return running;
  }

  test('onTokenWillExpire: one renewal, however often it fires; no new login', async () => {
    const running = await withTokenTimers(100_000);
    const { sdk, app } = running;
    const renewals = () => sdk.rest.requests.filter((request) => /token\/expires$/.test(request.url));
    sdk.rest.route(/token\/expires$/, () => ({ status: 200, body: { expire_timestamp: sdk.clock.now + 100_000 } }));
    await sdk.clock.advance(80_000);
    await settle();
    expect(renewals(), 'renewal requests').toHaveLength(1);
    expect(renewals()[0]?.headers['Authorization']).toBe('Bearer token-2');
    expect(sdk.msync.provisions.length, 'logins').toBe(1);
    expect(app.argsOf('fetchToken')).toHaveLength(2);
    // The renewed token's timers: the next renewal 80 s later, and still no new login.
    await sdk.clock.advance(80_000);
    expect(renewals()).toHaveLength(2);
    expect(sdk.msync.provisions.length).toBe(1);
  });

  test('onTokenExpired (the renewal got no answer): one new login, never "offline"', async () => {
    const running = await withTokenTimers(100_000);
    const { sdk, app } = running;
    const events = listen(running.conn, 'onDisconnected', 'onTokenExpired');
    // The server gives the next login's token a lifetime of an hour.
    sdk.msync.authToken = JSON.stringify({ expires_in: sdk.clock.now + 3_600_000 });
    await sdk.clock.advance(100_000);
    await settle();
    expect(events.map((event) => event.event)).toContain('onTokenExpired');
    expect(sdk.msync.provisions.length, 'logins').toBe(2);
    expect(sdk.msync.provisions[1] === sdk.msync.sockets.at(-1), 'the new login is on the newest connection').toBe(true);
    await sdk.clock.advance(60_000);
    expect(sdk.msync.provisions.length).toBe(2);
    // Tokens: the first login, the renewal at 80 s (never answered), the new login.
    expect(app.argsOf('fetchToken')).toHaveLength(3);
    expect(app.names()).not.toContain('showOffline');
    expect(app.names()).not.toContain('showLoginPage');
  });
});

async function badTokensScenario(source = handlerSource()): Promise<void> {
  const running = startHandler(source);
  const { sdk, handler, app } = running;
  sdk.msync.provision = BAD_TOKEN;
  const login = track(handler.login());
  await sdk.clock.advance(10 * 60_000);
  expect(sdk.msync.provisions.length, 'logins the server received in 10 min').toBe(5);
  expect(login.outcome).toEqual({ resolved: undefined });
  // Growing back-off between attempts: 1 s, 2 s, 4 s, 8 s.
  const times = app.calls.filter((call) => call.name === 'fetchToken').map((call) => call.at);
  expect(times.slice(1).map((at, index) => at - (times[index] ?? 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
  expect(app.argsOf('showLoginPage')).toEqual([['loginFailed']]);
  // A success resets the back-off: after a good login, a new run of bad tokens waits 1 s again.
  sdk.msync.provision = { errorCode: 0 };
  await settled(handler.login());
  handler.logout();
  sdk.msync.provision = BAD_TOKEN;
  const before = app.calls.length;
  track(handler.login());
  await sdk.clock.advance(10 * 60_000);
  const again = app.calls.slice(before).filter((call) => call.name === 'fetchToken').map((call) => call.at);
  expect(again.slice(1).map((at, index) => at - (again[index] ?? 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
}

test('a token server that keeps issuing bad tokens: 5 attempts with growing back-off, reset after a success', async () => {
  await badTokensScenario();
});

for (const { code, status } of REFUSED_LOGINS) {
  test(`a login refused with ${code} reaches the rejection, onError and onDisconnected; the app reacts once`, async () => {
    const running = startHandler();
    const { sdk, handler, app } = running;
    const events = listen(running.conn, 'onError', 'onDisconnected');
    sdk.msync.provision = status;
    const login = track(handler.login());
    while (sdk.msync.provisions.length < 1) await settle();
    await settle();
    // The server closes the connection after refusing the login, and would accept the next one.
    sdk.msync.drop();
    sdk.msync.provision = { errorCode: 0 };
    await sdk.clock.advance(60_000);
    expect(events.map((event) => [event.event, event.value?.type])).toEqual([
      ['onError', code],
      ['onDisconnected', code],
    ]);
    expect(login.outcome).toEqual({ resolved: undefined });
    // One log entry: from the rejection of open(); onError and onDisconnected were the same failure.
    expect(app.argsOf('log').map(([entry]) => entry)).toEqual([expect.objectContaining({ channel: 'open', type: code })]);
    if (code === 28) {
      // A bad token: one new login with a new token.
      expect(sdk.msync.provisions.length).toBe(2);
      expect(app.names()).toEqual(['fetchToken', 'fetchToken', 'showOnline']);
    } else {
      expect(sdk.msync.provisions.length).toBe(1);
      expect(app.names()).toEqual(['fetchToken', 'showLoginPage']);
      expect(app.argsOf('showLoginPage')).toEqual([['loginFailed']]);
    }
  });
}

async function mutedScenario(source = handlerSource()): Promise<void> {
  const running = await loggedIn(source);
  const { sdk, handler, app } = running;
  const message = textMessage(running.sdk);
  const sending = track(handler.send(message));
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 15 });
  await settle();
  expect(sending.outcome).toEqual({ rejected: { type: 507, reason: 'you were muted' } });
  expect(app.argsOf('disableInput')).toEqual([['you were muted']]);
  expect(app.argsOf('markFailed')).toEqual([[message.id, { type: 507, reason: 'you were muted' }]]);
  expect(app.argsOf('log').at(-1)?.[0]).toMatchObject({ channel: 'send', type: 507, reason: 'you were muted', message: undefined });
}

test('507: the input is disabled with the SDK’s own reason', async () => {
  await mutedScenario();
});

test('16, then the server answers again: offline, then online; a message queued meanwhile is sent once', async () => {
  const running = await loggedIn();
  const { sdk, handler, app } = running;
  sdk.msync.autoOpen = false;
  sdk.msync.drop();
  await sdk.clock.advance(1);
  expect(app.names().at(-1)).toBe('showOffline');
  const message = textMessage(running.sdk);
  const sending = track(handler.send(message));
  await sdk.clock.advance(3_000);
  expect(sending.outcome).toBeUndefined();
  // The server is reachable again: the SDK's pending connection opens.
  sdk.msync.autoOpen = true;
  const pending = sdk.msync.sockets.at(-1);
  expect(pending === sdk.msync.sockets[0], 'the SDK opened a new connection').toBe(false);
  if (pending) sdk.msync.open(pending);
  await settle();
  await settle();
  expect(sdk.msync.provisions.length, 'logins: the first and the reconnection').toBe(2);
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 0 });
  await sdk.clock.advance(60_000);
  expect(sending.outcome).toMatchObject({ resolved: { localMsgId: message.id } });
  expect(sdk.msync.sent.filter((meta) => meta.id === message.id), 'times the server received the message').toHaveLength(1);
  expect(app.names()).toEqual(['fetchToken', 'showOnline', 'showOffline', 'showOnline']);
});

test('509 twice, a success, 509 again: retry later after 1 s, 2 s, then 1 s again', async () => {
  const running = await loggedIn();
  const { sdk, handler, app } = running;
  const sendAndAnswer = async (status: ProvisionStatus) => {
    const message = textMessage(running.sdk);
    const sending = track(handler.send(message));
    const sent = await sdk.msync.sentMeta(message.id);
    sdk.msync.acknowledge(sent.id, status);
    await settle();
    return sending.outcome;
  };
  const limited: ProvisionStatus = { errorCode: 7, reason: 'traffic limit' };
  expect(await sendAndAnswer(limited)).toMatchObject({ rejected: { type: 509 } });
  await sendAndAnswer(limited);
  expect(await sendAndAnswer({ errorCode: 0 })).toMatchObject({ resolved: {} });
  await sendAndAnswer(limited);
  expect(app.argsOf('retryLater')).toEqual([[1_000], [2_000], [1_000]]);
  expect(app.argsOf('markFailed')).toHaveLength(3);
});

test('send() before login (39): the login page and the message marked failed; a TypeError (32) is shown, not lost', async () => {
  const running = startHandler();
  const { sdk, handler, app, conn } = running;
  const early = textMessage(running.sdk);
  // (The handler's promises belong to the SDK's realm: `.rejects` does not recognise them.)
  expect(await handler.send(early).then(() => undefined, (caught: unknown) => caught)).toMatchObject({ type: 39 });
  expect(app.argsOf('showLoginPage')).toEqual([['notLoggedIn']]);
  await settled(handler.login());
  conn.root = undefined;
  const broken = textMessage(running.sdk);
  const error: unknown = await handler.send(broken).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ message: expect.stringContaining('TypeError') });
  expect(Number.isNaN((error as { type: number }).type)).toBe(true);
  expect(app.argsOf('markFailed').map(([id]) => id)).toEqual([early.id, broken.id]);
  expect(app.argsOf('showError')).toHaveLength(1);
  expect(sdk.msync.provisions.length).toBe(1);
});

test.describe('a send() that never settles, and a 512: marked failed, not lost', () => {
  test('an acknowledgement the SDK does not recognise: the wrapper rejects after its 30 s', async () => {
    const running = await loggedIn();
    const { sdk, handler, app } = running;
    const message = textMessage(running.sdk);
    const sending = track(handler.send(message));
    const sent = await sdk.msync.sentMeta(message.id);
    sdk.msync.acknowledge(sent.id, { errorCode: 7, reason: 'a reason this SDK does not know' });
    await sdk.clock.advance(29_999);
    expect(sending.outcome).toBeUndefined();
    await sdk.clock.advance(1);
    expect(sending.outcome).toMatchObject({ rejected: { type: 512, message: 'send() did not settle within 30000 ms' } });
    expect(app.argsOf('markFailed')).toEqual([[message.id, expect.objectContaining({ type: 512 })]]);
  });

  test('512: marked failed once, at 15 s, with the SDK’s error', async () => {
    const running = await loggedIn();
    const { sdk, handler, app } = running;
    const message = textMessage(running.sdk);
    const sending = track(handler.send(message));
    await sdk.msync.sentMeta(message.id);
    await sdk.clock.advance(15_000);
    expect(sending.outcome).toEqual({ rejected: { type: 512, message: 'send message timeout' } });
    await sdk.clock.advance(60_000);
    expect(app.argsOf('markFailed')).toEqual([[message.id, { type: 512, message: 'send message timeout' }]]);
  });
});

/**
 * The lines that prevent each harm. Without any one of them, its scenario must fail: the first
 * lines of the failure are the evidence the guide's closing note quotes.
 */
const HARM_LINES: { harm: string; line: string; scenario: (source: string) => Promise<void>; failure: string }[] = [
  ...KICKS.map((kick) => ({
    harm: `close() on a kick (${kick.type})`,
    line: '      conn.close();',
    scenario: (source: string) => kickScenario(kick, source),
    failure: 'logins the server received',
  })),
  { harm: 'the logout check on 28', line: "      if (state === 'loggedOut' || state === 'kicked') return;", scenario: loggedOutScenario, failure: 'logins the server received' },
  { harm: 'the same check after a kick', line: "      if (state === 'loggedOut' || state === 'kicked') return;", scenario: kickedThen28Scenario, failure: 'logins the server received' },
  {
    harm: 'the attempt limit',
    line: "        if (attempt >= maxLoginAttempts) return giveUp('loginFailed');",
    scenario: badTokensScenario,
    failure: 'logins the server received in 10 min',
  },
  { harm: 'the read of reason', line: '    if (error.reason) return error.reason;', scenario: mutedScenario, failure: '"you were muted"' },
];

for (const { harm, line, scenario, failure } of HARM_LINES) {
  test(`without ${harm}, its scenario fails`, async () => {
    await scenario(handlerSource());
    const caught = await scenario(withoutLine(handlerSource(), line)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(caught, `the scenario passed without ${JSON.stringify(line.trim())}`).toBeInstanceOf(Error);
    // It fails where the harm shows, not somewhere incidental.
    const message = (caught as Error).message;
    expect(message).toContain(failure);
    test.info().annotations.push({ type: 'mutation', description: `${line.trim()} → ${message.split('\n').slice(0, 6).join(' | ')}` });
  });
}
