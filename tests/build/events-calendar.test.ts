import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_DEMO } from '../support/built-demo.ts';
import { FIXTURES, buildSite, copyOfFixture, temporaryFolder } from '../support/build-site.ts';
import { checkBuiltSite } from '../support/link-check.ts';

const SITE = 'https://intranet.fjordline.example';
const AS_A_USER = { ONE_TEAM_BASE: '/it', ONE_TEAM_SITE: SITE, ONE_TEAM_TODAY: '2026-11-23' };

function sessionsIn(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: vevent.getFirstPropertyValue('uid'),
    url: vevent.getFirstPropertyValue('url'),
    start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
  }));
}

function writeEvent(content: string, id: string, frontmatter: string) {
  fs.mkdirSync(path.join(content, 'events'), { recursive: true });
  fs.writeFileSync(path.join(content, 'events', `${id}.md`), `---\n${frontmatter.trim()}\n---\n\nWhat happens.\n`);
}

describe('the calendar feeds of an organisation with sessions, one of them a draft, built under /it/', () => {
  let dist: string;
  beforeAll(async () => {
    const content = copyOfFixture('org-elsewhere');
    writeEvent(
      content,
      'kitchen-tablets-demo',
      `
title: Kitchen tablets, a demo
kind: tool-demo
start: 2026-12-03T10:00:00+01:00
location: Online
summary: How the kitchen tablets show tomorrow's covers.
hosts: [olga-petrova]
`,
    );
    writeEvent(
      content,
      'route-planner-preview',
      `
title: Route planner preview
kind: deep-dive
start: 2026-12-10T10:00:00+01:00
location: Online
summary: Not announced yet.
hosts: [olga-petrova]
draft: true
`,
    );
    dist = path.join(temporaryFolder('events-calendar'), 'dist');
    const result = await buildSite(content, dist, AS_A_USER);
    expect(result.code, result.output).toBe(0);
  }, 120_000);

  it('publishes every session that is not a draft in /events.ics, linked to its page under the base path', () => {
    expect(sessionsIn(path.join(dist, 'events.ics'))).toEqual([
      {
        uid: 'kitchen-tablets-demo@intranet.fjordline.example',
        url: `${SITE}/it/events/kitchen-tablets-demo/`,
        start: '2026-12-03T09:00:00.000Z',
      },
    ]);
  });

  it('gives each published session a file of its own, and a draft none', () => {
    expect(sessionsIn(path.join(dist, 'events', 'kitchen-tablets-demo.ics'))).toHaveLength(1);
    expect(fs.existsSync(path.join(dist, 'events', 'route-planner-preview.ics'))).toBe(false);
    expect(fs.readFileSync(path.join(dist, 'events.ics'), 'utf8')).not.toContain('route-planner-preview');
  });
});

describe('the calendar feed of an organisation with no events folder at all', () => {
  let dist: string;
  beforeAll(async () => {
    dist = path.join(temporaryFolder('no-events-calendar'), 'dist');
    const result = await buildSite(path.join(FIXTURES, 'org-elsewhere'), dist, AS_A_USER);
    expect(result.code, result.output).toBe(0);
  }, 120_000);

  it('builds, with /events.ics an empty but valid calendar, so a subscription made earlier keeps working', () => {
    expect(sessionsIn(path.join(dist, 'events.ics'))).toEqual([]);
    const eventsFolder = path.join(dist, 'events');
    const calendars = fs.existsSync(eventsFolder) ? fs.readdirSync(eventsFolder).filter((f) => f.endsWith('.ics')) : [];
    expect(calendars).toEqual([]);
  });
});

describe('the link checker', () => {
  it('follows links to calendar files, and reports one to a calendar that was not built', () => {
    const site = temporaryFolder('ics-links');
    fs.mkdirSync(path.join(site, 'events'));
    fs.writeFileSync(path.join(site, 'events.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    fs.writeFileSync(path.join(site, 'events', 'demo.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    fs.writeFileSync(
      path.join(site, 'index.html'),
      '<!doctype html><title>t</title><a href="/it/events.ics">All</a><a href="/it/events/demo.ics">One</a>' +
        '<a href="/it/events/gone.ics">Gone</a>',
    );
    expect(checkBuiltSite(site, SITE, '/it/')).toEqual([
      { page: 'index.html', problem: 'links to /it/events/gone.ics, which is not in the site' },
    ]);
  });
});

describe.runIf(fs.existsSync(path.join(BUILT_DEMO, 'events.ics')))('the demo build', () => {
  it('has a calendar file for every session in its feed, with the same session in it', () => {
    const feed = sessionsIn(path.join(BUILT_DEMO, 'events.ics'));
    for (const session of feed) {
      const id = session.uid!.toString().split('@')[0]!;
      expect(sessionsIn(path.join(BUILT_DEMO, 'events', `${id}.ics`)), id).toEqual([session]);
    }
  });
});
