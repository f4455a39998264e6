/**
 * Extra words for the search index: each constant name split into its words, so "login another"
 * or "kicked password" find a code, plus the correct spelling of the SDK's misspelt CONNCTION.
 */
export function searchTerms(names: readonly string[]): string {
  const words = names.flatMap((name) => name.toLowerCase().split('_')).filter(Boolean);
  if (words.includes('connction')) words.push('connection');
  return [...new Set(words)].join(' ');
}
