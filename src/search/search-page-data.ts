import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { defaultLocale } from '../i18n/locales';
import { getErrorCodes } from '../content/codes';
import { messagesOf } from '../sdk/sdk-history';
import { siteOtherNames } from '../sdk/other-names-site';
import { httpCodeMap, type HttpCodeMap } from './http-status';
import { lookupIndex, type LookupIndexEntry } from './lookup-index';
import type { OtherNameIndexEntry } from './other-name-lookup';

/**
 * Everything the search page's exact lookup reads, rendered into the page as JSON (search.astro), so the
 * lookup answers as soon as the page's script runs: no fetch stands between a pasted `206` and its page.
 */
export interface SearchPageData {
  /** The locale's codes: numbers, names, titles. */
  index: LookupIndexEntry[];
  /** The SDK's `error.message` strings per documented code ({"39": ["not login"], …}): the SDK's own English in every locale. */
  messages: Record<number, string[]>;
  /** The runtime enum's other names: a name or number no documented code has goes to its entry in the appendix. */
  otherNames: OtherNameIndexEntry[];
  /** HTTP status → the codes the SDK gives a REST call answered with it, from the claims of content/sdk-proofs.yaml. */
  httpCodes: HttpCodeMap;
}

export async function searchPageData(locale: Locale): Promise<SearchPageData> {
  const messages: Record<number, string[]> = {};
  for (const { code } of await getErrorCodes(defaultLocale)) {
    const list = messagesOf(code);
    if (list.length > 0) messages[code] = list;
  }
  const registry = (await getCollection('registry')).map((entry) => entry.data);
  const otherNames = siteOtherNames(registry).map((other) => ({ name: other.name, codes: other.numbers.map((number) => number.code) }));
  const httpCodes = httpCodeMap((await getCollection('sdkProofs')).map((proof) => proof.data));
  return { index: await lookupIndex(locale), messages, otherNames, httpCodes };
}
