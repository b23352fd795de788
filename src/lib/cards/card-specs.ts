/**
 * What each page's social card says: plain data, derived once from the organisation, that the card
 * designs draw and the cache hashes. Every page links to the card at `cardPath(spec)`. Pictures are named
 * by their source files (the site's logo, an entry's cover), which the card worker reads itself: a worker
 * thread cannot be handed Astro's image objects. One side channel: an SVG logo's path is read from
 * site.yaml again, since Astro's SVG component forgets its file.
 */
import path from 'node:path';
import { siteConfigFile } from '../content/folder.ts';
import { siteYamlAsWritten } from '../site/address-fs.ts';
import type {
  Department,
  GlossaryTerm,
  Initiative,
  Organisation,
  Person,
  SiteEvent,
  StrategyPillar,
  Story,
  Team,
  Tool,
  Win,
} from '../organisation/organisation.ts';
import { CATEGORY_LABELS, RING_LABELS } from '../organisation/tools.ts';
import { formatDay, formatMonth } from '../site/dates.ts';
import { avatarColourFor, initialsOf } from '../site/avatar.ts';
import { eventKindLabel, storyKindLabel } from '../site/labels.ts';
import { eventWhen } from '../organisation/events.ts';
import { describeOutcomeChange } from '../organisation/wins.ts';
import { paceHeadline, pulseHeadline, type Headline } from '../organisation/measures.ts';

interface CardBase {
  /** Where the PNG is written, relative to the site root, e.g. `cards/people/ada-okafor.png`. */
  path: string;
  /** The card's text for screen readers and link previews (og:image:alt). */
  alt: string;
  siteTitle: string;
  accent: string;
  /** The site's logo (site.yaml `logo`): the absolute path of its source file, when there is one. */
  logo?: string;
}

/** The absolute path of an entry's cover picture, drawn filling the card's right side. */
type WithCover = { cover?: string };

export type CardSpec =
  | (CardBase & { kind: 'site'; title: string; description: string })
  | (CardBase & {
      kind: 'person';
      name: string;
      role: string;
      team: string;
      initials: string;
      avatarColour: string;
      /** Site-relative path of a square JPEG of the photo in the built site, when the person has one. */
      photo?: string;
    })
  | (CardBase &
      WithCover & {
        kind: 'win';
        title: string;
        metric?: string;
        change?: string;
        month: string;
        departments: string[];
      })
  | (CardBase & { kind: 'strategy'; title: string; summary: string; order: number })
  | (CardBase & { kind: 'glossary'; term: string; definition: string })
  | (CardBase &
      WithCover & {
        kind: 'story';
        title: string;
        summary: string;
        label: string;
        /** The word in the card's corner; `Story` unless said (an event's card names its kind). */
        section?: string;
      })
  | (CardBase & { kind: 'department'; name: string; summary: string; partners: number; wins: number })
  | (CardBase & { kind: 'team'; name: string; mission: string; members: number })
  | (CardBase & WithCover & { kind: 'initiative'; title: string; summary: string; status: string })
  | (CardBase & { kind: 'tool'; name: string; summary: string; ring: string; category: string })
  | (CardBase & {
      kind: 'measure';
      /** The word in the card's corner: `Pulse`, `Pace`. */
      section: string;
      title: string;
      figure: string;
      caption: string;
      context: string;
    });

export type CardKind = CardSpec['kind'];

/** The photo a card shows, site-relative in the built site, if it shows one. */
export function cardPhotoPath(spec: CardSpec): string | undefined {
  return 'photo' in spec && spec.photo ? spec.photo : undefined;
}

/** The source files a card shows besides a person's photo, for the worker to read and the cache to hash. */
export function cardPictureFiles(spec: CardSpec): { logo?: string; cover?: string } {
  return {
    ...(spec.logo ? { logo: spec.logo } : {}),
    ...('cover' in spec && spec.cover ? { cover: spec.cover } : {}),
  };
}

/**
 * The source file of an image field. In a build the field holds Astro's image, which knows its file
 * (`fsPath`, as Astro's own getImage reads it); outside Astro it holds the path as written, beside `entryFile`.
 */
export function sourceFileOf(image: unknown, entryFile: string | undefined): string | undefined {
  if (typeof image === 'string') return entryFile ? path.resolve(path.dirname(entryFile), image) : undefined;
  const fsPath = image ? (image as { fsPath?: unknown }).fsPath : undefined;
  return typeof fsPath === 'string' ? fsPath : undefined;
}

const logoFiles = new WeakMap<object, string | undefined>();

/**
 * The logo's source file. Astro turns an SVG logo into a component that no longer knows its file, so then
 * the path is read from site.yaml itself (already checked by the loader), once per build.
 */
function siteLogoFile(site: Organisation['site']): string | undefined {
  if (!site.logo) return undefined;
  if (logoFiles.has(site)) return logoFiles.get(site);
  const siteFile = siteConfigFile();
  let file = sourceFileOf(site.logo, siteFile);
  if (!file) {
    const { logo } = siteYamlAsWritten(siteFile);
    file = sourceFileOf(typeof logo === 'string' ? logo : undefined, siteFile);
  }
  logoFiles.set(site, file);
  return file;
}

/** An entry's cover as a card field, when it has one. */
function coverOf(entry: { data: { cover?: unknown }; filePath?: string }): WithCover {
  const cover = sourceFileOf(entry.data.cover, entry.filePath);
  return cover ? { cover } : {};
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARDS_FOLDER = 'cards';

/** Card files are named by entry id, which may be in any script; the URL encodes it. */
function cardFile(collection: string, id: string): string {
  return `${CARDS_FOLDER}/${collection}/${id}.png`;
}

function base(org: Organisation, cardPath: string, alt: string): CardBase {
  const logo = siteLogoFile(org.site);
  return { path: cardPath, alt, siteTitle: org.site.title, accent: org.site.accent, ...(logo ? { logo } : {}) };
}

export function siteCard(org: Organisation): CardSpec {
  return {
    ...base(org, `${CARDS_FOLDER}/site.png`, `${org.site.title}: ${org.site.description}`),
    kind: 'site',
    title: org.site.title,
    description: org.site.description,
  };
}

export function personCard(org: Organisation, person: Person, photo?: string): CardSpec {
  const team = org.team(person.data.team).data.name;
  return {
    ...base(org, cardFile('people', person.id), `${person.data.name}, ${person.data.role}, ${team}`),
    kind: 'person',
    name: person.data.name,
    role: person.data.role,
    team,
    initials: initialsOf(person.data.name),
    avatarColour: avatarColourFor(person.id),
    ...(photo ? { photo } : {}),
  };
}

export function winCard(org: Organisation, win: Win): CardSpec {
  const headline = win.data.outcomes[0];
  const month = formatMonth(win.data.month, org.site.locale);
  const change = headline ? describeOutcomeChange(headline) : undefined;
  return {
    ...base(
      org,
      cardFile('wins', win.id),
      `${win.data.title}${headline ? `: ${headline.metric} ${change}` : ''}, ${month}`,
    ),
    kind: 'win',
    title: win.data.title,
    ...(headline ? { metric: headline.metric, change } : {}),
    month,
    departments: win.data.departments.map((id) => org.department(id).data.name),
    ...coverOf(win),
  };
}

export function strategyCard(org: Organisation, pillar: StrategyPillar): CardSpec {
  return {
    ...base(org, cardFile('strategy', pillar.id), `Strategy: ${pillar.data.title}. ${pillar.data.summary}`),
    kind: 'strategy',
    title: pillar.data.title,
    summary: pillar.data.summary,
    order: pillar.data.order,
  };
}

export function glossaryCard(org: Organisation, term: GlossaryTerm): CardSpec {
  return {
    ...base(org, cardFile('glossary', term.id), `${term.data.term}: ${term.data.definition}`),
    kind: 'glossary',
    term: term.data.term,
    definition: term.data.definition,
  };
}

export function storyCard(org: Organisation, story: Story): CardSpec {
  return {
    ...base(org, cardFile('stories', story.id), `${story.data.title}. ${story.data.summary}`),
    kind: 'story',
    title: story.data.title,
    summary: story.data.summary,
    label: `${storyKindLabel(story.data.kind)} · ${formatDay(story.data.date, org.site.locale)}`,
    ...coverOf(story),
  };
}

/** An event's card is drawn as a story's: its kind in the corner, its time above the title and summary. */
export function eventCard(org: Organisation, event: SiteEvent): CardSpec {
  const when = eventWhen(event, org.site.locale, org.site.timeZone);
  return {
    ...base(org, cardFile('events', event.id), `${event.data.title}, ${when}. ${event.data.summary}`),
    kind: 'story',
    title: event.data.title,
    summary: event.data.summary,
    label: when,
    section: eventKindLabel(event.data.kind),
  };
}

export function departmentCard(org: Organisation, department: Department): CardSpec {
  return {
    ...base(org, cardFile('departments', department.id), `${department.data.name}: ${department.data.summary}`),
    kind: 'department',
    name: department.data.name,
    summary: department.data.summary,
    partners: org.peopleServing(department.id).length,
    wins: org.winsForDepartment(department.id).length,
  };
}

export function teamCard(org: Organisation, team: Team): CardSpec {
  return {
    ...base(org, cardFile('teams', team.id), `${team.data.name}: ${team.data.mission}`),
    kind: 'team',
    name: team.data.name,
    mission: team.data.mission,
    members: org.membersOf(team.id).length,
  };
}

const STATUS_LABELS: Record<Initiative['data']['status'], string> = {
  now: 'Doing now',
  next: 'Next',
  later: 'Later',
  done: 'Done',
};

export function initiativeStatusLabel(status: Initiative['data']['status']): string {
  return STATUS_LABELS[status];
}

export function initiativeCard(org: Organisation, initiative: Initiative): CardSpec {
  const status = `${STATUS_LABELS[initiative.data.status]}${initiative.data.target ? ` · ${initiative.data.target}` : ''}`;
  return {
    ...base(
      org,
      cardFile('initiatives', initiative.id),
      `${initiative.data.title} (${status}): ${initiative.data.summary}`,
    ),
    kind: 'initiative',
    title: initiative.data.title,
    summary: initiative.data.summary,
    status,
    ...coverOf(initiative),
  };
}

export function toolCard(org: Organisation, tool: Tool): CardSpec {
  const ring = RING_LABELS[tool.data.ring];
  return {
    ...base(org, cardFile('tools', tool.id), `${tool.data.name} (${ring}): ${tool.data.summary}`),
    kind: 'tool',
    name: tool.data.name,
    summary: tool.data.summary,
    ring,
    category: CATEGORY_LABELS[tool.data.category],
  };
}

/** Every card the site needs; `photoOf` gives the built photo a person's card shows, if any. */
function measureCard(org: Organisation, section: string, title: string, headline: Headline): CardSpec {
  const slug = section.toLowerCase();
  return {
    ...base(
      org,
      `${CARDS_FOLDER}/${slug}.png`,
      `${title}: ${headline.figure} ${headline.caption}. ${headline.context}`,
    ),
    kind: 'measure',
    section,
    title,
    ...headline,
  };
}

/** The pulse page's card: the gap between IT and the business, and how it moved; none without figures. */
export function pulseCard(org: Organisation): CardSpec | undefined {
  const headline = pulseHeadline(org.pulse, org.site.locale);
  return headline && measureCard(org, 'Pulse', 'How the business sees IT', headline);
}

/** The pace page's card: IT's time keeping things running, and delivery, in the newest month. */
export function paceCard(org: Organisation): CardSpec | undefined {
  const headline = paceHeadline(org.pace, org.site.locale);
  return headline && measureCard(org, 'Pace', "IT's real pace", headline);
}

export function cardsForOrganisation(org: Organisation, photoOf: (person: Person) => string | undefined): CardSpec[] {
  return [
    siteCard(org),
    ...org.people.map((person) => personCard(org, person, photoOf(person))),
    ...org.wins.map((win) => winCard(org, win)),
    ...org.strategy.map((pillar) => strategyCard(org, pillar)),
    ...org.glossary.map((term) => glossaryCard(org, term)),
    ...org.stories.map((story) => storyCard(org, story)),
    ...org.departments.map((department) => departmentCard(org, department)),
    ...org.teams.map((team) => teamCard(org, team)),
    ...org.initiatives.map((initiative) => initiativeCard(org, initiative)),
    ...org.tools.map((tool) => toolCard(org, tool)),
    ...org.events.map((event) => eventCard(org, event)),
    ...[pulseCard(org), paceCard(org)].filter((card): card is CardSpec => card !== undefined),
  ];
}
