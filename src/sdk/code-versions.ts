/**
 * What the SDK history says about one code, shaped for its page, its Markdown twin and codes.json:
 * the versions that define and raise the number, its names per run of versions, and where a name it
 * had lives in other versions (LOCAL_DB_OPERATION_FAILED: 55 in 1.2.1 to 1.3.0, 800 elsewhere).
 */
import type { UiStrings } from '../i18n/ui';
import type { Meaning, SdkHistoryAccessor, VersionRange } from './sdk-history-query';

export interface NameElsewhere {
  name: string;
  code: number;
  ranges: VersionRange[];
}

export interface CodeVersions {
  defined: VersionRange[];
  raised: VersionRange[];
  /** True when every published version defines the number. */
  definedInAll: boolean;
  meanings: (Omit<Meaning, 'versions' | 'raisedIn'> & { ranges: VersionRange[]; raised: VersionRange[]; raisedInAll: boolean })[];
  /** Each name this number has had, in the versions that give that name another number. */
  elsewhere: NameElsewhere[];
  /** The pinned version defines the number. */
  inPinned: boolean;
  /** The names the pinned version gives the number. */
  pinnedNames: string[];
}

export function codeVersions(code: number, history: SdkHistoryAccessor): CodeVersions {
  const defined = history.versionsDefining(code);
  const meanings = history.meaningsOf(code);
  const names = [...new Set(meanings.flatMap((meaning) => meaning.names))];
  const elsewhere = names.flatMap((name) => {
    const moves = new Map<number, string[]>();
    for (const version of history.sdkVersions) {
      const other = history.codeOf(name, version);
      if (other !== undefined && other !== code) moves.set(other, [...(moves.get(other) ?? []), version]);
    }
    return [...moves].map(([other, versions]) => ({ name, code: other, ranges: history.rangesOf(versions) }));
  });
  const pinnedNames = history.namesOf(code, history.pinnedVersion);
  return {
    defined: history.rangesOf(defined),
    raised: history.rangesOf(history.versionsRaising(code)),
    definedInAll: defined.length === history.sdkVersions.length,
    meanings: meanings.map((meaning) => ({
      names: meaning.names,
      ranges: history.rangesOf(meaning.versions),
      raised: history.rangesOf(meaning.raisedIn),
      raisedInAll: meaning.raisedIn.length === meaning.versions.length,
    })),
    elsewhere,
    inPinned: pinnedNames.length > 0,
    pinnedNames,
  };
}

/** A range as text: 1.4.0, or 1.0.4–1.2.1 (en dash). */
export const rangeText = (range: VersionRange): string => (range.from === range.to ? range.from : `${range.from}–${range.to}`);


/** The version facts of a code in words, for its page and Markdown twin. */
export interface VersionNotes {
  sentences: string[];
  elsewhere: (NameElsewhere & { text: string })[];
  rows: { versions: string; names: string[]; raised: string }[];
}

export function versionNotes(facts: CodeVersions, options: { unreachable: boolean; versionCount: number; pinned: string; t: VersionStrings }): VersionNotes {
  const { t, pinned } = options;
  const list = (ranges: readonly VersionRange[]) => t.versionsList(ranges.map(rangeText));
  const pinnedRaises = facts.raised.some((range) => range.to === pinned);
  const sentences = [
    t.versionsSummary(options.versionCount, list(facts.defined), facts.definedInAll),
    ...(facts.inPinned ? [] : [t.versionsNotInPinned(pinned)]),
    facts.raised.length === 0
      ? t.versionsRaisedNowhere
      : options.unreachable
        ? t.versionsCodePath(list(facts.raised))
        : t.versionsRaised(list(facts.raised)),
    ...(facts.inPinned && facts.raised.length > 0 && !pinnedRaises ? [t.versionsNotRaisedSince(pinned)] : []),
    ...(options.unreachable ? [t.versionsUnreachable(pinned)] : []),
  ];
  return {
    sentences,
    elsewhere: facts.elsewhere.map((moved) => ({ ...moved, text: t.versionsNameElsewhere(moved.name, list(moved.ranges), moved.code) })),
    rows: facts.meanings.map((meaning) => ({
      versions: list(meaning.ranges),
      names: meaning.names,
      raised:
        meaning.raised.length === 0
          ? t.versionsRaisedNo
          : options.unreachable
            ? t.versionsRaisedUnreachable
            : meaning.raisedInAll
              ? t.versionsRaisedYes
              : t.versionsRaisedOnly(list(meaning.raised)),
    })),
  };
}

/** The interface strings versionNotes needs (a slice of src/i18n/ui.ts). */
export type VersionStrings = Pick<
  UiStrings,
  | 'versionsSummary'
  | 'versionsRaised'
  | 'versionsRaisedNowhere'
  | 'versionsCodePath'
  | 'versionsRaisedUnreachable'
  | 'versionsNotRaisedSince'
  | 'versionsUnreachable'
  | 'versionsNotInPinned'
  | 'versionsNameElsewhere'
  | 'versionsRaisedYes'
  | 'versionsRaisedNo'
  | 'versionsRaisedOnly'
  | 'versionsList'
>;
