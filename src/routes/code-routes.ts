import { locales, type Locale } from '../i18n/locales';
import { getErrorCodes, neighbours, type ErrorCode } from '../content/codes';
import type { Redirect } from './host-config';
import { codePath, otherNamesPath } from './urls';
import { otherNameAnchor, type OtherName } from '../sdk/other-names';
import { siteOtherNames } from '../sdk/other-names-site';

/** What /codes/<slug>/ shows: a code's page, or, for a constant name, the way to its code(s). */
export type CodeRoute =
  | {
      kind: 'code';
      entry: ErrorCode;
      previous: ErrorCode | undefined;
      next: ErrorCode | undefined;
      sameCategory: ErrorCode[];
      confusable: { entry: ErrorCode; difference: string }[];
      officialNameOwner: number | undefined;
    }
  /**
   * One code: a redirect to `redirect` (a meta refresh here; a 301 where the host is configured, see
   * nameRedirects). Several (a name the official table reuses): a page that tells them apart.
   */
  | { kind: 'name'; name: string; codes: ErrorCode[]; redirect: string | undefined }
  /** A runtime-enum name no documented code carries (STATUS_CLOSED): redirects to its entry in the appendix. */
  | { kind: 'other-name'; name: string; other: OtherName; redirect: string };

/** The other spelling of the SDK's CONNCTION / CONNECTION, so either reaches the code. */
function otherSpelling(name: string): string | undefined {
  if (name.includes('CONNCTION')) return name.replaceAll('CONNCTION', 'CONNECTION');
  if (name.includes('CONNECTION')) return name.replaceAll('CONNECTION', 'CONNCTION');
  return undefined;
}

/** How many codes of its category a page lists at most: a page must not grow with the number of codes. */
export const SAME_CATEGORY_LIMIT = 20;

/** The other codes of `entry`'s category, the closest in value first when there are more than the limit, in order. */
function nearestInCategory(codes: readonly ErrorCode[], entry: ErrorCode): ErrorCode[] {
  return codes
    .filter((other) => other.category === entry.category && other.code !== entry.code)
    .sort((a, b) => Math.abs(a.code - entry.code) - Math.abs(b.code - entry.code) || a.code - b.code)
    .slice(0, SAME_CATEGORY_LIMIT)
    .sort((a, b) => a.code - b.code);
}

export async function codeRoutes(locale: Locale): Promise<{ params: { slug: string }; props: CodeRoute }[]> {
  const codes = await getErrorCodes(locale);
  const byCode = new Map(codes.map((entry) => [entry.code, entry]));
  const confusableOf = (entry: ErrorCode) =>
    entry.prose.data.confusable.map(({ code, difference }) => {
      const other = byCode.get(code);
      if (!other || code === entry.code) {
        throw new Error(`content/codes/${locale}/${entry.code}.mdx: field "confusable": code ${code} ${other ? 'is this code itself' : 'is not in content/registry.yaml'}`);
      }
      return { entry: other, difference };
    });
  const codePages = codes.map((entry) => ({
    params: { slug: String(entry.code) },
    props: {
      kind: 'code' as const,
      entry,
      ...neighbours(codes, entry.code),
      sameCategory: nearestInCategory(codes, entry),
      confusable: confusableOf(entry),
      officialNameOwner: codes.find((other) => other.name === entry.official?.name)?.code,
    },
  }));

  // Every name a developer may hold: the SDK's names and aliases, then names only the official table uses.
  const owners = new Map<string, ErrorCode[]>();
  const claim = (name: string, entry: ErrorCode) => {
    const list = owners.get(name) ?? [];
    if (!list.includes(entry)) list.push(entry);
    owners.set(name, list);
  };
  for (const entry of codes) for (const name of [entry.name, ...entry.aliases.map((alias) => alias.name)]) claim(name, entry);
  for (const entry of codes) if (entry.official?.name) claim(entry.official.name, entry);
  for (const [name, entries] of [...owners]) {
    const variant = otherSpelling(name);
    if (variant && !owners.has(variant)) owners.set(variant, entries);
  }
  const namePages = [...owners].map(([name, entries]) => ({
    params: { slug: name },
    props: { kind: 'name' as const, name, codes: entries, redirect: entries.length === 1 && entries[0] ? codePath(entries[0].code, locale) : undefined },
  }));
  return [...codePages, ...namePages, ...otherNamePages(codes, new Set(owners.keys()), locale)];
}

/** A page for each other name of the runtime enum (and its other CONNCTION spelling), unless a code already owns that slug. */
function otherNamePages(codes: readonly ErrorCode[], taken: ReadonlySet<string>, locale: Locale): { params: { slug: string }; props: CodeRoute }[] {
  const pages = new Map<string, OtherName>();
  for (const other of siteOtherNames(codes)) {
    for (const slug of [other.name, otherSpelling(other.name)]) {
      if (slug !== undefined && !taken.has(slug) && !pages.has(slug)) pages.set(slug, other);
    }
  }
  return [...pages].map(([slug, other]) => ({ params: { slug }, props: { kind: 'other-name' as const, name: slug, other, redirect: otherNamesPath(locale, otherNameAnchor(other.name)) } }));
}

/** Every name page that redirects, in every locale: what the host configuration turns into 301s. */
export async function nameRedirects(): Promise<Redirect[]> {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await codeRoutes(locale)).flatMap(({ params, props }) => {
        const to = redirectOf(props);
        return to === undefined ? [] : [{ from: codePath(params.slug, locale), to }];
      }),
    ),
  );
  return perLocale.flat();
}

/** Where a name page sends the reader: its code, or its entry in the appendix of other names. */
export function redirectOf(route: CodeRoute): string | undefined {
  return route.kind === 'code' ? undefined : route.redirect;
}
