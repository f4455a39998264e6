import type { APIRoute } from 'astro';
import source from '../../../guide/chat-error-handler.ts?raw';
import { localizeSource } from '../../../guide/localize-source';
import { localeParams, locales, type Locale } from '../../../i18n/locales';

export function getStaticPaths() {
  return localeParams();
}

/** The guide's handler module with the comments of the locale: the file the guide's download link saves. */
export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(localizeSource(source, props.locale, locales), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
