/**
 * Finds glossary terms and their aliases in text with one pass over the text: a trie of every phrase,
 * walked from each word start, so 2,000 terms cost no more per character than 20.
 * Matching ignores case, treats any run of white space as one space, and only matches whole words.
 * Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between words, so in text with those
 * scripts word edges come from the Unicode word segmenter (ICU's dictionaries) instead.
 */

export interface TermPhrase {
  termId: string;
  phrase: string;
}

export interface TermMention {
  termId: string;
  /** Offsets into the text searched, end exclusive. */
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  termId?: string;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const SPACE = /\s/;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Where words start and end in `text`: between a word character and anything else, or, in unspaced scripts,
 * where the segmenter says.
 */
function wordEdges(text: string): { startsWord: (i: number) => boolean; endsWord: (i: number) => boolean } {
  const endsAtSpaceOrPunctuation = (i: number) => !isWordChar(text[i]);
  if (!UNSPACED_SCRIPT.test(text)) {
    return { startsWord: (i) => isWordChar(text[i]) && !isWordChar(text[i - 1]), endsWord: endsAtSpaceOrPunctuation };
  }
  const edges = new Set<number>([text.length]);
  for (const { index } of wordSegmenter.segment(text)) edges.add(index);
  return {
    startsWord: (i) => isWordChar(text[i]) && edges.has(i),
    endsWord: (i) => edges.has(i) || endsAtSpaceOrPunctuation(i),
  };
}

/** Lower case that keeps one code unit per code unit, so offsets into the text stay true. */
function fold(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

export interface TermMatcher {
  /** Every whole-word mention, left to right, longest phrase first where phrases overlap. */
  findAll(text: string): TermMention[];
  readonly phrases: number;
}

export function createTermMatcher(phrases: readonly TermPhrase[]): TermMatcher {
  const root: TrieNode = { next: new Map() };
  let count = 0;
  for (const { termId, phrase } of phrases) {
    const normalised = phrase.trim().replace(/\s+/g, ' ');
    if (!normalised) continue;
    let node = root;
    for (const char of normalised) {
      const key = fold(char);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    // The first term to claim a phrase keeps it; colliding aliases are reported by `npm run check`.
    if (node.termId === undefined) {
      node.termId = termId;
      count++;
    }
  }

  function longestAt(text: string, start: number, endsWord: (i: number) => boolean): TermMention | undefined {
    let node: TrieNode | undefined = root;
    let best: TermMention | undefined;
    let i = start;
    while (node && i < text.length) {
      const char = text[i]!;
      if (SPACE.test(char)) {
        node = node.next.get(' ');
        while (i < text.length && SPACE.test(text[i]!)) i++;
      } else {
        node = node.next.get(fold(char));
        i++;
      }
      if (node?.termId !== undefined && endsWord(i)) best = { termId: node.termId, start, end: i };
    }
    return best;
  }

  return {
    phrases: count,
    findAll(text) {
      const mentions: TermMention[] = [];
      const { startsWord, endsWord } = wordEdges(text);
      let i = 0;
      while (i < text.length) {
        if (startsWord(i)) {
          const mention = longestAt(text, i, endsWord);
          if (mention) {
            mentions.push(mention);
            i = mention.end;
            continue;
          }
        }
        i++;
      }
      return mentions;
    },
  };
}

/** Phrases that more than one term claims, so writers can tell which term a word links to. */
export function collidingPhrases(phrases: readonly TermPhrase[]): Array<{ phrase: string; termIds: string[] }> {
  const owners = new Map<string, Set<string>>();
  for (const { termId, phrase } of phrases) {
    const key = [...phrase.trim().replace(/\s+/g, ' ')].map(fold).join('');
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(termId);
  }
  return [...owners.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([phrase, ids]) => ({ phrase, termIds: [...ids].sort() }));
}
