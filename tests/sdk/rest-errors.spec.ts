/**
 * How a failed REST call reaches the app: the HTTP status (and the server's error_code and
 * error_description) decide the code; the call's promise is the only channel.
 */
import { expect } from '@playwright/test';
import { proof } from './support/proof';
import { listen, loadSdk, login, rejection, track, type SdkError } from './support/sdk';
import { settle } from './support/clock';
import type { RestBody } from './support/fake-rest';

/** Logs in, calls getGroupInfo, answers its REST request with `status` and `body`. */
async function groupInfoFailure(status: number, body: RestBody): Promise<{ error: SdkError; onError: unknown[] }> {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  const seen = listen(conn, 'onError');
  const call = conn.getGroupInfo({ groupId: '1001' });
  const request = await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/);
  request.respond(status, body);
  const error = await rejection(call);
  return { error, onError: seen.map((event) => event.value) };
}

proof('17-http-400', 'HTTP 400 with a description the SDK does not map: 17, message = the description, data = the raw response', async () => {
  const body = { error: 'illegal_argument', error_description: 'groupId 1001 is not valid' };
  const { error, onError } = await groupInfoFailure(400, body);
  expect(error).toMatchObject({ type: 17, message: 'groupId 1001 is not valid', data: JSON.stringify(body) });
  expect(onError).toEqual([]);
});

proof('17-http-500', 'HTTP 500 without a known error_code: 17 with an empty message, the raw response in data', async () => {
  const body = { error: 'internal', error_description: 'something broke' };
  const { error, onError } = await groupInfoFailure(500, body);
  expect(error).toMatchObject({ type: 17, message: '', data: JSON.stringify(body) });
  expect(onError).toEqual([]);
});

proof('17-other-status', 'other statuses (401, 404, 502) give 17 with the raw response text as message and data', async () => {
  for (const status of [401, 404, 502]) {
    const body = { error: 'other', error_description: `status ${status}` };
    const { error } = await groupInfoFailure(status, body);
    expect(error, `HTTP ${status}`).toMatchObject({ type: 17, message: JSON.stringify(body), data: JSON.stringify(body) });
  }
});

proof('-2-http-500', 'HTTP 500 with server error_code 90005 or 99999 gives -2 with the description; any other 500 gives 17', async () => {
  for (const errorCode of [90005, 99999]) {
    const { error, onError } = await groupInfoFailure(500, { error_code: errorCode, error_description: `failure ${errorCode}` });
    expect(error, `error_code ${errorCode}`).toMatchObject({ type: -2, message: `failure ${errorCode}` });
    expect(error.data).toBeUndefined();
    expect(onError).toEqual([]);
  }
  const { error } = await groupInfoFailure(500, { error_code: 90006, error_description: 'failure 90006' });
  expect(error.type).toBe(17);
});

proof('603-http-403', 'an unmapped HTTP 403 gives 603 with message "permission denied" and the raw response in data', async () => {
  const body = { error: 'forbidden_op', error_description: 'you shall not pass' };
  const { error, onError } = await groupInfoFailure(403, body);
  expect(error).toMatchObject({ type: 603, message: 'permission denied', data: JSON.stringify(body) });
  expect(onError).toEqual([]);
});

proof('500-http-429', 'HTTP 429 or 503 gives 500 "Server is busy."', async () => {
  for (const status of [429, 503]) {
    const { error } = await groupInfoFailure(status, { error: 'busy', error_description: 'slow down' });
    expect(error, `HTTP ${status}`).toMatchObject({ type: 500, message: 'Server is busy.' });
  }
});

proof('-3-http-400', 'HTTP 400 with a parameter description the SDK knows gives -3 with that description', async () => {
  const { error } = await groupInfoFailure(400, { error: 'bad', error_description: 'param mark illegal, please check it!' });
  expect(error).toMatchObject({ type: -3, message: 'param mark illegal, please check it!' });
});

proof('0-rest-success', 'a REST call the server answers with HTTP 200 resolves with type 0', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  const call = track(conn.getGroupInfo({ groupId: '1001' }));
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/)).respond(200, { data: [{ id: '1001', name: 'g' }] });
  await settle();
  expect(call.outcome).toMatchObject({ resolved: { type: 0 } });
});

proof('-1-rest-timeout', 'a REST call that times out rejects with -1 "Request Timeout"', async () => {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  const call = conn.getGroupInfo({ groupId: '1001' });
  (await sdk.rest.next(/^GET https:\/\/rest\.test\/org\/app\/chatgroups\/1001/)).fail('timeout');
  expect(await rejection(call)).toMatchObject({ type: -1, message: 'Request Timeout' });
});
