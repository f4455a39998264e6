/**
 * The terminology list (docs/terminology.yaml), validated, and turned into the dictionary of
 * textlint-rule-prh for one locale: each avoided variant becomes a pattern whose expected text is
 * the term.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, stringify } from 'yaml';
import type { Locale } from '../../src/i18n/locales.ts';
import { terminologySchema, variantRegExp, type TerminologyEntry } from '../../src/schemas/terminology.ts';

export const TERMINOLOGY_FILE = 'docs/terminology.yaml';

/** Reads and validates the list; a bad entry fails with the file, line and field. */
export function loadTerminology(root: string): TerminologyEntry[] {
  const source = readFileSync(path.join(root, TERMINOLOGY_FILE), 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  if (document.errors.length) {
    throw new Error(document.errors.map((error) => `${TERMINOLOGY_FILE}:${error.linePos?.[0].line ?? '?'}: ${error.message}`).join('\n'));
  }
  const result = terminologySchema.safeParse(document.toJS());
  if (result.success) return result.data;
  throw new Error(
    result.error.issues
      .map((issue) => {
        const node = document.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
        return `${TERMINOLOGY_FILE}${line ? `:${line}` : ''}: field "${issue.path.join('.')}": ${issue.message}`;
      })
      .join('\n'),
  );
}

/** A variant as prh reads a pattern: always a /regex/, so that prh does not re-escape literal text. */
function prhPattern(variant: string): string {
  const regExp = variantRegExp(variant);
  return `/${regExp.source}/${regExp.flags.replace(/[gu]/g, '')}`;
}

/** The prh dictionary (YAML) of one locale. */
export function prhDictionary(entries: readonly TerminologyEntry[], locale: Locale): string {
  const rules = entries
    .filter((entry) => entry.avoid[locale].length > 0)
    .map((entry) => ({ expected: entry[locale], patterns: entry.avoid[locale].map(prhPattern) }));
  return stringify({ version: 1, rules });
}
