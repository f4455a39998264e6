import type { APIRoute } from 'astro';
import { defaultLocale, locales, type Locale } from '../../../i18n/locales';
import { codeMarkdown } from '../../../data-files/code-markdown';
import { getErrorCodes, type ErrorCode } from '../../../content/codes';
import { codePath } from '../../../routes/urls';

export async function getStaticPaths() {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await getErrorCodes(locale)).map((entry) => ({
        params: { locale: locale === defaultLocale ? undefined : locale, code: String(entry.code) },
        props: { locale, entry },
      })),
    ),
  );
  return perLocale.flat();
}

/** The Markdown twin of /codes/<code>/, as Stripe and Twilio publish for tools and assistants. */
export const GET: APIRoute<{ locale: Locale; entry: ErrorCode }> = ({ props, site }) => {
  const pageUrl = new URL(codePath(props.entry.code, props.locale), site).href;
  return new Response(codeMarkdown(props.entry, props.locale, pageUrl), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
