import type { RegistryEntry } from '../schemas/registry';
import type { ContentIssue } from './content-error';

type LineOf = (index: number, fieldPath?: readonly PropertyKey[]) => number | undefined;

/**
 * Rules that span entries, which a per-entry schema cannot express: codes are unique, and each
 * constant name (name or alias) belongs to one code only.
 */
export function checkRegistry(file: string, entries: readonly RegistryEntry[], lineOf: LineOf): ContentIssue[] {
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
  });
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
