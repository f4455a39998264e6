import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { Category } from '../schemas/category';
import type { RegistryEntry } from '../schemas/registry';

/** One error code as pages use it: the registry's facts joined with the prose of one locale. */
export interface ErrorCode extends RegistryEntry {
  categoryInfo: Category;
  prose: CollectionEntry<'prose'>;
}

export const byCode = (a: { code: number }, b: { code: number }) => a.code - b.code;

export async function getCategories(): Promise<Category[]> {
  const entries = await getCollection('categories');
  return entries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** Every code, ascending, with its prose in `locale`. The content loaders already proved each has one. */
export async function getErrorCodes(locale: Locale): Promise<ErrorCode[]> {
  const [registry, prose, categories] = await Promise.all([
    getCollection('registry'),
    getCollection('prose', (entry) => entry.id.startsWith(`${locale}/`)),
    getCategories(),
  ]);
  const proseByCode = new Map(prose.map((entry) => [Number(entry.id.slice(locale.length + 1)), entry]));
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  return registry
    .map(({ data }) => {
      const entryProse = proseByCode.get(data.code);
      const categoryInfo = categoryById.get(data.category);
      if (!entryProse || !categoryInfo) throw new Error(`code ${data.code}: prose or category missing after validation`);
      return { ...data, categoryInfo, prose: entryProse };
    })
    .sort(byCode);
}

/** The codes just before and after `code` in numeric order. */
export function neighbours<T extends { code: number }>(sorted: readonly T[], code: number): { previous: T | undefined; next: T | undefined } {
  const index = sorted.findIndex((entry) => entry.code === code);
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}
