/**
 * HTTP statuses in a sentence ("error 401 when calling the API", "接口返回 403", "HTTP 429 too many
 * requests"): which codes the SDK gives a REST call answered with that status. The mapping is data:
 * the `http` statuses of the claims in content/sdk-proofs.yaml, each proven by running the SDK or by a
 * reading of its bundle. Pure: no DOM, no I/O.
 */

/** HTTP status → the codes the SDK rejects a REST call with, most specific first. */
export type HttpCodeMap = Readonly<Record<number, readonly number[]>>;

/** Builds the map from the claims; a code given for fewer statuses is more specific and comes first (17, the catch-all, last). */
export function httpCodeMap(claims: readonly { code?: number | undefined; http?: readonly number[] | undefined }[]): Record<number, number[]> {
  const statusesOf = new Map<number, Set<number>>();
  for (const claim of claims) {
    if (claim.code === undefined) continue;
    for (const status of claim.http ?? []) {
      const statuses = statusesOf.get(claim.code) ?? new Set<number>();
      statuses.add(status);
      statusesOf.set(claim.code, statuses);
    }
  }
  const map: Record<number, number[]> = {};
  for (const [code, statuses] of statusesOf) for (const status of statuses) (map[status] ??= []).push(code);
  const generality = (code: number) => statusesOf.get(code)?.size ?? 0;
  for (const codes of Object.values(map)) codes.sort((a, b) => generality(a) - generality(b) || a - b);
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => Number(a) - Number(b)));
}

// A status named as one: "HTTP 401", "status 403", "status code: 429", "returns 404", "状态码 500", "返回 401", "报 403".
const FRAMED = /(?:\bhttp(?:\s*status)?|\bstatus(?:\s*code)?|\bresponse|\breturn(?:s|ed)?|\bgot|状态码|返回|响应|报)\s*[:：=]?\s*(\d{3})(?!\d)/gi;
// A status followed by its reason phrase: "401 Unauthorized", "503 Service Unavailable".
const WITH_REASON =
  /\b(\d{3})\s+(?:unauthori[sz]ed|forbidden|not\s+found|bad\s+request|too\s+many\s+requests|service\s+unavailable|internal\s+server\s+error|not\s+acceptable|bad\s+gateway)\b/gi;
const ANY_NUMBER = /(?<![\d.])(\d{3})(?![\d.])/g;

/**
 * The HTTP statuses the text names, in order, each once, only those the map knows. A number that is
 * also a documented code (500, 503) counts only when framed as a status or followed by its reason
 * phrase; one that is no code (401, 403, 429) counts anywhere in a sentence, though not alone (a bare
 * number is the lookup's).
 */
export function httpStatusesInText(input: string, map: HttpCodeMap, knownCodes: ReadonlySet<number>): number[] {
  const text = input.slice(0, 2000);
  if (/^\s*\d+\s*$/.test(text)) return [];
  const found: { at: number; status: number }[] = [];
  for (const pattern of [FRAMED, WITH_REASON]) {
    for (const match of text.matchAll(pattern)) found.push({ at: match.index, status: Number(match[1]) });
  }
  for (const match of text.matchAll(ANY_NUMBER)) {
    const status = Number(match[1]);
    if (!knownCodes.has(status)) found.push({ at: match.index, status });
  }
  const statuses = found.sort((a, b) => a.at - b.at).map((hit) => hit.status).filter((status) => map[status] !== undefined);
  return [...new Set(statuses)];
}

/** The codes for the statuses, in the statuses' order, each once. */
export function codesOfHttpStatuses(statuses: readonly number[], map: HttpCodeMap): number[] {
  return [...new Set(statuses.flatMap((status) => map[status] ?? []))];
}
