/**
 * Filters, sorts and counts the rows of the static table as the reader types; the state lives in
 * the URL (?q=…&category=…&source=…&sort=name), so it can be shared, survives a reload and Back
 * undoes it. Without this script the full table shows.
 *
 * Kept cheap at 10,000 rows: search keys are computed once, a keystroke writes `hidden` only on
 * rows whose visibility changes, and rows move only when the sort order changes. When a keystroke
 * brings back many rows (clearing the query of a 10,000-row table), the first screenful appears at
 * once and the rest in slices after the following paints, so neither that paint nor the next
 * keystroke waits for them.
 */
import {
  compareRows,
  createMatcher,
  EMPTY_FILTER,
  indexRow,
  isFiltered,
  parseFilterState,
  serializeFilterState,
  type FacetSpec,
  type FilterState,
  type IndexedRow,
  type SortOrder,
} from '../table-filter';

const form = document.querySelector<HTMLElement>('[data-table-filter]');
const tbody = document.querySelector<HTMLTableSectionElement>('table.code-table tbody');

/** More rows than a tall screen shows; the rest of a large reveal waits for the next task. */
const FIRST_SCREEN_ROWS = 80;
const REVEAL_SLICE = 500;

interface Row {
  element: HTMLTableRowElement;
  indexed: IndexedRow;
  marked: boolean;
}

/** A facet's spec and its controls: checkboxes (several values) or one select (one value). */
interface Facet {
  spec: FacetSpec;
  boxes: HTMLInputElement[];
  select: HTMLSelectElement | null;
}

function readFacets(root: HTMLElement): Facet[] {
  return [...root.querySelectorAll<HTMLElement>('[data-facet]')].map((element) => {
    const select = element instanceof HTMLSelectElement ? element : element.querySelector('select');
    const boxes = [...element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const values = select ? [...select.options].map((option) => option.value).filter(Boolean) : boxes.map((box) => box.value);
    const spec: FacetSpec = {
      name: element.dataset.facet ?? '',
      values,
      multiple: !select,
      effect: element.dataset.facetEffect === 'mark' ? 'mark' : 'filter',
    };
    return { spec, boxes, select };
  });
}

if (form && tbody) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const reset = form.querySelector<HTMLButtonElement>('[data-filter-reset]');
  const noMatch = form.querySelector<HTMLElement>('[data-no-match]');
  const searchLink = form.querySelector<HTMLAnchorElement>('[data-no-match-search]');
  const facets = readFacets(form);
  const specs = facets.map((facet) => facet.spec);
  const template = (name: 'countTemplate' | 'filteredTemplate', shown: number) =>
    (form.dataset[name] ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));

  const rows: Row[] = [...tbody.rows].map((element) => {
    const data = element.dataset;
    const indexed: IndexedRow = indexRow({
      code: Number(data.code),
      names: data.names ?? '',
      text: `${element.querySelector('.col-title')?.textContent ?? ''} ${data.text ?? ''}`,
      facets: Object.fromEntries(specs.map((spec) => [spec.name, (data[spec.name] ?? '').split(' ').filter(Boolean)])),
    });
    return { element, indexed, marked: false };
  });
  // The server renders rows in code order; `ordered` is the order on screen.
  let renderedSort: SortOrder = 'code';
  let ordered = rows;

  const readForm = (): FilterState => ({
    query: (input?.value ?? '').trim(),
    facets: Object.fromEntries(
      facets.map(({ spec, boxes, select }) => [spec.name, select ? [select.value].filter(Boolean) : boxes.filter((box) => box.checked).map((box) => box.value)]),
    ),
    sort: sort?.value === 'name' ? 'name' : 'code',
  });

  const writeForm = (state: FilterState) => {
    if (input) input.value = state.query;
    if (sort) sort.value = state.sort;
    for (const { spec, boxes, select } of facets) {
      const chosen = state.facets[spec.name] ?? [];
      for (const box of boxes) box.checked = chosen.includes(box.value);
      if (select) select.value = chosen[0] ?? '';
    }
  };

  const reorder = (order: SortOrder) => {
    const compare = compareRows(order);
    ordered = [...rows].sort((a, b) => compare(a.indexed.row, b.indexed.row));
    const fragment = document.createDocumentFragment();
    for (const { element } of ordered) fragment.append(element);
    tbody.append(fragment);
    renderedSort = order;
  };

  // Rows still to be shown after the first screenful: one slice per frame, each run just after a
  // paint (a timer set in an animation-frame callback), so no keystroke's paint waits for them.
  let revealFrame = 0;
  let revealTimer: number | undefined;
  const revealAfterPaint = (pending: Row[], from: number) => {
    if (from >= pending.length) return;
    revealFrame = requestAnimationFrame(() => {
      revealTimer = window.setTimeout(() => {
        const end = Math.min(from + REVEAL_SLICE, pending.length);
        for (let index = from; index < end; index++) pending[index]?.element.removeAttribute('hidden');
        revealAfterPaint(pending, end);
      }, 0);
    });
  };

  let announceTimer: number | undefined;
  const apply = (state: FilterState) => {
    cancelAnimationFrame(revealFrame);
    window.clearTimeout(revealTimer);
    if (state.sort !== renderedSort) reorder(state.sort);
    const matcher = createMatcher(state, specs);
    let shown = 0;
    const toShow: Row[] = [];
    for (const row of ordered) {
      const { element } = row;
      const visible = matcher.visible(row.indexed);
      if (visible) {
        shown++;
        if (element.hidden) toShow.push(row);
      } else if (!element.hidden) {
        element.hidden = true;
      }
      const marked = visible && matcher.marked(row.indexed);
      if (marked !== row.marked) {
        row.marked = marked;
        element.toggleAttribute('data-facet-miss', marked);
      }
    }
    for (const row of toShow.slice(0, FIRST_SCREEN_ROWS)) row.element.hidden = false;
    revealAfterPaint(toShow, FIRST_SCREEN_ROWS);

    const filtered = isFiltered(state);
    if (count) count.textContent = filtered ? template('filteredTemplate', shown) : template('countTemplate', shown);
    if (reset) reset.hidden = !filtered;
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
      if (status && count) status.textContent = count.textContent;
    }, 400);
  };

  const update = (mode: 'push' | 'replace') => {
    const state = readForm();
    apply(state);
    const url = `${location.pathname}${serializeFilterState(state, specs)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
  };

  const restore = () => {
    const state = parseFilterState(location.search, specs);
    writeForm(state);
    apply(state);
    return state;
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
  reset?.addEventListener('click', () => {
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

  // A shared link lands on its result: if the filtered rows start below the first screen, bring
  // the count line (and the rows under it) into view. A #row link keeps its own target.
  if (isFiltered(restore()) && !location.hash) {
    const firstRow = ordered.find((row) => !row.element.hidden)?.element;
    const summary = count?.parentElement;
    if (summary && firstRow && firstRow.getBoundingClientRect().top > window.innerHeight - 80) summary.scrollIntoView({ block: 'start' });
  }
}
