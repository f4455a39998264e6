/**
 * Loads the real agora-chat 1.4.0 bundle into a fresh realm (node:vm) per call, with a fake
 * WebSocket, a fake XMLHttpRequest and a fake clock, and nothing else from the outside world.
 * A fresh realm per test matters: the bundle keeps state in module scope (it even redefines a
 * non-configurable property on each `new connection`), so instances must not share a module.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { AgoraChat, AgoraChatStatic } from 'agora-chat';
import { ROOT } from '../../support/source';
import { FakeClock, settle } from './clock';
import { FakeMsync } from './fake-msync';
import { FakeRest } from './fake-rest';
import type { PbRoot } from './protobuf';
import type { DeliveryChannel } from '../../../src/schemas/registry';

const BUNDLE = path.join(ROOT, 'node_modules/agora-chat/Agora-chat.js');
let compiled: vm.Script | undefined;

/** An error as the SDK hands it over: `type` is the code. */
export interface SdkError {
  type: number;
  message?: string;
  data?: unknown;
  reason?: string;
}

/** Members of a connection that the typings leave out or mark private, read by the harness. */
export interface ConnectionInternals {
  root: PbRoot | undefined;
  logOut: boolean;
  reconnect(force?: boolean): void;
}

export type Connection = Omit<AgoraChat.Connection, 'reconnect'> & ConnectionInternals;

export interface Sdk {
  AC: AgoraChatStatic;
  /** The runtime enum, name → number (the typings call it a single value). */
  statusCode: Record<string, number>;
  clock: FakeClock;
  rest: FakeRest;
  msync: FakeMsync;
  /** The SDK's realm, to run other code (the guide's handler) against this very SDK and clock. */
  realm: vm.Context;
  /** Everything the bundle exports at runtime (`default` is AC). */
  exports: Record<string, unknown>;
  /**
   * A connection to the fake servers: REST at https://rest.test, MSync at wss://msync.test, no DNS
   * unless `isHttpDNS: true` (then answer the DNS request, e.g. with DNS_ANSWER). appKey org#app
   * unless `appId` is given.
   */
  connect(options?: Record<string, unknown>): Connection;
}

/** The part of FileReader the SDK uses: readAsText, then a "loadend" event whose target has the result. */
class FakeFileReader {
  result: string | null = null;
  private readonly listeners: ((event: { target: FakeFileReader }) => void)[] = [];
  addEventListener(type: string, listener: (event: { target: FakeFileReader }) => void): void {
    if (type === 'loadend') this.listeners.push(listener);
  }
  readAsText(body: unknown): void {
    this.result = typeof body === 'string' ? body : String(body);
    queueMicrotask(() => {
      for (const listener of this.listeners) listener({ target: this });
    });
  }
}

/** A fresh copy of the SDK in its own realm; nothing is shared with other calls. */
export function loadSdk(): Sdk {
  compiled ??= new vm.Script(readFileSync(BUNDLE, 'utf8'), { filename: BUNDLE });
  const clock = new FakeClock();
  const rest = new FakeRest();
  const msync = new FakeMsync();
  const storage = new Map<string, string>();
  const quiet = (): void => {};
  const module = { exports: {} as { default?: AgoraChatStatic } };
  const sandbox: Record<string, unknown> = {
    module,
    exports: module.exports,
    // HARNESS_DEBUG=1 shows the SDK's own log while a test is written; tests run quiet.
    console: process.env['HARNESS_DEBUG'] ? console : { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet, trace: quiet },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimer,
    setInterval: clock.setInterval,
    clearInterval: clock.clearTimer,
    queueMicrotask,
    WebSocket: msync.socketClass(),
    XMLHttpRequest: rest.xhrClass(),
    FormData,
    Blob,
    // Download errors (403, 404) read the response body with a FileReader; the fake XHR's body is text.
    FileReader: FakeFileReader,
    TextEncoder,
    TextDecoder,
    navigator: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 harness', onLine: true },
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, String(value)),
      removeItem: (key: string) => void storage.delete(key),
    },
    addEventListener: quiet,
    removeEventListener: quiet,
    document: { addEventListener: quiet, removeEventListener: quiet, visibilityState: 'visible', hidden: false },
    location: { protocol: 'https:', href: 'https://app.test/' },
    __now: () => clock.now,
  };
  const context = vm.createContext(sandbox);
  sandbox['window'] = sandbox['self'] = sandbox['globalThis'] = vm.runInContext('globalThis', context);
  // The realm's own Date, reading the fake clock (the SDK times requests and tokens with it).
  vm.runInContext(
    `{ const RealDate = Date;
       globalThis.Date = class extends RealDate {
         constructor(...args) { if (args.length === 0) super(__now()); else super(...args); }
         static now() { return __now(); }
       }; }`,
    context,
  );
  msync.realmUint8Array = vm.runInContext('Uint8Array', context) as Uint8ArrayConstructor;
  compiled.runInContext(context);
  const AC = module.exports.default;
  if (!AC) throw new Error(`${BUNDLE} did not export a default object`);
  return {
    AC,
    statusCode: AC.statusCode as unknown as Record<string, number>,
    clock,
    rest,
    msync,
    realm: context,
    exports: module.exports as Record<string, unknown>,
    connect(options = {}) {
      const conn = new AC.connection({
        ...('appId' in options ? {} : { appKey: 'org#app' }),
        isHttpDNS: false,
        apiUrl: 'https://rest.test',
        url: 'wss://msync.test/websocket',
        ...options,
      } as AgoraChat.ConnectionParameters) as unknown as Connection;
      msync.root = conn.root;
      return conn;
    },
  };
}

/** The SDK's DNS host list request (isHttpDNS), and an answer that points it at the fake servers. */
export const DNS_REQUEST = /^GET https:\/\/ars\.chat\.agora\.io\/easemob\/server\.json/;
export const DNS_ANSWER = {
  app_key: 'org#app',
  rest: { hosts: [{ protocol: 'https', domain: 'rest.test' }] },
  'msync-wx': { hosts: [{ protocol: 'https', domain: 'msync.test' }] },
};

/** A code some channel handed to the app, as the registry's `delivery.via` names channels. */
export interface Observation {
  channel: DeliveryChannel;
  code: number;
}

/**
 * Every code a channel helper below saw in the current test, in order; proof() resets it and
 * records it with the proof, so the registry's `delivery` can be checked against what ran.
 */
export const observations: Observation[] = [];

function observe(channel: DeliveryChannel, value: unknown): void {
  if (value !== null && typeof value === 'object' && 'type' in value && typeof value.type === 'number') {
    observations.push({ channel, code: value.type });
  }
}

/** A callback for a channel such as onFileUploadError or messageFail, and what it received. */
export function recorder(channel: DeliveryChannel): { errors: SdkError[]; callback: (error: SdkError) => void } {
  const errors: SdkError[] = [];
  return {
    errors,
    callback: (error) => {
      observe(channel, error);
      errors.push(error);
    },
  };
}

/** What an API call's promise settled with. */
export type Outcome = { resolved: unknown } | { rejected: SdkError };

/** Starts a call and records how its promise settles, without waiting (the clock may need to move). */
export function track(promise: Promise<unknown>): { outcome: Outcome | undefined } {
  const box: { outcome: Outcome | undefined } = { outcome: undefined };
  promise.then(
    (value) => {
      observe('resolve', value);
      box.outcome = { resolved: value };
    },
    (error: SdkError) => {
      observe('promise', error);
      box.outcome = { rejected: error };
    },
  );
  return box;
}

/** The rejection of a call that must reject; fails the test if it resolves or is still pending. */
export async function rejection(promise: Promise<unknown>): Promise<SdkError> {
  const box = track(promise);
  await settle();
  await settle();
  if (!box.outcome) throw new Error('the call is still pending');
  if ('resolved' in box.outcome) throw new Error(`the call resolved with ${JSON.stringify(box.outcome.resolved)}`);
  return box.outcome.rejected;
}

/** Records every event of the given names that `addEventHandler` receives, in order. */
export function listen(conn: Connection, ...events: string[]): { event: string; value: SdkError }[] {
  const seen: { event: string; value: SdkError }[] = [];
  const channels: Record<string, DeliveryChannel> = { onError: 'onError', onDisconnected: 'onDisconnected' };
  const handlers = Object.fromEntries(
    events.map((event) => [
      event,
      (value: SdkError) => {
        const channel = channels[event];
        if (channel) observe(channel, value);
        seen.push({ event, value });
      },
    ]),
  );
  conn.addEventHandler('harness', handlers as AgoraChat.EventHandlerType);
  return seen;
}

/** Records what the legacy `conn.listen({ onError })` receives (a separate channel from addEventHandler). */
export function listenLegacy(conn: Connection): SdkError[] {
  const { errors, callback } = recorder('listen');
  conn.listen({ onError: callback } as Parameters<Connection['listen']>[0]);
  return errors;
}

/** Logs in with a token: the SDK opens the WebSocket and the fake server accepts the provision. */
export async function login(conn: Connection, user = 'alice'): Promise<void> {
  const opened = track(conn.open({ user, accessToken: 'token-of-' + user }));
  for (let round = 0; round < 20 && !opened.outcome; round++) await settle();
  if (!opened.outcome || 'rejected' in opened.outcome) throw new Error(`login failed: ${JSON.stringify(opened.outcome)}`);
  if (conn.logOut) throw new Error('login resolved but the connection is still logged out');
}

/** A fresh SDK whose connection has logged in: the start of most scenarios. */
export async function loggedIn(): Promise<{ sdk: Sdk; conn: Connection }> {
  const sdk = loadSdk();
  const conn = sdk.connect();
  await login(conn);
  return { sdk, conn };
}

/** What AC.message.create() takes. */
type MessageOptions = Parameters<AgoraChatStatic['message']['create']>[0];

/** A message as AC.message.create() returns it. */
export type Message = ReturnType<AgoraChatStatic['message']['create']>;

/**
 * A text message "hi" to bob from AC.message.create(), with `fields` passed to create() as well (they
 * override those). `callbacks` (success, fail) are set on the message afterwards: create() drops the ones
 * passed to it (proof 32-create-drops-callbacks). Each is wrapped in a function of the SDK's realm, since
 * the SDK calls most message callbacks only if they are `instanceof Function` of its own realm (in a
 * browser, the app and the SDK share one realm).
 */
export function textMessage(sdk: Sdk, fields: Record<string, unknown> = {}, callbacks: Record<string, (...args: never[]) => unknown> = {}): Message {
  const message = sdk.AC.message.create({ type: 'txt', chatType: 'singleChat', to: 'bob', msg: 'hi', ...fields } as MessageOptions);
  const inRealm = vm.runInContext('(callback) => function (...args) { return callback.apply(this, args); }', sdk.realm) as (callback: unknown) => unknown;
  return Object.assign(message, Object.fromEntries(Object.entries(callbacks).map(([name, callback]) => [name, inRealm(callback)])));
}
