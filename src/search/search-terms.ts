/**
 * Extra words for the search index, kept in the page's `terms` metadata (searchable, never shown).
 * pagefind matches words by prefix, so for WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE it gets every
 * tail of the name (login_another_device, another_device…) and every word: a search for
 * LOGIN_ANOTHER, "login another" or "another" then finds 206. CONNCTION also gets its correct spelling.
 */
export function searchTerms(names: readonly string[]): string {
  const terms: string[] = [];
  for (const name of names) {
    const spellings = name.includes('CONNCTION') ? [name, name.replaceAll('CONNCTION', 'CONNECTION')] : [name];
    for (const spelling of spellings) {
      const words = spelling.toLowerCase().split('_').filter(Boolean);
      words.forEach((_, index) => terms.push(words.slice(index).join('_')));
      terms.push(...words);
    }
  }
  return [...new Set(terms)].join(' ');
}
