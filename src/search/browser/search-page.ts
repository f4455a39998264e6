/**
 * The search page, which the header's box opens as /search/?q=…. First the exact lookup: a code, a
 * constant name, a pasted error or SDK message goes straight to its page, and several codes found in
 * the text are listed above the results. Then pagefind's search API (pagefind.js, on the main thread:
 * the page has preloaded its files) searches the text and the results are listed here, as links with
 * their excerpts (matched words marked); when no page holds every word, the pages holding some of them
 * are ranked here (see partial-match.ts); when no word matches at all, the page says so and offers the
 * table and its categories. The box searches as the reader types, the lookup first; ?q= follows it.
 */
import { nearestCodes, parseLookup, similarNames, type LookupEntry, type LookupResult } from '../lookup';
import { rankPartialMatches } from '../partial-match';
import { readQueryParam } from '../../routes/query-param';
import { queryWords } from '../query-words';
import { excerptParts } from '../excerpt';
import { searchRanking } from '../search-ranking';
import { lookupOtherName } from '../other-name-lookup';
import { parseResultTitles, resultUrl, type ResultTitles } from '../result-titles';
import { chunkTerms, chunksFor, parseIndexChunks, type IndexChunk } from '../index-chunks';
import { findSymptom, parseSymptomEntries, type SymptomEntry } from '../symptom-lookup';
import { codeUrl, readLookupSettings, readPageJson, readSearchPageData, renderCodeList } from './lookup-client';

const root = document.querySelector<HTMLElement>('[data-search-root]');
const settings = root ? readLookupSettings(root) : undefined;
const bundle = root?.dataset.pagefindBundle ?? '';
/** Codes, names, messages, other names and HTTP statuses, rendered into the page: the lookup needs no fetch. */
const data = readSearchPageData();
/**
 * What the build wrote into the page from pagefind's index: each page's URL and title, the chunks' ranges.
 * Read when a word query first needs it, so that nothing but the lookup's own data is read before a code
 * or a name leaves for its page.
 */
let pagefindIndex: { titles: ResultTitles; chunks: IndexChunk[] } | undefined;
function pagefindIndexData(): { titles: ResultTitles; chunks: IndexChunk[] } {
  if (pagefindIndex) return pagefindIndex;
  const raw = readPageJson<{ titles?: unknown; chunks?: unknown }>('pagefind-index');
  pagefindIndex = { titles: parseResultTitles(raw?.titles), chunks: parseIndexChunks(raw?.chunks) };
  return pagefindIndex;
}
/** Results listed for a partial match: the first screen. */
const PARTIAL_RESULTS = 8;

/** Results shown at first, and added by each press of "more results". */
const PAGE_SIZE = 10;
/** The wait after a keystroke before the box searches. */
const TYPING_DELAY_MS = 250;

let pagefindApi: Promise<PagefindSearchApi> | undefined;
/**
 * pagefind's search API, loaded once (the page's modulepreload hint has already fetched it). On the main
 * thread (noWorker): a worker would fetch its own script and, in its own context, the metadata and
 * WebAssembly again, after the page's preload hints had fetched them. The cache tag makes pagefind's fetch
 * of its WebAssembly (patched by the build, scripts/pagefind-patches.ts) the very request the page
 * preloaded; its entry file is written into the patched script, so pagefind fetches it not at all.
 */
function pagefind(): Promise<PagefindSearchApi> {
  const metaCacheTag = root?.dataset.pagefindCacheTag;
  // Under the build's tag, as the page's modulepreload hint names it: one URL, one fetch, kept by the browser.
  pagefindApi ??= import(/* @vite-ignore */ `${bundle}pagefind.js${metaCacheTag ? `?ts=${metaCacheTag}` : ''}`).then(async (api: PagefindSearchApi) => {
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
  const pages = await Promise.all(ranked.map(async (match) => ({ match, link: await resultLink(match.id, results.get(match.id)) })));
  if (!isCurrent()) return;
  if (ranked.length === 0 || !partialList) return showNoMatch(term);

  const label = partialList.dataset.matchedLabel ?? '';
  const separator = partialList.dataset.separator ?? ', ';
  partialList.replaceChildren(
    ...pages.flatMap(({ match, link }) => {
      if (!link) return [];
      const item = document.createElement('li');
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
 * A result's link: from the page's own titles when it has the id (no fetch), else from pagefind's data
 * (the fragment file); undefined when neither knows the page.
 */
async function resultLink(id: string, result: PagefindSearchResult | undefined): Promise<HTMLAnchorElement | undefined> {
  const known = pagefindIndexData().titles[id];
  const page = known ? { url: resultUrl(bundle, known[0]), title: known[1] } : await result?.data().then((data) => ({ url: data.url, title: data.meta.title ?? data.url }));
  if (!page) return undefined;
  const link = document.createElement('a');
  link.href = page.url;
  link.textContent = page.title;
  return link;
}

const input = root?.querySelector<HTMLInputElement>('#search-input');
const summary = root?.querySelector<HTMLElement>('[data-search-summary]');
const resultList = root?.querySelector<HTMLOListElement>('[data-search-results]');
const moreButton = root?.querySelector<HTMLButtonElement>('[data-search-more]');

/** One result as a list item: the page's title as a link, then its excerpt (filled in by `showExcerpt`). */
function resultItem(link: HTMLAnchorElement): HTMLLIElement {
  const item = document.createElement('li');
  item.append(link, document.createElement('p'));
  return item;
}

/** The excerpt under a listed result, the matched words marked, built as DOM nodes, never HTML. */
function showExcerpt(item: HTMLLIElement, page: PagefindResultData): void {
  item.querySelector('p')?.replaceChildren(
    ...excerptParts(page.excerpt).map(({ text, marked }) => {
      if (!marked) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }),
  );
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
  // The links show as soon as pagefind has ranked the pages; each excerpt follows when its fragment arrives.
  const showMore = async (): Promise<void> => {
    const slice = found.results.slice(listed, listed + PAGE_SIZE);
    const links = await Promise.all(slice.map((result) => resultLink(result.id, result)));
    if (!isCurrent()) return;
    const items = links.flatMap((link, index) => (link ? [{ item: resultItem(link), result: slice[index] }] : []));
    if (listed === 0) resultList?.replaceChildren(...items.map(({ item }) => item));
    else resultList?.append(...items.map(({ item }) => item));
    // Keyboard readers continue from the first new result, not from the top.
    if (listed > 0) items[0]?.item.querySelector('a')?.focus();
    listed += slice.length;
    if (moreButton) {
      moreButton.hidden = listed >= found.results.length;
      moreButton.onclick = () => void showMore();
    }
    // After this task: the links are painted first, and the excerpts' fetches do not delay that.
    setTimeout(() => {
      for (const { item, result } of items) void result?.data().then((page) => isCurrent() && showExcerpt(item, page));
    });
  };
  await showMore();
  if (!isCurrent()) return;
  showAnswer(undefined);
  showSummary(found.results.length, shown);
}

/**
 * Searches `query`, or `term` when the lookup already answered part of it (an HTTP status is listed above
 * with its codes, so the text search looks for the other words); the box and the address keep what the
 * reader typed. Then the box searches as the reader types, the lookup first, as on load.
 */
function startTextSearch(query: string, totalPages: number, term = query): void {
  if (input) input.value = query;
  if (term) void runSearch(term, query, totalPages).catch(() => showNoMatch(term));
  let timer: ReturnType<typeof setTimeout> | undefined;
  input?.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (typed) void pagefind().then((api) => api.preload(typed));
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (typed) url.searchParams.set('q', typed);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      const answered = lookUp(typed, true);
      void runSearch(answered.term, typed, totalPages).catch(() => showNoMatch(answered.term));
    }, TYPING_DELAY_MS);
  });
  // Enter or the button submits the form (SiteSearch): the page reloads with ?q=, and the exact lookup runs first.
}

const notice = root?.querySelector<HTMLElement>('[data-lookup-notice]');
const noticeMessage = notice?.querySelector<HTMLElement>('[data-lookup-message]');
const noticeList = notice?.querySelector<HTMLElement>('ul');

/** Shows the notice above the results: `message`, then the list `fill` makes. `kind` says what it lists. */
function showNotice(kind: string, message: string, fill: (list: HTMLElement) => void): void {
  if (!notice || !noticeMessage || !noticeList) return;
  noticeMessage.textContent = message;
  notice.dataset.kind = kind;
  fill(noticeList);
  notice.hidden = false;
}

function hideNotice(): void {
  if (!notice) return;
  notice.hidden = true;
  delete notice.dataset.kind;
  noticeList?.replaceChildren();
}

/** Fills a list with plain links. */
const linkList =
  (links: readonly { href: string; text: string }[]) =>
  (list: HTMLElement): void =>
    list.replaceChildren(
      ...links.map(({ href, text }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = href;
        link.textContent = text;
        item.append(link);
        return item;
      }),
    );

/** Lists codes above the results: several named in the text, an HTTP status's, or the nearest to an unknown one. */
function showLookupNotice(result: LookupResult, query: string, index: Parameters<typeof renderCodeList>[2]): void {
  if (!notice || !settings) return;
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
  showNotice(result.kind, template ?? '', (list) => renderCodeList(list, codes, index, settings));
}

/** The lookup's entries (codes with their SDK messages), made once. */
let lookupEntries: LookupEntry[] | undefined;
/** The locale's symptoms, as search.astro renders them into the page (none when missing or bad), read once. */
let symptoms: SymptomEntry[] | undefined;

/**
 * The exact lookup of `query`, when the page loads (`typing` false) and as the reader types in the box.
 * A code, a constant name, an other name or a symptom's own phrasing is an answer: on load the page goes
 * there (`leaving`); while typing, the notice offers it ("Press Enter to open its page:"), since Enter
 * reloads the page with ?q= and goes there. Otherwise the notice lists what the query holds (several
 * codes, an HTTP status's codes, nearest codes or names, a symptom whose keyword it contains) or hides:
 * it never shows an earlier query's answer. `term` is what the text search looks for: the query, without
 * the HTTP statuses the notice answers.
 */
function lookUp(query: string, typing: boolean): { leaving: boolean; term: string } {
  hideNotice();
  const stay = { leaving: false, term: query };
  if (!query || !data || !settings || !root) return stay;
  lookupEntries ??= data.index.map((entry) => ({ ...entry, messages: data.messages[entry.code] ?? [] }));
  const result = parseLookup(query, lookupEntries, data.httpCodes);
  const answer = (url: string, fill: (list: HTMLElement) => void) => {
    if (!typing) {
      location.replace(url);
      return { leaving: true, term: query };
    }
    showNotice('exact', notice?.dataset.exact ?? '', fill);
    return stay;
  };
  if (result.kind === 'code') return answer(codeUrl(settings, result.code), (list) => renderCodeList(list, [result.code], data.index, settings));
  if (result.kind === 'name') {
    // A name two codes share goes to its page, which tells them apart.
    const slug = result.codes.length === 1 ? (result.codes[0] ?? '') : result.name;
    return answer(codeUrl(settings, slug), (list) => renderCodeList(list, result.codes, data.index, settings));
  }
  // A legacy name, a connection state or a number only they have: their entry in the appendix says what it is.
  const other = lookupOtherName(query, data.otherNames);
  if (other !== undefined && root.dataset.otherNamesUrl) {
    const url = `${root.dataset.otherNamesUrl}#${other}`;
    return answer(url, linkList([{ href: url, text: other }]));
  }
  showLookupNotice(result, query, data.index);
  // A symptom's own phrasing goes to its page; a sentence holding one lists it, unless codes are listed.
  symptoms ??= parseSymptomEntries(document.querySelector('script[type="application/json"][data-symptom-index]')?.textContent);
  const symptom = findSymptom(query, symptoms);
  if (symptom?.kind === 'exact') return answer(symptom.symptom.url, linkList([{ href: symptom.symptom.url, text: symptom.symptom.title }]));
  if (symptom && notice?.hidden) showNotice('symptom', notice.dataset.symptom ?? '', linkList(symptom.symptoms.map(({ url, title }) => ({ href: url, text: title }))));
  return { leaving: false, term: result.kind === 'http' ? withoutStatuses(query, result.statuses) : query };
}

/** The query without the HTTP statuses the notice answers, or the query itself when nothing else is left. */
function withoutStatuses(query: string, statuses: readonly number[]): string {
  const rest = statuses.reduce((text, status) => text.replace(new RegExp(`(?<!\\d)${status}(?!\\d)`, 'g'), ' '), query).replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : query;
}

/**
 * Starts pagefind and the loading of every index chunk a word query can need: the whole query's and, for
 * partial matches, each word's. A Chinese query's word splitter is built next, while pagefind's files are
 * on their way: the first one in a page loads the browser's dictionary (20 to 60 ms, measured), which
 * pagefind's own would otherwise do between the index's arrival and the first result.
 */
function startPagefind(query: string): void {
  const loading = pagefind();
  // The query's index chunks, from the ranges the page carries: fetched beside pagefind's own files, not
  // after them. pagefind's fetch of each is then this very request (same URL, same mode).
  for (const hash of chunksFor(chunkTerms(query), pagefindIndexData().chunks)) {
    const hint = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `${bundle}index/${hash}.pf_index` });
    document.head.append(hint);
  }
  void loading
    .then((api) => {
      const words = queryWords(query);
      for (const term of new Set([query, ...(words.length > 1 ? words : [])])) void api.preload(term).catch(() => undefined);
    })
    .catch(() => undefined);
  if (/\p{Script=Han}/u.test(query)) setTimeout(() => [...new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' }).segment(query)]);
}

function start(): void {
  const query = readQueryParam(location.search, 'q');
  if (!settings || !root) return;
  // The exact lookup first, synchronously: a code, a name or a pasted error leaves before pagefind starts.
  const { leaving, term } = lookUp(query, false);
  if (leaving) return;
  if (term) startPagefind(term);
  startTextSearch(query, data?.index.length ?? 0, term);
}

start();
