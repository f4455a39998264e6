/**
 * The table's filter state and row matching, kept pure for unit tests; scripts/table-filter.ts
 * applies them to the DOM.
 */
import { MAX_QUERY_LENGTH } from './query-param';

export type SortOrder = 'code' | 'name';
export type SourceFacet = 'official' | 'sdk';

export interface FilterState {
  query: string;
  categories: string[];
  sources: SourceFacet[];
  sort: SortOrder;
}

export const EMPTY_FILTER: FilterState = { query: '', categories: [], sources: [], sort: 'code' };

/** A row as the filter sees it. */
export interface FilterRow {
  code: number;
  /** The constant and its aliases. */
  names: string;
  category: string;
  source: SourceFacet;
  /** Title and description. */
  text: string;
}

const SOURCES: readonly SourceFacet[] = ['official', 'sdk'];

function readList(params: URLSearchParams, key: string): string[] {
  // Both ?category=a&category=b and ?category=a,b.
  return params.getAll(key).flatMap((value) => value.split(','));
}

/** Reads the state from a query string; unknown or malformed values are dropped, never thrown. */
export function parseFilterState(search: string, knownCategories: readonly string[]): FilterState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return EMPTY_FILTER;
  }
  const unique = <T>(values: T[]) => [...new Set(values)];
  return {
    query: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    categories: unique(readList(params, 'category').filter((id) => knownCategories.includes(id))),
    sources: unique(readList(params, 'source').filter((value): value is SourceFacet => SOURCES.includes(value as SourceFacet))),
    sort: params.get('sort') === 'name' ? 'name' : 'code',
  };
}

/** The query string for a state, with defaults left out ("" for the unfiltered table). */
export function serializeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const category of state.categories) params.append('category', category);
  for (const source of state.sources) params.append('source', source);
  if (state.sort !== 'code') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Lowercase, without separators, with the SDK's CONNCTION spelling: "Login_Another" → "loginanother". */
const squash = (text: string) => text.toLowerCase().replace(/connection/g, 'connction').replace(/[\s_\-.]+/g, '');

/** Every word of the query must match the code (as a prefix), the names (any part) or the text. */
export function rowMatches(row: FilterRow, state: FilterState): boolean {
  if (state.categories.length > 0 && !state.categories.includes(row.category)) return false;
  if (state.sources.length > 0 && !state.sources.includes(row.source)) return false;
  const query = state.query.trim();
  if (!query) return true;
  const names = squash(row.names);
  const text = row.text.toLowerCase();
  const code = String(row.code);
  // "login another" and "login_another" both match WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE.
  if (names.includes(squash(query))) return true;
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => code.startsWith(word) || (squash(word) !== '' && names.includes(squash(word))) || text.includes(word));
}

export function compareRows(sort: SortOrder): (a: FilterRow, b: FilterRow) => number {
  return sort === 'name' ? (a, b) => a.names.localeCompare(b.names) || a.code - b.code : (a, b) => a.code - b.code;
}
