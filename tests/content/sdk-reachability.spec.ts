import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { readRegistry, ROOT } from '../support/source';

/**
 * Codes the registry calls `unreachable` (3, 23): the pinned bundle has a path that raises them, but
 * the path tests `error && error_description` on an error the request layer has already mapped to
 * {type, message, data}. Proved by running the real bundle in Node against a fake XMLHttpRequest that
 * answers every request with each HTTP error (no network), and watching every channel.
 */
const probe = `
globalThis.self = globalThis; globalThis.window = globalThis;
const [status, body, call] = [Number(process.argv[1]), process.argv[2], process.argv[3]];
globalThis.XMLHttpRequest = class {
  open(method, url) { this.url = url; this.readyState = 1; }
  setRequestHeader() {}
  getAllResponseHeaders() { return ''; }
  getResponseHeader() { return null; }
  abort() {}
  send() {
    setTimeout(() => {
      Object.assign(this, { readyState: 4, status, responseText: body, response: body, responseURL: this.url });
      this.onreadystatechange?.();
      if (status === 0) this.onerror?.(new Error('network'));
    }, 1);
  }
};
const AC = require('agora-chat').default;
AC.logger.setLevel?.(5);
const seen = [];
const note = (channel) => (error) => seen.push({ channel, type: error?.type });
const conn = new AC.connection({ appKey: 'org#app', isHttpDNS: false, url: 'wss://im.invalid/websocket', apiUrl: 'https://api.invalid' });
conn.listen({ onError: note('listen.onError') });
conn.addEventHandler('probe', { onError: note('onError') });
let run;
if (call === 'open') run = conn.open({ user: 'user-id', pwd: 'password' });
else {
  Object.assign(conn.context, { accessToken: 'token', orgName: 'org', appName: 'app' });
  run = conn.getChatRooms({ pagenum: 1, pagesize: 20, error: note('error callback') });
}
Promise.resolve(run).then(note('resolved'), note('rejected')).finally(() => setTimeout(() => { process.stdout.write(JSON.stringify(seen)); process.exit(0); }, 50));
`;

interface Seen {
  channel: string;
  type: number | undefined;
}

function drive(call: 'open' | 'getChatRooms', status: number): Seen[] {
  const body = JSON.stringify({ error: 'invalid_grant', error_description: 'invalid password' });
  const result = spawnSync(process.execPath, ['-e', probe, String(status), body, call], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Seen[];
}

const statuses = [400, 401, 403, 404, 500, 0];
/** For each unreachable code: the call whose error path holds the raise, and the type that path gives instead. */
const drivers = { 3: { call: 'open', instead: 1, channel: 'rejected' }, 23: { call: 'getChatRooms', instead: 17, channel: 'error callback' } } as const;

test('the registry calls unreachable exactly the codes this spec drives', () => {
  const unreachable = readRegistry()
    .filter((entry) => entry.unreachable)
    .map((entry) => entry.code);
  expect(unreachable).toEqual(Object.keys(drivers).map(Number));
});

for (const [code, { call, instead, channel }] of Object.entries(drivers)) {
  test(`${code} is never raised: ${call}() with a server error description gives ${instead} on every HTTP error`, () => {
    for (const status of statuses) {
      const seen = drive(call, status);
      // The error path ran (it handed the app the mapped error)...
      expect(seen.some((event) => event.channel === channel), `HTTP ${status}: ${JSON.stringify(seen)}`).toBe(true);
      if (status === 400) expect(seen.find((event) => event.channel === channel)?.type, JSON.stringify(seen)).toBe(instead);
      // ...and no channel ever saw the code.
      expect(seen.map((event) => event.type), `HTTP ${status}`).not.toContain(Number(code));
    }
  });
}
