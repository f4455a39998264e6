import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { OtherNameIndexEntry } from '../search/other-name-lookup';
import { siteOtherNames } from '../sdk/other-names-site';

/** Read by the search page: a name or number of the runtime enum that no documented code has goes to the appendix. */
export const GET: APIRoute = async () => {
  const registry = (await getCollection('registry')).map((entry) => entry.data);
  const index: OtherNameIndexEntry[] = siteOtherNames(registry).map((other) => ({ name: other.name, codes: other.numbers.map((number) => number.code) }));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
