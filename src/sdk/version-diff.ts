/**
 * What changes for an app's error handling between two published agora-chat versions, computed from
 * the SDK history alone (the shape of content/sdk-history.json): numbers that appear or disappear,
 * names whose number changed, numbers whose names changed, numbers the SDK starts or stops raising,
 * and changes of `message` texts and of typing (status.d.ts declaration, AgoraChat.Code).
 * Pure and free of Astro imports: the upgrade page's browser module runs it too.
 */
import type { SdkConstant } from '../schemas/sdk-history';

/** The part of the history a diff reads: published versions, oldest first, with their constants by name. */
export interface DiffHistory {
  versions: readonly { version: string; constants: Readonly<Record<string, SdkConstant>> }[];
}

import { changeKinds, type ChangeKind } from '../schemas/change-kinds';

export { changeKinds, type ChangeKind };

/** A number that one side defines and the other lacks: its names there, and whether that side raises it. */
export interface NumberChange {
  code: number;
  names: string[];
  raised: boolean;
}

/** A name whose number differs between the two versions (LOCAL_DB_OPERATION_FAILED: 55 → 800). */
export interface Renumbering {
  name: string;
  from: number;
  to: number;
}

/** A number both versions define under different names (304: WEBIM_MESSAGE_REC_AUDIO → SERVER_GET_DNSLIST_FAILED). */
export interface Renaming {
  code: number;
  from: string[];
  to: string[];
}

/** A number both versions define, raised by one of them only. */
export interface RaisedChange {
  code: number;
  names: string[];
}

/** A number both versions raise or define, with other `message` texts. */
export interface MessageChange {
  code: number;
  names: string[];
  added: string[];
  removed: string[];
}

export interface Typing {
  declared: SdkConstant['declared'];
  typed: boolean;
}

/** A name with the same number in both versions whose declaration in status.d.ts or AgoraChat.Code changed. */
export interface TypingChange {
  code: number;
  name: string;
  from: Typing;
  to: Typing;
}

export interface VersionDiff {
  from: string;
  to: string;
  new: NumberChange[];
  removed: NumberChange[];
  renumbered: Renumbering[];
  renamed: Renaming[];
  nowRaised: RaisedChange[];
  noLongerRaised: RaisedChange[];
  messageChanged: MessageChange[];
  typingChanged: TypingChange[];
}

/** One version's constants grouped by number, names in the file's order. */
interface NumberState {
  names: string[];
  raised: boolean;
  messages: string[];
}

function byNumber(constants: Readonly<Record<string, SdkConstant>>): Map<number, NumberState> {
  const numbers = new Map<number, NumberState>();
  for (const [name, constant] of Object.entries(constants)) {
    const state = numbers.get(constant.code) ?? { names: [], raised: false, messages: [] };
    state.names.push(name);
    state.raised ||= constant.raised;
    state.messages.push(...constant.messages);
    numbers.set(constant.code, state);
  }
  for (const state of numbers.values()) state.messages = [...new Set(state.messages)].sort();
  return numbers;
}

const ascending = (a: number, b: number) => a - b;
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/** The published versions of `history`, oldest first. */
export const versionsOf = (history: DiffHistory): string[] => history.versions.map((entry) => entry.version);

/** The version published before `version`, or undefined for the first (and for a version the history lacks). */
export function previousVersion(history: DiffHistory, version: string): string | undefined {
  const index = history.versions.findIndex((entry) => entry.version === version);
  return index > 0 ? history.versions[index - 1]?.version : undefined;
}

/** Throws naming the versions the history has, for a version it lacks. */
function constantsOf(history: DiffHistory, version: string): Readonly<Record<string, SdkConstant>> {
  const entry = history.versions.find((candidate) => candidate.version === version);
  if (!entry) throw new Error(`the SDK history has no agora-chat ${version} (it has ${versionsOf(history).join(', ')})`);
  return entry.constants;
}

/** What changes for error handling when an app moves from agora-chat `from` to `to` (either direction). */
export function versionDiff(history: DiffHistory, from: string, to: string): VersionDiff {
  const before = constantsOf(history, from);
  const after = constantsOf(history, to);
  const numbersBefore = byNumber(before);
  const numbersAfter = byNumber(after);

  const renumbered: Renumbering[] = Object.entries(after)
    .flatMap(([name, constant]) => {
      const old = before[name];
      return old !== undefined && old.code !== constant.code ? [{ name, from: old.code, to: constant.code }] : [];
    })
    .sort((a, b) => a.from - b.from || a.name.localeCompare(b.name));

  // A number one side lacks is new (or removed) unless each of its names only moved from (or to) another number.
  const onlyMoved = (names: readonly string[], other: Readonly<Record<string, SdkConstant>>) => names.every((name) => other[name] !== undefined);
  const appeared = (mine: Map<number, NumberState>, theirs: Map<number, NumberState>, other: Readonly<Record<string, SdkConstant>>): NumberChange[] =>
    [...mine]
      .filter(([code, state]) => !theirs.has(code) && !onlyMoved(state.names, other))
      .map(([code, state]) => ({ code, names: state.names, raised: state.raised }))
      .sort((a, b) => ascending(a.code, b.code));

  const diff: VersionDiff = {
    from,
    to,
    new: appeared(numbersAfter, numbersBefore, before),
    removed: appeared(numbersBefore, numbersAfter, after),
    renumbered,
    renamed: [],
    nowRaised: [],
    noLongerRaised: [],
    messageChanged: [],
    typingChanged: [],
  };

  const shared = [...numbersAfter.keys()].filter((code) => numbersBefore.has(code)).sort(ascending);
  for (const code of shared) {
    const old = numbersBefore.get(code);
    const now = numbersAfter.get(code);
    if (!old || !now) continue;
    if (!sameSet(old.names, now.names)) diff.renamed.push({ code, from: old.names, to: now.names });
    if (!old.raised && now.raised) diff.nowRaised.push({ code, names: now.names });
    if (old.raised && !now.raised) diff.noLongerRaised.push({ code, names: now.names });
    const added = now.messages.filter((message) => !old.messages.includes(message));
    const removed = old.messages.filter((message) => !now.messages.includes(message));
    if (added.length > 0 || removed.length > 0) diff.messageChanged.push({ code, names: now.names, added, removed });
    for (const name of now.names) {
      const a = before[name];
      const b = after[name];
      if (!a || !b || a.code !== code) continue;
      if (a.declared !== b.declared || a.typed !== b.typed) {
        diff.typingChanged.push({ code, name, from: { declared: a.declared, typed: a.typed }, to: { declared: b.declared, typed: b.typed } });
      }
    }
  }
  return diff;
}

/** How many changes of each kind, and in all. */
export function changeCounts(diff: VersionDiff): Record<ChangeKind, number> & { total: number } {
  const counts = Object.fromEntries(changeKinds.map((kind) => [kind, diff[kind].length])) as Record<ChangeKind, number>;
  return { ...counts, total: changeKinds.reduce((sum, kind) => sum + counts[kind], 0) };
}

/** Every number a diff mentions (both numbers of a renumbered name). */
export function numbersIn(diff: VersionDiff): Set<number> {
  return new Set([
    ...diff.new.map((change) => change.code),
    ...diff.removed.map((change) => change.code),
    ...diff.renumbered.flatMap((change) => [change.from, change.to]),
    ...diff.renamed.map((change) => change.code),
    ...diff.nowRaised.map((change) => change.code),
    ...diff.noLongerRaised.map((change) => change.code),
    ...diff.messageChanged.map((change) => change.code),
    ...diff.typingChanged.map((change) => change.code),
  ]);
}

/** Each published version after the first, with its changes against its predecessor. */
export function releaseDiffs(history: DiffHistory): VersionDiff[] {
  return history.versions.slice(1).map((entry, index) => versionDiff(history, history.versions[index]?.version ?? entry.version, entry.version));
}

/** The versions (after the first) whose release changed something about `code`, oldest first. */
export function versionsChanging(history: DiffHistory, code: number): string[] {
  return releaseDiffs(history)
    .filter((diff) => numbersIn(diff).has(code))
    .map((diff) => diff.to);
}

/**
 * A choice of versions read from the URL: `from` and `to` when both are published versions, else
 * undefined for each one that is not (a malformed or unknown value is ignored, never an error).
 */
export function parseVersionChoice(search: string, versions: readonly string[]): { from: string | undefined; to: string | undefined } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { from: undefined, to: undefined };
  }
  const pick = (key: string) => {
    const value = params.get(key)?.trim();
    return value !== undefined && versions.includes(value) ? value : undefined;
  };
  return { from: pick('from'), to: pick('to') };
}
