/**
 * The glossary's department filter, in CSS alone: a radio button per department, and rules that hide
 * the terms (and emptied letters) of other departments while it is checked. No script needed.
 */
import type { Department } from './organisation.ts';

export interface DepartmentChoice {
  inputId: string;
  departmentId: string;
  name: string;
}

export function departmentChoices(departments: readonly Department[]): DepartmentChoice[] {
  return departments.map((department, index) => ({ inputId: `glossary-department-${index}`, departmentId: department.id, name: department.data.name }));
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

export function departmentFilterCss(choices: readonly DepartmentChoice[], scope: string): string {
  return choices
    .map(({ inputId, departmentId }) => {
      const chosen = `${scope}:has(#${inputId}:checked)`;
      const other = `:not([data-department=${quoted(departmentId)}])`;
      return `${chosen} .glossary-entry${other}{display:none}${chosen} .glossary-letter:not(:has(.glossary-entry[data-department=${quoted(departmentId)}])){display:none}`;
    })
    .join('\n');
}
