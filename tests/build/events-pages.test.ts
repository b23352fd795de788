import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';

// The demo site that `npm test` built just before vitest started. Its role-play (October 2026) and deep dive
// (September 2026) are past whatever day the build runs.
const dist = path.join(PROJECT_ROOT, 'dist');
const page = (route: string) => fs.readFileSync(path.join(dist, route, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the events pages of the demo', () => {
  it('list past sessions by month, newest first, after the way to subscribe to the calendar', () => {
    const events = text(page('events'));
    const subscribe = events.indexOf('Subscribe to the calendar');
    const past = events.indexOf('Past sessions');
    expect(subscribe).toBeGreaterThan(-1);
    expect(past).toBeGreaterThan(subscribe);
    expect(events.indexOf('October 2026', past)).toBeLessThan(events.indexOf('September 2026', past));
    expect(events).toContain('https://intranet.northwind.example/events.ics');
  });

  it('show a debrief with its actions still to do and done, and no Join button once held', () => {
    const rolePlay = text(page('events/scanner-role-play'));
    expect(rolePlay).toContain('Role-play · Held');
    expect(rolePlay).toContain('What IT learned');
    expect(rolePlay).toContain('What the business learned');
    expect(rolePlay).toContain('Still to do (1)');
    expect(rolePlay).toContain('Done (2)');
    expect(rolePlay).not.toContain('Join online');
  });

  it('give every session its own calendar file and its time with the offset from UTC', () => {
    for (const id of fs.readdirSync(path.join(dist, 'events')).filter((name) => !name.includes('.'))) {
      const html = page(`events/${id}`);
      expect(html).toContain(`href="/events/${id}.ics"`);
      expect(text(html)).toMatch(/\d{2}:\d{2}–\d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)/);
    }
  });
});
