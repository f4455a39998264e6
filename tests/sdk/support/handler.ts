/**
 * Runs the guide's handler module, src/guide/chat-error-handler.ts, exactly as the guide shows it,
 * inside the SDK's realm (its fake clock drives the handler's timers too), with `agora-chat`
 * resolved to that realm's SDK. A fake app records every call the handler makes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { ROOT } from '../../support/source';
import { loadSdk, type Connection, type Sdk } from './sdk';
import type { AgoraChat } from 'agora-chat';
import type { ChatApp, HandlerOptions } from '../../../src/guide/chat-error-handler';

export const HANDLER_FILE = 'src/guide/chat-error-handler.ts';

type HandlerModule = typeof import('../../../src/guide/chat-error-handler');
export type Handler = ReturnType<HandlerModule['createChatErrorHandler']>;

export function handlerSource(): string {
  return readFileSync(path.join(ROOT, HANDLER_FILE), 'utf8');
}

/** The module's source with one line removed: the line, indentation included, must occur exactly once. */
export function withoutLine(source: string, line: string): string {
  const lines = source.split('\n');
  const found = lines.filter((candidate) => candidate === line).length;
  if (found !== 1) throw new Error(`${HANDLER_FILE} has ${found} lines ${JSON.stringify(line)}, expected exactly one`);
  return lines.filter((candidate) => candidate !== line).join('\n');
}

/** Evaluates the module (TypeScript, transpiled without changes to its logic) in the SDK's realm. */
export function loadHandlerModule(sdk: Sdk, source = handlerSource()): HandlerModule {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: path.basename(HANDLER_FILE),
  });
  const module = { exports: {} };
  const factory = vm.runInContext(`(function (exports, require, module) {${outputText}\n})`, sdk.realm, { filename: HANDLER_FILE }) as (
    exports: object,
    require: (name: string) => unknown,
    module: { exports: object },
  ) => void;
  factory(
    module.exports,
    (name) => {
      if (name !== 'agora-chat') throw new Error(`${HANDLER_FILE} may import only agora-chat, not ${name}`);
      return { __esModule: true, default: sdk.AC };
    },
    module,
  );
  return module.exports as HandlerModule;
}

export interface AppCall {
  name: keyof ChatApp;
  args: unknown[];
  /** The fake clock's time of the call, in ms since the test's start. */
  at: number;
}

/** The app side: records each call; fetchToken hands out token-1, token-2, … */
export function fakeApp(sdk: Sdk): { app: ChatApp; calls: AppCall[]; names: () => string[]; argsOf: (name: keyof ChatApp) => unknown[][] } {
  const calls: AppCall[] = [];
  const start = sdk.clock.now;
  let tokens = 0;
  const record =
    (name: keyof ChatApp) =>
    (...args: unknown[]): void => {
      calls.push({ name, args, at: sdk.clock.now - start });
    };
  const app: ChatApp = {
    fetchToken: () => {
      record('fetchToken')();
      tokens += 1;
      return Promise.resolve(`token-${tokens}`);
    },
    showLoginPage: record('showLoginPage'),
    showOffline: record('showOffline'),
    showOnline: record('showOnline'),
    disableInput: record('disableInput'),
    markFailed: record('markFailed'),
    retryLater: record('retryLater'),
    showError: record('showError'),
    log: record('log'),
  };
  return {
    app,
    calls,
    // Every call but the support log, in order: what the user sees.
    names: () => calls.filter((call) => call.name !== 'log').map((call) => call.name),
    argsOf: (name) => calls.filter((call) => call.name === name).map((call) => call.args),
  };
}

export interface Running {
  sdk: Sdk;
  conn: Connection;
  handler: Handler;
  app: ReturnType<typeof fakeApp>;
  /** How many times anything called conn.close(). */
  closes: () => number;
}

/** A fresh SDK, the module from `source`, a connection and the handler on it (not logged in yet). */
export function startHandler(source = handlerSource(), options: Partial<HandlerOptions> = {}, connectOptions: Record<string, unknown> = {}): Running {
  const sdk = loadSdk();
  const conn = sdk.connect(connectOptions);
  const app = fakeApp(sdk);
  let closes = 0;
  const close = conn.close.bind(conn);
  conn.close = () => {
    closes += 1;
    close();
  };
  const module = loadHandlerModule(sdk, source);
  const handler = module.createChatErrorHandler(conn as unknown as AgoraChat.Connection, app.app, { user: 'alice', ...options });
  return { sdk, conn, handler, app, closes: () => closes };
}
