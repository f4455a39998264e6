// en: The central error handler of the guide (/en/guide/), for agora-chat 1.4.0. Copy it whole into your app.
// zh-cn: 错误处理指南（/guide/）中的集中错误处理模块，适用于 agora-chat 1.4.0。可以整个复制到你的应用中。
import AC from 'agora-chat';
import type { AgoraChat } from 'agora-chat';

// en: AgoraChat.Code lacks two constants that exist at runtime (56 and 512): add their types by name.
// zh-cn: AgoraChat.Code 缺少两个运行时存在的常量（56 和 512），按名字补上它们的类型。
const statusCode = AC.statusCode as unknown as typeof AgoraChat.Code & {
  WEBIM_TOKEN_EXPIRED: number;
  MESSAGE_SEND_TIMEOUT: number;
};

// en: An error as the SDK hands it over. 507 carries `reason` and no `message`.
// zh-cn: SDK 给出的错误对象。507 带有 `reason`，没有 `message`。
export interface ChatError {
  type: number;
  message?: string;
  reason?: string;
  data?: unknown;
}

// en: Why the app goes back to the login page; your app shows its own text for each.
// zh-cn: 应用回到登录页的原因；每种原因由你的应用显示自己的提示。
export type LoginPageReason =
  | 'loggedInElsewhere'
  | 'userRemoved'
  | 'passwordChanged'
  | 'kickedByOtherDevice'
  | 'notLoggedIn'
  | 'loginFailed';

// en: What to log for support: the error's type, message and data, and the SDK version.
// zh-cn: 给技术支持的日志：错误的 type、message、data，以及 SDK 版本。
export interface SupportLog {
  channel: 'open' | 'send' | 'onError' | 'onDisconnected' | 'call';
  type: number;
  message: string | undefined;
  reason: string | undefined;
  data: unknown;
  sdkVersion: string;
}

// en: Your app implements these; the handler decides when to call them.
// zh-cn: 以下由你的应用实现；由处理模块决定何时调用。
export interface ChatApp {
  fetchToken(): Promise<string>;
  showLoginPage(reason: LoginPageReason): void;
  showOffline(): void;
  showOnline(): void;
  disableInput(reason: string): void;
  markFailed(messageId: string, error: ChatError): void;
  retryLater(delayMs: number): void;
  showError(error: ChatError): void;
  log(entry: SupportLog): void;
}

export interface HandlerOptions {
  user: string;
  maxLoginAttempts?: number;
  firstBackOffMs?: number;
  maxBackOffMs?: number;
  sendTimeoutMs?: number;
}

type State = 'loggedOut' | 'loggingIn' | 'online' | 'offline' | 'kicked';

const kicks = new Map<number, LoginPageReason>([
  [statusCode.WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE, 'loggedInElsewhere'], // 206
  [statusCode.WEBIM_CONNCTION_USER_REMOVED, 'userRemoved'], // 207
  [statusCode.WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD, 'passwordChanged'], // 216
  [statusCode.WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE, 'kickedByOtherDevice'], // 217
]);

const tokenProblems = new Set<number>([
  statusCode.WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR, // 28
  statusCode.WEBIM_TOKEN_EXPIRED, // 56
]);

const mutedCodes = new Set<number>([
  statusCode.USER_MUTED_BY_ADMIN, // 219
  statusCode.SERVICE_NOT_ALLOW_MESSAGING, // 506
  statusCode.SERVICE_NOT_ALLOW_MESSAGING_MUTE, // 507
]);

const busyCodes = new Set<number>([
  statusCode.MESSAGE_CURRENT_LIMITING, // 509
  statusCode.SERVER_BUSY, // 500
]);

// en: A wait that doubles at each failure up to a ceiling, and starts over after a success.
// zh-cn: 每次失败加倍、有上限的等待时间，成功后从头开始。
export function backOff(firstMs: number, maxMs: number): { next(): number; reset(): void } {
  let nextMs = firstMs;
  return {
    next() {
      const delay = nextMs;
      nextMs = Math.min(nextMs * 2, maxMs);
      return delay;
    },
    reset() {
      nextMs = firstMs;
    },
  };
}

function asChatError(value: unknown): ChatError {
  if (value !== null && typeof value === 'object' && 'type' in value && typeof value.type === 'number') return value as ChatError;
  // en: Not an SDK error (the TypeError of 32, for example): no code (NaN matches none), the value in data.
  // zh-cn: 不是 SDK 的错误对象（例如 32 时的 TypeError）：没有错误码（NaN 不等于任何错误码），原值放进 data。
  return { type: Number.NaN, message: String(value), data: value };
}

export function createChatErrorHandler(conn: AgoraChat.Connection, app: ChatApp, options: HandlerOptions) {
  const maxLoginAttempts = options.maxLoginAttempts ?? 5;
  const sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
  const loginBackOff = backOff(options.firstBackOffMs ?? 1_000, options.maxBackOffMs ?? 60_000);
  const sendBackOff = backOff(options.firstBackOffMs ?? 1_000, options.maxBackOffMs ?? 60_000);
  let state: State = 'loggedOut';
  let loggingIn: Promise<void> | undefined;
  let renewing: Promise<void> | undefined;
  // en: One failure can reach up to three channels as the same object: react to each object once.
  // zh-cn: 同一个失败可能以同一个对象到达最多三个地方：每个对象只处理一次。
  const seen = new WeakSet<object>();

  function log(channel: SupportLog['channel'], error: ChatError): void {
    app.log({ channel, type: error.type, message: error.message, reason: error.reason, data: error.data, sdkVersion: conn.version });
  }

  function reasonOf(error: ChatError): string {
    // en: 507 rejects with {type: 507, reason: "you were muted"}: the SDK's own words are in reason.
    // zh-cn: 507 的拒绝值是 {type: 507, reason: "you were muted"}：SDK 给出的原因在 reason 中。
    if (error.reason) return error.reason;
    return error.message ?? String(error.type);
  }

  function wait(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  // en: Log in with a fresh token. While a login is under way its outcome is the open() promise; calls meanwhile share it.
  // zh-cn: 用新 token 登录。登录进行中时以 open() 的 Promise 为准；其间的调用共用同一次登录。
  function login(): Promise<void> {
    loggingIn ??= loginWithRetries().finally(() => (loggingIn = undefined));
    return loggingIn;
  }

  async function loginWithRetries(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      state = 'loggingIn';
      try {
        const accessToken = await app.fetchToken();
        await conn.open({ user: options.user, accessToken });
        loginBackOff.reset();
        state = 'online';
        app.showOnline();
        return;
      } catch (caught) {
        const error = asChatError(caught);
        seen.add(error);
        log('open', error);
        // en: The app logged out while this login was under way: stay logged out.
        // zh-cn: 登录进行中应用已退出：保持退出状态。
        if (state !== 'loggingIn') return;
        // en: A bad token from your app server: try again later with a new one, a bounded number of times.
        // zh-cn: 应用服务器给的 token 不可用：稍后换新 token 再试，次数有上限。
        const retry = tokenProblems.has(error.type);
        if (!retry) return giveUp('loginFailed');
        if (attempt >= maxLoginAttempts) return giveUp('loginFailed');
        await wait(loginBackOff.next());
        if (state !== 'loggingIn') return;
      }
    }
  }

  function giveUp(reason: LoginPageReason): void {
    state = 'loggedOut';
    app.showLoginPage(reason);
  }

  // en: Renew the token once, however often the event fires; if renewing fails, log in again.
  // zh-cn: 无论事件触发几次都只续期一次；续期失败就重新登录。
  function renew(): Promise<void> {
    renewing ??= app
      .fetchToken()
      .then((token) => conn.renewToken(token))
      .then(() => loginBackOff.reset())
      .catch(() => (state === 'online' ? login() : undefined))
      .finally(() => (renewing = undefined));
    return renewing;
  }

  function handleError(error: ChatError, channel: SupportLog['channel']): void {
    if (seen.has(error)) return;
    seen.add(error);
    log(channel, error);
    const kick = kicks.get(error.type);
    if (kick) {
      state = 'kicked';
      // en: Close for good: a message still in flight would time out (512) and the SDK would log in again with the old token.
      // zh-cn: 彻底关闭连接：否则还在发送中的消息会以 512 超时，SDK 会用旧 token 再次登录。
      conn.close();
      app.showLoginPage(kick);
      return;
    }
    if (tokenProblems.has(error.type)) {
      // en: After logout() or a kick, a late call gives 28: logging in again would undo the logout, or kick the other device.
      // zh-cn: 调用 logout() 或被踢下线之后，迟到的调用会得到 28：此时重新登录会撤销退出，或把另一台设备踢下线。
      if (state === 'loggedOut' || state === 'kicked') return;
      void login();
      return;
    }
    if (error.type === statusCode.WEBIM_CONNECTION_CLOSED) {
      // en: 39: a call after the connection closed.
      // zh-cn: 39：连接关闭后的调用。
      if (state !== 'kicked') app.showLoginPage('notLoggedIn');
      return;
    }
    if (error.type === statusCode.MESSAGE_WEBSOCKET_DISCONNECTED) {
      // en: 510: close() or a lost connection rejected a message in flight; send() has marked it failed.
      // zh-cn: 510：close() 或断线使发送中的消息被拒绝；send() 已把它标记为发送失败。
      return;
    }
    if (mutedCodes.has(error.type)) {
      app.disableInput(reasonOf(error));
      return;
    }
    if (busyCodes.has(error.type)) {
      app.retryLater(sendBackOff.next());
      return;
    }
    app.showError(error);
  }

  conn.addEventHandler('chat-error-handler', {
    onError: (error) => {
      // en: A failed login also reaches onError: the open() promise handles it.
      // zh-cn: 登录失败也会到达 onError：由 open() 的 Promise 处理。
      if (state === 'loggingIn') return;
      handleError(error, 'onError');
    },
    onDisconnected: (error) => {
      // en: After a kick, a failed login or close(), this repeats the error or brings undefined.
      // zh-cn: 被踢下线、登录失败或 close() 之后，这里收到的是重复的错误或 undefined。
      if (state !== 'online' && state !== 'offline') return;
      if (error && seen.has(error)) return;
      state = 'offline';
      app.showOffline();
      if (error) handleError(error, 'onDisconnected');
    },
    onReconnecting: () => {
      if (state !== 'online') return;
      state = 'offline';
      app.showOffline();
    },
    onConnected: () => {
      if (state !== 'offline') return;
      state = 'online';
      app.showOnline();
    },
    onTokenWillExpire: () => {
      void renew();
    },
    onTokenExpired: () => {
      // en: The SDK closes the connection next: only a new login helps.
      // zh-cn: SDK 随后会关闭连接：只能重新登录。
      void login();
    },
  });

  // en: send() with its own timeout: its promise can stay pending (a success callback that throws, an unknown acknowledgement).
  // zh-cn: 带超时的 send()：它的 Promise 可能一直不结束（success 回调抛出异常、无法识别的确认）。
  async function send(message: AgoraChat.MessageBody): Promise<AgoraChat.SendMsgResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject({ type: statusCode.MESSAGE_SEND_TIMEOUT, message: `send() did not settle within ${sendTimeoutMs} ms`, data: { timeoutMs: sendTimeoutMs } });
      }, sendTimeoutMs);
    });
    try {
      const result = await Promise.race([conn.send(message), timeout]);
      sendBackOff.reset();
      return result;
    } catch (caught) {
      const error = asChatError(caught);
      // en: Keep the message, marked failed, so the user can send it again.
      // zh-cn: 保留这条消息并标记为发送失败，用户可以重新发送。
      app.markFailed(message.id, error);
      handleError(error, 'send');
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  function logout(): void {
    state = 'loggedOut';
    conn.close();
  }

  return {
    login,
    logout,
    send,
    handleError: (error: ChatError) => handleError(error, 'call'),
  };
}
