/**
 * Finds glossary terms and their aliases in text with one pass over the text: a trie of every phrase,
 * walked from each word start, so 2,000 terms cost no more per character than 20.
 * Matching ignores case, treats any run of white space as one space, and only matches whole words.
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

  function longestAt(text: string, start: number): TermMention | undefined {
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
      if (node?.termId !== undefined && !isWordChar(text[i])) best = { termId: node.termId, start, end: i };
    }
    return best;
  }

  return {
    phrases: count,
    findAll(text) {
      const mentions: TermMention[] = [];
      let i = 0;
      while (i < text.length) {
        if (isWordChar(text[i]) && !isWordChar(text[i - 1])) {
          const mention = longestAt(text, i);
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
  return [...owners.entries()].filter(([, ids]) => ids.size > 1).map(([phrase, ids]) => ({ phrase, termIds: [...ids].sort() }));
}
