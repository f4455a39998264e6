/**
 * The table's link to the upgrade page follows its SDK-version choice: with agora-chat 1.3.0 chosen it
 * reads "what changes when you upgrade from 1.3.0" and opens /upgrade/?from=1.3.0. Without JavaScript
 * (or with no choice) it is a plain link to the upgrade page.
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-upgrade-link]');
const select = document.querySelector<HTMLSelectElement>('[data-facet="sdk"] select');

function follow(): void {
  if (!link || !select) return;
  const { base = link.href, any = link.textContent ?? '', fromTemplate = '' } = link.dataset;
  const version = [...select.options].some((option) => option.value === select.value) ? select.value : '';
  const url = new URL(base, location.href);
  if (version) url.searchParams.set('from', version);
  link.href = url.pathname + url.search;
  link.textContent = version ? fromTemplate.replace('{version}', version) : any;
}

if (link) {
  link.dataset.base ??= link.getAttribute('href') ?? '';
  link.dataset.any ??= link.textContent ?? '';
}
select?.addEventListener('change', follow);
window.addEventListener('popstate', follow);
follow();
