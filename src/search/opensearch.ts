/**
 * The OpenSearch description of one locale's search (/opensearch.xml, /en/opensearch.xml), so a
 * browser can search the site from its address bar. It points at /search/?q=, the one entry point.
 */
const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

export interface OpenSearchInput {
  /** At most 16 characters (the specification's limit). */
  shortName: string;
  description: string;
  language: string;
  /** Absolute URLs. */
  searchPage: string;
  self: string;
  icon: string;
}

export function openSearchDescription(input: OpenSearchInput): string {
  if ([...input.shortName].length > 16) throw new Error(`OpenSearch ShortName "${input.shortName}" is longer than 16 characters`);
  const searchTemplate = `${input.searchPage}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(input.shortName)}</ShortName>
  <Description>${escapeXml(input.description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${escapeXml(input.language)}</Language>
  <Image width="16" height="16" type="image/svg+xml">${escapeXml(input.icon)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(searchTemplate)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(input.self)}"/>
  <moz:SearchForm>${escapeXml(input.searchPage)}</moz:SearchForm>
</OpenSearchDescription>
`;
}
