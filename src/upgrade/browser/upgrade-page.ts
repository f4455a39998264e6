/**
 * The upgrade page's comparison: reads "from" and "to" from the URL (?from=1.2.1&to=1.4.0; an
 * unknown or malformed value is ignored), computes their diff from /sdk-history.json with the same
 * pure modules the build uses, and renders it under the form. The choice is written back to the URL
 * (Back and Forward restore it); a status line (role=status) announces each new result.
 */
import type { SdkConstant } from '../../schemas/sdk-history';
import { diffView, type Part, type RowStrings, type ViewLinks } from '../upgrade-view';
import { changeCounts, parseVersionChoice, versionDiff, type DiffHistory } from '../../sdk/version-diff';

const root = document.querySelector<HTMLElement>('[data-upgrade]');
const form = root?.querySelector<HTMLFormElement>('[data-upgrade-form]');
const fromSelect = form?.querySelector<HTMLSelectElement>('select[name="from"]');
const toSelect = form?.querySelector<HTMLSelectElement>('select[name="to"]');
const status = root?.querySelector<HTMLElement>('[data-upgrade-status]');
const results = root?.querySelector<HTMLElement>('[data-upgrade-results]');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The history as /sdk-history.json holds it; anything else is refused rather than half-read. */
function asHistory(data: unknown): DiffHistory | undefined {
  if (!isRecord(data) || !Array.isArray(data.versions)) return undefined;
  const versions: DiffHistory['versions'][number][] = [];
  for (const entry of data.versions) {
    if (!isRecord(entry) || typeof entry.version !== 'string' || !isRecord(entry.constants)) return undefined;
    const constants: Record<string, SdkConstant> = {};
    for (const [name, value] of Object.entries(entry.constants)) {
      if (!isRecord(value) || typeof value.code !== 'number' || typeof value.raised !== 'boolean' || typeof value.typed !== 'boolean') return undefined;
      const declared = value.declared === 'public' || value.declared === 'hidden' ? value.declared : null;
      const messages = Array.isArray(value.messages) ? value.messages.filter((message): message is string => typeof message === 'string') : [];
      constants[name] = { code: value.code, declared, typed: value.typed, raised: value.raised, messages };
    }
    versions.push({ version: entry.version, constants });
  }
  return { versions };
}

function parseJson<T>(text: string | undefined, check: (value: unknown) => value is T): T | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return check(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isStrings = (value: unknown): value is RowStrings => isRecord(value) && Object.values(value).every((item) => typeof item === 'string');
const isLinks = (value: unknown): value is ViewLinks =>
  isRecord(value) && typeof value.codeHref === 'string' && typeof value.otherNameHref === 'string' && typeof value.snippetHref === 'string' && Array.isArray(value.documented);

function renderPart(part: Part): Node {
  if ('code' in part) {
    const code = document.createElement('code');
    code.textContent = part.code;
    return code;
  }
  if ('href' in part) {
    const link = document.createElement('a');
    link.href = part.href;
    link.textContent = part.text;
    if (part.constant) link.className = 'constant';
    return link;
  }
  return document.createTextNode(part.text);
}

async function start(): Promise<void> {
  if (!root || !form || !fromSelect || !toSelect || !status || !results) return;
  const strings = parseJson(root.dataset.strings, isStrings);
  const links = parseJson(root.dataset.links, isLinks);
  const versions = [...fromSelect.options].map((option) => option.value);
  const latest = root.dataset.latest ?? versions[0] ?? '';
  let history: DiffHistory | undefined;
  try {
    const response = await fetch(root.dataset.history ?? '');
    history = response.ok ? asHistory(await response.json()) : undefined;
  } catch {
    history = undefined;
  }
  if (!strings || !links || !history) {
    status.textContent = root.dataset.loadFailed ?? '';
    return;
  }
  const loaded = history;
  const known = versions.filter((version) => loaded.versions.some((entry) => entry.version === version));

  const render = (from: string, to: string) => {
    const diff = versionDiff(loaded, from, to);
    const total = changeCounts(diff).total;
    const sections = diffView(diff, strings, links);
    const count = (n: number) => strings.count.replace('{count}', String(n));
    results.replaceChildren(
      ...sections.map((section) => {
        const wrapper = document.createElement('div');
        wrapper.className = 'change-kind';
        wrapper.dataset.kind = section.kind;
        const heading = document.createElement('h3');
        heading.id = `compare-${section.kind}`;
        heading.textContent = section.heading;
        const number = document.createElement('span');
        number.className = 'count';
        number.textContent = count(section.count);
        heading.append(number);
        const list = document.createElement('ul');
        list.append(
          ...section.rows.map((row) => {
            const item = document.createElement('li');
            item.append(...row.parts.map(renderPart));
            return item;
          }),
        );
        wrapper.append(heading, list);
        return wrapper;
      }),
    );
    const summary = strings.summary.replace('{from}', from).replace('{to}', to).replace('{total}', String(total));
    status.textContent = from === to ? strings.sameVersion : total === 0 ? `${summary} ${strings.noChanges}` : summary;
    root.dataset.from = from;
    root.dataset.to = to;
  };

  /** The choice in the URL, completed: "to" defaults to the latest, "from" to the version before "to". */
  const fromUrl = () => {
    const choice = parseVersionChoice(location.search, known);
    const to = choice.to ?? latest;
    const from = choice.from ?? known[known.indexOf(to) + 1] ?? to;
    return { from, to };
  };

  const show = ({ from, to }: { from: string; to: string }) => {
    fromSelect.value = from;
    toSelect.value = to;
    render(from, to);
  };

  /** A submit adds a history entry; a change of a select replaces it (arrow keys change it step by step). */
  const choose = (push: boolean) => {
    const url = new URL(location.href);
    url.searchParams.set('from', fromSelect.value);
    url.searchParams.set('to', toSelect.value);
    url.hash = '';
    if (url.href !== location.href) history_[push ? 'pushState' : 'replaceState'](null, '', url);
    render(fromSelect.value, toSelect.value);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    choose(true);
  });
  fromSelect.addEventListener('change', () => choose(false));
  toSelect.addEventListener('change', () => choose(false));
  window.addEventListener('popstate', () => show(fromUrl()));
  show(fromUrl());
}

/** A link to one pair of versions (#latest-from-1.2.1) opens its <details>. */
function openTarget(): void {
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
}
window.addEventListener('hashchange', openTarget);
openTarget();

/** window.history, named apart from the SDK history above. */
const history_ = window.history;

void start();
