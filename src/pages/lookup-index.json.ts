import type { APIRoute } from 'astro';
import { defaultLocale } from '../i18n/locales';
import { lookupIndex } from '../utils/lookup-index';

/** Read by the search and 404 pages to go straight to a code and to suggest near ones. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await lookupIndex(defaultLocale)), { headers: { 'Content-Type': 'application/json' } });
