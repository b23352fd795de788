/** The glossary's department filter: a radio button per department that has terms (see css-filter.ts). */
import type { Department } from '../organisation/organisation.ts';
import { radioFilterCss, type FilterChoice } from '../site/css-filter.ts';

export interface DepartmentChoice extends FilterChoice {
  name: string;
}

export function departmentChoices(departments: readonly Department[]): DepartmentChoice[] {
  return departments.map((department, index) => ({
    inputId: `glossary-department-${index}`,
    value: department.id,
    name: department.data.name,
  }));
}

export function departmentFilterCss(choices: readonly DepartmentChoice[], scope: string): string {
  return radioFilterCss(scope, '.glossary-entry', [{ attribute: 'data-department', choices }], '.glossary-letter');
}
