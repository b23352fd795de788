/**
 * The names an MDX expression reads that nothing defines: `{who}` where the writer meant text, or a name
 * misspelt. The build would stop on them with a stack trace from inside the compiled page; the check
 * names them at their line instead. Expressions are parsed with acorn; one it cannot parse (JSX inside
 * braces, say) is left to the build.
 */
import { parseExpressionAt, type Node } from 'acorn';

/** What every MDX page may read without defining it: JavaScript's globals and what MDX and Astro provide. */
const PROVIDED = new Set([
  ...Object.getOwnPropertyNames(globalThis),
  'props',
  'frontmatter',
  'file',
  'url',
  'getHeadings',
  'Content',
  'components',
  'undefined',
  'arguments',
]);

type AnyNode = Node & Record<string, unknown>;

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Names a pattern (`a`, `{ a, b: c }`, `[a, ...rest]`, `a = 1`) declares. */
function declaredBy(pattern: AnyNode | null | undefined, into: Set<string>): void {
  if (!pattern) return;
  if (pattern.type === 'Identifier') into.add(pattern.name as string);
  else if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties as AnyNode[])
      declaredBy((property.type === 'RestElement' ? property.argument : property.value) as AnyNode, into);
  } else if (pattern.type === 'ArrayPattern')
    for (const element of pattern.elements as AnyNode[]) declaredBy(element, into);
  else if (pattern.type === 'RestElement') declaredBy(pattern.argument as AnyNode, into);
  else if (pattern.type === 'AssignmentPattern') declaredBy(pattern.left as AnyNode, into);
}

/** Every name an expression reads that is neither in scope inside it nor in `known`. */
function freeNames(root: AnyNode, known: ReadonlySet<string>): string[] {
  const free: string[] = [];
  const walk = (node: AnyNode, scope: ReadonlySet<string>, parent?: AnyNode, key?: string) => {
    if (node.type === 'Identifier') {
      const name = node.name as string;
      const isPropertyName =
        (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
        ((parent?.type === 'Property' || parent?.type === 'MethodDefinition') && key === 'key' && !parent.computed);
      if (!isPropertyName && !scope.has(name) && !known.has(name) && !PROVIDED.has(name)) free.push(name);
      return;
    }
    let inner = scope;
    if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') {
      const declared = new Set(scope);
      for (const param of node.params as AnyNode[]) declaredBy(param, declared);
      if (node.id) declaredBy(node.id as AnyNode, declared);
      inner = declared;
      for (const param of node.params as AnyNode[])
        if (param.type === 'AssignmentPattern') walk(param.right as AnyNode, inner, param, 'right');
      walk(node.body as AnyNode, inner, node, 'body');
      return;
    }
    if (node.type === 'BlockStatement' || node.type === 'Program') {
      const declared = new Set(scope);
      for (const statement of node.body as AnyNode[]) {
        if (statement.type === 'VariableDeclaration')
          for (const d of statement.declarations as AnyNode[]) declaredBy(d.id as AnyNode, declared);
        if (statement.type === 'FunctionDeclaration') declaredBy(statement.id as AnyNode, declared);
      }
      inner = declared;
    }
    if (node.type === 'CatchClause' && node.param) {
      const declared = new Set(scope);
      declaredBy(node.param as AnyNode, declared);
      inner = declared;
    }
    for (const [childKey, child] of Object.entries(node)) {
      if (childKey === 'id' && (node.type === 'VariableDeclarator' || node.type === 'FunctionDeclaration')) continue;
      if (node.type === 'CatchClause' && childKey === 'param') continue;
      if (node.type === 'LabeledStatement' || node.type === 'BreakStatement' || node.type === 'ContinueStatement') {
        if (childKey === 'label') continue;
      }
      if (Array.isArray(child)) for (const item of child) if (isNode(item)) walk(item, inner, node, childKey);
      if (isNode(child)) walk(child, inner, node, childKey);
    }
  };
  walk(root, new Set());
  return [...new Set(free)];
}

/** The undefined names an expression written in an MDX file reads; none when acorn cannot parse it. */
export function undefinedNames(expression: string, known: ReadonlySet<string>): string[] {
  if (!expression.trim()) return [];
  try {
    const parsed = parseExpressionAt(`(${expression}\n)`, 0, {
      ecmaVersion: 'latest',
      sourceType: 'module',
    }) as AnyNode;
    return freeNames(parsed, known);
  } catch {
    return [];
  }
}
