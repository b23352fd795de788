/** Initials avatars for people without a photo: letters from any script, a colour that stays the same per person. */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function firstGrapheme(word: string): string {
  for (const { segment } of segmenter.segment(word)) return segment;
  return '';
}

const initialsByName = new Map<string, string>();

/**
 * "Ada Okafor" → "AO", "José Núñez" → "JN", "李静" → "李", "ada" → "A". Remembered per name: every page that
 * shows a person draws their avatar, and grapheme segmentation is not free (66 ms of a 1,000-person build).
 */
export function initialsOf(name: string): string {
  let initials = initialsByName.get(name);
  if (initials === undefined) initialsByName.set(name, (initials = initialsFromWords(name)));
  return initials;
}

function initialsFromWords(name: string): string {
  const words = name
    .trim()
    .split(/[\s\u3000]+/u)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return '?';
  const first = firstGrapheme(words[0]!);
  const last = words.length > 1 ? firstGrapheme(words[words.length - 1]!) : '';
  return (first + last).toLocaleUpperCase();
}

/** Dark enough for white text at AA contrast on every one. */
const AVATAR_COLOURS = [
  '#1f5f8b',
  '#7a3e9d',
  '#2e7d32',
  '#a23b2a',
  '#5d4037',
  '#00695c',
  '#283593',
  '#8a4b00',
] as const;

/** A number that stays the same for an id, build after build: picks an avatar's colour or a cover's pattern. */
export function stableHash(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash;
}

export function avatarColourFor(id: string): string {
  return AVATAR_COLOURS[stableHash(id) % AVATAR_COLOURS.length]!;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`);
}

/** A standalone initials avatar, for places that need an image file (search results, feeds). */
export function initialsAvatarSvg(name: string, id: string): string {
  const initials = escapeXml(initialsOf(name));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img" aria-label="${escapeXml(name)}"><circle cx="48" cy="48" r="48" fill="${avatarColourFor(id)}"/><text x="48" y="49" dominant-baseline="middle" text-anchor="middle" font-family="system-ui, sans-serif" font-size="36" font-weight="700" fill="#fff">${initials}</text></svg>`;
}
