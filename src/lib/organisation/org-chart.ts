/** The organisation chart as a tree built from `manager` links: the people without a manager at the top. */
import type { Organisation, Person } from './organisation.ts';

export interface OrgChartNode {
  person: Person;
  reports: OrgChartNode[];
}

export function orgChart(org: Organisation): OrgChartNode[] {
  const build = (person: Person): OrgChartNode => ({ person, reports: org.reportsOf(person.id).map(build) });
  return org.people.filter((person) => !person.data.manager).map(build);
}
