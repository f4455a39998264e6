/**
 * The upgrade and version pages' view of this site's SDK history (content/sdk-history.json): the
 * history in the shape the diff reads, the latest version, and where rows link in each locale.
 */
import type { Locale } from '../i18n/locales';
import { constantsOf, sdkVersions } from '../sdk/sdk-history';
import { codePath, localePath, otherNamesPath } from '../routes/urls';
import type { ViewLinks } from './upgrade-view';
import type { DiffHistory } from '../sdk/version-diff';
import { snippetAnchor } from '../snippets/upgrade-snippet';

export const siteDiffHistory: DiffHistory = { versions: sdkVersions.map((version) => ({ version, constants: constantsOf(version) })) };

/** The newest published version (the last of the history). */
export const latestVersion: string = sdkVersions.at(-1) ?? '';

export const upgradePath = (locale: Locale, from?: string): string =>
  `${localePath(locale, 'upgrade/')}${from === undefined ? '' : `?from=${encodeURIComponent(from)}`}`;
export const versionsIndexPath = (locale: Locale): string => localePath(locale, 'versions/');
export const versionPath = (locale: Locale, version: string): string => localePath(locale, `versions/${version}/`);

/** Row links of `locale`: a documented code's version section, an other name's appendix entry, a moved name's snippet. */
export function siteViewLinks(locale: Locale, documented: readonly number[]): ViewLinks {
  return {
    codeHref: `${codePath(0, locale).replace('/0/', '/{code}/')}#versions`,
    otherNameHref: otherNamesPath(locale, '{name}'),
    snippetHref: `${upgradePath(locale)}#${snippetAnchor('{name}')}`,
    documented,
  };
}
