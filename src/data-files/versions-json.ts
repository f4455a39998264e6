/** /versions.json: every version's changes against the one before and against the latest, validated against its schema. */
import { locales, type Locale } from '../i18n/locales';
import { versionsJsonSchema, type VersionsJson } from '../schemas/versions-json';
import { pinnedVersion } from '../sdk/sdk-history';
import { sitePath } from '../routes/urls';
import { latestVersion, siteDiffHistory, upgradePath, versionPath } from '../upgrade/upgrade-site';
import { changeKinds, previousVersion, versionDiff, versionsOf } from '../sdk/version-diff';

const byLocale = (pick: (locale: Locale) => string) => Object.fromEntries(locales.map((locale) => [locale, pick(locale)])) as Record<Locale, string>;

export function buildVersionsJson(site: URL): VersionsJson {
  const absolute = (path: string) => new URL(path, site).href;
  const versions = versionsOf(siteDiffHistory);
  return versionsJsonSchema.parse({
    $schema: absolute(sitePath('/versions.schema.json')),
    sdk: { package: 'agora-chat', pinned: pinnedVersion, latest: latestVersion, versions },
    kinds: [...changeKinds],
    history: absolute(sitePath('/sdk-history.json')),
    versions: versions.map((version) => {
      const previous = previousVersion(siteDiffHistory, version) ?? null;
      return {
        version,
        previous,
        changes: previous === null ? null : versionDiff(siteDiffHistory, previous, version),
        toLatest: version === latestVersion ? null : versionDiff(siteDiffHistory, version, latestVersion),
        pages: byLocale((locale) => absolute(versionPath(locale, version))),
        upgrade: byLocale((locale) => absolute(upgradePath(locale, version))),
      };
    }),
  });
}
