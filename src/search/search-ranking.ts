/**
 * pagefind ranking used by the search page (and by the tests that check result order).
 * Titles carry the code and its title; `terms` carries the constant name in every form; `keywords`
 * the words developers use for the problem (front matter), weighted above the title so they reach the top 3.
 */
export const searchRanking = { metaWeights: { title: 5, terms: 4, keywords: 6 } } as const;
