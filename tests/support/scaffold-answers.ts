/** What `npm run new` is given for each kind of entry in the org-elsewhere fixture, shared by the scaffold tests. */
export const SCAFFOLD_ANSWERS: Record<string, [string, Record<string, unknown>]> = {
  person: ['José Núñez', { name: 'José Núñez', role: 'Service Desk Analyst', team: 'core-it' }],
  strategy: [
    'Fewer clicks',
    {
      title: 'Fewer clicks',
      summary: 'Less typing.',
      order: 2,
      owner: 'layla-haddad',
      goals: ['Save time'],
      reviewed: '2026-11-20',
      status: 'current',
    },
  ],
  win: [
    'Faster invoices',
    {
      title: 'Faster invoices',
      month: '2026-11',
      goal: 'Send invoices the same day.',
      departments: ['logistics'],
      people: ['sam-lee'],
      outcomes: [{ metric: 'Days to invoice', before: 5, after: 1, unit: 'days' }],
    },
  ],
  glossary: ['Route', { term: 'Route', definition: 'The stops a truck makes in a day.' }],
  story: [
    'A day in logistics',
    { title: 'A day in logistics', summary: 'Trucks.', date: '2026-11-20', kind: 'day-in-the-life' },
  ],
  initiative: [
    'Route planner 2',
    {
      title: 'Route planner 2',
      summary: 'Routes on phones.',
      status: 'later',
      strategy: 'connected-kitchens',
      owner: 'sam-lee',
      team: 'core-it',
    },
  ],
  event: [
    'December win session',
    {
      title: 'December win session',
      kind: 'win-session',
      start: '2026-12-03T15:00:00+01:00',
      location: 'Online',
      summary: 'Three goals reached.',
      hosts: ['sam-lee'],
    },
  ],
  visit: [
    'Orders arrive by phone',
    {
      learned: 'Orders arrive by phone',
      person: 'sam-lee',
      department: 'kitchens',
      date: '2026-11-20',
      host: 'Chef Ana',
    },
  ],
  feedback: [
    'Cooks said the order screen was too small',
    {
      said: 'Cooks said the order screen was too small',
      did: 'We moved to larger tablets.',
      date: '2026-11-20',
      departments: ['kitchens'],
    },
  ],
};
