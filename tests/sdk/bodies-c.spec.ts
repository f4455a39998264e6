/**
 * Claims of the code pages -4, -1, 200 and 601 (content/sdk-proofs.yaml): an aborted REST request, a
 * chat-room request the server never acknowledges, what onFileDownloadError receives, and an
 * invitation of users who are already group members.
 */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import { proof } from './support/proof';
import { type Connection, listen, loggedIn, recorder, rejection, type Sdk, type SdkError, track } from './support/sdk';

proof('-4-rest-abort', 'a REST call whose request is aborted rejects with -4 "Request Abort"', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const call = conn.getGroupInfo({ groupId: '1001' });
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/)).fail('abort');
  expect(await rejection(call)).toMatchObject({ type: -4, message: 'Request Abort' });
  expect(events).toEqual([]);
});

/** joinChatRoom() or leaveChatRoom() on a logged-in connection whose server never acknowledges it. */
async function unacknowledged(call: 'joinChatRoom' | 'leaveChatRoom') {
  const { sdk, conn } = await loggedIn();
  const api = conn as unknown as Record<typeof call, (options: { roomId: string }) => Promise<unknown>>;
  const pending = track(api[call]({ roomId: '2001' }));
  await settle();
  return { sdk, conn, pending };
}

proof('-1-chatroom-no-ack', 'joinChatRoom() and leaveChatRoom() without an acknowledgment reject with -1 "request timeout" after 15 seconds', async () => {
  for (const call of ['joinChatRoom', 'leaveChatRoom'] as const) {
    const { sdk, pending } = await unacknowledged(call);
    await sdk.clock.advance(14_999);
    expect(pending.outcome, call).toBeUndefined();
    await sdk.clock.advance(1);
    await settle();
    expect(pending.outcome, call).toEqual({ rejected: { type: -1, message: 'request timeout' } });
  }
});

proof('-1-chatroom-timeout-reconnect', 'after joinChatRoom() or leaveChatRoom() times out with -1 the SDK opens a new connection and logs in again by itself', async () => {
  for (const call of ['joinChatRoom', 'leaveChatRoom'] as const) {
    const { sdk, conn, pending } = await unacknowledged(call);
    const events = listen(conn, 'onConnected');
    expect(sdk.msync.sockets, call).toHaveLength(1);
    await sdk.clock.advance(15_000);
    await settle();
    expect(pending.outcome, call).toMatchObject({ rejected: { type: -1 } });
    await sdk.clock.advance(5_000);
    for (let round = 0; round < 5; round++) await settle();
    expect(sdk.msync.sockets, call).toHaveLength(2);
    expect(sdk.msync.provisions, call).toHaveLength(2);
    expect(events.map((event) => event.event), call).toContain('onConnected');
    expect(conn.logOut, call).toBe(false);
  }
});

proof('-1-chatroom-close-at-kick', 'conn.close() called from onError on 206 with a joinChatRoom() pending: the call rejects at once with 510, and the SDK does not log in again', async () => {
  const { sdk, conn, pending } = await unacknowledged('joinChatRoom');
  conn.addEventHandler('app', {
    onError: (error: { type: number }) => {
      if (error.type === 206) conn.close();
    },
  } as Parameters<Connection['addEventHandler']>[1]);
  sdk.msync.push([sdk.msync.statisticMeta(2)]);
  await settle();
  sdk.msync.drop();
  await settle();
  await sdk.clock.advance(1);
  await settle();
  expect(pending.outcome).toMatchObject({ rejected: { type: 510, message: 'websocket disconnected' } });
  await sdk.clock.advance(10 * 60_000);
  expect(sdk.msync.sockets).toHaveLength(1);
  expect(sdk.msync.provisions).toHaveLength(1);
});

/** A file download answered with `status` and `body`: what onFileDownloadError got, and onError. */
async function download(status: number, body: Record<string, unknown> | string, errorsTo?: (error: SdkError) => void) {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const { errors, callback } = recorder('onFileDownloadError');
  sdk.AC.utils.download({
    url: 'https://rest.test/org/app/chatfiles/file-1',
    accessToken: 'token',
    onFileDownloadComplete: () => {},
    onFileDownloadError: errorsTo ?? callback,
  } as unknown as Parameters<Sdk['AC']['utils']['download']>[0]);
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatfiles\/file-1/)).respond(status, body);
  for (let round = 0; round < 5; round++) await settle();
  return { errors, onError: events.map((event) => event.value) };
}

proof('200-download-other-status', 'a download answered with a status the SDK does not map (502, 504, 400, 401) sends 200 to onFileDownloadError', async () => {
  for (const status of [502, 504, 400, 401]) {
    const { errors, onError } = await download(status, { error: 'other' });
    expect(errors.map((error) => error.type), `HTTP ${status}`).toEqual([200]);
    expect(onError, `HTTP ${status}`).toEqual([]);
  }
});

proof('200-download-network-error', 'a download that gets no HTTP response (XHR error) sends 200 to onFileDownloadError', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const { errors, callback } = recorder('onFileDownloadError');
  sdk.AC.utils.download({
    url: 'https://rest.test/org/app/chatfiles/file-1',
    accessToken: 'token',
    onFileDownloadComplete: () => {},
    onFileDownloadError: callback,
  } as unknown as Parameters<Sdk['AC']['utils']['download']>[0]);
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatfiles\/file-1/)).fail('error');
  for (let round = 0; round < 5; round++) await settle();
  expect(errors.map((error) => error.type)).toEqual([200]);
  expect(events).toEqual([]);
});

proof('200-download-error-fields', 'a download error (200, 222, 223, 503, 603) has only type, id and xhr, no message; xhr.status is the HTTP status', async () => {
  const cases: { status: number; body: Record<string, unknown> }[] = [
    { status: 502, body: { error: 'bad gateway' } },
    { status: 500, body: { error: 'internal' } },
    { status: 403, body: { error: 'forbidden', error_description: 'chatfile no permission' } },
    { status: 403, body: { error: 'forbidden', error_description: 'other reason' } },
    { status: 404, body: { error: 'file_expired' } },
  ];
  for (const { status, body } of cases) {
    // A plain callback, not recorder(): the registry documents 503, 603 and 222 by other channels.
    const received: SdkError[] = [];
    await download(status, body, (error) => void received.push(error));
    expect(received, `HTTP ${status}`).toHaveLength(1);
    const error = received[0] as SdkError & { xhr?: { status: number } };
    expect(Object.keys(error).sort(), `HTTP ${status}`).toEqual(['id', 'type', 'xhr']);
    expect(error, `HTTP ${status}`).not.toHaveProperty('message');
    expect(error.xhr?.status, `HTTP ${status}`).toBe(status);
  }
});

proof('200-download-other-codes', 'onFileDownloadError also receives 503 (HTTP 500), 222 or 603 (HTTP 403) and 223 (HTTP 404 file_expired)', async () => {
  // A plain callback, not recorder(): the registry documents 503, 603 and 222 by other channels.
  const cases: { status: number; body: Record<string, unknown>; type: number }[] = [
    { status: 500, body: { error: 'internal' }, type: 503 },
    { status: 403, body: { error: 'forbidden', error_description: 'chatfile no permission' }, type: 222 },
    { status: 403, body: { error: 'forbidden', error_description: 'other reason' }, type: 603 },
    { status: 404, body: { error: 'file_expired' }, type: 223 },
  ];
  for (const { status, body, type } of cases) {
    const received: SdkError[] = [];
    await download(status, body, (error) => void received.push(error));
    expect(received.map((error) => error.type), `HTTP ${status} ${JSON.stringify(body)}`).toEqual([type]);
  }
});

/** inviteUsersToGroup() answered with HTTP 403 and `description`: the rejection. */
async function inviteRefused(description: string) {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const call = conn.inviteUsersToGroup({ groupId: '1001', users: ['bob'] });
  const body = { error: 'forbidden', error_description: description };
  (await sdk.rest.next(/^POST https:\/\/rest\.test\/org\/app\/chatgroups\/1001\//)).respond(403, body);
  return { error: await rejection(call), body, onError: events.map((event) => event.value) };
}

const ALREADY_IN_GROUP = 'invite users to join group failed, bob already in group';

proof('601-invite-already-in-group', 'inviteUsersToGroup() answered 403 with "invite users to join group failed" and "already in group" rejects with 601', async () => {
  const { error, onError } = await inviteRefused(ALREADY_IN_GROUP);
  expect(error.type).toBe(601);
  expect(onError).toEqual([]);
  // Either phrase alone is not 601.
  expect((await inviteRefused('invite users to join group failed')).error.type).not.toBe(601);
  expect((await inviteRefused('bob already in group')).error.type).not.toBe(601);
});

proof('601-message-description', 'the 601 rejection carries the server description as error.message and the raw response as error.data', async () => {
  const { error, body } = await inviteRefused(ALREADY_IN_GROUP);
  expect(error).toMatchObject({ type: 601, message: ALREADY_IN_GROUP });
  expect(error.data).toBe(JSON.stringify(body));
});
