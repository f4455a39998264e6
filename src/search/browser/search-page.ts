/**
 * The search page, which the header's box opens as /search/?q=…. First the exact lookup: a code, a
 * constant name, a pasted error or SDK message goes straight to its page, and several codes found in
 * the text are listed above the results. Then pagefind's Component UI searches the text; when no page
 * holds every word, the pages holding some of them are ranked here (see partial-match.ts); when no
 * word matches at all, the page says so and offers the table and its categories. ?q= follows the input.
 */
import { nearestCodes, parseLookup, similarNames, type LookupEntry, type LookupResult } from '../lookup';
import { rankPartialMatches } from '../partial-match';
import { readQueryParam } from '../../routes/query-param';
import { queryWords } from '../query-words';
import { searchRanking } from '../search-ranking';
import { codeUrl, loadLookupIndex, loadLookupMessages, readLookupSettings, renderCodeList } from './lookup-client';
import { otherNameUrl } from './other-name-client';
import type { HttpCodeMap } from '../http-status';

function parseHttpCodes(json: string | undefined): HttpCodeMap {
  if (!json) return {};
  try {
    return JSON.parse(json) as HttpCodeMap;
  } catch {
    return {};
  }
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
const settings = root ? readLookupSettings(root) : undefined;
const bundle = root?.dataset.pagefindBundle;
/** HTTP status → codes (from the SDK claims), rendered into the page by search.astro. */
const httpCodes = parseHttpCodes(root?.dataset.httpCodes);
/** Results listed for a partial match: the first screen. */
const PARTIAL_RESULTS = 8;

let pagefindApi: Promise<PagefindSearchApi> | undefined;
function pagefind(): Promise<PagefindSearchApi> {
  pagefindApi ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (api: PagefindSearchApi) => {
    await api.options({ ranking: searchRanking });
    return api;
  });
  return pagefindApi;
}

const partial = root?.querySelector<HTMLElement>('[data-partial]');
const partialList = partial?.querySelector<HTMLElement>('[data-partial-results]');
const noMatch = root?.querySelector<HTMLElement>('[data-no-match]');

/** Shows our own answer (partial results or nothing found) in place of pagefind's, or neither. */
function showAnswer(which: 'partial' | 'no-match' | undefined): void {
  if (partial) partial.hidden = which !== 'partial';
  if (noMatch) noMatch.hidden = which !== 'no-match';
  if (which) root?.setAttribute('data-answer', which);
  else root?.removeAttribute('data-answer');
}

function showNoMatch(term: string): void {
  const message = noMatch?.querySelector<HTMLElement>('[data-no-match-message]');
  const table = noMatch?.querySelector<HTMLAnchorElement>('[data-no-match-table]');
  if (message) message.textContent = (message.dataset.template ?? '').replace('{query}', term);
  if (table && root?.dataset.homeUrl) {
    table.href = `${root.dataset.homeUrl}?q=${encodeURIComponent(term)}#codes`;
    table.textContent = (table.dataset.template ?? '').replace('{query}', term);
  }
  showAnswer('no-match');
}

/** Searches each meaningful word of `term` alone and lists the pages that hold the most of them. */
async function showPartialMatches(term: string, totalPages: number, isCurrent: () => boolean): Promise<void> {
  const api = await pagefind();
  const words = queryWords(term);
  const results = new Map<string, PagefindSearchResult>();
  const perWord = await Promise.all(
    words.map(async (word) => {
      const found = await api.search(word);
      for (const result of found.results) results.set(result.id, result);
      return { word, hits: found.results.map((result) => ({ id: result.id, score: result.score })) };
    }),
  );
  const ranked = rankPartialMatches(perWord, totalPages).slice(0, PARTIAL_RESULTS);
  const pages = await Promise.all(ranked.map(async (match) => ({ match, data: await results.get(match.id)?.data() })));
  if (!isCurrent()) return;
  if (ranked.length === 0 || !partialList) return showNoMatch(term);

  const label = partialList.dataset.matchedLabel ?? '';
  const separator = partialList.dataset.separator ?? ', ';
  partialList.replaceChildren(
    ...pages.flatMap(({ match, data }) => {
      if (!data) return [];
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = data.url;
      link.textContent = data.meta.title ?? data.url;
      const matched = document.createElement('span');
      matched.className = 'matched';
      matched.textContent = `${label}${match.words.join(separator)}`;
      item.append(link, matched);
      return [item];
    }),
  );
  showAnswer('partial');
}

/**
 * Loads pagefind's UI and searches `query`, or `term` when the lookup already answered part of it (an
 * HTTP status is listed above with its codes, so the text search looks for the other words); the box
 * and the address keep what the reader typed.
 */
function loadSearchUi(query: string, totalPages: number, term = query): void {
  void componentUi().then((components) => {
    if (!components) return;
    const instance = components.configureInstance('default', { ranking: searchRanking });
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    let currentTerm = term;
    instance.on('search', (searched) => {
      currentTerm = searched;
      showAnswer(undefined);
      const url = new URL(location.href);
      const shown = searched === term ? query : searched;
      // The UI writes the term it searched into its box; the reader's own words go back there.
      if (searched === term && term !== query && input) input.value = query;
      if (shown) url.searchParams.set('q', shown);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    });
    instance.on('results', (found) => {
      const term = currentTerm.trim();
      if (!term || found.results.length > 0) return showAnswer(undefined);
      void showPartialMatches(term, totalPages, () => currentTerm.trim() === term).catch(() => showNoMatch(term));
    });
    if (term) {
      if (input) input.value = query;
      instance.triggerSearch(term);
    }
  });
}

let componentUiLoad: Promise<PagefindComponentsGlobal | undefined> | undefined;
/**
 * pagefind's Component UI, loaded once. start() begins loading it at once, beside the lookup data (the
 * page's preload hints have already fetched it), so a word query does not wait for the lookup first.
 */
function componentUi(): Promise<PagefindComponentsGlobal | undefined> {
  componentUiLoad ??= new Promise((resolve) => {
    if (!bundle) return resolve(undefined);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${bundle}pagefind-component-ui.js`;
    script.addEventListener('load', () => resolve(window.PagefindComponents));
    script.addEventListener('error', () => resolve(undefined));
    document.head.append(script);
  });
  return componentUiLoad;
}

/** Lists codes above the results: several named in the text, or the nearest to an unknown one. */
function showLookupNotice(result: LookupResult, query: string, index: Parameters<typeof renderCodeList>[2]): void {
  const notice = root?.querySelector<HTMLElement>('[data-lookup-notice]');
  const message = notice?.querySelector<HTMLElement>('[data-lookup-message]');
  const list = notice?.querySelector<HTMLElement>('ul');
  if (!notice || !message || !list || !settings) return;
  // Near names only for what looks like a constant (LOGIN_ANOTHER_DEVIC), not for words like "rate limit".
  const looksLikeConstant = /^[A-Za-z0-9.]*_[A-Za-z0-9_.]*$/.test(query);
  const { codes, template } =
    result.kind === 'http'
      ? { codes: result.codes, template: notice.dataset.httpStatus?.replace('{status}', result.statuses.join(', ')) }
      : result.kind === 'codes'
      ? { codes: result.codes, template: result.via === 'text' ? notice.dataset.severalCodes : notice.dataset.sharedMessage }
      : result.kind === 'unknown-code'
        ? { codes: nearestCodes(result.code, index), template: notice.dataset.unknownCode?.replace('{code}', String(result.code)) }
        : { codes: looksLikeConstant ? similarNames(query, index) : [], template: notice.dataset.similarNames };
  if (codes.length === 0) return;
  message.textContent = template ?? '';
  notice.dataset.kind = result.kind;
  renderCodeList(list, codes, index, settings);
  notice.hidden = false;
}

/** The query without the HTTP statuses the notice answers, or the query itself when nothing else is left. */
function withoutStatuses(query: string, statuses: readonly number[]): string {
  const rest = statuses.reduce((text, status) => text.replace(new RegExp(`(?<!\\d)${status}(?!\\d)`, 'g'), ' '), query).replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : query;
}

async function start(): Promise<void> {
  const query = readQueryParam(location.search, 'q');
  if (!settings || !root) return;
  // The appendix's names load alongside the lookup data, not after it: a word query needs both answers
  // before its text search starts.
  const otherNamePending = query ? otherNameUrl(query, root).catch(() => undefined) : undefined;
  // Likewise the text search's code, which every word query needs: no chain through the lookup.
  if (query) void componentUi();
  const [index, messages] = await Promise.all([loadLookupIndex(settings).catch(() => undefined), loadLookupMessages(settings).catch(() => undefined)]);
  if (!query || !index) return loadSearchUi(query, index?.length ?? 0);

  const entries: LookupEntry[] = index.map((entry) => ({ ...entry, messages: messages?.[entry.code] ?? [] }));
  const result = parseLookup(query, entries, httpCodes);
  if (result.kind === 'code') return location.replace(codeUrl(settings, result.code));
  if (result.kind === 'name') return location.replace(codeUrl(settings, result.codes.length === 1 ? (result.codes[0] ?? '') : result.name));
  // A legacy name, a connection state or a number only they have: their entry in the appendix says what it is.
  const other = await otherNamePending;
  if (other) return location.replace(other);
  showLookupNotice(result, query, index);
  loadSearchUi(query, index.length, result.kind === 'http' ? withoutStatuses(query, result.statuses) : query);
}

void start();
