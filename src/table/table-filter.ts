/**
 * The table filter's engine, pure for unit tests; browser/table-filter.ts applies it to the DOM.
 *
 * State: a text query, a sort order and any number of facets. A facet is data, not code: a URL
 * parameter whose values a row either has or not (category=group, source=sdk, sdk=1.3.0). Adding
 * one takes a control with `data-facet` in TableFilter.astro and a `data-<name>` attribute on the
 * rows; the engine, the URL handling and the DOM script need no change.
 */
import { MAX_QUERY_LENGTH } from '../routes/query-param';

export type SortOrder = 'code' | 'name';

/** A facet of the table, as its control declares it. */
export interface FacetSpec {
  /** The URL parameter, the control's `name` and the rows' `data-<name>` attribute. */
  name: string;
  /** The values it accepts; others in a URL are dropped. */
  values: readonly string[];
  /** Several values at once (checkboxes: a row matches if it has any), or one at most (a select). */
  multiple: boolean;
  /** What a row without the chosen value gets: hidden, or kept and marked (`data-facet-miss`). */
  effect: 'filter' | 'mark';
}

export interface FilterState {
  query: string;
  /** The chosen values per facet name; a facet with nothing chosen is absent. */
  facets: Readonly<Record<string, readonly string[]>>;
  sort: SortOrder;
}

export const EMPTY_FILTER: FilterState = { query: '', facets: {}, sort: 'code' };

/** A row as the filter sees it. */
export interface FilterRow {
  code: number;
  /** The constant and its aliases, space-separated. */
  names: string;
  /** Title and description. */
  text: string;
  /** The row's values per facet name (its category; the SDK versions that raise it). */
  facets: Readonly<Record<string, readonly string[]>>;
}

/** A row with its search keys computed once, not on every keystroke. */
export interface IndexedRow {
  row: FilterRow;
  code: string;
  names: string;
  text: string;
}

/** Lowercase, without separators, with the SDK's CONNCTION spelling: "Login_Another" → "loginanother". */
const squash = (text: string) => text.toLowerCase().replace(/connection/g, 'connction').replace(/[\s_\-.]+/g, '');

export function indexRow(row: FilterRow): IndexedRow {
  return { row, code: String(row.code), names: squash(row.names), text: row.text.toLowerCase() };
}

export function isFiltered(state: FilterState): boolean {
  return state.query !== '' || Object.values(state.facets).some((values) => values.length > 0);
}

function readList(params: URLSearchParams, key: string): string[] {
  // Both ?category=a&category=b and ?category=a,b.
  return params.getAll(key).flatMap((value) => value.split(','));
}

/** Reads the state from a query string; unknown or malformed values are dropped, never thrown. */
export function parseFilterState(search: string, facets: readonly FacetSpec[]): FilterState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return EMPTY_FILTER;
  }
  const chosen: Record<string, string[]> = {};
  for (const facet of facets) {
    const values = [...new Set(readList(params, facet.name).filter((value) => facet.values.includes(value)))];
    const kept = facet.multiple ? values : values.slice(0, 1);
    if (kept.length > 0) chosen[facet.name] = kept;
  }
  return {
    query: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    facets: chosen,
    sort: params.get('sort') === 'name' ? 'name' : 'code',
  };
}

/** The query string for a state, with defaults left out ("" for the unfiltered table); facets in `facets` order. */
export function serializeFilterState(state: FilterState, facets: readonly FacetSpec[]): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of facets) for (const value of state.facets[facet.name] ?? []) params.append(facet.name, value);
  if (state.sort !== 'code') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface RowMatcher {
  /** Shown: the query and every filtering facet match. */
  visible(row: IndexedRow): boolean;
  /** Shown but marked: a marking facet does not match. */
  marked(row: IndexedRow): boolean;
}

const hasAny = (row: IndexedRow, name: string, wanted: readonly string[]) => (row.row.facets[name] ?? []).some((value) => wanted.includes(value));

/**
 * Compiles a state once per keystroke. Every word of the query must match the code (as a prefix),
 * the names (any part, separators ignored) or the text; the whole query may also match the names
 * ("login another" and "login_another" both match WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE).
 */
export function createMatcher(state: FilterState, facets: readonly FacetSpec[]): RowMatcher {
  const active = facets.filter((facet) => (state.facets[facet.name] ?? []).length > 0);
  const filters = active.filter((facet) => facet.effect === 'filter').map((facet) => [facet.name, state.facets[facet.name] ?? []] as const);
  const marks = active.filter((facet) => facet.effect === 'mark').map((facet) => [facet.name, state.facets[facet.name] ?? []] as const);
  const query = state.query.trim().toLowerCase();
  const whole = squash(query);
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ word, squashed: squash(word) }));

  const queryMatches = (row: IndexedRow) =>
    words.length === 0 ||
    (whole !== '' && row.names.includes(whole)) ||
    words.every(({ word, squashed }) => row.code.startsWith(word) || (squashed !== '' && row.names.includes(squashed)) || row.text.includes(word));

  return {
    visible: (row) => filters.every(([name, wanted]) => hasAny(row, name, wanted)) && queryMatches(row),
    marked: (row) => marks.some(([name, wanted]) => !hasAny(row, name, wanted)),
  };
}

export function compareRows(sort: SortOrder): (a: FilterRow, b: FilterRow) => number {
  return sort === 'name' ? (a, b) => a.names.localeCompare(b.names) || a.code - b.code : (a, b) => a.code - b.code;
}
