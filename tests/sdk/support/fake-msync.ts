/**
 * The WebSocket side of a fake server: a WebSocket class for the SDK's realm, and a server that
 * decodes the SDK's MSync frames and answers them (provision on login, acknowledgements of sent
 * messages) with frames encoded by the SDK's own protobuf schema.
 */
import { settle } from './clock';
import { longText, MetaNamespace, MsyncCommand, pbType, type PbMessage, type PbRoot } from './protobuf';

export interface ProvisionStatus {
  errorCode: number;
  reason?: string;
}

/** One upstream message the SDK sent (CommSyncUL meta), with what is needed to acknowledge it. */
export interface SentMeta {
  id: string;
  ns: number;
  meta: PbMessage;
}

export class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readyState = FakeSocket.CONNECTING;
  binaryType = 'blob';
  onopen: ((event: object) => void) | null = null;
  onclose: ((event: object) => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onerror: ((event: object) => void) | null = null;
  readonly frames: Uint8Array[] = [];

  constructor(
    readonly url: string,
    private readonly server: FakeMsync,
  ) {}

  send(data: Uint8Array): void {
    if (this.readyState !== FakeSocket.OPEN) throw new Error('send on a socket that is not open');
    const frame = this.server.bytes(data);
    this.frames.push(frame);
    this.server.onFrame(this, frame);
  }

  close(): void {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    queueMicrotask(() => this.onclose?.({ code: 1000 }));
  }

  /** The server side: deliver one frame to the SDK. */
  deliver(frame: Uint8Array): void {
    this.onmessage?.({ data: this.server.bytes(frame).buffer as ArrayBuffer });
  }
}

export class FakeMsync {
  readonly sockets: FakeSocket[] = [];
  readonly sent: SentMeta[] = [];
  /** Provision (login) frames received, one per connection attempt, with the socket they came on. */
  readonly provisions: FakeSocket[] = [];
  /** The answer to the next provision (login) frames; `null` leaves them unanswered. */
  provision: ProvisionStatus | null = { errorCode: 0 };
  /**
   * `authToken` of a successful provision: JSON whose `expires_in` (a timestamp in ms, despite the
   * name) starts the SDK's onTokenWillExpire/onTokenExpired timers. Absent: no token timers.
   */
  authToken: string | undefined = undefined;
  /** Whether new sockets open by themselves (a reachable server). */
  autoOpen = true;
  root: PbRoot | undefined;
  /**
   * Copies bytes into a Uint8Array of the SDK's realm: its protobuf reader rejects typed arrays of
   * another realm ("illegal buffer"). The loader sets the realm's constructor.
   */
  realmUint8Array: Uint8ArrayConstructor = Uint8Array;

  bytes(data: ArrayLike<number>): Uint8Array {
    return this.realmUint8Array.from(data);
  }

  socketClass(): new (url: string) => FakeSocket {
    const server = this;
    return class extends FakeSocket {
      constructor(url: string) {
        super(url, server);
        server.sockets.push(this);
        if (server.autoOpen) queueMicrotask(() => server.open(this));
      }
    };
  }

  get socket(): FakeSocket {
    const last = this.sockets.at(-1);
    if (!last) throw new Error('the SDK opened no WebSocket');
    return last;
  }

  open(socket: FakeSocket): void {
    socket.readyState = FakeSocket.OPEN;
    socket.onopen?.({});
  }

  /** The server closes the connection (as on a kick or a network loss). */
  drop(socket = this.socket): void {
    socket.close();
  }

  onFrame(socket: FakeSocket, frame: Uint8Array): void {
    const root = this.requireRoot();
    const msync = pbType(root, 'MSync').decode(frame);
    if (msync['command'] === MsyncCommand.PROVISION) {
      this.provisions.push(socket);
      const status = this.provision;
      if (status) queueMicrotask(() => this.answerProvision(socket, status));
    } else if (msync['command'] === MsyncCommand.SYNC) {
      const upstream = pbType(root, 'CommSyncUL').decode(this.bytes(msync['payload'] as Uint8Array));
      const meta = upstream['meta'] as PbMessage | undefined;
      if (meta) this.sent.push({ id: longText(meta['id']), ns: Number(meta['ns']), meta });
    }
  }

  /** The upstream meta of message `id`, once the SDK has sent it. */
  async sentMeta(id: string): Promise<SentMeta> {
    for (let round = 0; round < 50; round++) {
      const meta = this.sent.find((candidate) => candidate.id === id);
      if (meta) return meta;
      await settle();
    }
    throw new Error(`the SDK did not send message ${id}; sent: ${this.sent.map((meta) => meta.id).join(', ') || 'none'}`);
  }

  answerProvision(socket: FakeSocket, status: ProvisionStatus): void {
    const root = this.requireRoot();
    const payload = pbType(root, 'Provision').encode(pbType(root, 'Provision').fromObject({ status, resource: 'webim_resource', ...(this.authToken && status.errorCode === 0 ? { authToken: this.authToken } : {}) })).finish();
    socket.deliver(this.msync(MsyncCommand.PROVISION, payload));
  }

  /**
   * Acknowledges a sent message as the server does: a CommSyncDL whose metaId is the message's id,
   * with a status (errorCode 0 is success) and optional metas.
   */
  acknowledge(metaId: string, status: ProvisionStatus, metas: PbMessage[] = [], socket = this.socket): void {
    const root = this.requireRoot();
    const CommSyncDL = pbType(root, 'CommSyncDL');
    const payload = CommSyncDL.encode(
      CommSyncDL.fromObject({ status, metaId, serverId: '1234567890123456789', timestamp: '1767225600000', metas }),
    ).finish();
    socket.deliver(this.msync(MsyncCommand.SYNC, payload));
  }

  /** Pushes metas to the SDK as the server does for incoming messages and notices (metaId 0). */
  push(metas: PbMessage[], socket = this.socket): void {
    const root = this.requireRoot();
    const CommSyncDL = pbType(root, 'CommSyncDL');
    const payload = CommSyncDL.encode(
      CommSyncDL.fromObject({ metaId: '0', metas, isLast: true, queue: { name: 'system', domain: 'easemob.com' } }),
    ).finish();
    socket.deliver(this.msync(MsyncCommand.SYNC, payload));
  }

  /** A STATISTIC meta: how the server tells a device it is kicked (operation 1 removed … 4 other device). */
  statisticMeta(operation: number, reason = ''): PbMessage {
    const StatisticsBody = pbType(this.requireRoot(), 'StatisticsBody');
    const payload = StatisticsBody.encode(StatisticsBody.fromObject({ operation, reason })).finish();
    return { id: '1767225600001', ns: MetaNamespace.STATISTIC, payload, from: { name: 'admin', domain: 'easemob.com' }, to: { name: 'alice', domain: 'easemob.com' } };
  }

  private msync(command: number, payload: Uint8Array): Uint8Array {
    const MSync = pbType(this.requireRoot(), 'MSync');
    return MSync.encode(MSync.fromObject({ version: '1.4.0', command, payload })).finish();
  }

  private requireRoot(): PbRoot {
    if (!this.root) throw new Error('the fake server has no protobuf root: create the connection through the harness');
    return this.root;
  }
}
