/**
 * The 404 page reads the address it was served for: /codes/9999/ says code 9999 is not documented
 * and lists the nearest codes; /codes/SOME_NAME/ lists similar constant names.
 */
import { nearestCodes, similarNames } from '../utils/lookup';
import { loadLookupIndex, readLookupSettings, renderCodeList } from './lookup-client';

async function start(): Promise<void> {
  const notice = document.querySelector<HTMLElement>('[data-not-found-notice]');
  const settings = notice ? readLookupSettings(notice) : undefined;
  const message = notice?.querySelector<HTMLElement>('[data-lookup-message]');
  const list = notice?.querySelector<HTMLElement>('ul');
  if (!notice || !settings || !message || !list) return;

  let slug: string;
  try {
    slug = decodeURIComponent(/\/codes\/([^/]+)\/?$/.exec(location.pathname)?.[1] ?? '');
  } catch {
    return; // a malformed escape in the address: keep the generic page
  }
  if (!slug) return;
  const index = await loadLookupIndex(settings).catch(() => undefined);
  if (!index) return;

  const isNumber = /^[+-]?\d{1,15}$/.test(slug);
  const suggestions = isNumber ? nearestCodes(Number(slug), index) : similarNames(slug, index);
  if (suggestions.length === 0) return;
  const template = (isNumber ? notice.dataset.unknownCode : notice.dataset.similarNames) ?? '';
  message.textContent = template.replace('{code}', String(Number(slug)));
  renderCodeList(list, suggestions, index, settings);
  notice.hidden = false;
}

void start();
