import { expect, test } from '@playwright/test';
import { compareRows, EMPTY_FILTER, parseFilterState, rowMatches, serializeFilterState, type FilterRow } from '../../src/utils/table-filter';

const row = (overrides: Partial<FilterRow>): FilterRow => ({
  code: 206,
  names: 'WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE',
  category: 'user',
  source: 'official',
  text: '用户在其他设备登录 如果没有开启多设备登录，则在其他设备登录会将当前登录的设备踢下线。',
  ...overrides,
});
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

  test('categories and sources narrow further', () => {
    expect(rowMatches(row({}), { ...EMPTY_FILTER, categories: ['user', 'group'] })).toBe(true);
    expect(rowMatches(row({}), { ...EMPTY_FILTER, categories: ['group'] })).toBe(false);
    expect(rowMatches(row({}), { ...EMPTY_FILTER, sources: ['sdk'] })).toBe(false);
    expect(rowMatches(row({ source: 'sdk' }), { ...EMPTY_FILTER, sources: ['sdk'], query: 'login' })).toBe(true);
  });
});

test.describe('URL state', () => {
  const categories = ['message', 'group', 'user'];

  test('round-trips', () => {
    const state = { query: '禁言', categories: ['message', 'group'], sources: ['sdk' as const], sort: 'name' as const };
    const search = serializeFilterState(state);
    expect(search).toBe('?q=%E7%A6%81%E8%A8%80&category=message&category=group&source=sdk&sort=name');
    expect(parseFilterState(search, categories)).toEqual(state);
    expect(serializeFilterState(EMPTY_FILTER)).toBe('');
  });

  test('accepts comma lists and ignores unknown or hostile values', () => {
    expect(parseFilterState('?category=message,nope&category=<script>&source=evil&sort=drop', categories)).toEqual({
      ...EMPTY_FILTER,
      categories: ['message'],
    });
    expect(() => parseFilterState('?q=%E0%A4%A&category=%ZZ', categories)).not.toThrow();
    expect(parseFilterState(`?q=${'x'.repeat(5000)}`, categories).query.length).toBeLessThanOrEqual(200);
  });
});

test('sorts by code or by name', () => {
  const rows = [row({ code: 500, names: 'SERVER_BUSY' }), row({ code: -1, names: 'REQUEST_TIMEOUT' }), row({ code: 51, names: 'MESSAGE_NOT_FOUND' })];
  expect([...rows].sort(compareRows('code')).map((r) => r.code)).toEqual([-1, 51, 500]);
  expect([...rows].sort(compareRows('name')).map((r) => r.code)).toEqual([51, -1, 500]);
});
