/**
 * A department's hub as a dashboard: the figures at the top, then the few things of each kind worth a
 * glance (the newest wins, what is under way, the partners, the words), each with a way to the rest, so
 * a department of any size fits on a screen or two instead of one long column.
 */
import { initiativesByStatus } from './initiatives.ts';
import type { Department, Organisation } from './organisation.ts';
import { writeDirectoryFilter, NO_FILTER } from './directory-filter.ts';

export const HUB_LIMITS = { wins: 2, earlierWins: 6, partners: 8, terms: 8, stories: 3, feedback: 3 } as const;

export function departmentHub(org: Organisation, department: Department) {
  const wins = org.winsForDepartment(department.id);
  const partners = org.peopleServing(department.id);
  const terms = org.termsForDepartment(department.id);
  const initiatives = org.initiativesForDepartment(department.id);
  const underWay = initiatives.filter((initiative) => initiative.data.status === 'now').length;
  return {
    teams: org.teamsServing(department.id),
    pillars: org.strategyForDepartment(department.id),
    figures: [
      { value: wins.length, label: wins.length === 1 ? 'win together' : 'wins together' },
      { value: underWay, label: underWay === 1 ? 'initiative under way' : 'initiatives under way' },
      { value: partners.length, label: partners.length === 1 ? 'IT partner' : 'IT partners' },
      { value: terms.length, label: terms.length === 1 ? 'word in the glossary' : 'words in the glossary' },
    ],
    latestWins: wins.slice(0, HUB_LIMITS.wins),
    earlierWins: wins.slice(HUB_LIMITS.wins, HUB_LIMITS.wins + HUB_LIMITS.earlierWins),
    moreWins: Math.max(0, wins.length - HUB_LIMITS.wins - HUB_LIMITS.earlierWins),
    initiativeColumns: initiativesByStatus(initiatives).filter((column) => column.initiatives.length > 0),
    partners: partners.slice(0, HUB_LIMITS.partners),
    morePartners: Math.max(0, partners.length - HUB_LIMITS.partners),
    /** The people directory, filtered to this department. */
    everyPartnerQuery: writeDirectoryFilter({ ...NO_FILTER, department: department.id }),
    terms: terms.slice(0, HUB_LIMITS.terms),
    moreTerms: Math.max(0, terms.length - HUB_LIMITS.terms),
    stories: org.storiesForDepartment(department.id).slice(0, HUB_LIMITS.stories),
    /** The newest "you said, we did"; the rest are on /feedback/. */
    feedback: org.feedbackForDepartment(department.id).slice(0, HUB_LIMITS.feedback),
  };
}
