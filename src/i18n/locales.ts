/**
 * The locales of the site, in one place: Astro's i18n routing (astro.config.mjs), the content
 * rules (every code needs prose in each) and the pages all read them from here.
 */
export const locales = ['zh-cn', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The source language: its pages live at the site root, without a locale prefix. */
export const defaultLocale: Locale = 'zh-cn';

/** BCP 47 tags for `<html lang>`, hreflang, and so for pagefind's per-language indexes. */
export const htmlLang: Record<Locale, string> = {
  'zh-cn': 'zh-CN',
  en: 'en',
};

/** getStaticPaths params for pages that exist in every locale: `[...locale]` is empty for the default. */
export function localeParams(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { locale: locale === defaultLocale ? undefined : locale }, props: { locale } }));
}
