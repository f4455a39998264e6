/** Browser side of the other-name lookup: loads the index the search page names and returns the appendix URL. */
import { lookupOtherName, type OtherNameIndexEntry } from '../other-name-lookup';

/** The URL of `query`'s entry in the appendix, or undefined (no such name, or the index could not load). */
export async function otherNameUrl(query: string, root: HTMLElement): Promise<string | undefined> {
  const { otherNamesIndex, otherNamesUrl } = root.dataset;
  if (!otherNamesIndex || !otherNamesUrl) return undefined;
  const response = await fetch(otherNamesIndex).catch(() => undefined);
  if (!response?.ok) return undefined;
  const name = lookupOtherName(query, (await response.json()) as OtherNameIndexEntry[]);
  return name === undefined ? undefined : `${otherNamesUrl}#${name}`;
}
