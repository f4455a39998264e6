/**
 * The search page, which the header's box opens as /search/?q=…: a code, a constant name or a
 * pasted error goes straight to its page; anything else is searched with pagefind's Component UI,
 * loaded only then. ?q= follows the input, so results can be shared.
 */
import { nearestCodes, parseLookup, similarNames } from '../utils/lookup';
import { readQueryParam } from '../utils/query-param';
import { searchRanking } from '../utils/search-ranking';
import { codeUrl, loadLookupIndex, readLookupSettings, renderCodeList } from './lookup-client';
import { otherNameUrl } from './other-name-client';

const root = document.querySelector<HTMLElement>('[data-search-root]');
const settings = root ? readLookupSettings(root) : undefined;

function loadSearchUi(query: string): void {
  const bundle = root?.dataset.pagefindBundle;
  if (!bundle) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${bundle}pagefind-component-ui.js`;
  script.addEventListener('load', () => {
    const components = window.PagefindComponents;
    if (!components) return;
    const instance = components.configureInstance('default', { ranking: searchRanking });
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
  });
  document.head.append(script);
}

async function start(): Promise<void> {
  const query = readQueryParam(location.search, 'q');
  if (!query || !settings || !root) return loadSearchUi(query);
  const index = await loadLookupIndex(settings).catch(() => undefined);
  if (!index) return loadSearchUi(query);

  const result = parseLookup(query, index);
  if (result.kind === 'code') return location.replace(codeUrl(settings, result.code));
  if (result.kind === 'name') return location.replace(codeUrl(settings, result.codes.length === 1 ? (result.codes[0] ?? '') : result.name));
  // A legacy name, a connection state or a number only they have: their entry in the appendix says what it is.
  const other = await otherNameUrl(query, root);
  if (other) return location.replace(other);

  const notice = root.querySelector<HTMLElement>('[data-lookup-notice]');
  const message = notice?.querySelector<HTMLElement>('[data-lookup-message]');
  const list = notice?.querySelector<HTMLElement>('ul');
  // Near names only for what looks like a constant (LOGIN_ANOTHER_DEVIC), not for words like "rate limit".
  const looksLikeConstant = /^[A-Za-z0-9.]*_[A-Za-z0-9_.]*$/.test(query);
  const suggestions =
    result.kind === 'unknown-code' ? nearestCodes(result.code, index) : looksLikeConstant ? similarNames(query, index) : [];
  if (notice && message && list && suggestions.length > 0) {
    const template = result.kind === 'unknown-code' ? notice.dataset.unknownCode : notice.dataset.similarNames;
    message.textContent = (template ?? '').replace('{code}', result.kind === 'unknown-code' ? String(result.code) : '');
    renderCodeList(list, suggestions, index, settings);
    notice.hidden = false;
  }
  loadSearchUi(query);
}

void start();
