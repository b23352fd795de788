/**
 * MDX bodies checked before anything renders, parsed by Sätteri as the build compiles them: syntax errors
 * at their line, components the site does not know, and each component's attributes against its schema
 * (src/schemas/components.ts). Ids in `<Person id>` and `<Term id>` come back as references for the
 * folder-wide check, like reference fields in frontmatter.
 */
import type { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { mdxComponentSchemas } from '../../schemas/index.ts';
import { closestMatch } from '../content/closest-match.ts';
import type { ContentProblem } from '../content/problems.ts';
import type { ReferenceUse } from '../content/references.ts';
import { fieldMeta, objectShape } from '../content/schema-fields.ts';
import { undefinedNames } from './mdx-names.ts';
import { contentErrorMap } from '../content/schema-problems.ts';

/** The least of an mdast node the checks read; Sätteri's and remark's trees share this shape. */
export interface MdastNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}

export interface MdxCheck {
  problems: ContentProblem[];
  references: ReferenceUse[];
  tree?: MdastNode;
}

const KNOWN = Object.keys(mdxComponentSchemas);

/** What to do about the MDX parser's complaints, by the words they start with. */
function syntaxHint(reason: string): string {
  if (/closing tag/i.test(reason)) return 'close the tag, or write < as \\< when it is text';
  if (/expression|brace/i.test(reason)) return 'check the { } around that place; write { as \\{ when it is text';
  return 'check the tags and braces around that place; write < and { as \\< and \\{ when they are text';
}

/** The MDX parser's error as a located problem: "3:7: Expected a closing tag for `<div>` (rule)". */
function syntaxProblem(file: string, error: unknown): ContentProblem {
  const message = error instanceof Error ? error.message : String(error);
  const match = message.match(/^(\d+):(\d+):\s*([\s\S]*?)(?:\s+\([a-z-]+:[a-z-]+\))?$/);
  const reason = (match?.[3] ?? message).replace(/\s*\(\d+:\d+\)$/, '');
  return {
    file,
    ...(match ? { line: Number(match[1]), column: Number(match[2]) } : {}),
    field: '',
    message: `the MDX cannot be read: ${reason} → ${syntaxHint(reason)}`,
  };
}

/** Names the file itself imports or exports: components it brings along are its own business. */
function declaredNames(tree: MdastNode): Set<string> {
  const names = new Set<string>();
  visit(tree, (node) => {
    if (node.type !== 'mdxjsEsm') return;
    const code = node.value ?? '';
    for (const m of code.matchAll(/import\s+([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?\s*(?:\*\s+as\s+([\w$]+))?\s*from/g)) {
      if (m[1]) names.add(m[1]);
      if (m[3]) names.add(m[3]);
      for (const part of (m[2] ?? '').split(',')) {
        const local = part
          .trim()
          .split(/\s+as\s+/)
          .pop();
        if (local) names.add(local);
      }
    }
    for (const m of code.matchAll(/export\s+(?:const|let|var|function|class)\s+([\w$]+)/g)) names.add(m[1]!);
  });
  return names;
}

export function visit(node: MdastNode, visitor: (node: MdastNode) => void): void {
  visitor(node);
  for (const child of node.children ?? []) visit(child, visitor);
}

/** `9`, `"4 days"`, `true`: attribute expressions that are plain values; anything else is left to the build. */
export function literalValue(expression: string): { value: unknown } | undefined {
  const trimmed = expression.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  if (trimmed === 'true' || trimmed === 'false') return { value: trimmed === 'true' };
  if (/^"(?:[^"\\]|\\.)*"$/.test(trimmed)) return { value: JSON.parse(trimmed) };
  if (/^'(?:[^'\\]|\\.)*'$/.test(trimmed)) return { value: trimmed.slice(1, -1).replace(/\\(.)/g, '$1') };
  return undefined;
}

function checkComponent(file: string, node: MdastNode, name: keyof typeof mdxComponentSchemas, check: MdxCheck) {
  const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  const schema = mdxComponentSchemas[name] as unknown as z.ZodObject;
  const shape = objectShape(schema) ?? {};
  const values: Record<string, unknown> = {};
  const dynamic = new Set<string>();
  let spread = false;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      spread = true;
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = attribute.value;
    if (value === null || value === undefined) values[attributeName] = true;
    else if (typeof value === 'string') values[attributeName] = value;
    else {
      const literal = literalValue(String((value as { value?: unknown }).value ?? ''));
      if (literal) values[attributeName] = literal.value;
      else dynamic.add(attributeName);
    }
  }
  for (const attributeName of dynamic) {
    const target = shape[attributeName] ? fieldMeta(shape[attributeName]).references : undefined;
    if (target) {
      check.problems.push({
        ...at,
        field: `<${name} ${attributeName}>`,
        message: `the ${attributeName} is an expression → write it as text, e.g. ${attributeName}="${String(fieldMeta(shape[attributeName]!).example)}"`,
      });
    }
  }
  const result = schema.safeParse(values, { error: contentErrorMap as never });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const attributeName = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? '');
      // Values the build will compute, or that a spread may bring, cannot be judged here.
      if (dynamic.has(attributeName) || (spread && values[attributeName] === undefined)) continue;
      check.problems.push({
        ...at,
        field: attributeName ? `<${name} ${attributeName}>` : `<${name}>`,
        message: issue.message,
      });
    }
  }
  for (const [attributeName, value] of Object.entries(values)) {
    const target = shape[attributeName] ? fieldMeta(shape[attributeName]).references : undefined;
    if (target && typeof value === 'string' && value.trim()) {
      check.references.push({ ...at, field: `<${name} ${attributeName}>`, target, id: value.trim() });
    }
  }
}

/** `{who}` and `<Metric after={orders} />` where nothing in the file defines `who` or `orders`. */
function undefinedNameProblems(file: string, tree: MdastNode, declared: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, (node) => {
    const expressions: string[] = [];
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') expressions.push(node.value ?? '');
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') expressions.push(`{${String(attribute.value ?? '')}}`);
      else if (attribute.value && typeof attribute.value === 'object')
        expressions.push(String((attribute.value as { value?: unknown }).value ?? ''));
    }
    for (const name of new Set(expressions.flatMap((expression) => undefinedNames(expression, declared)))) {
      problems.push({
        file,
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        field: '',
        message: `{${name}} reads a name nothing in this file defines → for text, write \\{ and \\} instead of the braces; for a value, define it first with export const ${name} = …`,
      });
    }
  });
  return problems;
}

/** Parses an MDX file (frontmatter included, so lines are the file's) and checks every component in it. */
export function checkMdx(file: string, text: string): MdxCheck {
  const check: MdxCheck = { problems: [], references: [] };
  let tree: MdastNode;
  try {
    tree = mdxToMdast(text) as unknown as MdastNode;
  } catch (error) {
    check.problems.push(syntaxProblem(file, error));
    return check;
  }
  check.tree = tree;
  const declared = declaredNames(tree);
  check.problems.push(...undefinedNameProblems(file, tree, declared));
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name;
    // Fragments and lower-case HTML elements are the writer's markup, not components.
    if (!name || !/^[A-Z]/.test(name) || declared.has(name.split('.')[0]!)) return;
    if (name in mdxComponentSchemas) {
      checkComponent(file, node, name as keyof typeof mdxComponentSchemas, check);
      return;
    }
    const suggestion = closestMatch(name, KNOWN);
    check.problems.push({
      file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      field: `<${name}>`,
      message: `is not a component the site has → ${suggestion ? `did you mean <${suggestion}>?` : `use one of ${KNOWN.map((k) => `<${k}>`).join(', ')}, or remove it`}`,
    });
  });
  return check;
}
