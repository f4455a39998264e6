/** A piece of a one-line text: plain text, or code written between backticks. */
export interface InlinePart {
  kind: 'text' | 'code';
  value: string;
}

/**
 * Splits `text` on backtick pairs, so front-matter fields can mark identifiers (`conn.open()`)
 * without allowing any HTML. An unpaired backtick stays as text.
 */
export function splitInlineCode(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', value: text.slice(last, match.index) });
    parts.push({ kind: 'code', value: match[1] ?? '' });
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
