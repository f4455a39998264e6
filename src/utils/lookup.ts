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
}

export type LookupResult =
  | { kind: 'code'; code: number }
  /** A number that is no documented code. */
  | { kind: 'unknown-code'; code: number }
  /** A constant name; `codes` has two entries where the official table reuses a name (GROUP_NOT_EXIST). */
  | { kind: 'name'; name: string; codes: number[] }
  | { kind: 'none' };

/** Longest input we read; a pasted log can be long, but the code is near its start. */
export const MAX_LOOKUP_INPUT = 10_000;

/** The SDK misspells CONNECTION as CONNCTION in most names; accept either spelling. */
const nameKey = (name: string) => name.toUpperCase().replace(/CONNECTION/g, 'CONNCTION');

const INTEGER = /^[+-]?\d{1,15}$/;
/** `type: 206`, `"type":206`, `type=206`, `type => -1`. */
const TYPE_FIELD = /\btype["']?\s*(?:[:=]|=>)\s*["']?(-?\d{1,15})\b/i;
const WORD = /[A-Za-z][A-Za-z0-9_]*/g;

export function parseLookup(rawInput: string, entries: readonly LookupEntry[]): LookupResult {
  const input = rawInput.slice(0, MAX_LOOKUP_INPUT).trim();
  if (input === '') return { kind: 'none' };
  const known = new Set(entries.map((entry) => entry.code));
  const byNumber = (code: number): LookupResult => (known.has(code) ? { kind: 'code', code } : { kind: 'unknown-code', code });

  if (INTEGER.test(input)) return byNumber(Number(input));

  const typeField = TYPE_FIELD.exec(input)?.[1];
  if (typeField !== undefined) return byNumber(Number(typeField));

  const owners = new Map<string, { name: string; codes: number[] }>();
  const claim = (name: string, code: number) => {
    const key = nameKey(name);
    const owner = owners.get(key) ?? { name, codes: [] };
    if (!owner.codes.includes(code)) owner.codes.push(code);
    owners.set(key, owner);
  };
  for (const entry of entries) for (const name of entry.names) claim(name, entry.code);
  for (const entry of entries) if (entry.officialName) claim(entry.officialName, entry.code);

  for (const word of input.match(WORD) ?? []) {
    const owner = owners.get(nameKey(word));
    if (owner) return { kind: 'name', name: owner.name, codes: [...owner.codes].sort((a, b) => a - b) };
  }
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
