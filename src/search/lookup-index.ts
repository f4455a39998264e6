import type { Locale } from '../i18n/locales';
import { getErrorCodes } from '../content/codes';
import type { LookupEntry } from './lookup';

/** What the browser needs to look codes up and suggest neighbours: compact, one entry per code. */
export interface LookupIndexEntry extends LookupEntry {
  title: string;
}

export async function lookupIndex(locale: Locale): Promise<LookupIndexEntry[]> {
  const codes = await getErrorCodes(locale);
  return codes.map((entry) => ({
    code: entry.code,
    names: [entry.name, ...entry.aliases.map((alias) => alias.name)],
    ...(entry.official?.name ? { officialName: entry.official.name } : {}),
    title: entry.prose.data.title,
  }));
}
