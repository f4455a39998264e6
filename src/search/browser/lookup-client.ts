/** Browser side of "go to code": reads the lookup data and renders suggestion lists. */
import type { LookupIndexEntry } from '../lookup-index';
import type { SearchPageData } from '../search-page-data';

/** Page-specific settings, rendered by the page as data attributes of `element`. */
export interface LookupSettings {
  /** A URL with {slug} where the code or the name goes: "/codes/{slug}/". */
  codeUrlTemplate: string;
}

export function readLookupSettings(element: HTMLElement): LookupSettings | undefined {
  const { codeUrl } = element.dataset;
  return codeUrl ? { codeUrlTemplate: codeUrl } : undefined;
}

export const codeUrl = (settings: LookupSettings, slug: string | number) =>
  settings.codeUrlTemplate.replace('{slug}', encodeURIComponent(String(slug)));

/** The 404 page's lookup index, fetched from `url`: one 404.html serves every locale, so it cannot carry them all. */
export async function loadLookupIndex(url: string): Promise<LookupIndexEntry[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`lookup index: HTTP ${response.status}`);
  return (await response.json()) as LookupIndexEntry[];
}

/**
 * The JSON a page rendered into `<script type="application/json" data-name>`, parsed; undefined when the
 * element is missing or its text is not JSON (the page then works without what it would have given).
 */
export function readPageJson<T>(name: string): T | undefined {
  const text = document.querySelector(`script[type="application/json"][data-${name}]`)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The search page's lookup data (search-page-data.ts), with a shape check: a list where a list belongs. */
export function readSearchPageData(): SearchPageData | undefined {
  const data = readPageJson<Partial<SearchPageData>>('search-data');
  if (!data || !Array.isArray(data.index)) return undefined;
  return {
    index: data.index,
    messages: data.messages && typeof data.messages === 'object' ? data.messages : {},
    otherNames: Array.isArray(data.otherNames) ? data.otherNames : [],
    httpCodes: data.httpCodes && typeof data.httpCodes === 'object' ? data.httpCodes : {},
  };
}

/** Fills `list` with links to `codes` ("206 用户在其他设备登录 WEBIM_…"), built as DOM nodes, never HTML. */
export function renderCodeList(list: HTMLElement, codes: readonly number[], index: readonly LookupIndexEntry[], settings: LookupSettings): void {
  list.replaceChildren(
    ...codes.flatMap((code) => {
      const entry = index.find((candidate) => candidate.code === code);
      if (!entry) return [];
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = codeUrl(settings, code);
      link.textContent = `${code} ${entry.title}`;
      const name = document.createElement('code');
      name.textContent = entry.names[0] ?? '';
      item.append(link, ' ', name);
      return [item];
    }),
  );
}
