/** The locales the site is written in. Every code needs prose in each of them. */
export const locales = ['zh-cn'] as const;
export type Locale = (typeof locales)[number];

/** The source language: its pages live at the site root, without a locale prefix. */
export const defaultLocale: Locale = 'zh-cn';

/** BCP 47 tags for `<html lang>` (and so for pagefind's per-language indexes). */
export const htmlLang: Record<Locale, string> = {
  'zh-cn': 'zh-CN',
};
