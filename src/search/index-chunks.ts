/**
 * Which of pagefind's index chunks a query needs, known before pagefind has started: the build writes the
 * language's chunk ranges into the search page (scripts/search-page-index.ts), and the page preloads the
 * query's chunks while pagefind's WebAssembly loads, instead of one round trip after it. Pure.
 *
 * A superset, never a guess that misses on purpose: a word needs every chunk whose range of index words
 * meets the words it can match by prefix, and an English word is widened to its first four letters, the
 * stem pagefind may have indexed ("muted" → mute…). A chunk preloaded for nothing costs bytes only; a chunk
 * missed is fetched by pagefind itself, as without this.
 */

/** One chunk of a language's index: the first and last index word it holds, and its file's hash. */
export type IndexChunk = readonly [from: string, to: string, hash: string];

/** Latin words are widened to this many letters: English stems are rarely shorter. */
const LATIN_PREFIX = 4;
/** After every word that starts with the prefix, in JavaScript's (UTF-16) order of strings. */
const PAST = '\uffff';

/**
 * The prefixes of the words a query can be searched by: each character of a Chinese run (every word
 * pagefind's splitter can cut from the run starts with one of them, so no splitter is needed yet: building
 * the browser's first one costs 20 to 60 ms), and the first letters of each other word, lower case.
 */
export function chunkTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const run of query.toLowerCase().match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) for (const character of run) terms.add(character);
    else terms.add(run.slice(0, LATIN_PREFIX));
  }
  return [...terms];
}

/**
 * The hashes of the chunks whose range meets the words starting with any of `terms`, in index order. A
 * range's ends are the shortest prefixes that tell it from its neighbours ("reca" ends the chunk holding
 * "recall"), so a chunk holds the words from `from` up to those starting with `to`.
 */
export function chunksFor(terms: readonly string[], chunks: readonly IndexChunk[]): string[] {
  return chunks.filter(([from, to]) => terms.some((term) => from <= `${term}${PAST}` && `${to}${PAST}` >= term)).map(([, , hash]) => hash);
}

/** Keeps only well-formed chunks of what a page carried. */
export function parseIndexChunks(value: unknown): IndexChunk[] {
  if (!Array.isArray(value)) return [];
  return value.filter((chunk): chunk is IndexChunk => Array.isArray(chunk) && chunk.length === 3 && chunk.every((part) => typeof part === 'string'));
}
