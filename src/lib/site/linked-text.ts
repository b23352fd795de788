/** Plain text with its web addresses made into links: "request it at https://… and book" → text, link, text. */

export type TextPart = { text: string } | { text: string; href: string };

/** An address ends before a space, and before punctuation that closes the sentence around it. */
const ADDRESS = /https?:\/\/[^\s<>"]+?(?=[.,;:!?)\]]*(?:\s|$))/g;

export function linkedText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: match[0], href: match[0] });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
