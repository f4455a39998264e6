/** Sending messages and files: the codes of `conn.send()`, its acknowledgements and uploads. */
import { expect } from '@playwright/test';
import { settle } from './support/clock';
import { MetaNamespace } from './support/protobuf';
import { proof } from './support/proof';
import { listen, listenLegacy, loadSdk, loggedIn, login, recorder, rejection, type Sdk, textMessage, track } from './support/sdk';

proof('512-send-timeout', 'a sent message without acknowledgement rejects with 512 "send message timeout" after 15 s', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  await sdk.msync.sentMeta(message.id);
  await sdk.clock.advance(14_999);
  expect(sending.outcome).toBeUndefined();
  await sdk.clock.advance(1);
  expect(sending.outcome).toEqual({ rejected: { type: 512, message: 'send message timeout' } });
  expect(events).toEqual([]);
});

proof('39-send-logged-out', 'send() before login or after close() rejects with 39 "not login"', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  const { errors: failed, callback: fail } = recorder('messageFail');
  const before = await rejection(conn.send(textMessage(sdk, {}, { fail })));
  expect(before).toEqual({ type: 39, message: 'not login' });
  await login(conn);
  conn.close();
  const after = await rejection(conn.send(textMessage(sdk)));
  expect(after).toEqual({ type: 39, message: 'not login' });
  expect(failed).toEqual([]);
});

proof('205-missing-to', 'send() without "to" or "id" rejects with 205 naming the parameter', async () => {
  const { sdk, conn } = await loggedIn();
  const noRecipient = await rejection(conn.send(textMessage(sdk, { to: '' })));
  expect(noRecipient).toEqual({ type: 205, message: 'Missing required parameter: "to"' });
  const noId = await rejection(conn.send({ ...textMessage(sdk), id: '' }));
  expect(noId).toEqual({ type: 205, message: 'Missing required parameter: "id"' });
});

proof('32-no-root', '32 comes only from a missing protobuf root: sending before login gives 39, a logged-in send without root gives 32 to fail', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  const { errors: failedBeforeLogin, callback: failBeforeLogin } = recorder('messageFail');
  conn.root = undefined;
  const beforeLogin = await rejection(conn.send(textMessage(sdk, {}, { fail: failBeforeLogin })));
  expect(beforeLogin.type).toBe(39);
  expect(failedBeforeLogin).toEqual([]);

  const { sdk: other, conn: loggedInConn } = await loggedIn();
  const events = listen(loggedInConn, 'onError');
  const { errors: failed, callback: fail } = recorder('messageFail');
  loggedInConn.root = undefined;
  const message = textMessage(other, {}, { fail });
  const sending = track(loggedInConn.send(message));
  await settle();
  expect(failed).toEqual([{ type: 32, message: 'Not logged in' }]);
  expect(events).toEqual([]);
  // The send() promise does not reject with 32: the SDK goes on without a frame and fails with a TypeError.
  expect(sending.outcome).toMatchObject({ rejected: { name: 'TypeError' } });
  expect(other.msync.sent.map((meta) => meta.id)).not.toContain(message.id);
});

proof('604-local-meta', 'an acknowledgement whose meta cannot be decoded fires onError 604 "decode local meta message error"', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk);
  const sending = track(conn.send(message));
  const sent = await sdk.msync.sentMeta(message.id);
  const undecodable = sdk.msync.bytes([0xff, 0xfe, 0x00]);
  sdk.msync.acknowledge(sent.id, { errorCode: 0 }, [{ id: sent.id, ns: MetaNamespace.NOTIFY, payload: undecodable }]);
  await settle();
  expect(events.map((event) => event.value)).toEqual([expect.objectContaining({ type: 604, message: 'decode local meta message error' })]);
  expect(events[0]?.value.data).toMatchObject({ name: 'URIError' });
  // The message itself was delivered: send() still resolves.
  expect(sending.outcome).toMatchObject({ resolved: { localMsgId: message.id } });
});

proof('604-unknown-failure', 'an error acknowledgement the SDK does not map rejects send() with 604 and the server reason, no onError', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const message = textMessage(sdk);
  const sending = conn.send(message);
  const sent = await sdk.msync.sentMeta(message.id);
  sdk.msync.acknowledge(sent.id, { errorCode: 2, reason: 'who are you' });
  const error = await rejection(sending);
  expect(error).toMatchObject({ type: 604, message: 'who are you', data: { id: message.id, reason: 'who are you' } });
  expect(events).toEqual([]);
});

proof('31-untracked-ack', 'an error acknowledgement for a message the SDK is not tracking fires onError 31 "on message error"', async () => {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  sdk.msync.acknowledge('987654321', { errorCode: 2, reason: 'late' });
  await settle();
  expect(events.map((event) => event.value)).toEqual([expect.objectContaining({ type: 31, message: 'on message error' })]);
});

/** AC.utils.uploadFile, with a logged-in connection listening, so onError would show anything sent there. */
async function upload(options: Record<string, unknown>) {
  const { sdk, conn } = await loggedIn();
  const events = listen(conn, 'onError');
  const legacy = listenLegacy(conn);
  const { errors: uploadErrors, callback: onFileUploadError } = recorder('onFileUploadError');
  sdk.AC.utils.uploadFile({
    apiUrl: 'https://rest.test',
    appKey: 'org#app',
    accessToken: 'token',
    to: 'bob',
    chatType: 'singleChat',
    file: { data: new Blob(['hello']), filename: 'hello.txt', filetype: 'txt' },
    onFileUploadError,
    onFileUploadComplete: () => {},
    ...options,
  } as unknown as Parameters<Sdk['AC']['utils']['uploadFile']>[0]);
  return { sdk, uploadErrors, onError: [...events.map((event) => event.value), ...legacy] };
}

proof('31-upload-callback', 'a throwing onFileUploadComplete sends 31 to onFileUploadError (the exception in data), not to onError', async () => {
  const thrown = new Error('app bug');
  const { sdk, uploadErrors, onError } = await upload({
    onFileUploadComplete: () => {
      throw thrown;
    },
  });
  (await sdk.rest.next(/^POST https:\/\/rest\.test\/org\/app\/chatfiles/)).respond(200, { entities: [{ uuid: 'file-1' }] });
  await settle();
  expect(uploadErrors).toHaveLength(1);
  expect(uploadErrors[0]).toMatchObject({ type: 31 });
  expect(uploadErrors[0]?.data).toBe(thrown);
  expect(onError).toEqual([]);
});

proof('102-upload-no-token', 'uploadFile with an empty accessToken sends 102 "AccessToken cannot be empty" to onFileUploadError', async () => {
  const { sdk, uploadErrors, onError } = await upload({ accessToken: '' });
  expect(uploadErrors).toEqual([{ type: 102, message: 'AccessToken cannot be empty' }]);
  expect(onError).toEqual([]);
  expect(sdk.rest.requests).toEqual([]);
});
