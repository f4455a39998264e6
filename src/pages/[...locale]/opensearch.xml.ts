import type { APIRoute } from 'astro';
import { htmlLang, localeParams, type Locale } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import { openSearchDescription } from '../../search/opensearch';
import { localeFilePath, localePath, sitePath } from '../../routes/urls';

export function getStaticPaths() {
  return localeParams();
}

/** Linked from every page of the locale as <link rel="search">. */
export const GET: APIRoute<{ locale: Locale }> = ({ props, site }) => {
  const t = ui(props.locale);
  const absolute = (path: string) => new URL(path, site).href;
  const body = openSearchDescription({
    shortName: t.opensearchName,
    description: t.opensearchDescription,
    language: htmlLang[props.locale],
    searchPage: absolute(localePath(props.locale, 'search/')),
    self: absolute(localeFilePath(props.locale, 'opensearch.xml')),
    icon: absolute(sitePath('/favicon.svg')),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
