/**
 * The few protobufjs shapes the harness uses. The schema is the SDK's own (`conn.root`, the
 * `easemob.pb` package it encodes with), so the fake server speaks exactly what the SDK parses.
 */
export type PbMessage = Record<string, unknown>;

export interface PbType {
  decode(bytes: Uint8Array): PbMessage;
  encode(message: PbMessage): { finish(): Uint8Array };
  fromObject(object: Record<string, unknown>): PbMessage;
}

export interface PbRoot {
  lookup(name: string): PbType | null;
}

export function pbType(root: PbRoot, name: string): PbType {
  const type = root.lookup(`easemob.pb.${name}`);
  if (!type) throw new Error(`the SDK's protobuf root has no easemob.pb.${name}`);
  return type;
}

/** MSync commands as the SDK dispatches them (distributeMSync). */
export const MsyncCommand = { SYNC: 0, UNREAD: 1, NOTICE: 2, PROVISION: 3 } as const;

/** Meta namespaces (easemob.pb.Meta.NameSpace). */
export const MetaNamespace = { STATISTIC: 0, CHAT: 1, MUC: 2, ROSTER: 3, CONFERENCE: 4, NOTIFY: 5, QUERY: 6 } as const;

/** An int64 field as protobufjs decodes it (a Long), shown as the decimal string the SDK uses for ids. */
export function longText(value: unknown): string {
  return value !== null && typeof value === 'object' && 'toString' in value ? String(value) : String(value ?? '');
}
