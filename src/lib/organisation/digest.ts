/**
 * The monthly digest: one self-contained HTML page the comms team pastes into the newsletter email.
 * Email clients ignore stylesheets and scripts and cannot follow relative links, so it uses tables,
 * inline styles only, and absolute URLs throughout.
 */
import type { Organisation, Person, SiteEvent, Story, Win } from './organisation.ts';
import { eventWhen, upcomingEvents } from './events.ts';
import type { Links } from '../site/links.ts';
import { formatDay, formatMonth, monthOf } from '../site/dates.ts';
import { describeOutcomeChange } from './wins.ts';
import { avatarColourFor, initialsOf } from '../site/avatar.ts';

export interface DigestContent {
  month: string;
  wins: Win[];
  newFaces: Person[];
  story?: Story;
  /** Sessions in the month after, soonest first: the digest goes out as its month ends. */
  comingUp: SiteEvent[];
}

/** The first moment (UTC) of the month after YYYY-MM, and of the one after that. */
function followingMonth(month: string): { from: Date; to: Date } {
  const [year, monthNumber] = month.split('-').map(Number);
  return { from: new Date(Date.UTC(year!, monthNumber!, 1)), to: new Date(Date.UTC(year!, monthNumber! + 1, 1)) };
}

/**
 * A month's wins, the people who joined that month, the month's story (or the latest before it), and the
 * sessions of the month after.
 */
export function digestContent(org: Organisation, month: string): DigestContent {
  const endOfMonth = `${month}-31`;
  const story =
    org.stories.find((s) => monthOf(s.data.date) === month) ??
    org.stories.find((s) => s.data.date.toISOString().slice(0, 10) <= endOfMonth);
  const { from, to } = followingMonth(month);
  return {
    month,
    comingUp: upcomingEvents(org.events, from).filter((event) => event.data.start < to),
    wins: org.wins.filter((w) => w.data.month === month),
    newFaces: org.people.filter((p) => p.data.joined && monthOf(p.data.joined) === month),
    ...(story ? { story } : {}),
  };
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

const FONT = 'font-family:Segoe UI,Helvetica,Arial,sans-serif;';
const INK = '#1b1f24';
const MUTED = '#4a5361';

export interface DigestOptions {
  /** Absolute site address including the base path, e.g. `https://intranet.example.com/it/`. */
  siteUrl: string;
  links: Links;
  /** Absolute URL of a small JPEG of a person's photo, when they have one. */
  photoUrl: (person: Person) => string | undefined;
}

export function digestHtml(
  org: Organisation,
  content: DigestContent,
  { siteUrl, links, photoUrl }: DigestOptions,
): string {
  const accent = org.site.accent;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const link = (href: string, text: string, style = '') =>
    `<a href="${escapeHtml(absolute(href))}" style="color:${accent};${style}">${escapeHtml(text)}</a>`;
  const monthName = formatMonth(content.month, org.site.locale);
  const section = (title: string, body: string) =>
    `<tr><td style="padding:24px 32px 0;${FONT}"><h2 style="margin:0 0 12px;font-size:20px;color:${INK};${FONT}">${escapeHtml(title)}</h2>${body}</td></tr>`;

  const wins = content.wins
    .map((win) => {
      const outcomes = win.data.outcomes
        .map(
          (o) =>
            `<tr><td style="padding:2px 12px 2px 0;color:${MUTED};font-size:14px;${FONT}">${escapeHtml(o.metric)}</td><td style="padding:2px 0;font-size:16px;font-weight:bold;color:${INK};${FONT}">${escapeHtml(describeOutcomeChange(o))}</td></tr>`,
        )
        .join('');
      const quote = win.data.quote
        ? `<p style="margin:8px 0 0;padding-left:12px;border-left:3px solid ${accent};font-style:italic;color:${INK};${FONT}">“${escapeHtml(win.data.quote.text)}”<br><span style="font-style:normal;color:${MUTED};font-size:14px;">${escapeHtml(win.data.quote.by)}, ${escapeHtml(win.data.quote.role)}</span></p>`
        : '';
      return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 20px;border-top:3px solid ${accent};"><tr><td style="padding:12px 0 0;${FONT}"><h3 style="margin:0 0 4px;font-size:18px;${FONT}">${link(links.win(win.id), win.data.title, 'text-decoration:none;')}</h3><p style="margin:0 0 8px;color:${INK};${FONT}">${escapeHtml(win.data.goal)}</p><table role="presentation" cellpadding="0" cellspacing="0">${outcomes}</table>${quote}</td></tr></table>`;
    })
    .join('');

  const faces = content.newFaces
    .map((person) => {
      const photo = photoUrl(person);
      const picture = photo
        ? `<img src="${escapeHtml(photo)}" width="48" height="48" alt="${escapeHtml(person.data.name)}" style="display:block;border-radius:24px;">`
        : `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td width="48" height="48" align="center" style="width:48px;height:48px;border-radius:24px;background:${avatarColourFor(person.id)};color:#ffffff;font-weight:bold;font-size:18px;${FONT}">${escapeHtml(initialsOf(person.data.name))}</td></tr></table>`;
      return `<tr><td width="60" style="padding:0 12px 12px 0;vertical-align:middle;">${picture}</td><td style="padding:0 0 12px;vertical-align:middle;${FONT}">${link(links.person(person.id), person.data.name, 'font-weight:bold;')}<br><span style="color:${MUTED};font-size:14px;">${escapeHtml(person.data.role)}, ${escapeHtml(org.team(person.data.team).data.name)}</span></td></tr>`;
    })
    .join('');

  const story = content.story
    ? `<p style="margin:0 0 4px;color:${MUTED};font-size:14px;${FONT}">${escapeHtml(formatDay(content.story.data.date, org.site.locale))}</p><h3 style="margin:0 0 4px;font-size:18px;${FONT}">${link(links.story(content.story.id), content.story.data.title, 'text-decoration:none;')}</h3><p style="margin:0;color:${INK};${FONT}">${escapeHtml(content.story.data.summary)}</p>`
    : '';

  const comingUp = content.comingUp
    .map(
      (event) =>
        `<p style="margin:0 0 16px;${FONT}"><span style="color:${MUTED};font-size:14px;">${escapeHtml(eventWhen(event, org.site.locale, org.site.timeZone))} · ${escapeHtml(event.data.location)}</span><br>${link(links.event(event.id), event.data.title, 'font-weight:bold;text-decoration:none;')}<br><span style="color:${INK};">${escapeHtml(event.data.summary)}</span></p>`,
    )
    .join('');

  return `<!DOCTYPE html>
<html lang="${escapeHtml(org.site.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${org.site.title}: ${monthName}`)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f6f9;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f9;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="max-width:640px;width:100%;background:#ffffff;border-top:6px solid ${accent};">
<tr><td style="padding:28px 32px 0;${FONT}"><p style="margin:0;color:${MUTED};font-size:14px;${FONT}">${escapeHtml(org.site.title)}</p><h1 style="margin:4px 0 0;font-size:26px;color:${INK};${FONT}">${escapeHtml(monthName)}: goals reached with IT</h1></td></tr>
${content.wins.length ? section('This month’s wins', wins) : ''}
${content.newFaces.length ? section('New faces in IT', `<table role="presentation" cellpadding="0" cellspacing="0">${faces}</table>`) : ''}
${story ? section('Story of the month', story) : ''}
${comingUp ? section('Coming up', `${comingUp}<p style="margin:0;font-size:14px;color:${MUTED};${FONT}">${link(links.events(), 'Every session, and how to add them to your calendar')}</p>`) : ''}
<tr><td style="padding:24px 32px 28px;color:${MUTED};font-size:14px;${FONT}">${link(links.wins(), 'Every win')} · ${link(links.initiatives(), 'What IT is working on')} · ${link(links.people(), 'Who is who in IT')}<br>${escapeHtml(org.site.contact.name)}: ${`<a href="mailto:${escapeHtml(org.site.contact.email)}" style="color:${accent};">${escapeHtml(org.site.contact.email)}</a>`}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
}
