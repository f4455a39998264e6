import { expect, test } from '@playwright/test';
import { openSearchDescription } from '../../src/search/opensearch';

const input = {
  shortName: 'Agora Chat codes',
  description: 'Search <the> "codes" & more',
  language: 'en',
  searchPage: 'https://example.com/docs/en/search/',
  self: 'https://example.com/docs/en/opensearch.xml',
  icon: 'https://example.com/docs/favicon.svg',
};

test('the description searches through the search page, escaped', () => {
  const xml = openSearchDescription(input);
  expect(xml).toContain('<Url type="text/html" method="get" template="https://example.com/docs/en/search/?q={searchTerms}"/>');
  expect(xml).toContain('<Description>Search &#60;the&#62; &#34;codes&#34; &#38; more</Description>');
  expect(xml).toContain('rel="self" template="https://example.com/docs/en/opensearch.xml"');
});

test('a ShortName over the 16 characters OpenSearch allows fails the build', () => {
  expect(() => openSearchDescription({ ...input, shortName: 'Agora Chat error codes' })).toThrow(/longer than 16 characters/);
});
