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

// A number counts only on its own or as a pasted error's type: in free text ("error code 401") and as a
// bare HTTP status (401, 404: STATUS_* share 400-406) it is a word, as the code lookup treats it.
const BARE_NUMBER = /^\s*[+-]?\d{1,6}\s*$/;
const HTTP_STATUS = /^(?:1\d\d|2\d\d|30[0-8]|4\d\d|5\d\d)$/;
const PASTED_TYPE = /["']?\btype["']?\s*[:=]/;

/** The other name `input` means (by name, or by a number only other names have), or undefined. */
export function lookupOtherName(input: string, index: readonly OtherNameIndexEntry[]): string | undefined {
  const entries = index.flatMap((entry) => entry.codes.map((code) => ({ code, names: [entry.name] })));
  const result = parseLookup(input, entries);
  if (result.kind === 'code' && (PASTED_TYPE.test(input) || (BARE_NUMBER.test(input) && !HTTP_STATUS.test(input.trim())))) {
    return index.find((entry) => entry.codes.includes(result.code))?.name;
  }
  if (result.kind === 'name') return index.find((entry) => entry.name === result.name)?.name;
  return undefined;
}
