import type { APIRoute } from 'astro';
import { localeParams, type Locale } from '../../i18n/locales';
import { lookupIndex } from '../../search/lookup-index';

export function getStaticPaths() {
  return localeParams();
}

/** Read by the 404 page to suggest near codes and names (the search page carries its lookup data). */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(await lookupIndex(props.locale)), { headers: { 'Content-Type': 'application/json' } });
