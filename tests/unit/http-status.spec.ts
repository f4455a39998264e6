import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { codesOfHttpStatuses, httpCodeMap, httpStatusesInText } from '../../src/search/http-status';
import { parseLookup, type LookupEntry } from '../../src/search/lookup';

// The real claims: the mapping is the SDK's, as content/sdk-proofs.yaml records it, never a hand list.
const claims = parse(readFileSync('content/sdk-proofs.yaml', 'utf8')) as { code?: number; http?: number[] }[];
const map = httpCodeMap(claims);
const known = new Set([-3, -2, 17, 50, 52, 54, 500, 503, 603]);
const statuses = (text: string) => httpStatusesInText(text, map, known);

test('the map comes from the claims: each status with the codes the SDK gives, the catch-all 17 last', () => {
  expect(map[400]).toEqual([-3, 17]);
  expect(map[401]).toEqual([52, 17]);
  expect(map[403]).toEqual([603]);
  expect(map[406]).toEqual([54]);
  expect(map[429]).toEqual([50, 500]);
  expect(map[500]).toEqual([-2, 17]);
  expect(map[503]).toEqual([50, 500]);
  expect(httpCodeMap([{ code: 7, http: [418] }, { code: 8 }, { http: [418] }])).toEqual({ 418: [7] });
});

test('a status in a sentence, framed, with its reason phrase, or a number that is no code', () => {
  expect(statuses('error 401 when calling the API, token')).toEqual([401]);
  expect(statuses('接口返回 401，token 无效')).toEqual([401]);
  expect(statuses('接口报 403 没有权限')).toEqual([403]);
  expect(statuses('HTTP 429 too many requests')).toEqual([429]);
  expect(statuses('503 service unavailable')).toEqual([503]);
  expect(statuses('request failed with status 403')).toEqual([403]);
  expect(statuses('HTTP 503 服务不可用')).toEqual([503]);
  expect(statuses('got 400 then 401')).toEqual([400, 401]);
});

test('no status: a bare number, a code that is not framed as a status, unknown statuses, longer numbers', () => {
  expect(statuses('401')).toEqual([]);
  expect(statuses('code 503 again')).toEqual([]);
  expect(statuses('error 418 teapot')).toEqual([]);
  expect(statuses('token 40100 failed, 1.401')).toEqual([]);
});

test('codes for several statuses, each once, in the statuses’ order', () => {
  expect(codesOfHttpStatuses([429, 503], map)).toEqual([50, 500]);
  expect(codesOfHttpStatuses([403, 401], map)).toEqual([603, 52, 17]);
});

test('the lookup lists the codes of a status in a sentence, after the exact ways', () => {
  const entries: LookupEntry[] = [...known].map((code) => ({ code, names: [`CODE_${code < 0 ? 'M' : ''}${Math.abs(code)}`] }));
  expect(parseLookup('error 401 when calling the API, token', entries, map)).toEqual({ kind: 'http', statuses: [401], codes: [52, 17] });
  // A framed code still wins; a bare number that is no code stays unknown.
  expect(parseLookup('error code 603 after HTTP 403', entries, map)).toEqual({ kind: 'code', code: 603 });
  expect(parseLookup('401', entries, map)).toEqual({ kind: 'unknown-code', code: 401 });
  expect(parseLookup('error 401 when calling the API', entries)).toEqual({ kind: 'none' });
});
