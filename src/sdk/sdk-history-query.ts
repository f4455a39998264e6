/**
 * Questions about an SDK history (the shape of content/sdk-history.json): which names each published
 * agora-chat version gives each number, which of them it raises, with which messages. Pure: the
 * file-bound answers are in sdk-history.ts; tests use fixtures.
 */
import { sdkHistorySchema, type SdkConstant, type SdkHistory } from '../schemas/sdk-history';
import { ContentError } from '../schemas/content-error';

/** Validates parsed JSON as the SDK history; throws a ContentError naming `file` and each bad field. */
export function parseSdkHistory(data: unknown, file: string, pinnedByPackage?: string): SdkHistory {
  const result = sdkHistorySchema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((issue) => ({ file, ...(issue.path.length > 0 ? { field: issue.path.map(String).join('.') } : {}), message: issue.message })),
    );
  }
  if (pinnedByPackage !== undefined && result.data.pinned !== pinnedByPackage) {
    throw new ContentError([
      { file, field: 'pinned', message: `is ${result.data.pinned}, but package.json pins agora-chat ${pinnedByPackage}: run npm run sdk:history` },
    ]);
  }
  return result.data;
}

/** One meaning of a number: the names it had in a run of consecutive versions. */
export interface Meaning {
  names: string[];
  versions: string[];
  /** The versions of this run that raise the number. */
  raisedIn: string[];
}

/** A run of consecutive published versions, e.g. 1.2.2-1 to 1.3.0 (from === to for one version). */
export interface VersionRange {
  from: string;
  to: string;
}

/** The questions pages ask of the history, answered for one history (the file's, or a test fixture). */
export function sdkHistoryAccessor(history: SdkHistory) {
  const sdkVersions = history.versions.map((entry) => entry.version);
  const byVersion = new Map(history.versions.map((entry) => [entry.version, entry]));

  const constantsOf = (version: string): Record<string, SdkConstant> => {
    const entry = byVersion.get(version);
    if (!entry) throw new Error(`the SDK history has no agora-chat ${version} (it has ${sdkVersions.join(', ')})`);
    return entry.constants;
  };
  const withCode = (code: number, version: string) => Object.entries(constantsOf(version)).filter(([, constant]) => constant.code === code);

  /** The names `version` gives `code`, in the file's order (the runtime enum's). */
  const namesOf = (code: number, version: string = history.pinned): string[] => withCode(code, version).map(([name]) => name);
  const versionsDefining = (code: number): string[] => sdkVersions.filter((version) => withCode(code, version).length > 0);
  const versionsRaising = (code: number): string[] =>
    sdkVersions.filter((version) => withCode(code, version).some(([, constant]) => constant.raised));
  /** The literal messages `version` raises `code` with, under any of its names; sorted, without duplicates. */
  const messagesOf = (code: number, version: string = history.pinned): string[] =>
    [...new Set(withCode(code, version).flatMap(([, constant]) => constant.messages))].sort();
  /** The number `version` gives a name, or undefined where it lacks the name. */
  const codeOf = (name: string, version: string = history.pinned): number | undefined => constantsOf(version)[name]?.code;

  /** Runs of consecutive versions in which `code` has the same names (versions lacking it end a run). */
  const meaningsOf = (code: number): Meaning[] => {
    const meanings: Meaning[] = [];
    let previousKey: string | undefined;
    for (const version of sdkVersions) {
      const names = namesOf(code, version);
      const key = names.join(' ');
      const last = meanings.at(-1);
      if (names.length > 0 && last && key === previousKey) last.versions.push(version);
      else if (names.length > 0) meanings.push({ names, versions: [version], raisedIn: [] });
      if (names.length > 0 && withCode(code, version).some(([, constant]) => constant.raised)) meanings.at(-1)?.raisedIn.push(version);
      previousKey = names.length > 0 ? key : undefined;
    }
    return meanings;
  };

  /** `versions` (a subset of the published ones) as runs of consecutive published versions. */
  const rangesOf = (versions: readonly string[]): VersionRange[] => {
    const wanted = new Set(versions);
    const ranges: VersionRange[] = [];
    let open: VersionRange | undefined;
    for (const version of sdkVersions) {
      if (!wanted.has(version)) open = undefined;
      else if (open) open.to = version;
      else ranges.push((open = { from: version, to: version }));
    }
    return ranges;
  };

  return { sdkVersions, pinnedVersion: history.pinned, namesOf, versionsDefining, versionsRaising, messagesOf, codeOf, meaningsOf, rangesOf, constantsOf };
}

export type SdkHistoryAccessor = ReturnType<typeof sdkHistoryAccessor>;

