/**
 * A made-up organisation of any size, the same every time for the same size: for benchmarks and
 * scale tests. N people, N/10 wins, N/5 glossary terms, N/50 strategy pillars, with names in
 * several scripts, some photos, managers forming a tree, and references that all resolve.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** A small, fast, seedable generator: the same seed gives the same organisation. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const GIVEN_NAMES = [
  'Ada',
  'José',
  'Ngozi',
  'Siobhán',
  'Tomasz',
  'Ananya',
  'Emre',
  'Camille',
  'Lan',
  'Marta',
  'Liam',
  'Fatima',
  'Sanne',
  'Chidi',
  'Katarzyna',
  'Priya',
  'Omar',
  'Ingrid',
  'Kofi',
  'Mei',
];
export const FAMILY_NAMES = [
  'Okafor',
  'Núñez',
  'Adeyemi',
  'Kelly',
  'Nowak',
  'Iyer',
  'Yılmaz',
  'Dubois',
  'Nguyen',
  'García',
  "O'Connor",
  'El Amrani',
  'Bakker',
  'Eze',
  'Wójcik',
  'Raman',
  'Haddad',
  'Berg',
  'Mensah',
  'Chen',
];
/** One in five people has a name written in another script, as in real organisations. */
export const OTHER_SCRIPT_NAMES = [
  '李静',
  'Ольга Петрова',
  'ليلى حداد',
  'Σοφία Παπαδοπούλου',
  '김민준',
  'たなか ゆき',
  'Дмитрий Соколов',
  'محمد علي',
];
const ROLES = [
  'Service Desk Analyst',
  'Network Engineer',
  'Data Engineer',
  'Business Analyst',
  'Security Engineer',
  'Cloud Engineer',
  'Product Owner',
  'Developer',
];
const TOPICS = [
  'laptops',
  'passwords',
  'payroll system',
  'warehouse scanners',
  'VPN',
  'reports',
  'printers',
  'phones',
  'CRM',
  'data warehouse',
  'access requests',
  'Wi-Fi',
];
const DEPARTMENT_NAMES = [
  'Finance',
  'Sales',
  'Operations',
  'People',
  'Customer Service',
  'Marketing',
  'Legal',
  'Procurement',
  'Logistics',
  'Facilities',
];
const WORDS = [
  'order',
  'invoice',
  'shift',
  'delivery',
  'customer',
  'report',
  'stock',
  'payment',
  'contract',
  'ticket',
  'supplier',
  'forecast',
  'route',
  'claim',
  'budget',
  'audit',
];

export interface SyntheticOrganisationCounts {
  people: number;
  teams: number;
  departments: number;
  strategy: number;
  wins: number;
  glossary: number;
  stories: number;
}

export function syntheticCounts(people: number): SyntheticOrganisationCounts {
  return {
    people,
    teams: Math.max(3, Math.round(people / 15)),
    departments: Math.min(DEPARTMENT_NAMES.length * 10, Math.max(5, Math.round(people / 100))),
    strategy: Math.max(1, Math.round(people / 50)),
    wins: Math.max(1, Math.round(people / 10)),
    glossary: Math.max(1, Math.round(people / 5)),
    stories: Math.max(1, Math.round(people / 50)),
  };
}

function yaml(value: unknown): string {
  return JSON.stringify(value);
}

function frontmatter(fields: Record<string, unknown>, body: string): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${yaml(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** An abstract 400×400 JPEG, like the photos people add to their profiles. */
function photoJpeg(hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="hsl(${hue}, 60%, 45%)"/><circle cx="200" cy="170" r="90" fill="hsl(${(hue + 40) % 360}, 70%, 75%)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer();
}

/** Writes the organisation into `folder` (emptied first) and returns how many of each it wrote. */
export async function writeSyntheticOrganisation(
  folder: string,
  peopleCount: number,
  { photoEvery = 10 } = {},
): Promise<SyntheticOrganisationCounts> {
  const counts = syntheticCounts(peopleCount);
  const random = seededRandom(peopleCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pickSome = <T>(items: readonly T[], most: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(items))),
  ];
  const write = (file: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  };
  fs.rmSync(folder, { recursive: true, force: true });

  write(
    'site.yaml',
    [
      'url: https://intranet.example.com',
      `organisation: Synthetic ${peopleCount}`,
      `title: Synthetic IT (${peopleCount} people)`,
      'description: A generated organisation for benchmarks.',
      'contact:',
      '  name: IT Communications',
      '  email: it-comms@example.com',
      '',
    ].join('\n'),
  );

  const departments = Array.from({ length: counts.departments }, (_, i) => `department-${i + 1}`);
  departments.forEach((id, i) => {
    const name = `${DEPARTMENT_NAMES[i % DEPARTMENT_NAMES.length]}${i >= DEPARTMENT_NAMES.length ? ` ${Math.floor(i / DEPARTMENT_NAMES.length) + 1}` : ''}`;
    write(
      `departments/${id}.md`,
      frontmatter(
        {
          name,
          head: `${pick(GIVEN_NAMES)} ${pick(FAMILY_NAMES)}`,
          summary: `${name} keeps the ${pick(WORDS)}s moving.`,
        },
        `${name} works with IT every day.`,
      ),
    );
  });

  const people = Array.from({ length: peopleCount }, (_, i) => `person-${i + 1}`);
  // A dozen distinct photos, reused: enough to look real, cheap to make for 5,000 people.
  const photos = await Promise.all(Array.from({ length: 12 }, (_, i) => photoJpeg(i * 30)));
  const teams = Array.from({ length: counts.teams }, (_, i) => `team-${i + 1}`);
  // The first person leads IT; team leads are the next ones and report to them; everyone else reports to their
  // team's lead.
  const leadOf = (team: number) => people[Math.min(people.length - 1, team + 1)]!;
  teams.forEach((id, i) => {
    write(
      `teams/${id}.md`,
      frontmatter(
        {
          name: `Team ${i + 1}`,
          lead: leadOf(i),
          mission: `We look after your ${pick(WORDS)}s.`,
          serves: pickSome(departments, 3),
        },
        'What we do for you.',
      ),
    );
  });
  people.forEach((id, i) => {
    const teamIndex = i === 0 ? 0 : i <= teams.length ? i - 1 : i % teams.length;
    const manager = i === 0 ? undefined : i <= teams.length ? people[0] : leadOf(teamIndex);
    const name =
      i % 5 === 4 ? `${pick(OTHER_SCRIPT_NAMES)} ${i + 1}` : `${pick(GIVEN_NAMES)} ${pick(FAMILY_NAMES)} ${i + 1}`;
    const photo = photoEvery > 0 && i % photoEvery === 0 ? `./${id}.jpg` : undefined;
    if (photo) write(`people/${id}.jpg`, photos[(i / photoEvery) % photos.length]!);
    write(
      `people/${id}.md`,
      frontmatter(
        {
          name,
          role: pick(ROLES),
          team: teams[teamIndex],
          photo,
          joined: `20${String(10 + Math.floor(random() * 16)).padStart(2, '0')}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
          manager,
          serves: pickSome(departments, 2),
          askMeAbout: pickSome(TOPICS, 4),
          email: `${id}@example.com`,
        },
        `I help with ${pick(TOPICS)} and ${pick(TOPICS)}. Ask me about the ${pick(WORDS)} process.`,
      ),
    );
  });

  const strategy = Array.from({ length: counts.strategy }, (_, i) => `pillar-${i + 1}`);
  strategy.forEach((id, i) => {
    write(
      `strategy/${id}.mdx`,
      frontmatter(
        {
          title: `Pillar ${i + 1}: better ${pick(WORDS)}s`,
          summary: `Fewer steps for every ${pick(WORDS)}.`,
          order: i + 1,
          owner: people[0],
          goals: [`Faster ${pick(WORDS)}s`],
          departments: pickSome(departments, 3),
          reviewed: '2026-06-01',
          status: 'current',
        },
        `## Why\n\nBecause every ${pick(WORDS)} matters. <Person id="${pick(people)}" /> owns the day-to-day.\n\n<Callout kind="tip">Ask IT.</Callout>`,
      ),
    );
  });

  /** Terms are named without chance so that wins and stories can mention them, as real prose does. */
  const termName = (index: number) => `${WORDS[index % WORDS.length]} ${index + 1}`;
  const someTerm = () => termName(Math.floor(random() * counts.glossary));

  const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
  Array.from({ length: counts.wins }, (_, i) => `win-${i + 1}`).forEach((id, i) => {
    const before = 10 + Math.floor(random() * 90);
    write(
      `wins/${id}.mdx`,
      frontmatter(
        {
          title: `Win ${i + 1}: ${pick(WORDS)}s in half the time`,
          month: months[i % months.length],
          goal: `Handle every ${pick(WORDS)} the same day.`,
          departments: pickSome(departments, 2),
          people: pickSome(people, 3),
          strategy: pick(strategy),
          outcomes: [{ metric: `Hours per ${pick(WORDS)}`, before, after: Math.round(before / 2), unit: 'hours' }],
          quote: { text: 'It just works now.', by: `${pick(GIVEN_NAMES)} ${pick(FAMILY_NAMES)}`, role: 'Team manager' },
        },
        `The ${pick(WORDS)} took too long, and so did every ${someTerm()}. <Metric label="Hours" before={${before}} after={${Math.round(before / 2)}} />\n\nNow the ${someTerm()} is done the same day.`,
      ),
    );
  });

  const glossary = Array.from({ length: counts.glossary }, (_, i) => `term-${i + 1}`);
  glossary.forEach((id, i) => {
    write(
      `glossary/${id}.md`,
      frontmatter(
        {
          term: termName(i),
          aliases: [`${pick(WORDS)}-${i + 1}`],
          definition: `What we call a ${pick(WORDS)} when it reaches the ${pick(WORDS)} stage.`,
          department: random() < 0.5 ? pick(departments) : undefined,
          related: random() < 0.3 ? [pick(glossary)] : [],
        },
        '',
      ),
    );
  });

  Array.from({ length: counts.stories }, (_, i) => `story-${i + 1}`).forEach((id, i) => {
    write(
      `stories/${id}.mdx`,
      frontmatter(
        {
          title: `A day with the ${pick(WORDS)} team ${i + 1}`,
          summary: 'What a day looks like.',
          date: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`,
          kind: i % 2 ? 'day-in-the-life' : 'spotlight',
          people: pickSome(people, 2),
          departments: pickSome(departments, 2),
        },
        `## Morning\n\nIt starts early with the ${someTerm()}. <Person id="${pick(people)}" /> is already in.`,
      ),
    );
  });
  // Three waves of the pulse and six months of pace, so the measures' pages are built and laid out at scale:
  // some departments too small to publish, some months a team left out.
  write(
    'pulse/questions.yaml',
    'it-makes-a-difference: IT makes a critical difference to my work.\nit-keeps-promises: When IT promises a date, I can plan around it.\n',
  );
  for (const [wave, month] of ['2026-03', '2026-06', '2026-09'].entries()) {
    const rows = ['question,group,responses,agree'];
    for (const question of ['it-makes-a-difference', 'it-keeps-promises']) {
      for (const group of ['it', ...departments]) {
        const responses = 2 + Math.floor(random() * 80);
        const share = group === 'it' ? 0.75 - wave * 0.01 : 0.44 + wave * 0.05 + (random() - 0.5) * 0.2;
        rows.push(`${question},${group},${responses},${Math.round(responses * Math.min(1, Math.max(0, share)))}`);
      }
    }
    write(`pulse/${month}.csv`, `${rows.join('\n')}\n`);
  }
  for (const month of ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']) {
    const rows = ['team,runHours,changeHours,incidents,delivered,planned'];
    for (const team of teams.filter(() => random() > 0.05)) {
      const planned = Math.floor(random() * 12);
      rows.push(
        [
          team,
          200 + Math.floor(random() * 900),
          100 + Math.floor(random() * 700),
          Math.floor(random() * 40),
          Math.floor(planned * random()),
          planned,
        ].join(','),
      );
    }
    write(`pace/${month}.csv`, `${rows.join('\n')}\n`);
  }
  return counts;
}
