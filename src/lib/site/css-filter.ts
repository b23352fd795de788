/**
 * Filters for lists, in CSS alone: radio buttons, and rules that hide the items (and any group left
 * empty) that do not match the checked one. Works without JavaScript; without CSS, everything shows.
 */

export interface FilterChoice {
  /** The radio button's id. */
  inputId: string;
  /** Matched against the item's attribute, which holds space-separated values. */
  value: string;
}

export interface FilterGroup {
  /** The data attribute items carry, e.g. `data-ring`. */
  attribute: string;
  choices: readonly FilterChoice[];
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * `scope` contains the radios and the list; `item` matches each list item; `group`, if given, matches
 * containers (a letter, a section) to hide when none of their items match.
 */
export function radioFilterCss(scope: string, item: string, groups: readonly FilterGroup[], group?: string): string {
  const hidden = groups.flatMap(({ attribute, choices }) =>
    choices.flatMap(({ inputId, value }) => {
      const chosen = `${scope}:has(#${inputId}:checked)`;
      const matching = `[${attribute}~=${quoted(value)}]`;
      const items = `${item}:not(${matching})`;
      return [group ? `${chosen} :is(${items},${group}:not(:has(${item}${matching})))` : `${chosen} ${items}`];
    }),
  );
  // One rule for every selector: the page carries `{display:none}` once rather than once per choice.
  return hidden.length ? `${hidden.join(',')}{display:none}` : '';
}
