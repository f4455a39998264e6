import { codesOfNameWords } from './name-words';
import { codesOfHttpStatuses, httpStatusesInText, type HttpCodeMap } from './http-status';

/**
 * "Go to code": turns what a developer has at hand (a number, a constant name in any case or
 * spelling, a pasted error object or log line) into the code it names. Pure: no DOM, no I/O.
 */

/** One code as the lookup knows it. */
export interface LookupEntry {
  code: number;
  /** The SDK constant first, then aliases. */
  names: readonly string[];
  /** A name the official table prints for this code although the SDK gives it to another (607). */
  officialName?: string | undefined;
  /** The literal `error.message` strings the SDK attaches to this code. */
  messages?: readonly string[] | undefined;
}

export type LookupResult =
  | { kind: 'code'; code: number }
  /** A number that is no documented code. */
  | { kind: 'unknown-code'; code: number }
  /** A constant name; `codes` has two entries where the official table reuses a name (GROUP_NOT_EXIST). */
  | { kind: 'name'; name: string; codes: number[] }
  /** Several codes: named in free text ("type 16 … type 39"), or sharing the pasted message. */
  | { kind: 'codes'; codes: number[]; via: 'text' | 'message' }
  /** HTTP statuses in a sentence ("error 401 … token"): the codes the SDK gives a REST call answered with them. */
  | { kind: 'http'; statuses: number[]; codes: number[] }
  | { kind: 'none' };

/** Longest input we read; a pasted log can be long, but the code is near its start. */
export const MAX_LOOKUP_INPUT = 10_000;

/** The SDK misspells CONNECTION as CONNCTION in most names; accept either spelling. */
const nameKey = (name: string) => name.toUpperCase().replace(/CONNECTION/g, 'CONNCTION');

const INTEGER = /^[+-]?\d{1,15}$/;
/** `type: 206`, `"type":206`, `type=206`, `type => -1`: the SDK's own field, so its number is the answer. */
const TYPE_FIELD = /\btype["']?\s*(?:[:=]|=>)\s*["']?(-?\d{1,15})\b/i;
/** A number framed as a code in prose: `type 39`, `error code 39`, `code=509`, `errorCode: 40`, `(error code 39)`. */
const ENGLISH_FRAME = /\b(?:type|code|error\s*code|err(?:or)?_?code|errno)\s*(?:[:=#]|=>|is)?\s*["'(\[]?\s*(-?\d{1,6})(?!\d)/gi;
/** The same in Chinese: `错误码 206`, `错误代码：40`, `报错 40`, `错误 -1`. */
const CHINESE_FRAME = /(?:错误码|错误代码|错误号|错误|报错|返回码)\s*[:：=]?\s*(-?\d{1,6})(?!\d)/gi;
const WORD = /[A-Za-z][A-Za-z0-9_]*/g;
/** `message: "…"`, `"message":"…"`, `message: '…'` in a pasted error. */
const MESSAGE_FIELD = /\bmessage["']?\s*[:=]\s*(["'`])((?:(?!\1).){1,300})\1/i;

const sortedCodes = (codes: Iterable<number>) => [...new Set(codes)].sort((a, b) => a - b);

/** Codes framed as such in free text; only documented ones: "error code 401" is an HTTP status, a word. */
export function codesInText(input: string, known: ReadonlySet<number>): number[] {
  const found = [...input.matchAll(ENGLISH_FRAME), ...input.matchAll(CHINESE_FRAME)].map((match) => Number(match[1]));
  return sortedCodes(found.filter((code) => known.has(code)));
}

/** Every constant name in the text (any case, either CONNCTION spelling), with the codes it names. */
export function namesInText(input: string, entries: readonly LookupEntry[]): { name: string; codes: number[] }[] {
  const owners = new Map<string, { name: string; codes: number[] }>();
  const claim = (name: string, code: number) => {
    const key = nameKey(name);
    const owner = owners.get(key) ?? { name, codes: [] };
    if (!owner.codes.includes(code)) owner.codes.push(code);
    owners.set(key, owner);
  };
  for (const entry of entries) for (const name of entry.names) claim(name, entry.code);
  for (const entry of entries) if (entry.officialName) claim(entry.officialName, entry.code);

  const found = new Map<string, { name: string; codes: number[] }>();
  for (const word of input.match(WORD) ?? []) {
    const owner = owners.get(nameKey(word));
    if (owner) found.set(owner.name, { name: owner.name, codes: sortedCodes(owner.codes) });
  }
  return [...found.values()];
}

/** Case, spacing, surrounding quotes and closing punctuation do not matter in a pasted message. */
const messageKey = (text: string) =>
  text
    .trim()
    .replace(/^["'`“‘]+|["'`”’]+$/g, '')
    .replace(/[.!。！\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** A message counts inside longer text only when it is specific enough not to occur by chance. */
const SPECIFIC_MESSAGE = /\S+\s+\S+\s+\S+/;

/**
 * The codes whose SDK message the input is: the whole input, the `message` field of a pasted
 * error, or (for messages of three words or more) a part of a longer line.
 */
export function codesOfMessage(input: string, entries: readonly LookupEntry[]): number[] {
  const whole = messageKey(input);
  const field = MESSAGE_FIELD.exec(input)?.[2];
  const candidates = field === undefined ? [whole] : [whole, messageKey(field)];
  const codes = entries.filter((entry) =>
    (entry.messages ?? []).some((message) => {
      const key = messageKey(message);
      if (key === '') return false;
      return candidates.includes(key) || (SPECIFIC_MESSAGE.test(key) && whole.includes(key));
    }),
  );
  return sortedCodes(codes.map((entry) => entry.code));
}

/**
 * In order: a bare number; the `type` field of a pasted error; codes framed in free text and
 * constant names anywhere (one code: go there; several: list them); the SDK's message; HTTP statuses
 * in a sentence (listed with the codes the SDK gives for them); the words of a constant name as a phrase, in any order and inflection (name-words.ts).
 */
export function parseLookup(rawInput: string, entries: readonly LookupEntry[], http: HttpCodeMap = {}): LookupResult {
  const input = rawInput.slice(0, MAX_LOOKUP_INPUT).trim();
  if (input === '') return { kind: 'none' };
  const known = new Set(entries.map((entry) => entry.code));
  const byNumber = (code: number): LookupResult => (known.has(code) ? { kind: 'code', code } : { kind: 'unknown-code', code });

  if (INTEGER.test(input)) return byNumber(Number(input));

  const typeField = TYPE_FIELD.exec(input)?.[1];
  if (typeField !== undefined) return byNumber(Number(typeField));

  const framed = codesInText(input, known);
  const names = namesInText(input, entries);
  const [onlyName] = names;
  if (onlyName && names.length === 1 && framed.every((code) => onlyName.codes.includes(code))) return { kind: 'name', ...onlyName };
  const mentioned = sortedCodes([...framed, ...names.flatMap((name) => name.codes)]);
  const [onlyMentioned] = mentioned;
  if (onlyMentioned !== undefined && mentioned.length === 1) return { kind: 'code', code: onlyMentioned };
  if (mentioned.length > 1) return { kind: 'codes', codes: mentioned, via: 'text' };

  const byMessage = codesOfMessage(input, entries);
  const [onlyByMessage] = byMessage;
  if (onlyByMessage !== undefined && byMessage.length === 1) return { kind: 'code', code: onlyByMessage };
  if (byMessage.length > 1) return { kind: 'codes', codes: byMessage, via: 'message' };

  const statuses = httpStatusesInText(input, http, known);
  if (statuses.length > 0) return { kind: 'http', statuses, codes: codesOfHttpStatuses(statuses, http) };

  // The words of a constant name as a phrase ("group does not exist", "群组不存在"): that code.
  const byNameWords = codesOfNameWords(input, entries);
  const [onlyByNameWords] = byNameWords;
  if (onlyByNameWords !== undefined && byNameWords.length === 1) return { kind: 'code', code: onlyByNameWords };
  if (byNameWords.length > 1) return { kind: 'codes', codes: byNameWords, via: 'text' };
  return { kind: 'none' };
}

/** The documented codes closest in value to `code`, nearest first. */
export function nearestCodes(code: number, entries: readonly LookupEntry[], count = 5): number[] {
  return entries
    .map((entry) => entry.code)
    .sort((a, b) => Math.abs(a - code) - Math.abs(b - code) || a - b)
    .slice(0, count);
}

/** Codes whose names share the most words with `text` (e.g. "LOGIN_ANOTHER_DEVIC" → 206). */
export function similarNames(text: string, entries: readonly LookupEntry[], count = 5): number[] {
  const words = nameKey(text.slice(0, 200))
    .split(/[^A-Z0-9]+/)
    .filter((word) => word.length >= 3);
  if (words.length === 0) return [];
  return entries
    .map((entry) => {
      const haystack = entry.names.map(nameKey).join(' ');
      return { code: entry.code, score: words.filter((word) => haystack.includes(word)).length };
    })
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || a.code - b.code)
    .slice(0, count)
    .map((candidate) => candidate.code);
}
