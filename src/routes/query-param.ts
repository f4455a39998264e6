/** Longest query value we act on; anything longer is cut, not rejected. */
export const MAX_QUERY_LENGTH = 200;

/**
 * One parameter of a query string, trimmed and bounded. Never throws: a malformed query string
 * (bad percent-encoding, huge values) yields the empty string or the part that decodes.
 */
export function readQueryParam(search: string, name: string): string {
  let value: string | null = null;
  try {
    value = new URLSearchParams(search).get(name);
  } catch {
    return '';
  }
  return (value ?? '').trim().slice(0, MAX_QUERY_LENGTH);
}
