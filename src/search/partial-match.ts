/**
 * Ranks pages for a query no page fully matches: each of its words is searched on its own, and a
 * page scores for every word it contains. A word found on few pages (禁言: 3 of 77) says more than
 * one found on most (消息: 41 of 77), so each word counts by its inverse document frequency, scaled
 * by how well pagefind ranks the page for that word. Pure: the searching is done by the caller.
 */

/** The pages pagefind returned for one word, with their pagefind scores. */
export interface WordHits {
  word: string;
  hits: readonly { id: string; score: number }[];
}

export interface PartialMatch {
  id: string;
  score: number;
  /** The query's words this page contains, in query order. */
  words: string[];
}

export function rankPartialMatches(perWord: readonly WordHits[], totalPages: number): PartialMatch[] {
  const pages = new Map<string, PartialMatch>();
  for (const { word, hits } of perWord) {
    if (hits.length === 0) continue;
    const weight = Math.log(1 + Math.max(totalPages, hits.length) / hits.length);
    const best = Math.max(...hits.map((hit) => hit.score)) || 1;
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { id: hit.id, score: 0, words: [] };
      page.score += weight * (0.5 + (0.5 * hit.score) / best);
      if (!page.words.includes(word)) page.words.push(word);
      pages.set(hit.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.score - a.score || b.words.length - a.words.length || a.id.localeCompare(b.id));
}
