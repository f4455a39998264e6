/** Browser side of "go to code": loads the lookup index and renders suggestion lists. */
import type { LookupIndexEntry } from '../lookup-index';

/** Page-specific settings, rendered by the page as data attributes of `element`. */
export interface LookupSettings {
  indexUrl: string;
  /** The SDK's error messages per code: only the search page names this file. */
  messagesUrl?: string | undefined;
  /** A URL with {slug} where the code or the name goes: "/codes/{slug}/". */
  codeUrlTemplate: string;
}

export function readLookupSettings(element: HTMLElement): LookupSettings | undefined {
  const { lookupIndex, codeUrl, lookupMessages } = element.dataset;
  return lookupIndex && codeUrl ? { indexUrl: lookupIndex, codeUrlTemplate: codeUrl, messagesUrl: lookupMessages } : undefined;
}

export const codeUrl = (settings: LookupSettings, slug: string | number) =>
  settings.codeUrlTemplate.replace('{slug}', encodeURIComponent(String(slug)));

export async function loadLookupIndex(settings: LookupSettings): Promise<LookupIndexEntry[]> {
  const response = await fetch(settings.indexUrl);
  if (!response.ok) throw new Error(`lookup index: HTTP ${response.status}`);
  return (await response.json()) as LookupIndexEntry[];
}

/** The SDK's `error.message` strings per code ({"39": ["not login"], …}); none when the page names no file. */
export async function loadLookupMessages(settings: LookupSettings): Promise<Record<number, string[]>> {
  if (!settings.messagesUrl) return {};
  const response = await fetch(settings.messagesUrl);
  if (!response.ok) throw new Error(`lookup messages: HTTP ${response.status}`);
  return (await response.json()) as Record<number, string[]>;
}

/** Fills `list` with links to `codes` ("206 用户在其他设备登录 WEBIM_…"), built as DOM nodes, never HTML. */
export function renderCodeList(list: HTMLElement, codes: readonly number[], index: readonly LookupIndexEntry[], settings: LookupSettings): void {
  list.replaceChildren(
    ...codes.flatMap((code) => {
      const entry = index.find((candidate) => candidate.code === code);
      if (!entry) return [];
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = codeUrl(settings, code);
      link.textContent = `${code} ${entry.title}`;
      const name = document.createElement('code');
      name.textContent = entry.names[0] ?? '';
      item.append(link, ' ', name);
      return [item];
    }),
  );
}
