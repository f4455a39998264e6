/**
 * Filters, sorts and counts the rows of the static table as the reader types; the state lives in
 * the URL (?q=…&category=…&source=…&sort=name), so it can be shared, survives a reload and Back
 * undoes it. Without this script the full table shows.
 */
import { compareRows, EMPTY_FILTER, parseFilterState, rowMatches, serializeFilterState, type FilterRow, type FilterState } from '../utils/table-filter';

const form = document.querySelector<HTMLElement>('[data-table-filter]');
const tbody = document.querySelector<HTMLTableSectionElement>('table.code-table tbody');

if (form && tbody) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const noMatch = form.querySelector<HTMLElement>('[data-no-match]');
  const searchLink = form.querySelector<HTMLAnchorElement>('[data-no-match-search]');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const categoryIds = checkboxes.filter((box) => box.name === 'category').map((box) => box.value);

  const rows = [...tbody.rows].map((element) => {
    const data = element.dataset;
    const row: FilterRow = {
      code: Number(data.code),
      names: data.names ?? '',
      category: data.category ?? '',
      source: data.source === 'sdk' ? 'sdk' : 'official',
      text: `${element.querySelector('.col-title')?.textContent ?? ''} ${data.text ?? ''}`,
    };
    return { element, row };
  });

  const readForm = (): FilterState => ({
    query: (input?.value ?? '').trim(),
    categories: checkboxes.filter((box) => box.name === 'category' && box.checked).map((box) => box.value),
    sources: checkboxes.filter((box) => box.name === 'source' && box.checked).map((box) => (box.value === 'sdk' ? 'sdk' : 'official')),
    sort: sort?.value === 'name' ? 'name' : 'code',
  });

  const writeForm = (state: FilterState) => {
    if (input) input.value = state.query;
    if (sort) sort.value = state.sort;
    for (const box of checkboxes) {
      box.checked = box.name === 'category' ? state.categories.includes(box.value) : state.sources.some((source) => source === box.value);
    }
  };

  let announceTimer: number | undefined;
  const apply = (state: FilterState) => {
    let shown = 0;
    for (const { element, row } of rows) {
      const visible = rowMatches(row, state);
      element.hidden = !visible;
      if (visible) shown++;
    }
    const ordered = [...rows].sort((a, b) => compareRows(state.sort)(a.row, b.row));
    if (ordered.some(({ element }, index) => tbody.rows[index] !== element)) tbody.append(...ordered.map(({ element }) => element));

    if (noMatch && searchLink) {
      noMatch.hidden = shown > 0;
      const searchUrl = new URL(form.dataset.searchUrl ?? '/search/', location.href);
      searchUrl.search = state.query ? `?q=${encodeURIComponent(state.query)}` : '';
      searchLink.href = searchUrl.pathname + searchUrl.search;
      searchLink.textContent = (form.dataset.searchTemplate ?? '').replace('{query}', state.query);
      searchLink.hidden = !state.query;
    }
    // Announced once typing pauses, not on every keystroke.
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      if (status) status.textContent = (form.dataset.statusTemplate ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    }, 400);
  };

  const update = (mode: 'push' | 'replace') => {
    const state = readForm();
    apply(state);
    const url = `${location.pathname}${serializeFilterState(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
  };

  const restore = () => {
    const state = parseFilterState(location.search, categoryIds);
    writeForm(state);
    apply(state);
  };

  input?.addEventListener('input', () => update('replace'));
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      update('push');
    }
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update('push');
  });
  form.querySelector('[data-filter-reset]')?.addEventListener('click', () => {
    writeForm(EMPTY_FILTER);
    update('push');
    input?.focus();
  });
  window.addEventListener('popstate', restore);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input?.focus();
    }
  });
  restore();
}
