/**
 * The search page: runs the query from ?q= (the header form's target, so search also starts
 * from pages that load no JavaScript), and keeps ?q= in step with the input for sharing.
 */
import { readQueryParam } from '../utils/query-param';

const components = window.PagefindComponents;
if (components) {
  // Titles carry the code and its title; `terms` carries the constant name split into words.
  const instance = components.configureInstance('default', { ranking: { metaWeights: { title: 5, terms: 4 } } });
  const query = readQueryParam(location.search, 'q');
  const input = document.querySelector<HTMLInputElement>('pagefind-input input');
  if (query) {
    if (input) input.value = query;
    instance.triggerSearch(query);
  }
  instance.on('search', (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
