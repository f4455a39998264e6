/**
 * The search page, which the header's box opens as /search/?q=…. First the exact lookup: a code, a
 * constant name, a pasted error or SDK message goes straight to its page, and several codes found in
 * the text are listed above the results. Then pagefind's search API (pagefind.js, on the main thread:
 * the page has preloaded its files) searches the text and the results are listed here, as links with
 * their excerpts (matched words marked); when no page holds every word, the pages holding some of them
 * are ranked here (see partial-match.ts); when no word matches at all, the page says so and offers the
 * table and its categories. The box searches as the reader types; ?q= follows it.
 */
import { nearestCodes, parseLookup, similarNames, type LookupEntry, type LookupResult } from '../lookup';
import { rankPartialMatches } from '../partial-match';
import { readQueryParam } from '../../routes/query-param';
import { queryWords } from '../query-words';
import { excerptParts } from '../excerpt';
import { searchRanking } from '../search-ranking';
import { codeUrl, loadLookupIndex, loadLookupMessages, readLookupSettings, renderCodeList } from './lookup-client';
import { otherNameUrl } from './other-name-client';
import type { HttpCodeMap } from '../http-status';
import { findSymptom, parseSymptomEntries } from '../symptom-lookup';

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

/** Results shown at first, and added by each press of "more results". */
const PAGE_SIZE = 10;
/** The wait after a keystroke before the box searches. */
const TYPING_DELAY_MS = 250;

let pagefindApi: Promise<PagefindSearchApi> | undefined;
/**
 * pagefind's search API, loaded once (the page's modulepreload hint has already fetched it). On the main
 * thread (noWorker): a worker would fetch its own script and, in its own context, the entry, metadata and
 * WebAssembly again, after the page's preload hints had fetched them. The cache tag makes pagefind's
 * fetch of its entry file the very request the page preloaded.
 */
function pagefind(): Promise<PagefindSearchApi> {
  pagefindApi ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (api: PagefindSearchApi) => {
    const metaCacheTag = root?.dataset.pagefindCacheTag;
    await api.options({ ranking: searchRanking, noWorker: true, ...(metaCacheTag ? { metaCacheTag } : {}) });
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

const input = root?.querySelector<HTMLInputElement>('#search-input');
const summary = root?.querySelector<HTMLElement>('[data-search-summary]');
const resultList = root?.querySelector<HTMLOListElement>('[data-search-results]');
const moreButton = root?.querySelector<HTMLButtonElement>('[data-search-more]');

/** One result as a list item: the page's title as a link, then its excerpt with the matched words marked. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(
    ...excerptParts(data.excerpt).map(({ text, marked }) => {
      if (!marked) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }),
  );
  item.append(link, excerpt);
  return item;
}

/** The count line, which screen readers announce (role="status"): "12 results for “禁言”". */
function showSummary(count: number, shown: string): void {
  if (!summary) return;
  const template = (count === 1 ? summary.dataset.one : summary.dataset.many) ?? '';
  summary.textContent = count === 0 ? '' : template.replace('{count}', String(count)).replace('{query}', shown);
}

let searchId = 0;
/**
 * Searches `term` and lists the results (the first PAGE_SIZE, then more on request); `shown` is what the
 * reader typed, for the count line. No page with every word: partial matches, or nothing found.
 */
async function runSearch(term: string, shown: string, totalPages: number): Promise<void> {
  const id = ++searchId;
  const isCurrent = () => id === searchId;
  const trimmed = term.trim();
  if (!trimmed) {
    resultList?.replaceChildren();
    if (moreButton) moreButton.hidden = true;
    showSummary(0, '');
    return showAnswer(undefined);
  }
  const api = await pagefind();
  const found = await api.search(trimmed);
  if (!isCurrent()) return;
  if (found.results.length === 0) {
    resultList?.replaceChildren();
    if (moreButton) moreButton.hidden = true;
    showSummary(0, '');
    return showPartialMatches(trimmed, totalPages, isCurrent).catch(() => showNoMatch(trimmed));
  }
  let listed = 0;
  const showMore = async (): Promise<void> => {
    const page = await Promise.all(found.results.slice(listed, listed + PAGE_SIZE).map((result) => result.data()));
    if (!isCurrent()) return;
    const items = page.map(resultItem);
    if (listed === 0) resultList?.replaceChildren(...items);
    else resultList?.append(...items);
    // Keyboard readers continue from the first new result, not from the top.
    if (listed > 0) items[0]?.querySelector('a')?.focus();
    listed += page.length;
    if (moreButton) {
      moreButton.hidden = listed >= found.results.length;
      moreButton.onclick = () => void showMore();
    }
  };
  await showMore();
  if (!isCurrent()) return;
  showAnswer(undefined);
  showSummary(found.results.length, shown);
}

/**
 * Searches `query`, or `term` when the lookup already answered part of it (an HTTP status is listed above
 * with its codes, so the text search looks for the other words); the box and the address keep what the
 * reader typed. Then the box searches as the reader types.
 */
function startTextSearch(query: string, totalPages: number, term = query): void {
  if (input) input.value = query;
  if (term) void runSearch(term, query, totalPages).catch(() => showNoMatch(term));
  let timer: ReturnType<typeof setTimeout> | undefined;
  input?.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value;
    if (typed.trim()) void pagefind().then((api) => api.preload(typed.trim()));
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (typed.trim()) url.searchParams.set('q', typed.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      void runSearch(typed, typed.trim(), totalPages).catch(() => showNoMatch(typed.trim()));
    }, TYPING_DELAY_MS);
  });
  // Enter or the button submits the form (SiteSearch): the page reloads with ?q=, and the exact lookup runs first.
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

/**
 * A symptom the query names (消息发不出去, "can't log in"), from the locale's symptoms that search.astro
 * renders into the page: the page goes to the symptom's page (true), as for a code. A query that holds a
 * symptom's keyword lists its page above the text results, unless the notice already lists codes. No
 * data, or bad data: no symptom lookup. Codes and names are answered before this is asked.
 */
function answerSymptom(query: string): boolean {
  const found = findSymptom(query, parseSymptomEntries(root?.querySelector('script[data-symptom-index]')?.textContent));
  if (found?.kind === 'exact') {
    location.replace(found.symptom.url);
    return true;
  }
  const notice = root?.querySelector<HTMLElement>('[data-lookup-notice]');
  const message = notice?.querySelector<HTMLElement>('[data-lookup-message]');
  const list = notice?.querySelector<HTMLElement>('ul');
  if (!found || !notice || !message || !list || !notice.hidden) return false;
  message.textContent = notice.dataset.symptom ?? '';
  notice.dataset.kind = 'symptom';
  list.replaceChildren(
    ...found.symptoms.map((symptom) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = symptom.url;
      link.textContent = symptom.title;
      item.append(link);
      return item;
    }),
  );
  notice.hidden = false;
  return false;
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
  // Likewise pagefind and the index chunks of the query's words, which every word query needs: no chain
  // through the lookup. (An HTTP status is searched without its number: its chunks load then.)
  if (query) void pagefind().then((api) => api.preload(query)).catch(() => undefined);
  const [index, messages] = await Promise.all([loadLookupIndex(settings).catch(() => undefined), loadLookupMessages(settings).catch(() => undefined)]);
  if (!query || !index) return startTextSearch(query, index?.length ?? 0);

  const entries: LookupEntry[] = index.map((entry) => ({ ...entry, messages: messages?.[entry.code] ?? [] }));
  const result = parseLookup(query, entries, httpCodes);
  if (result.kind === 'code') return location.replace(codeUrl(settings, result.code));
  if (result.kind === 'name') return location.replace(codeUrl(settings, result.codes.length === 1 ? (result.codes[0] ?? '') : result.name));
  // A legacy name, a connection state or a number only they have: their entry in the appendix says what it is.
  const other = await otherNamePending;
  if (other) return location.replace(other);
  showLookupNotice(result, query, index);
  if (answerSymptom(query)) return;
  startTextSearch(query, index.length, result.kind === 'http' ? withoutStatuses(query, result.statuses) : query);
}

void start();
