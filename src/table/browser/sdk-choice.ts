/**
 * The table's SDK-version choice: the filter engine (table-filter.ts) marks the rows the chosen
 * version does not raise; this writes on each marked row why (not raised, or not defined in that
 * version) and how many codes the version can raise. Runs after table-filter.ts has restored the
 * choice from the URL, and only when the choice changes, not on every keystroke.
 */
import { sdkMiss } from '../sdk-choice';

const select = document.querySelector<HTMLSelectElement>('[data-facet="sdk"] select');
const summary = document.querySelector<HTMLElement>('[data-sdk-summary]');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.code-table tbody tr')].map((element) => ({
  note: element.querySelector<HTMLElement>('[data-sdk-miss]'),
  versions: {
    raised: (element.dataset.sdk ?? '').split(' ').filter(Boolean),
    defined: (element.dataset.sdkDefined ?? '').split(' ').filter(Boolean),
  },
}));

let annotated = '';
function annotate(): void {
  if (!select || select.value === annotated) return;
  const version = select.value;
  annotated = version;
  const { notRaised = '', notDefined = '', summary: summaryTemplate = '' } = select.dataset;
  let raising = 0;
  for (const { note, versions } of rows) {
    const miss = version ? sdkMiss(version, versions) : undefined;
    if (version && !miss) raising++;
    if (note) note.textContent = miss ? (miss === 'not-raised' ? notRaised : notDefined).replace('{version}', version) : '';
  }
  if (summary) summary.textContent = version ? summaryTemplate.replace('{version}', version).replace('{count}', String(raising)) : '';
}

select?.addEventListener('change', annotate);
window.addEventListener('popstate', annotate);
annotate();
