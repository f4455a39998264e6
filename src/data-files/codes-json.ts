import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { codesJsonSchema, type CodesJson } from '../schemas/codes-json';
import { getErrorCodes, type ErrorCode } from '../content/codes';
import { plainText } from '../content/inline-code';
import { sdkHistory } from '../sdk/sdk-history';
import { SDK_VERSION } from '../sdk/sdk-version';
import { codePath, localeFilePath, sitePath } from '../routes/urls';

const absolute = (path: string, site: URL) => new URL(path, site).href;
const byLocale = <T>(pick: (locale: Locale) => T) => Object.fromEntries(locales.map((locale) => [locale, pick(locale)])) as Record<Locale, T>;

/** /codes.json, built from the collection and validated against the schema it publishes. */
export async function buildCodesJson(site: URL): Promise<CodesJson> {
  const perLocale = new Map<Locale, Map<number, ErrorCode>>();
  for (const locale of locales) {
    perLocale.set(locale, new Map((await getErrorCodes(locale)).map((entry) => [entry.code, entry])));
  }
  const inLocale = (locale: Locale, code: number) => {
    const entry = perLocale.get(locale)?.get(code);
    if (!entry) throw new Error(`code ${code} has no prose in ${locale}`);
    return entry;
  };
  const texts = <T>(code: number, pick: (entry: ErrorCode) => T) => byLocale((locale) => pick(inLocale(locale, code)));
  const optionalTexts = (code: number, pick: (entry: ErrorCode) => string | undefined) =>
    Object.fromEntries(locales.flatMap((locale) => {
      const text = pick(inLocale(locale, code));
      return text === undefined ? [] : [[locale, plainText(text)]];
    })) as Partial<Record<Locale, string>>;

  const codes = [...(perLocale.get(defaultLocale)?.values() ?? [])].map((entry) => ({
    code: entry.code,
    name: entry.name,
    aliases: entry.aliases.map((alias) => ({ name: alias.name, hidden: alias.sdk === 'hidden' })),
    category: { id: entry.category, label: entry.categoryInfo.label },
    source: { officialTable: entry.official !== undefined, sdk: entry.sdk ?? null, sdkVersion: SDK_VERSION },
    official: entry.official ? { name: entry.official.name ?? entry.name, description: entry.official.description } : null,
    title: texts(entry.code, (localized) => localized.prose.data.title),
    description: optionalTexts(entry.code, (localized) => localized.prose.data.cause),
    fix: optionalTexts(entry.code, (localized) => localized.prose.data.fix),
    delivery: entry.delivery,
    unreachable: entry.unreachable,
    versions: sdkHistory.versionsDefining(entry.code).map((version) => ({
      version,
      names: sdkHistory.namesOf(entry.code, version),
      raised: sdkHistory.versionsRaising(entry.code).includes(version),
      messages: sdkHistory.messagesOf(entry.code, version),
    })),
    urls: byLocale((locale) => absolute(codePath(entry.code, locale), site)),
    markdown: byLocale((locale) => absolute(localeFilePath(locale, `codes/${entry.code}.md`), site)),
  }));
  return codesJsonSchema.parse({
    $schema: absolute(sitePath('/codes.schema.json'), site),
    sdk: { package: 'agora-chat', version: SDK_VERSION, versions: sdkHistory.sdkVersions },
    locales: [...locales],
    codes,
  });
}
