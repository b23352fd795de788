/** Every internal URL of the site, built on the configured base path so a site served under /it/ links correctly. */

function withSlashes(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function createLinks(base: string) {
  const root = withSlashes(base);
  const page = (...segments: string[]) => `${root}${segments.map((s) => `${encodeURIComponent(s)}/`).join('')}`;
  return {
    home: () => root,
    people: () => page('people'),
    person: (id: string) => page('people', id),
    teams: () => page('teams'),
    team: (id: string) => page('teams', id),
    departments: () => page('departments'),
    department: (id: string) => page('departments', id),
    strategy: () => page('strategy'),
    strategyPillar: (id: string) => page('strategy', id),
    wins: () => page('wins'),
    win: (id: string) => page('wins', id),
    winsMonth: (month: string) => page('wins', month),
    glossary: () => page('glossary'),
    term: (id: string) => page('glossary', id),
    stories: () => page('stories'),
    story: (id: string) => page('stories', id),
    initiatives: () => page('initiatives'),
    initiative: (id: string) => page('initiatives', id),
    alignment: () => page('alignment'),
    alignmentCell: (pillarId: string, departmentId: string) => page('alignment', pillarId, departmentId),
    orgChart: () => page('people', 'org-chart'),
    /** The email-ready digest of a month's wins, e.g. `/wins/2026-10/digest.html`. */
    digest: (month: string) => `${page('wins', month)}digest.html`,
    tools: () => page('tools'),
    tool: (id: string) => page('tools', id),
    events: () => page('events'),
    visits: () => page('visits'),
    /** The perception pulse: how IT and the business see IT, wave by wave. */
    pulse: () => page('pulse'),
    /** IT's pace: time keeping things running against building new, incidents, delivery. */
    pace: () => page('pace'),
    /** "You said, we did": what the business told IT, and what IT did about it. */
    feedback: () => page('feedback'),
    event: (id: string) => page('events', id),
    /** One subscribable calendar of every event. */
    eventsCalendar: () => `${root}events.ics`,
    /** One event as a calendar file, for "Add to calendar". */
    eventCalendar: (id: string) => `${root}events/${encodeURIComponent(id)}.ics`,
    search: () => page('search'),
    /** The page Pagefind's script and index are served from. */
    searchBundle: () => `${root}pagefind/`,
    feed: () => `${root}rss.xml`,
    /** A file under public/ or the build output, e.g. `favicon.svg`. */
    asset: (file: string) => `${root}${file.replace(/^\/+/, '')}`,
  };
}

export type Links = ReturnType<typeof createLinks>;
