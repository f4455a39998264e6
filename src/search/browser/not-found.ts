/**
 * The 404 page reads the address it was served for: /codes/9999/ says code 9999 is not documented
 * and lists the nearest codes; /codes/SOME_NAME/ lists similar constant names. The section of the
 * address's locale (/en/… → English) is filled in and moved first.
 */
import { nearestCodes, similarNames } from '../lookup';
import { loadLookupIndex, readLookupSettings, renderCodeList } from './lookup-client';

function currentSection(): HTMLElement | undefined {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-not-found-section]')];
  // The longest home path that prefixes the address: "/en/" beats "/".
  return sections
    .filter((section) => location.pathname.startsWith(section.dataset.home ?? '/'))
    .sort((a, b) => (b.dataset.home ?? '').length - (a.dataset.home ?? '').length)[0];
}

async function start(): Promise<void> {
  const section = currentSection();
  const notice = section?.querySelector<HTMLElement>('[data-not-found-notice]');
  const settings = notice ? readLookupSettings(notice) : undefined;
  const indexUrl = notice?.dataset.lookupIndex;
  const message = notice?.querySelector<HTMLElement>('[data-lookup-message]');
  const list = notice?.querySelector<HTMLElement>('ul');
  if (!section || !notice || !settings || !indexUrl || !message || !list) return;
  section.parentElement?.prepend(section);

  let slug: string;
  try {
    slug = decodeURIComponent(/\/codes\/([^/]+)\/?$/.exec(location.pathname)?.[1] ?? '');
  } catch {
    return; // a malformed escape in the address: keep the generic page
  }
  if (!slug) return;
  const index = await loadLookupIndex(indexUrl).catch(() => undefined);
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
