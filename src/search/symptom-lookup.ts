/**
 * Symptom phrasings (消息发不出去, "can't log in") found by our own exact lookup, as constant names are,
 * instead of by pagefind's text search: pagefind's answer for a phrase depends on where its index chunks
 * happen to split, which unrelated text on other pages moves. Pure: no DOM, no I/O.
 *
 * - The query names a symptom when, normalised, it equals the symptom's title or one of its keywords:
 *   the search page goes to the symptom's page.
 * - The query contains a symptom when it holds a whole keyword (or title) long enough to mean the symptom
 *   on its own: at least 4 Chinese characters (为什么消息发不出去 holds 消息发不出去), or, for a keyword
 *   without Chinese, at least 2 English words in a row (“messages not received after login”). Shorter
 *   keywords (掉线, token 失效, throttling) are too generic to decide anything inside a sentence. The search
 *   page lists the symptom's page above the text results.
 */
import type { Locale } from '../i18n/locales';
import type { Symptom } from '../schemas/symptom';

/** One symptom as the search page knows it, in the page's locale. */
export interface SymptomEntry {
  id: string;
  url: string;
  title: string;
  keywords: readonly string[];
}

export type SymptomMatch =
  /** The query is the symptom's title or one of its keywords. */
  | { kind: 'exact'; symptom: SymptomEntry }
  /** The query holds a whole keyword (or title) of each of these symptoms, or equals a keyword several share. */
  | { kind: 'contains'; symptoms: SymptomEntry[] };

/** Chinese characters a contained keyword needs. */
export const MIN_CONTAINED_HAN = 4;
/** English words a contained keyword (one without Chinese) needs. */
export const MIN_CONTAINED_WORDS = 2;
/** Longest query read: a symptom is a phrase, and a pasted log is no symptom. */
const MAX_QUERY = 500;

const APOSTROPHES = /['’‘ʼ`´]/gu;
const HAN = /\p{Script=Han}/gu;

/** Full-width forms as ASCII (ＡＢＣ，！ → ABC,!), lower case, every apostrophe the same and dropped (can't = cant). */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '');

/** Text as the exact match compares it: folded, with every punctuation mark, symbol and space removed. */
export function normalizeSymptomText(text: string): string {
  return fold(text).replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/** The English (or other non-Chinese) words of a text, folded: "Can't log in!" → ["cant", "log", "in"]. */
function latinWords(text: string): string[] {
  return fold(text)
    .replace(HAN, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Whether `words` holds `phrase` as consecutive words. */
function holdsWords(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * Whether `query` holds the whole of `keyword`, and the keyword is long enough to decide: 4 Chinese
 * characters or more (the normalised keyword inside the normalised query), or, for a keyword without
 * Chinese, 2 words or more (its words in a row among the query's words, so "log in" is never found inside "blog instance").
 */
export function containsKeyword(query: string, keyword: string): boolean {
  const han = keyword.match(HAN)?.length ?? 0;
  if (han > 0) return han >= MIN_CONTAINED_HAN && normalizeSymptomText(query).includes(normalizeSymptomText(keyword));
  const phrase = latinWords(keyword);
  return phrase.length >= MIN_CONTAINED_WORDS && holdsWords(latinWords(query), phrase);
}

const phrasingsOf = (entry: SymptomEntry) => [entry.title, ...entry.keywords];

/** The symptom `query` names (exact), or the symptoms it contains; undefined when it is about none. */
export function findSymptom(query: string, entries: readonly SymptomEntry[]): SymptomMatch | undefined {
  const text = query.slice(0, MAX_QUERY);
  const normalized = normalizeSymptomText(text);
  if (normalized === '') return undefined;
  const exact = entries.filter((entry) => phrasingsOf(entry).some((phrasing) => normalizeSymptomText(phrasing) === normalized));
  const [only] = exact;
  if (only && exact.length === 1) return { kind: 'exact', symptom: only };
  if (exact.length > 1) return { kind: 'contains', symptoms: exact };
  const contained = entries.filter((entry) => phrasingsOf(entry).some((phrasing) => containsKeyword(text, phrasing)));
  return contained.length > 0 ? { kind: 'contains', symptoms: contained } : undefined;
}

/** The symptom entries of `locale`, in the symptoms' order: what the search page renders for the lookup. */
export function symptomEntries(symptoms: readonly Symptom[], locale: Locale, urlOf: (id: string) => string): SymptomEntry[] {
  return [...symptoms]
    .sort((a, b) => a.order - b.order)
    .map((symptom) => ({ id: symptom.id, url: urlOf(symptom.id), title: symptom.title[locale], keywords: symptom.keywords[locale] }));
}

const isString = (value: unknown): value is string => typeof value === 'string';
/** A path on this site ("/symptoms/…/", "/en/symptoms/…/"): never another origin or a javascript: URL. */
const isSitePath = (value: unknown): value is string => isString(value) && value.startsWith('/') && !value.startsWith('//');

/** The entries back from that text; bad JSON gives none, an entry of the wrong shape (or a URL off the site) is left out. Never throws. */
export function parseSymptomEntries(text: string | null | undefined): SymptomEntry[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: unknown): SymptomEntry[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, url, title, keywords } = item as Record<string, unknown>;
    if (!isString(id) || !isSitePath(url) || !isString(title) || !Array.isArray(keywords) || !keywords.every(isString)) return [];
    return [{ id, url, title, keywords }];
  });
}
