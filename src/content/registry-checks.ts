import type { RegistryEntry } from '../schemas/registry';
import type { ContentIssue } from '../schemas/content-error';
import type { SdkHistoryAccessor } from '../sdk/sdk-history-query';

type LineOf = (index: number, fieldPath?: readonly PropertyKey[]) => number | undefined;

/** What the registry rules ask of the SDK history. */
export type HistoryFacts = Pick<SdkHistoryAccessor, 'pinnedVersion' | 'codeOf' | 'versionsDefining' | 'versionsRaising' | 'namesOf' | 'sdkVersions'>;

/**
 * Rules that span entries, which a per-entry schema cannot express: codes are unique, and each
 * constant name (name or alias) belongs to one code only, except a name that has moved: with the
 * SDK history, a name may also be the name of a code that no longer has it in the pinned version
 * (LOCAL_DB_OPERATION_FAILED: 800 now, 55 in 1.2.1 to 1.3.0).
 */
export function checkRegistry(file: string, entries: readonly RegistryEntry[], lineOf: LineOf, history?: HistoryFacts): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const codeSeenAt = new Map<number, number>();
  const nameOwner = new Map<string, { code: number; line: number | undefined; role: 'name' | 'alias' }>();

  entries.forEach((entry, index) => {
    const entryLabel = `code ${entry.code}`;
    const firstIndex = codeSeenAt.get(entry.code);
    if (firstIndex !== undefined) {
      issues.push({
        file,
        line: lineOf(index, ['code']),
        entry: entryLabel,
        field: 'code',
        message: `duplicate code ${entry.code}: already defined at line ${lineOf(firstIndex, ['code'])}`,
      });
    } else {
      codeSeenAt.set(entry.code, index);
    }

    const names: { name: string; field: (string | number)[]; role: 'name' | 'alias' }[] = [
      { name: entry.name, field: ['name'], role: 'name' },
      ...entry.aliases.map((alias, aliasIndex) => ({ name: alias.name, field: ['aliases', aliasIndex, 'name'], role: 'alias' as const })),
    ];
    for (const { name, field, role } of names) {
      const line = lineOf(index, field);
      const owner = nameOwner.get(name);
      if (owner === undefined) {
        nameOwner.set(name, { code: entry.code, line, role });
      } else if (history && hasMoved(history, name, owner.code, entry.code)) {
        // A moved name: the pinned version gives it one of the two codes, some other version the other.
      } else if (owner.code === entry.code) {
        issues.push({ file, line, entry: entryLabel, field: field.join('.'), message: `"${name}" is listed twice for this code` });
      } else {
        issues.push({
          file,
          line,
          entry: entryLabel,
          field: field.join('.'),
          message: `duplicate name "${name}": already ${owner.role === 'name' ? 'the name' : 'an alias'} of code ${owner.code} (line ${owner.line}); a second name of one code belongs in its "aliases"`,
        });
      }
    }
    if (history) issues.push(...checkAgainstHistory(file, entry, (field) => lineOf(index, field), history));
  });
  return issues;
}

/** Whether `name` is one code's in the pinned version and the other's in some published version. */
function hasMoved(history: HistoryFacts, name: string, a: number, b: number): boolean {
  const now = history.codeOf(name);
  const former = now === a ? b : now === b ? a : undefined;
  return former !== undefined && former !== now && history.sdkVersions.some((version) => history.codeOf(name, version) === former);
}

/**
 * An entry's name is a name some published version gives its code, and the entry has a source: the
 * pinned status.d.ts (`sdk`), the official table, or a published version that raises the code.
 */
function checkAgainstHistory(file: string, entry: RegistryEntry, lineOf: (field: readonly PropertyKey[]) => number | undefined, history: HistoryFacts): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const entryLabel = `code ${entry.code}`;
  const named = history.sdkVersions.filter((version) => history.namesOf(entry.code, version).includes(entry.name));
  if (named.length === 0 && (entry.sdk !== undefined || entry.official === undefined)) {
    issues.push({
      file,
      line: lineOf(['name']),
      entry: entryLabel,
      field: 'name',
      message: `no published agora-chat version names code ${entry.code} ${entry.name} (content/sdk-history.json); ${
        history.versionsDefining(entry.code).length > 0 ? `${history.pinnedVersion} names it ${history.namesOf(entry.code).join(', ') || '(nothing)'}` : 'no version defines the code'
      }`,
    });
  }
  if (entry.sdk === undefined && entry.official === undefined && history.versionsRaising(entry.code).length === 0) {
    issues.push({
      file,
      line: lineOf(['code']),
      entry: entryLabel,
      field: 'sdk',
      message: 'needs a source: "sdk" (status.d.ts declares it), "official" (the official table lists it), or a published agora-chat version that raises it (content/sdk-history.json)',
    });
  }
  return issues;
}

/** A prose file found under content/codes/, as `<locale>/<file name>`. */
export interface ProseFile {
  locale: string;
  fileName: string;
}

const proseFileName = /^(-?(?:0|[1-9]\d*))\.mdx$/;

/** Every registry code has prose in every locale, and every prose file belongs to a registry code. */
export function checkProseAgreement(
  proseDir: string,
  registryFile: string,
  codes: readonly number[],
  proseFiles: readonly ProseFile[],
  locales: readonly string[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = new Set(codes);
  const present = new Set<string>();
  for (const { locale, fileName } of proseFiles) {
    const file = `${proseDir}/${locale}/${fileName}`;
    if (!locales.includes(locale)) {
      issues.push({ file, message: `"${locale}" is not a site locale (${locales.join(', ')}); move the file into one of those folders` });
      continue;
    }
    const match = proseFileName.exec(fileName);
    if (!match) {
      issues.push({ file, message: `file name "${fileName}" must be an error code followed by .mdx, e.g. 206.mdx or -1.mdx` });
      continue;
    }
    const code = Number(match[1]);
    present.add(`${locale}/${code}`);
    if (!known.has(code)) {
      issues.push({ file, entry: `code ${code}`, message: `prose for code ${code}, which has no entry in ${registryFile}` });
    }
  }
  for (const code of codes) {
    for (const locale of locales) {
      if (!present.has(`${locale}/${code}`)) {
        issues.push({
          file: registryFile,
          entry: `code ${code}`,
          message: `has no prose in locale "${locale}": create ${proseDir}/${locale}/${code}.mdx`,
        });
      }
    }
  }
  return issues;
}
