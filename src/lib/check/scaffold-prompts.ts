/**
 * The questions `npm run new` asks in a terminal, with @clack/prompts: the kind to start, its name, and each
 * answer not given as a flag. Ids are searched as they are typed (a few hundred people fit), choices are
 * picked from a list, and every answer is checked as the flags are (scaffold-answers-fs.ts) before it is taken.
 */
import { autocomplete, autocompleteMultiselect, cancel, isCancel, select, text } from '@clack/prompts';
import type { ScaffoldQuestion } from '../content/registry.ts';
import { listElement, unwrapped } from '../content/schema-fields.ts';
import { answerProblem } from './scaffold-answers-fs.ts';
import { idsIn } from './scaffold-examples-fs.ts';
import { choicesFor, fieldSchema, scaffoldKind, type ScaffoldKind } from './scaffold-fs.ts';

/** What the person at the terminal gave up on: nothing is written. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) {
    cancel('Nothing written.');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

/** How many ids the search shows at once. */
const SHOWN = 8;

export async function askKind(kinds: readonly string[]): Promise<string> {
  return answered(
    await select({
      message: 'What do you want to start?',
      options: kinds.map((kind) => ({ value: kind, label: kind, hint: `${scaffoldKind(kind)!.collection}/` })),
    }),
  );
}

export async function askName(found: ScaffoldKind): Promise<string> {
  const answer = await text({
    message: `The ${found.scaffold.titleField}`,
    validate: (value) => (value?.trim() ? undefined : `give the ${found.scaffold.titleField}`),
  });
  return answered(answer).trim();
}

/** The values a field of fixed choices takes (`kind`, `status`), or undefined. */
function choicesOf(found: ScaffoldKind, question: ScaffoldQuestion): string[] | undefined {
  const field = fieldSchema(found.collection, question.field);
  const options = field && (unwrapped(field) as { options?: unknown }).options;
  return Array.isArray(options) && options.every((option) => typeof option === 'string') ? options : undefined;
}

/** One answer, in the prompt that suits its field; '' when an optional question is left empty. */
export async function askAnswer(
  found: ScaffoldKind,
  question: ScaffoldQuestion,
  { folder, today }: { folder: string; today: string },
): Promise<string> {
  const check = (answer: string) =>
    answer ? answerProblem(found, question, answer, folder) : question.optional ? undefined : 'is required';
  const fallback = question.fallback?.(today);
  const message = `${question.ask}${question.optional ? ' (optional)' : ''}`;
  const target = choicesFor(found.collection, question);
  const ids = target ? idsIn(folder, target) : [];
  const field = fieldSchema(found.collection, question.field);
  if (ids.length && field && listElement(field)) {
    const picked = await autocompleteMultiselect({
      message: `${message}: type to search ${target}/, space to pick`,
      options: ids.map((id) => ({ value: id })),
      maxItems: SHOWN,
      required: !question.optional,
    });
    return answered(picked).join(',');
  }
  if (ids.length) {
    const none = question.optional ? [{ value: '', label: '(none)' }] : [];
    const picked = await autocomplete({
      message: `${message}: type to search ${target}/`,
      options: [...none, ...ids.map((id) => ({ value: id }))],
      maxItems: SHOWN,
      validate: (value) => check(typeof value === 'string' ? value : ''),
    });
    return answered(picked);
  }
  const choices = choicesOf(found, question);
  if (choices) {
    const picked = await select({
      message,
      options: choices.map((choice) => ({ value: choice })),
      ...(fallback ? { initialValue: fallback } : {}),
    });
    return answered(picked);
  }
  const typed = await text({
    message,
    ...(fallback ? { placeholder: fallback, defaultValue: fallback } : {}),
    validate: (value) => check(value?.trim() || fallback || ''),
  });
  return answered(typed).trim() || fallback || '';
}
