import { describe, expect, it } from 'vitest';
import { currentAnnouncement, isCurrent, isPublished } from '../../../src/lib/organisation/publishing.ts';
import { announcement, organisationOf, story, win } from '../../support/factories.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('isPublished', () => {
  it('publishes an entry with no publishAt, and never a draft', () => {
    expect(isPublished(win('w', { title: 'W', month: '2026-10' }), day('2026-11-23'))).toBe(true);
    expect(isPublished(win('w', { title: 'W', month: '2026-10', draft: true }), day('2026-11-23'))).toBe(false);
  });

  it('leaves an entry out until its publishAt day, and publishes it from the start of that day', () => {
    const scheduled = story('s', { title: 'S', publishAt: '2026-12-01' });
    expect(isPublished(scheduled, new Date('2026-11-30T23:59:59Z'))).toBe(false);
    expect(isPublished(scheduled, day('2026-12-01'))).toBe(true);
    expect(isPublished(scheduled, new Date('2026-12-01T05:15:00Z'))).toBe(true);
    expect(isPublished(scheduled, day('2027-01-01'))).toBe(true);
  });

  it('keeps a scheduled draft out even after its day', () => {
    const draft = story('s', { title: 'S', publishAt: '2026-11-01', draft: true });
    expect(isPublished(draft, day('2026-12-01'))).toBe(false);
  });
});

describe('isCurrent', () => {
  const portal = announcement('portal', { from: '2026-11-20', until: '2026-12-05' });

  it('counts both the first and the last day, at any hour', () => {
    expect(isCurrent(portal, day('2026-11-20'))).toBe(true);
    expect(isCurrent(portal, new Date('2026-12-05T23:30:00Z'))).toBe(true);
  });

  it('is not current the day before it starts or the day after it ends', () => {
    expect(isCurrent(portal, new Date('2026-11-19T23:59:59Z'))).toBe(false);
    expect(isCurrent(portal, day('2026-12-06'))).toBe(false);
  });

  it('shows a one-day announcement on that day', () => {
    expect(isCurrent(announcement('a', { from: '2026-11-23', until: '2026-11-23' }), day('2026-11-23'))).toBe(true);
  });
});

describe('currentAnnouncement', () => {
  const today = day('2026-11-23');

  it('is nothing when no announcement is current', () => {
    expect(currentAnnouncement([], today)).toBeUndefined();
    const expired = announcement('expired', { from: '2026-11-01', until: '2026-11-22' });
    const future = announcement('future', { from: '2026-11-24', until: '2026-11-30' });
    expect(currentAnnouncement([expired, future], today)).toBeUndefined();
  });

  it('shows, of several current, the one that ends soonest', () => {
    const long = announcement('long', { from: '2026-11-01', until: '2026-12-31' });
    const soon = announcement('soon', { from: '2026-11-20', until: '2026-11-25' });
    const expired = announcement('expired', { from: '2026-11-01', until: '2026-11-22' });
    expect(currentAnnouncement([long, expired, soon], today)?.id).toBe('soon');
  });

  it('breaks a tie by the one that began latest, then by id, whatever the order given', () => {
    const older = announcement('older', { from: '2026-11-01', until: '2026-11-30' });
    const newer = announcement('newer', { from: '2026-11-22', until: '2026-11-30' });
    const twin = announcement('a-twin', { from: '2026-11-22', until: '2026-11-30' });
    expect(currentAnnouncement([older, newer, twin], today)?.id).toBe('a-twin');
    expect(currentAnnouncement([newer, older], today)?.id).toBe('newer');
  });
});

describe('the organisation model', () => {
  it('lists every announcement, the earliest to start first, and none when there is no folder', () => {
    const later = announcement('later', { from: '2026-12-14', until: '2027-01-02' });
    const sooner = announcement('sooner', { from: '2026-11-20', until: '2026-12-05' });
    expect(organisationOf({ announcements: [later, sooner] }).announcements.map((a) => a.id)).toEqual([
      'sooner',
      'later',
    ]);
    expect(organisationOf({}).announcements).toEqual([]);
  });
});
