/**
 * The runtime enum's other names: every numeric name some published agora-chat gives `statusCode`
 * that no documented code carries (legacy WEBIM_MESSAGE_REC_*, connection states STATUS_*, …).
 * Derived from the SDK history, so a new SDK version updates the list. Pure: the history is passed in.
 */
import type { SdkHistoryAccessor } from './sdk-history-query';

/** What an other name is: a value of `conn.context.status` (the SDK's STATUS_ names), or a name no version raises. */
export type OtherNameKind = 'state' | 'never-raised' | 'raised';

export interface OtherName {
  name: string;
  /** Each number the name has had, with the versions that give it that number, in version order. */
  numbers: { code: number; versions: string[] }[];
  kind: OtherNameKind;
  /** The versions that raise it (empty unless kind is 'raised'). */
  raisedIn: string[];
}

/**
 * The SDK's connection states share one prefix; the content tests prove against the bundle that
 * they are what `conn.context.status` is assigned, and that no version raises them.
 */
const STATE_PREFIX = 'STATUS_';

export function otherRuntimeNames(history: Pick<SdkHistoryAccessor, 'sdkVersions' | 'constantsOf'>, documented: ReadonlySet<string>): OtherName[] {
  const byName = new Map<string, OtherName>();
  for (const version of history.sdkVersions) {
    for (const [name, constant] of Object.entries(history.constantsOf(version))) {
      if (documented.has(name)) continue;
      const entry = byName.get(name) ?? { name, numbers: [], kind: 'never-raised' as OtherNameKind, raisedIn: [] };
      const number = entry.numbers.find((candidate) => candidate.code === constant.code);
      if (number) number.versions.push(version);
      else entry.numbers.push({ code: constant.code, versions: [version] });
      if (constant.raised) entry.raisedIn.push(version);
      byName.set(name, entry);
    }
  }
  return [...byName.values()]
    .map((entry) => ({ ...entry, kind: entry.raisedIn.length > 0 ? 'raised' : entry.name.startsWith(STATE_PREFIX) ? 'state' : 'never-raised' }) satisfies OtherName)
    .sort((a, b) => (a.numbers[0]?.code ?? 0) - (b.numbers[0]?.code ?? 0) || a.name.localeCompare(b.name));
}

/** A documented code as far as names go: its constant and aliases. */
export interface NamedCode {
  name: string;
  aliases: readonly { name: string }[];
}

/** Every name the registry documents: each code's constant and aliases. */
export function documentedNames(registry: readonly NamedCode[]): Set<string> {
  return new Set(registry.flatMap((entry) => [entry.name, ...entry.aliases.map((alias) => alias.name)]));
}

/** The anchor of a name's entry on the appendix page: the name itself, which is a valid id. */
export const otherNameAnchor = (name: string) => name;
