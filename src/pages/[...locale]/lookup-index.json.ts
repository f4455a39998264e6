import type { APIRoute } from 'astro';
import { localeParams, type Locale } from '../../i18n/locales';
import { lookupIndex } from '../../search/lookup-index';

export function getStaticPaths() {
  return localeParams();
}

/** Read by the search and 404 pages to go straight to a code and to suggest near ones. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(await lookupIndex(props.locale)), { headers: { 'Content-Type': 'application/json' } });
