/** A piece of a one-line text: plain text, code written between backticks, or a document title between asterisks. */
export interface InlinePart {
  kind: 'text' | 'code' | 'title';
  value: string;
}

/**
 * Splits `text` on backtick pairs, so front-matter fields can mark identifiers (`conn.open()`)
 * without allowing any HTML, and on asterisk pairs around a document title (*Message management
 * overview*), as the style guide marks English titles. An unpaired backtick or asterisk stays as text.
 */
export function splitInlineCode(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /`([^`]+)`|\*([^*\s`][^*`]*[^*\s`]|[^*\s`])\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', value: text.slice(last, match.index) });
    parts.push(match[1] !== undefined ? { kind: 'code', value: match[1] } : { kind: 'title', value: match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

/** The text without its backticks, for meta descriptions and search records. */
export function plainText(text: string): string {
  return splitInlineCode(text)
    .map((part) => part.value)
    .join('');
}
