/**
 * The glossary's department filter, in CSS alone: a radio button per department, and rules that hide
 * the terms (and emptied letters) of other departments while it is checked. No script needed.
 */
import { createHash } from 'node:crypto';
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

/** The Content-Security-Policy hash of an inline stylesheet, so the page may apply it. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
