/**
 * pagefind's excerpt as text and marked words, for the page to build as DOM nodes (never as HTML).
 * pagefind escapes `<` and `>` of the page's text and wraps each matched word in `<mark>…</mark>`;
 * nothing else in it is markup, so a stray tag in the text stays text.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescape(piece), marked });
  }
  return parts;
}
