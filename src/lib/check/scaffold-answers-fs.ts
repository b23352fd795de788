/**
 * Whether an answer to one of `npm run new`'s questions is one the check would accept: ids that the content
 * folder has (a misspelt one gets "did you mean" and the few closest ids, never the whole list, which at a
 * few hundred people would fill the screen), and values the field's own schema takes, with its message.
 */
import { closestMatch, editDistance } from '../content/closest-match.ts';
import type { ScaffoldQuestion } from '../content/registry.ts';
import { idsIn } from './scaffold-examples-fs.ts';
import { choicesFor, fieldSchema, valueOf, type ScaffoldKind } from './scaffold-fs.ts';

/** How many ids a "did you mean" shows. */
const CLOSEST_SHOWN = 5;

/** The ids nearest to what was typed: those containing it first, then by edits, then by name. */
export function closestIds(typed: string, ids: readonly string[], count = CLOSEST_SHOWN): string[] {
  const needle = typed.toLowerCase();
  const rank = (id: string) => (id.toLowerCase().includes(needle) ? -1 : editDistance(needle, id.toLowerCase()));
  return [...ids]
    .map((id) => ({ id, rank: rank(id) }))
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(({ id }) => id);
}

/** `"platfrom" is not in teams/ → did you mean "platform"? (closest: …)`, or how to add it when none exist. */
export function unknownIdMessage(id: string, collection: string, ids: readonly string[]): string {
  if (!ids.length)
    return `"${id}" is not in ${collection}/, which has no entries yet → add ${collection}/${id}.md first`;
  const suggestion = closestMatch(id, ids);
  const closest = closestIds(id, ids);
  const others = closest.filter((other) => other !== suggestion);
  const more = ids.length > closest.length ? `, of ${ids.length} in ${collection}/` : '';
  return suggestion
    ? `"${id}" is not in ${collection}/ → did you mean "${suggestion}"?${others.length ? ` (others close: ${others.join(', ')}${more})` : ''}`
    : `"${id}" is not in ${collection}/ → use one of the closest: ${closest.join(', ')}${more}`;
}

/** What is wrong with an answer, in the check's words, or undefined when the check would take it. */
export function answerProblem(
  { collection }: ScaffoldKind,
  question: ScaffoldQuestion,
  answer: string,
  folder: string,
): string | undefined {
  const value = valueOf(collection, question.field, answer);
  const target = choicesFor(collection, question);
  if (target) {
    const ids = idsIn(folder, target);
    const known = new Set(ids);
    const missing = (Array.isArray(value) ? value : [value]).map(String).find((id) => !known.has(id.normalize('NFC')));
    if (missing !== undefined) return unknownIdMessage(missing, target, ids);
  }
  const result = fieldSchema(collection, question.field)?.safeParse(value);
  return result && !result.success ? (result.error.issues[0]?.message ?? `"${answer}" is not valid`) : undefined;
}
