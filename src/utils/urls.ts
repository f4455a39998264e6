import { defaultLocale, type Locale } from '../i18n/locales';

/** The site's base path without a trailing slash ("" at a domain root, "/docs/errors" under a sub-path). */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** An absolute path on this site, for `path` written from the site root ("/codes/206/"). */
export function sitePath(path: string): string {
  return `${base}${path}`;
}

function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

export function homePath(locale: Locale): string {
  return sitePath(`${localePrefix(locale)}/`);
}

export function codePath(code: number, locale: Locale): string {
  return sitePath(`${localePrefix(locale)}/codes/${code}/`);
}

/** The code's row in the table page (rows are anchored by their code). */
export function tableRowPath(code: number, locale: Locale): string {
  return `${homePath(locale)}#${code}`;
}
