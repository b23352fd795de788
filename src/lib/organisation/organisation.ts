/**
 * The organisation as one object: every collection, sorted, with the relations pages need
 * (a manager's reports, a department's wins, a person's stories) derived once.
 */
import type { CollectionEntry } from 'astro:content';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { MdastNode } from '../markdown/mdx.ts';
import { glossaryMatcher, termsMentioned } from '../glossary/mentions.ts';
import { paceByMonth } from './pace.ts';
import { pulseTrends } from './pulse.ts';

export type Person = CollectionEntry<'people'>;
export type Team = CollectionEntry<'teams'>;
export type Department = CollectionEntry<'departments'>;
export type StrategyPillar = CollectionEntry<'strategy'>;
export type Win = CollectionEntry<'wins'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Story = CollectionEntry<'stories'>;
export type Initiative = CollectionEntry<'initiatives'>;
export type Tool = CollectionEntry<'tools'>;
export type SiteEvent = CollectionEntry<'events'>;
export type Announcement = CollectionEntry<'announcements'>;
export type Visit = CollectionEntry<'visits'>;
export type Feedback = CollectionEntry<'feedback'>;
export type PulseWave = CollectionEntry<'pulse'>;
export type PulseQuestion = CollectionEntry<'pulseQuestions'>;
export type PaceMonth = CollectionEntry<'pace'>;
export type InitiativeStatus = Initiative['data']['status'];

/** The board's order: what is being done, then what comes next, later, and what is done. */
export const INITIATIVE_STATUS_ORDER: readonly InitiativeStatus[] = ['now', 'next', 'later', 'done'];
export type SiteConfig = CollectionEntry<'site'>['data'];

export interface Collections {
  site: SiteConfig;
  people: Person[];
  teams: Team[];
  departments: Department[];
  strategy: StrategyPillar[];
  wins: Win[];
  glossary: GlossaryTerm[];
  stories: Story[];
  initiatives: Initiative[];
  tools: Tool[];
  events: SiteEvent[];
  /** Left out by an organisation with nothing to announce. */
  announcements?: Announcement[];
  /** Left out by an organisation that does not (yet) run day-in-the-life visits. */
  visits?: Visit[];
  /** The perception survey's waves and questions; left out by an organisation that publishes none. */
  pulse?: PulseWave[];
  pulseQuestions?: PulseQuestion[];
  /** IT's months of pace; left out by an organisation that publishes none. */
  pace?: PaceMonth[];
  /** Left out by an organisation that does not (yet) report back on what it was told. */
  feedback?: Feedback[];
}

export type Organisation = ReturnType<typeof buildOrganisation>;

/** A page that uses a glossary term: where it is listed as a backlink on the term's page. */
export type TermUse =
  | { kind: 'story'; entry: Story }
  | { kind: 'strategy'; entry: StrategyPillar }
  | { kind: 'win'; entry: Win }
  | { kind: 'department'; entry: Department }
  | { kind: 'initiative'; entry: Initiative }
  | { kind: 'team'; entry: Team }
  | { kind: 'tool'; entry: Tool }
  | { kind: 'event'; entry: SiteEvent };

/** An entry body as the pipelines read it, for the glossary's "Used on" lists. */
function bodyTree(entry: { body?: string; filePath?: string }): MdastNode {
  const body = entry.body ?? '';
  return (entry.filePath?.endsWith('.mdx') ? mdxToMdast(body) : markdownToMdast(body)) as unknown as MdastNode;
}

function indexById<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function groupBy<T>(entries: readonly T[], keysOf: (entry: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/** Newest first; ties by title so the order is stable. */
function byMonthDescending(a: Win, b: Win): number {
  return b.data.month.localeCompare(a.data.month) || a.data.title.localeCompare(b.data.title);
}

function byDateDescending(a: Story, b: Story): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title);
}

export function buildOrganisation(collections: Collections) {
  const collator = new Intl.Collator(collections.site.locale, { sensitivity: 'base', numeric: true });
  const people = [...collections.people].sort((a, b) => collator.compare(a.data.name, b.data.name));
  const teams = [...collections.teams].sort((a, b) => collator.compare(a.data.name, b.data.name));
  const departments = [...collections.departments].sort((a, b) => collator.compare(a.data.name, b.data.name));
  const strategy = [...collections.strategy].sort(
    (a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title),
  );
  const wins = [...collections.wins].sort(byMonthDescending);
  const glossary = [...collections.glossary].sort((a, b) => collator.compare(a.data.term, b.data.term));
  const stories = [...collections.stories].sort(byDateDescending);
  const initiatives = [...collections.initiatives].sort(
    (a, b) =>
      INITIATIVE_STATUS_ORDER.indexOf(a.data.status) - INITIATIVE_STATUS_ORDER.indexOf(b.data.status) ||
      (a.data.target ?? '9999').localeCompare(b.data.target ?? '9999') ||
      collator.compare(a.data.title, b.data.title),
  );

  const personById = indexById(people);
  const teamById = indexById(teams);
  const departmentById = indexById(departments);
  const strategyById = indexById(strategy);
  const termById = indexById(glossary);
  const tools = [...collections.tools].sort((a, b) => collator.compare(a.data.name, b.data.name));
  const toolById = indexById(tools);
  const toolsByDepartment = groupBy(tools, (t) => t.data.departments);
  const toolsByOwner = groupBy(tools, (t) => [t.data.owner]);
  const replacedBy = groupBy(tools, (t) => t.data.replaces);
  const initiativeById = indexById(initiatives);
  // Events in time order; "upcoming" and "past" depend on the day of the build (see events.ts).
  const events = [...collections.events].sort(
    (a, b) => a.data.start.getTime() - b.data.start.getTime() || collator.compare(a.data.title, b.data.title),
  );
  const eventsByDepartment = groupBy(events, (e) => e.data.departments);
  const eventsByHost = groupBy(events, (e) => e.data.hosts);
  // Which one the banner shows depends on the day of the build (see publishing.ts).
  const announcements = [...(collections.announcements ?? [])].sort(
    (a, b) => a.data.from.getTime() - b.data.from.getTime() || a.id.localeCompare(b.id),
  );
  const visits = [...(collections.visits ?? [])].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
  const visitsByPerson = groupBy(visits, (v) => [v.data.person]);
  const visitsByDepartment = groupBy(visits, (v) => [v.data.department]);
  const feedback = [...(collections.feedback ?? [])].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
  const feedbackByDepartment = groupBy(feedback, (f) => f.data.departments);
  const feedbackByInitiative = groupBy(feedback, (f) => (f.data.initiative ? [f.data.initiative] : []));
  const feedbackByWin = groupBy(feedback, (f) => (f.data.win ? [f.data.win] : []));
  const winById = indexById(wins);

  const reportsByManager = groupBy(people, (p) => (p.data.manager ? [p.data.manager] : []));
  const peopleByTeam = groupBy(people, (p) => [p.data.team]);
  const peopleByDepartment = groupBy(people, (p) => p.data.serves);
  const teamsByDepartment = groupBy(teams, (t) => t.data.serves);
  const winsByDepartment = groupBy(wins, (w) => w.data.departments);
  const winsByPerson = groupBy(wins, (w) => w.data.people);
  const winsByStrategy = groupBy(wins, (w) => (w.data.strategy ? [w.data.strategy] : []));
  const storiesByPerson = groupBy(stories, (s) => s.data.people);
  const storiesByDepartment = groupBy(stories, (s) => s.data.departments);
  const termsByDepartment = groupBy(glossary, (g) => (g.data.department ? [g.data.department] : []));
  const strategyByDepartment = groupBy(strategy, (s) => s.data.departments);
  const initiativesByDepartment = groupBy(initiatives, (i) => i.data.departments);
  const initiativesByStrategy = groupBy(initiatives, (i) => [i.data.strategy]);
  const initiativesByPerson = groupBy(initiatives, (i) => [i.data.owner]);
  const winsByInitiative = groupBy(wins, (w) => (w.data.initiative ? [w.data.initiative] : []));

  const matcher = glossaryMatcher(glossary);
  const termUses: TermUse[] = [
    ...stories.map((entry): TermUse => ({ kind: 'story', entry })),
    ...strategy.map((entry): TermUse => ({ kind: 'strategy', entry })),
    ...wins.map((entry): TermUse => ({ kind: 'win', entry })),
    ...departments.map((entry): TermUse => ({ kind: 'department', entry })),
    ...initiatives.map((entry): TermUse => ({ kind: 'initiative', entry })),
    ...teams.map((entry): TermUse => ({ kind: 'team', entry })),
    ...tools.map((entry): TermUse => ({ kind: 'tool', entry })),
    ...events.map((entry): TermUse => ({ kind: 'event', entry })),
  ];
  const usesByTerm = groupBy(termUses, (use) => [
    ...termsMentioned(bodyTree(use.entry), matcher, (use.entry.data as { glossary?: boolean }).glossary !== false),
  ]);

  /** Looks an id up that integrity checks have already proven to exist. */
  function known<T>(map: Map<string, T>, id: string, collection: string): T {
    const entry = map.get(id);
    if (!entry)
      throw new Error(
        `${collection}/${id} is referenced but missing; content integrity checks should have caught this`,
      );
    return entry;
  }

  // After the teams and departments are in name order, which the pulse's and pace's lines keep.
  const pulse = pulseTrends(
    collections.pulse ?? [],
    [...(collections.pulseQuestions ?? [])]
      .sort((a, b) => a.data.order - b.data.order)
      .map((q) => ({ id: q.id, text: q.data.text })),
    departments.map((d) => ({ id: d.id, name: d.data.name })),
    collections.site.pulse.minimumGroup,
  );
  const pace = paceByMonth(
    collections.pace ?? [],
    teams.map((t) => ({ id: t.id, name: t.data.name })),
  );

  return {
    site: collections.site,
    /** The perception pulse: per question, IT and the business wave by wave, and each department's line. */
    pulse,
    /** IT's pace, month by month, for all of IT and each team. */
    pace,
    people,
    teams,
    departments,
    strategy,
    wins,
    glossary,
    stories,
    initiatives,
    tools,
    tool: (id: string) => known(toolById, id, 'tools'),
    /** Every event, earliest first. */
    events,
    eventsForDepartment: (departmentId: string) => eventsByDepartment.get(departmentId) ?? [],
    eventsHostedBy: (personId: string) => eventsByHost.get(personId) ?? [],
    /** Every announcement, the earliest to start first. */
    announcements,
    /** Every day-in-the-life visit, newest first. */
    visits,
    visitsBy: (personId: string) => visitsByPerson.get(personId) ?? [],
    visitsTo: (departmentId: string) => visitsByDepartment.get(departmentId) ?? [],
    /** Every "you said, we did", newest first. */
    feedback,
    feedbackForDepartment: (departmentId: string) => feedbackByDepartment.get(departmentId) ?? [],
    feedbackForInitiative: (initiativeId: string) => feedbackByInitiative.get(initiativeId) ?? [],
    feedbackForWin: (winId: string) => feedbackByWin.get(winId) ?? [],
    /** A published win; a draft, or one whose day has not come, is not there to link to. */
    findWin: (id: string) => winById.get(id),
    toolsForDepartment: (departmentId: string) => toolsByDepartment.get(departmentId) ?? [],
    toolsOwnedBy: (personId: string) => toolsByOwner.get(personId) ?? [],
    /** The tools that replaced this one. */
    replacementsOf: (toolId: string) => replacedBy.get(toolId) ?? [],
    person: (id: string) => known(personById, id, 'people'),
    initiative: (id: string) => known(initiativeById, id, 'initiatives'),
    findPerson: (id: string) => personById.get(id),
    team: (id: string) => known(teamById, id, 'teams'),
    department: (id: string) => known(departmentById, id, 'departments'),
    strategyPillar: (id: string) => known(strategyById, id, 'strategy'),
    term: (id: string) => known(termById, id, 'glossary'),
    findTerm: (id: string) => termById.get(id),
    /** A person's direct reports, in name order. */
    reportsOf: (personId: string) => reportsByManager.get(personId) ?? [],
    /** From the person's manager up to the top of the organisation. */
    managerChain(personId: string): Person[] {
      const chain: Person[] = [];
      let manager = personById.get(personId)?.data.manager;
      while (manager && !chain.some((p) => p.id === manager)) {
        const next = known(personById, manager, 'people');
        chain.push(next);
        manager = next.data.manager;
      }
      return chain;
    },
    membersOf: (teamId: string) => peopleByTeam.get(teamId) ?? [],
    peopleServing: (departmentId: string) => peopleByDepartment.get(departmentId) ?? [],
    teamsServing: (departmentId: string) => teamsByDepartment.get(departmentId) ?? [],
    winsForDepartment: (departmentId: string) => winsByDepartment.get(departmentId) ?? [],
    winsForPerson: (personId: string) => winsByPerson.get(personId) ?? [],
    winsForStrategy: (strategyId: string) => winsByStrategy.get(strategyId) ?? [],
    storiesForPerson: (personId: string) => storiesByPerson.get(personId) ?? [],
    storiesForDepartment: (departmentId: string) => storiesByDepartment.get(departmentId) ?? [],
    termsForDepartment: (departmentId: string) => termsByDepartment.get(departmentId) ?? [],
    strategyForDepartment: (departmentId: string) => strategyByDepartment.get(departmentId) ?? [],
    initiativesForDepartment: (departmentId: string) => initiativesByDepartment.get(departmentId) ?? [],
    initiativesForStrategy: (strategyId: string) => initiativesByStrategy.get(strategyId) ?? [],
    initiativesOwnedBy: (personId: string) => initiativesByPerson.get(personId) ?? [],
    winsForInitiative: (initiativeId: string) => winsByInitiative.get(initiativeId) ?? [],
    /** The pages of the prose collections whose bodies use a term, linked or with <Term>. */
    pagesUsingTerm: (termId: string) => usesByTerm.get(termId) ?? [],
  };
}
