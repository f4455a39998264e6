/**
 * Lookup of the runtime enum's other names (STATUS_CLOSED, WEBIM_MESSAGE_REC_TEXT, 310): what the
 * search page tries after the documented codes found nothing. Pure; reuses the code lookup's parsing,
 * so numbers, pasted errors and either CONNCTION spelling work the same way.
 */
import { parseLookup } from './lookup';

/** One other name as the browser gets it (other-names-index.json). */
export interface OtherNameIndexEntry {
  name: string;
  /** Every number some version gives it. */
  codes: number[];
}

/** The other name `input` means (by name, or by a number only other names have), or undefined. */
export function lookupOtherName(input: string, index: readonly OtherNameIndexEntry[]): string | undefined {
  const entries = index.flatMap((entry) => entry.codes.map((code) => ({ code, names: [entry.name] })));
  const result = parseLookup(input, entries);
  if (result.kind === 'code') return index.find((entry) => entry.codes.includes(result.code))?.name;
  if (result.kind === 'name') return index.find((entry) => entry.name === result.name)?.name;
  return undefined;
}
