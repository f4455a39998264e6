/**
 * A version diff as the pages show it: one section per kind of change, each row a line of text,
 * code and links. The Astro pages render it at build time and the upgrade page's browser module
 * renders the same model for any pair of versions, so both show the same rows. Pure: strings and
 * link patterns are passed in (the browser gets them as JSON).
 */
import type { UiStrings } from '../i18n/ui';
import { changeKinds, type ChangeKind, type Typing, type VersionDiff } from '../sdk/version-diff';

export type RowStrings = UiStrings['upgradeRows'];

/** A piece of a row: text, a code span, or a link (`constant`: its text is a number and a constant, set in code type). */
export type Part = { text: string } | { code: string } | { href: string; text: string; constant?: true };

export interface ViewRow {
  parts: Part[];
  /** Anchors placed at the row (version pages: `code-<n>` on the first row mentioning n). */
  anchors: string[];
}

export interface ViewSection {
  kind: ChangeKind;
  heading: string;
  /** How many changes of this kind (typing changes are grouped, several to a row). */
  count: number;
  rows: ViewRow[];
}

/** Where rows link: `{code}` and `{name}` are replaced; `documented` are the codes with a page. */
export interface ViewLinks {
  codeHref: string;
  otherNameHref: string;
  snippetHref: string;
  documented: readonly number[];
}

const kindHeading: Record<ChangeKind, keyof RowStrings> = {
  new: 'kindNew',
  removed: 'kindRemoved',
  renumbered: 'kindRenumbered',
  renamed: 'kindRenamed',
  nowRaised: 'kindNowRaised',
  noLongerRaised: 'kindNoLongerRaised',
  messageChanged: 'kindMessageChanged',
  typingChanged: 'kindTypingChanged',
};

const ARROW = ' → ';

/** The sections of `diff` that have rows, in the order of changeKinds. */
export function diffView(diff: VersionDiff, t: RowStrings, links: ViewLinks, options: { anchors?: boolean } = {}): ViewSection[] {
  const documented = new Set(links.documented);
  const anchored = new Set<number>();
  const anchorsFor = (...codes: number[]) =>
    options.anchors
      ? codes.filter((code) => !anchored.has(code) && anchored.add(code)).map((code) => `code-${code}`)
      : [];
  /** The number as a link: to its page's version section, or to the other-names entry of its first name. */
  const number = (code: number, names: readonly string[]): Part => {
    if (documented.has(code)) return { href: links.codeHref.replace('{code}', String(code)), text: String(code) };
    const name = names[0];
    return name === undefined ? { text: String(code) } : { href: links.otherNameHref.replace('{name}', name), text: String(code) };
  };
  const names = (list: readonly string[]): Part[] => list.flatMap((name, index) => [...(index > 0 ? [{ text: ' ' }] : []), { code: name }]);
  const declared = (typing: Typing) => (typing.declared === 'public' ? t.declaredPublic : typing.declared === 'hidden' ? t.declaredHidden : t.declaredNone);
  const typed = (typing: Typing) => (typing.typed ? t.typedYes : t.typedNo);
  const codes = (list: readonly string[]): Part[] => list.flatMap((text, index) => [...(index > 0 ? [{ text: t.listSeparator }] : []), { code: text }]);

  const rowsOf = (kind: ChangeKind): ViewRow[] => {
    switch (kind) {
      case 'new':
      case 'removed':
        return diff[kind].map((change) => ({
          anchors: anchorsFor(change.code),
          parts: [number(change.code, change.names), { text: ' ' }, ...names(change.names), { text: `${t.separator}${change.raised ? t.raised : t.notRaised}` }],
        }));
      case 'renumbered':
        return diff.renumbered.map((change) => ({
          anchors: anchorsFor(change.from, change.to),
          parts: [
            { code: change.name },
            { text: t.separator },
            number(change.from, [change.name]),
            { text: ARROW },
            number(change.to, [change.name]),
            { text: t.clauseSeparator },
            { href: links.snippetHref.replace('{name}', change.name), text: t.snippetLink },
          ],
        }));
      case 'renamed':
        return diff.renamed.map((change) => ({
          anchors: anchorsFor(change.code),
          parts: [number(change.code, change.to), { text: ' ' }, ...names(change.from), { text: ARROW }, ...names(change.to)],
        }));
      case 'nowRaised':
      case 'noLongerRaised':
        return diff[kind].map((change) => ({
          anchors: anchorsFor(change.code),
          parts: [number(change.code, change.names), { text: ' ' }, ...names(change.names)],
        }));
      case 'messageChanged':
        return diff.messageChanged.map((change) => ({
          anchors: anchorsFor(change.code),
          parts: [
            number(change.code, change.names),
            { text: ' ' },
            ...names(change.names),
            { text: t.separator },
            ...(change.added.length > 0 ? [{ text: `${t.messagesAdded} ` }, ...codes(change.added)] : []),
            ...(change.added.length > 0 && change.removed.length > 0 ? [{ text: t.clauseSeparator }] : []),
            ...(change.removed.length > 0 ? [{ text: `${t.messagesRemoved} ` }, ...codes(change.removed)] : []),
          ],
        }));
      case 'typingChanged': {
        // One row per change of typing (status.d.ts public → hidden, AgoraChat.Code yes → no, …) listing
        // its constants: a release can change the typing of a hundred names the same way.
        const groups = new Map<string, { clauses: Part[]; changes: typeof diff.typingChanged }>();
        for (const change of diff.typingChanged) {
          const clauses: Part[][] = [];
          if (change.from.declared !== change.to.declared) clauses.push([{ code: 'status.d.ts' }, { text: ` ${declared(change.from)}${ARROW}${declared(change.to)}` }]);
          if (change.from.typed !== change.to.typed) clauses.push([{ code: 'AgoraChat.Code' }, { text: ` ${typed(change.from)}${ARROW}${typed(change.to)}` }]);
          const parts = clauses.flatMap((clause, index) => [...(index > 0 ? [{ text: t.clauseSeparator }] : []), ...clause]);
          const key = JSON.stringify(parts);
          const group = groups.get(key) ?? { clauses: parts, changes: [] };
          group.changes.push(change);
          groups.set(key, group);
        }
        return [...groups.values()].map((group) => ({
          anchors: anchorsFor(...group.changes.map((change) => change.code)),
          parts: [
            ...group.clauses,
            { text: t.separator },
            // Each constant as one link ("56 WEBIM_TOKEN_EXPIRED"): a release's typing changes run to a hundred names.
            ...group.changes.flatMap((change, index): Part[] => {
              const link = number(change.code, [change.name]);
              const item: Part = 'href' in link ? { href: link.href, text: `${change.code} ${change.name}`, constant: true } : { code: `${change.code} ${change.name}` };
              return [...(index > 0 ? [{ text: t.listSeparator }] : []), item];
            }),
          ],
        }));
      }
    }
  };

  return changeKinds.map((kind) => ({ kind, heading: t[kindHeading[kind]], count: diff[kind].length, rows: rowsOf(kind) })).filter((section) => section.rows.length > 0);
}

/** The row text of a section without markup (for tests and summaries). */
export const rowText = (row: ViewRow): string => row.parts.map((part) => ('code' in part ? part.code : part.text)).join('');
