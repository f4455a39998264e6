import type { Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { rangeText } from './code-versions';
import type { VersionRange } from './sdk-history-query';

/** Runs of SDK versions in the words of `locale`: "1.2.1–1.2.2-2 and 1.3.0", "1.2.1–1.2.2-2、1.3.0". */
export function formatVersionRanges(ranges: readonly VersionRange[], locale: Locale): string {
  return ui(locale).versionsList(ranges.map(rangeText));
}
