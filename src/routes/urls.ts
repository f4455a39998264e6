import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from '../i18n/locales';

/** The site's base path without a trailing slash ("" at a domain root, "/docs/errors" under a sub-path). */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** An absolute path on this site, for `path` written from the site root ("/pagefind/"). Not localised. */
export function sitePath(path: string): string {
  return `${base}${path}`;
}

/** `path` (from a locale's root, e.g. "codes/206/") in `locale`, with the base path: Astro's i18n routing. */
export function localePath(locale: Locale, path = ''): string {
  return getRelativeLocaleUrl(locale, path);
}

export function homePath(locale: Locale): string {
  return localePath(locale);
}

/** A file in `locale`'s part of the site ("lookup-index.json", "codes/206.md"): no trailing slash. */
export function localeFilePath(locale: Locale, file: string): string {
  return `${homePath(locale)}${file}`;
}

export function codePath(code: number | string, locale: Locale): string {
  return localePath(locale, `codes/${code}/`);
}

/** The code's row in the table page (rows are anchored by their code). */
export function tableRowPath(code: number, locale: Locale): string {
  return `${homePath(locale)}#${code}`;
}

/** The appendix of the runtime enum's other names; with `name`, that name's entry. */
export function otherNamesPath(locale: Locale, name?: string): string {
  return `${localePath(locale, 'codes/other-names/')}${name === undefined ? '' : `#${name}`}`;
}

/** The symptom pages ("troubleshooting by symptom"); with `id`, one symptom's page. */
export function symptomPath(locale: Locale, id?: string): string {
  return localePath(locale, id === undefined ? 'symptoms/' : `symptoms/${id}/`);
}
