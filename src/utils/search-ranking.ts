/**
 * pagefind ranking used by the search page (and by the tests that check result order).
 * Titles carry the code and its title; `terms` carries the constant name in every form.
 */
export const searchRanking = { metaWeights: { title: 5, terms: 4 } } as const;
