import { expect, test } from '@playwright/test';
import {
  compareRows,
  createMatcher,
  EMPTY_FILTER,
  indexRow,
  isFiltered,
  parseFilterState,
  serializeFilterState,
  type FacetSpec,
  type FilterRow,
  type FilterState,
} from '../../src/table/table-filter';

const FACETS: FacetSpec[] = [
  { name: 'category', values: ['message', 'group', 'user'], multiple: true, effect: 'filter' },
  { name: 'source', values: ['official', 'sdk'], multiple: true, effect: 'filter' },
];

const row = (overrides: Partial<FilterRow> & { category?: string; source?: string }): FilterRow => ({
  code: overrides.code ?? 206,
  names: overrides.names ?? 'WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE',
  text: overrides.text ?? '用户在其他设备登录 如果没有开启多设备登录，则在其他设备登录会将当前登录的设备踢下线。',
  facets: { category: [overrides.category ?? 'user'], source: [overrides.source ?? 'official'], ...overrides.facets },
});
const rowMatches = (target: FilterRow, state: FilterState, facets = FACETS) => createMatcher(state, facets).visible(indexRow(target));
const matches = (query: string, target = row({})) => rowMatches(target, { ...EMPTY_FILTER, query });

test.describe('matching', () => {
  test('constant names in any case, with or without underscores, either spelling', () => {
    for (const query of ['login another', 'LOGIN_ANOTHER', 'login_another', 'LoginAnother', 'connection_user', 'webim connction']) {
      expect(matches(query), query).toBe(true);
    }
    expect(matches('login device kicked')).toBe(false);
  });

  test('codes by prefix, titles and descriptions by substring', () => {
    expect(matches('206')).toBe(true);
    expect(matches('20')).toBe(true);
    expect(matches('207')).toBe(false);
    expect(matches('-1', row({ code: -1 }))).toBe(true);
    expect(matches('踢下线')).toBe(true);
    expect(matches('多设备 206')).toBe(true);
    expect(matches('禁言')).toBe(false);
  });

  test('a query of separators alone matches nothing by name', () => {
    expect(matches('-')).toBe(false);
    expect(matches('_ .')).toBe(false);
  });

  test('categories and sources narrow further', () => {
    expect(rowMatches(row({}), { ...EMPTY_FILTER, facets: { category: ['user', 'group'] } })).toBe(true);
    expect(rowMatches(row({}), { ...EMPTY_FILTER, facets: { category: ['group'] } })).toBe(false);
    expect(rowMatches(row({}), { ...EMPTY_FILTER, facets: { source: ['sdk'] } })).toBe(false);
    expect(rowMatches(row({ source: 'sdk' }), { ...EMPTY_FILTER, facets: { source: ['sdk'] }, query: 'login' })).toBe(true);
  });
});

test.describe('a facet added as data', () => {
  // What a version choice (?sdk=1.3.0) looks like to the engine: one value at most, rows list the versions that raise them.
  const versions: FacetSpec = { name: 'sdk', values: ['1.3.0', '1.4.0'], multiple: false, effect: 'filter' };
  const raisedIn140 = row({ facets: { sdk: ['1.4.0'] } });

  test('filters rows by its values and reads and writes its own URL parameter', () => {
    const facets = [...FACETS, versions];
    const state = parseFilterState('?sdk=1.3.0&sdk=1.4.0&q=login', facets);
    expect(state.facets).toEqual({ sdk: ['1.3.0'] });
    expect(rowMatches(raisedIn140, state, facets)).toBe(false);
    expect(rowMatches(raisedIn140, { ...state, facets: { sdk: ['1.4.0'] } }, facets)).toBe(true);
    expect(serializeFilterState(state, facets)).toBe('?q=login&sdk=1.3.0');
    expect(parseFilterState('?sdk=9.9.9', facets)).toEqual(EMPTY_FILTER);
  });

  test('a marking facet keeps the row visible and marks it', () => {
    const marking = { ...versions, effect: 'mark' as const };
    const matcher = createMatcher({ ...EMPTY_FILTER, facets: { sdk: ['1.3.0'] } }, [...FACETS, marking]);
    expect(matcher.visible(indexRow(raisedIn140))).toBe(true);
    expect(matcher.marked(indexRow(raisedIn140))).toBe(true);
    expect(matcher.marked(indexRow(row({ facets: { sdk: ['1.3.0', '1.4.0'] } })))).toBe(false);
  });
});

test('a state is filtered when it has a query or a chosen facet value, not by its sort alone', () => {
  expect(isFiltered(EMPTY_FILTER)).toBe(false);
  expect(isFiltered({ ...EMPTY_FILTER, sort: 'name' })).toBe(false);
  expect(isFiltered({ ...EMPTY_FILTER, query: 'x' })).toBe(true);
  expect(isFiltered({ ...EMPTY_FILTER, facets: { source: ['sdk'] } })).toBe(true);
});

test.describe('URL state', () => {
  test('round-trips', () => {
    const state: FilterState = { query: '禁言', facets: { category: ['message', 'group'], source: ['sdk'] }, sort: 'name' };
    const search = serializeFilterState(state, FACETS);
    expect(search).toBe('?q=%E7%A6%81%E8%A8%80&category=message&category=group&source=sdk&sort=name');
    expect(parseFilterState(search, FACETS)).toEqual(state);
    expect(serializeFilterState(EMPTY_FILTER, FACETS)).toBe('');
  });

  test('accepts comma lists and ignores unknown or hostile values', () => {
    expect(parseFilterState('?category=message,nope&category=<script>&source=evil&sort=drop', FACETS)).toEqual({
      ...EMPTY_FILTER,
      facets: { category: ['message'] },
    });
    expect(() => parseFilterState('?q=%E0%A4%A&category=%ZZ', FACETS)).not.toThrow();
    expect(parseFilterState(`?q=${'x'.repeat(5000)}`, FACETS).query.length).toBeLessThanOrEqual(200);
  });
});

test('sorts by code or by name', () => {
  const rows = [row({ code: 500, names: 'SERVER_BUSY' }), row({ code: -1, names: 'REQUEST_TIMEOUT' }), row({ code: 51, names: 'MESSAGE_NOT_FOUND' })];
  expect([...rows].sort(compareRows('code')).map((r) => r.code)).toEqual([-1, 51, 500]);
  expect([...rows].sort(compareRows('name')).map((r) => r.code)).toEqual([51, -1, 500]);
});
