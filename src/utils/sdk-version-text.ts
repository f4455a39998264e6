import type { Locale } from '../i18n/locales';
import type { VersionRange } from './sdk-history-query';

/** Runs of SDK versions in words: "1.2.1–1.2.2-2, 1.3.0" (Chinese joins them with 、). */
export function formatVersionRanges(ranges: readonly VersionRange[], locale: Locale): string {
  return ranges.map(({ from, to }) => (from === to ? from : `${from}–${to}`)).join(locale === 'zh-cn' ? '、' : ', ');
}
