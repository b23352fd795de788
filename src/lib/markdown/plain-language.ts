/**
 * Plain-language checks for comms prose, on the unified/retext stack Astro's Markdown rests on: IT
 * jargon the glossary says to avoid (found with nlcst-search, with line and column), and a page's
 * reading grade (Flesch–Kincaid). Only prose is read, by the rule in prose.ts.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Root as NlcstRoot } from 'nlcst';
import type { MdastNode } from './mdx.ts';
import { NOT_PROSE, isProse } from './prose.ts';

export interface AvoidRule {
  termId: string;
  /** IT phrasings to avoid, as the glossary lists them. */
  phrases: readonly string[];
  useInstead: string;
}

export interface AvoidedPhrase {
  line: number;
  column: number;
  /** The words as written in the text. */
  found: string;
  useInstead: string;
  termId: string;
}

export interface ReadingLevel {
  grade: number;
  sentences: number;
  words: number;
}

interface MdastParent {
  type: string;
  value?: string;
  name?: string | null;
  position?: unknown;
  children?: MdastParent[];
}

/**
 * Inline components read as the words they stand for, so that sentences stay whole: a component whose
 * words are prose (by src/lib/markdown/prose.ts) keeps them in the sentence; one without words
 * (`<Person id="…" />`, a name) or whose words are a link (`<Term>`) reads as one placeholder word.
 * Dropping it instead would glue the full stop before it to the word before ("the WLAN. is") and hide
 * that word from the check.
 */
function readInlineComponentsAsWords() {
  return (tree: MdastParent) => {
    const replace = (node: MdastParent) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) => {
        if (child.type !== 'mdxJsxTextElement') return [child];
        return child.children?.length && isProse(child as MdastNode)
          ? child.children
          : [{ type: 'text', value: 'Someone', position: child.position }];
      });
      node.children.forEach(replace);
    };
    replace(tree);
  };
}

async function proseTree(markdown: string, mdx: boolean): Promise<NlcstRoot> {
  let tree: NlcstRoot | undefined;
  const english = unified()
    .use(retextEnglish)
    .use(() => (nlcst: NlcstRoot) => {
      tree = nlcst;
    });
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(mdx ? remarkMdx : () => undefined)
    .use(readInlineComponentsAsWords)
    .use(remarkRetext, english as never, { ignore: [...NOT_PROSE] });
  // The source travels with the tree so that every word keeps its line and column.
  const file = new VFile(markdown);
  await processor.run(processor.parse(file), file);
  return tree!;
}

export async function findAvoidedPhrases(
  markdown: string,
  rules: readonly AvoidRule[],
  { mdx = false } = {},
): Promise<AvoidedPhrase[]> {
  const byPhrase = new Map<string, AvoidRule>();
  for (const rule of rules) for (const phrase of rule.phrases) byPhrase.set(phrase.toLowerCase(), rule);
  if (byPhrase.size === 0) return [];
  const tree = await proseTree(markdown, mdx);
  const found: AvoidedPhrase[] = [];
  // Literal mentions ("the word 'SAML'") are jargon on the page all the same.
  search(
    tree,
    [...byPhrase.keys()],
    (nodes, _index, _parent, phrase) => {
      const rule = byPhrase.get(phrase.toLowerCase())!;
      const start = nodes[0]?.position?.start;
      if (!start) return;
      found.push({
        line: start.line,
        column: start.column,
        found: nodes.map((n) => toString(n)).join(''),
        useInstead: rule.useInstead,
        termId: rule.termId,
      });
    },
    { allowLiterals: true },
  );
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

export async function readingLevel(markdown: string, { mdx = false } = {}): Promise<ReadingLevel> {
  const tree = await proseTree(markdown, mdx);
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  visit(tree, (node) => {
    if (node.type === 'SentenceNode') sentences++;
    if (node.type === 'WordNode') {
      const word = toString(node);
      if (/\p{L}/u.test(word)) {
        words++;
        syllables += syllable(word);
      }
    }
  });
  const grade = words && sentences ? fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) : 0;
  return { grade: Math.round(grade * 10) / 10, sentences, words };
}
