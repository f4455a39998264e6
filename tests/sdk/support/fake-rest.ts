/**
 * The REST side of a fake server: an XMLHttpRequest class for the SDK's realm that records every
 * request and lets a test (or a route) answer it with a chosen status and body, or fail it.
 */
import { settle } from './clock';

export type RestBody = string | Record<string, unknown>;

export interface RestReply {
  status: number;
  body: RestBody;
}

type EventListener = (event: { type: string }) => void;

export class RestRequest {
  method = '';
  url = '';
  readonly headers: Record<string, string> = {};
  body: unknown = null;
  answered = false;

  constructor(private readonly xhr: FakeXhrState) {}

  /** Completes the request as the server would: status, body (an object is sent as JSON). */
  respond(status: number, body: RestBody): void {
    if (this.answered) throw new Error(`${this.method} ${this.url} was answered twice`);
    this.answered = true;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    Object.assign(this.xhr, { readyState: 4, status, responseText: text, response: text, responseURL: this.url });
    this.xhr.onreadystatechange?.();
    this.xhr.dispatch(status === 0 ? 'error' : 'load');
  }

  /** Ends the request without a response: a network error, a timeout or an abort. */
  fail(kind: 'error' | 'timeout' | 'abort'): void {
    this.answered = true;
    const handler = { error: this.xhr.onerror, timeout: this.xhr.ontimeout, abort: this.xhr.onabort }[kind];
    handler?.();
    this.xhr.dispatch(kind);
  }
}

interface FakeXhrState {
  readyState: number;
  status: number;
  responseText: string;
  response: string;
  responseURL: string;
  onreadystatechange: (() => void) | null;
  onerror: (() => void) | null;
  ontimeout: (() => void) | null;
  onabort: (() => void) | null;
  dispatch(type: string): void;
}

interface Route {
  match: RegExp;
  reply: (request: RestRequest) => RestReply;
}

export class FakeRest {
  readonly requests: RestRequest[] = [];
  private readonly routes: Route[] = [];

  /** Answers every later request whose "METHOD url" matches, in a microtask after `send`. */
  route(match: RegExp, reply: RestReply | ((request: RestRequest) => RestReply)): void {
    this.routes.push({ match, reply: typeof reply === 'function' ? reply : () => reply });
  }

  /** The first unanswered request whose "METHOD url" matches, once the SDK has sent it. */
  async next(match: RegExp): Promise<RestRequest> {
    for (let round = 0; round < 50; round++) {
      const found = this.requests.find((request) => !request.answered && match.test(`${request.method} ${request.url}`));
      if (found) return found;
      await settle();
    }
    const seen = this.requests.map((request) => `${request.method} ${request.url}${request.answered ? ' (answered)' : ''}`);
    throw new Error(`no request matching ${match} was sent; requests: ${seen.join(', ') || 'none'}`);
  }

  /** The XMLHttpRequest constructor to install in the SDK's realm. */
  xhrClass(): new () => object {
    const rest = this;
    return class FakeXMLHttpRequest implements FakeXhrState {
      readyState = 0;
      status = 0;
      responseText = '';
      response = '';
      responseURL = '';
      responseType = '';
      timeout = 0;
      onreadystatechange: (() => void) | null = null;
      onerror: (() => void) | null = null;
      ontimeout: (() => void) | null = null;
      onabort: (() => void) | null = null;
      readonly upload = { addEventListener(): void {} };
      private readonly listeners = new Map<string, EventListener[]>();
      private readonly request = new RestRequest(this);

      open(method: string, url: string): void {
        Object.assign(this.request, { method: method.toUpperCase(), url });
        this.readyState = 1;
      }
      setRequestHeader(name: string, value: string): void {
        this.request.headers[name] = value;
      }
      overrideMimeType(): void {}
      addEventListener(type: string, listener: EventListener): void {
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
      }
      dispatch(type: string): void {
        for (const listener of this.listeners.get(type) ?? []) listener({ type });
      }
      abort(): void {
        this.request.fail('abort');
      }
      send(body: unknown = null): void {
        this.request.body = body;
        rest.requests.push(this.request);
        const key = `${this.request.method} ${this.request.url}`;
        const route = rest.routes.find((candidate) => candidate.match.test(key));
        if (route) {
          queueMicrotask(() => {
            if (this.request.answered) return;
            const { status, body: replyBody } = route.reply(this.request);
            this.request.respond(status, replyBody);
          });
        }
      }
    };
  }
}
