/** Field builders shared by every collection schema, each carrying an error message that says how to fix it. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { closestMatch } from '../lib/content/closest-match.ts';

/**
 * A schema context whose image fields stay the path that was written. Outside Astro's image
 * pipeline (checks, docs, tests) that is all there is to validate.
 */
export const imagesAsPaths = { image: () => z.string() } as unknown as SchemaContext;

/** zod 4 lets a schema own its message; an absent field gets "is required" rather than a type error. */
function messages(expected: string, example: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? `is required → add it, e.g. ${example}`
        : `${expected}, found ${describe(issue.input)} → e.g. ${example}`,
  };
}

export function describe(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

const INVISIBLE_NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
  0x115f: 'Hangul filler',
  0x1160: 'Hangul filler',
  0x3164: 'Hangul filler',
  0xffa0: 'Hangul filler',
  0x2800: 'blank Braille pattern',
};

/** Letters that draw nothing, the Hangul fillers and the blank Braille pattern: a name of them looks empty. */
const BLANK_LETTERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x2800]);

/** Scripts whose writing needs the zero-width joiners between letters (Persian, Indic scripts, Sinhala). */
const JOINING_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Mongolian}]/u;
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{E0020}-\u{E007F}]/u;

/**
 * The first character in `value` that shows nothing, or reorders what is around it: controls, bidirectional
 * overrides, zero-width spaces. In a name they let one person's name look like another's. Joiners stay
 * allowed where writing needs them: between letters of joining scripts, and inside emoji sequences.
 */
function invisibleCharacter(value: string): { codePoint: number; name: string; position: number } | undefined {
  const chars = [...value];
  for (const [index, char] of chars.entries()) {
    const codePoint = char.codePointAt(0)!;
    if (char === '\n' || char === '\t' || !(/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(char) || BLANK_LETTERS.has(codePoint)))
      continue;
    const before = chars[index - 1] ?? '';
    const after = chars[index + 1] ?? '';
    if ((codePoint === 0x200c || codePoint === 0x200d) && JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after))
      continue;
    if ((codePoint === 0x200d || (codePoint >= 0xe0020 && codePoint <= 0xe007f)) && EMOJI_PART.test(before)) continue;
    return { codePoint, name: INVISIBLE_NAMES[codePoint] ?? 'control character', position: index + 1 };
  }
  return undefined;
}

/** The message for a text holding an invisible character, if it holds one. */
export function invisibleCharacterMessage(value: string): string | undefined {
  const found = invisibleCharacter(value);
  if (!found) return undefined;
  const code = `U+${found.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return `has an invisible character, ${code} (${found.name}), at character ${found.position} → type the text again without it; invisible characters can make one name look like another`;
}

function withoutInvisibleCharacters(value: string, context: z.core.$RefinementCtx<string>) {
  const message = invisibleCharacterMessage(value);
  if (message) context.addIssue({ code: 'custom', input: value, message });
}

/** Plain text, trimmed, never empty, without characters that hide or reorder text. */
export function text(example: string) {
  return z
    .string(messages('must be text', example))
    .trim()
    .min(1, { error: `must not be empty → e.g. ${example}` })
    .superRefine(withoutInvisibleCharacters);
}

/** Text with an upper length, for one-liners that show on cards. */
export function shortText(max: number, example: string) {
  return text(example).max(max, {
    error: (issue) =>
      `is ${String((issue.input as string).length)} characters long, at most ${max} are allowed → shorten it`,
  });
}

export function textList(example: string) {
  return z.array(text(example), messages('must be a list of text', `[${example}]`));
}

/**
 * What a field tells the tooling beyond its type, as zod metadata: the collection a reference names,
 * the kinds of image file an image field takes, an example for docs and scaffolds. Checks, docs and
 * `npm run new` read it from the schema, so no list of reference or image fields is kept anywhere else.
 */
export interface FieldMeta {
  /** A collection's folder name; a test holds every one to the registry (src/lib/content/registry.ts). */
  references?: string;
  image?: readonly string[];
  /** Values a reference takes besides the collection's ids: a pulse row's `group` is `it` or a department. */
  alsoAllowed?: readonly string[];
  example?: unknown;
}

/**
 * The id of an entry in another collection: its file name without the extension.
 * Whether that entry exists is checked once every collection is read (src/lib/content/references.ts).
 */
export function idOf(collection: string, example: string) {
  return (
    z
      .string(messages(`must be the id of an entry in ${collection}/`, example))
      .trim()
      // Ids are in composed Unicode (src/lib/content/frontmatter.ts); "José" typed either way names one entry.
      .normalize('NFC')
      .min(1, { error: `must name an entry in ${collection}/ → e.g. ${example}` })
      .meta({ references: collection, example } satisfies FieldMeta)
  );
}

export function idsOf(collection: string, examples: readonly string[], { min = 0 }: { min?: number } = {}) {
  const shown = `[${examples.join(', ')}]`;
  return z
    .array(idOf(collection, examples[0]!), messages(`must be a list of ids from ${collection}/`, shown))
    .min(min, { error: `needs at least ${min} entry from ${collection}/ → e.g. ${shown}` })
    .meta({ example: examples } satisfies FieldMeta);
}

/** Photos and covers are resized into several sizes; SVG cannot be, and a contributor's SVG could carry a script. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** An image file beside the entry, by a relative path; `extensions` are the kinds of file it takes. */
export function imageFile({ image }: SchemaContext, extensions: readonly string[] = PHOTO_EXTENSIONS) {
  return image().meta({ image: extensions } satisfies FieldMeta);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2024-03-18" → that day at UTC midnight; "2024-02-30" and anything else → undefined. */
function parseCalendarDay(value: string): Date | undefined {
  const trimmed = value.trim();
  if (!ISO_DATE.test(trimmed)) return undefined;
  const date = new Date(`${trimmed}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(trimmed) ? date : undefined;
}

/**
 * A calendar day written YYYY-MM-DD. Content YAML is read without YAML's own timestamps
 * (src/lib/content/yaml.ts), so a date arrives as the text written, quoted or not, and a day that is not
 * in the calendar is refused instead of rolling over into the next month.
 */
export function calendarDate(example = '2024-03-18') {
  const wrong = messages('must be a date written YYYY-MM-DD', example).error;
  return z.preprocess(
    (value) => (typeof value === 'string' ? (parseCalendarDay(value) ?? value) : value),
    z.date({
      error: (issue) =>
        typeof issue.input === 'string' && ISO_DATE.test(issue.input.trim())
          ? `"${issue.input.trim()}" is not a day in the calendar → check the day and the month, e.g. ${example}`
          : wrong(issue),
    }),
  );
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment written as a date and time with its offset from UTC, `2026-12-03T15:00:00+01:00` (or `Z` for UTC):
 * the offset is what makes the time right in every reader's calendar, across time zones and daylight saving.
 * Arrives as the text written (see calendarDate) and leaves as that instant.
 */
export function dateTime(example = '2026-12-03T15:00:00+01:00') {
  const wrong = (found: unknown) =>
    `must be a date and time with its offset from UTC, found ${describe(found)} → e.g. ${example} (or …Z for UTC)`;
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is required → e.g. ${example}` : wrong(issue.input)) })
    .transform((value, context) => {
      const written = value.trim();
      const match = DATE_TIME.exec(written);
      const instant = match ? new Date(written) : undefined;
      if (
        !match ||
        !instant ||
        Number.isNaN(instant.getTime()) ||
        !parseCalendarDay(match[1]!) ||
        Number(match[2]) > 23 ||
        Number(match[3]) > 59
      ) {
        context.addIssue({ code: 'custom', message: wrong(value) });
        return z.NEVER;
      }
      return instant;
    });
}

/** A month written YYYY-MM. */
export function yearMonth(example = '2026-03') {
  return z.string(messages('must be a month written YYYY-MM', example)).regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: (issue) => `must be a month written YYYY-MM, found ${describe(issue.input)} → e.g. ${example}`,
  });
}

/** A quarter written YYYY-Qn, the unit IT plans and promises in. */
export function quarter(example = '2027-Q1') {
  return z.string(messages('must be a quarter written YYYY-Qn', example)).regex(/^\d{4}-Q[1-4]$/, {
    error: (issue) => `must be a quarter written YYYY-Qn, found ${describe(issue.input)} → e.g. ${example}`,
  });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is required → use one of: ${values.join(', ')}`
        : `must be one of: ${values.join(', ')}, found ${describe(issue.input)} → ${oneOfFix(issue.input, values)}`,
  });
}

function oneOfFix(input: unknown, values: readonly string[]): string {
  const suggestion = typeof input === 'string' ? closestMatch(input.trim(), [...values]) : undefined;
  return suggestion ? `did you mean "${suggestion}"?` : 'write one of them';
}

export function flag(byDefault = false) {
  return z.boolean(messages('must be true or false', String(!byDefault))).default(byDefault);
}

/** Who keeps a page true, and by when it should be checked again. */
export function freshnessFields() {
  return {
    reviewBy: calendarDate('2027-03-01')
      .optional()
      .describe(
        'When the page should next be checked to still be true, YYYY-MM-DD. After that date the page says it may be out of date.',
      ),
  };
}

/** `glossary: false` on a page keeps glossary terms in its text from being linked. */
export function glossaryLinking() {
  return flag(true).describe(
    "`false` stops glossary terms in this page's text from being linked to the glossary automatically.",
  );
}

/** A BCP 47 language tag, as browsers and `Intl` read it: `en-GB`, `fr`, `zh-Hant-TW`. */
export function localeTag(example: string) {
  return z.string(messages('must be a language tag', example)).superRefine((value, context) => {
    if (isLocaleTag(value)) return;
    const hyphenated = value.replaceAll('_', '-');
    context.addIssue({
      code: 'custom',
      input: value,
      message: `must be a language tag such as ${example} (language, a hyphen, then region), found "${value}" → ${
        isLocaleTag(hyphenated) ? `write ${hyphenated}` : `e.g. ${example}`
      }`,
    });
  });
}

function isLocaleTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export function email(example = 'ada.okafor@example.com') {
  return z.email(messages('must be an email address', example));
}

/**
 * An entry's frontmatter: unknown fields are errors, because a misspelt optional field
 * would otherwise vanish without a word.
 */
export function entryObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return strictFields(shape, 'field');
}

/** An MDX component's attributes, held to the same rule as frontmatter fields. */
export function componentAttributes<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return strictFields(shape, 'attribute');
}

/** Fields grouped under one field (a win's `quote`, each of its `outcomes`), held to the same rule. */
export function fieldGroup<Shape extends z.core.$ZodLooseShape>(shape: Shape, example: string) {
  return strictFields(shape, 'field', example);
}

function strictFields<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  noun: 'field' | 'attribute',
  example?: string,
) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'invalid_type' && example) {
        return issue.input === undefined
          ? `is required → add it, e.g. ${example}`
          : `must be a group of fields, found ${describe(issue.input)} → e.g. ${example}`;
      }
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const suggestion = closestMatch(key, known);
          return suggestion
            ? `"${key}" is not a${noun === 'attribute' ? 'n' : ''} ${noun} → did you mean "${suggestion}"?`
            : `"${key}" is not a${noun === 'attribute' ? 'n' : ''} ${noun} → remove it (${noun}s: ${known.join(', ')})`;
        })
        .join('; ');
    },
  });
}

/**
 * A figure in a table cell: CSV cells arrive as the text written, so digits are read as the number, and
 * anything else ("12.5" where a count is asked, "-3", "n/a") is refused with what was found.
 */
function tableNumber(kind: 'count' | 'hours', example: string) {
  const pattern = kind === 'count' ? /^\d+$/ : /^\d+(\.\d+)?$/;
  const expected = kind === 'count' ? 'a whole number, 0 or more' : 'a number of hours, 0 or more';
  const wrong = (input: unknown) => {
    if (input === undefined || input === '') return `is empty → write ${expected}, e.g. ${example}`;
    const written = typeof input === 'string' ? input.trim() : '';
    // Spreadsheets set to a European locale write 37,5 for 37.5 and 1.240 for 1240.
    if (/^\d{1,3},\d{3}$/.test(written))
      return `must be ${expected} written plainly, found "${written}" → write ${written.replace(',', '')} if that is thousands, or ${written.replace(',', '.').replace(/0+$/, '')} for a decimal`;
    if (/^\d+,\d+$/.test(written))
      return `must be ${expected}, found "${written}" → write the decimal with a point: ${written.replace(',', '.')}`;
    if (/^\d{1,3}([.,]\d{3})+$/.test(written))
      return `must be ${expected} written without separators, found "${written}" → write ${written.replace(/[.,]/g, '')}`;
    if (/^\d+([.,]\d+)?\s*%$/.test(written))
      return `must be ${expected}, found "${written}" → write how many people, not a share: ${written} of the responses`;
    return `must be ${expected}, found ${describe(input)} → e.g. ${example}`;
  };
  // "1.240" would read as one and a quarter hours: thousands separators are refused, not guessed at.
  const separated = /^\d{1,3}([.,]\d{3})+$/;
  return z.preprocess(
    (value) =>
      typeof value === 'string' && pattern.test(value.trim()) && !separated.test(value.trim())
        ? Number(value.trim())
        : value,
    z
      .number({ error: (issue) => wrong(issue.input) })
      .nonnegative({ error: (issue) => wrong(issue.input) })
      .refine((value) => kind === 'hours' || Number.isInteger(value), {
        error: (issue) => wrong(issue.input),
      }),
  );
}

/** How many of something, in a table cell: `42`. */
export function count(example = '42') {
  return tableNumber('count', example);
}

/** Hours in a table cell, decimals allowed: `1240` or `37.5`. */
export function hours(example = '1240') {
  return tableNumber('hours', example);
}
