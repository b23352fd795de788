import { describe, expect, it } from 'vitest';
import { initiative } from '../../support/factories.ts';
import {
  movedTimes,
  promisesKept,
  promisesKeptSentence,
  quartersLabel,
  targetMovedText,
  targetMoves,
} from '../../../src/lib/organisation/initiatives.ts';
import { quarterAfter, quartersBetween } from '../../../src/lib/organisation/quarters.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Promised for 2026-Q3, moved to 2026-Q4 in May, then to 2027-Q2 in October; written newest first.
const wifi = initiative('wifi', {
  title: 'New Wi-Fi',
  target: '2027-Q2',
  targetHistory: [
    { date: '2026-10-14', target: '2026-Q4', reason: 'The supplier delivered late.' },
    { date: '2026-05-12', target: '2026-Q3', reason: 'Peak season came first.' },
  ],
});
const reports = initiative('reports', {
  title: 'Reports',
  target: '2027-Q1',
  targetHistory: [{ date: '2026-11-02', target: '2027-Q2', reason: 'The pilot group was ready early.' }],
});
const catalogue = initiative('catalogue', { title: 'Catalogue', target: '2027-Q1' });
const kiosks = initiative('kiosks', { title: 'Kiosks', status: 'later' });

describe('the moves of one initiative’s target', () => {
  it('lists them oldest first, each from the quarter promised before to the next one promised', () => {
    expect(
      targetMoves(wifi).map(({ from, to, date, reason, quarters }) => ({ from, to, date, reason, quarters })),
    ).toEqual([
      { from: '2026-Q3', to: '2026-Q4', date: day('2026-05-12'), reason: 'Peak season came first.', quarters: 1 },
      { from: '2026-Q4', to: '2027-Q2', date: day('2026-10-14'), reason: 'The supplier delivered late.', quarters: 2 },
    ]);
  });

  it('counts a target brought forward as negative quarters', () => {
    expect(targetMoves(reports).map((m) => [m.from, m.to, m.quarters])).toEqual([['2027-Q2', '2027-Q1', -1]]);
  });

  it('is empty for a target that never moved, and for work with no target', () => {
    expect(targetMoves(catalogue)).toEqual([]);
    expect(targetMoves(kiosks)).toEqual([]);
  });

  it('explains the board’s Moved marker from the first promise to the current one', () => {
    expect(targetMovedText(wifi)).toBe('Target moved twice, from 2026-Q3 to 2027-Q2');
    expect(targetMovedText(reports)).toBe('Target moved from 2027-Q2 to 2027-Q1');
    expect(targetMovedText(catalogue)).toBeUndefined();
  });

  it('says how often in words: once, twice, then a number', () => {
    expect([1, 2, 3, 11].map(movedTimes)).toEqual(['moved once', 'moved twice', 'moved 3 times', 'moved 11 times']);
  });

  it('says how far one move went', () => {
    expect([1, 2, -1, -3].map(quartersLabel)).toEqual([
      '1 quarter later',
      '2 quarters later',
      '1 quarter earlier',
      '3 quarters earlier',
    ]);
  });
});

describe('promises kept, for the pace page', () => {
  it('counts the initiatives with a target, those that kept it and those that moved it, and the quarters moved', () => {
    const kept = promisesKept([wifi, reports, catalogue, kiosks]);
    expect(kept).toMatchObject({ dated: 3, kept: 1, moved: 2, quartersMoved: 2 });
  });

  it('lists every move newest first', () => {
    const { moves } = promisesKept([wifi, reports, catalogue, kiosks]);
    expect(moves.map((m) => [m.initiative.id, m.from, m.to])).toEqual([
      ['reports', '2027-Q2', '2027-Q1'],
      ['wifi', '2026-Q4', '2027-Q2'],
      ['wifi', '2026-Q3', '2026-Q4'],
    ]);
  });

  it('sums up in one line', () => {
    expect(promisesKeptSentence(promisesKept([wifi, reports, catalogue, kiosks]))).toBe(
      '2 of 3 dated initiatives moved their target, 1 kept it. Together the moves add 2 quarters of delay.',
    );
    expect(promisesKeptSentence(promisesKept([wifi, catalogue]))).toBe(
      '1 of 2 dated initiatives moved its target, 1 kept it. Together the moves add 3 quarters of delay.',
    );
    expect(promisesKeptSentence(promisesKept([reports, catalogue]))).toBe(
      '1 of 2 dated initiatives moved its target, 1 kept it. Together the moves bring work forward by 1 quarter.',
    );
    expect(promisesKeptSentence(promisesKept([catalogue, kiosks]))).toBe('The one dated initiative kept its target.');
    expect(promisesKeptSentence(promisesKept([catalogue, catalogue]))).toBe(
      'All 2 dated initiatives kept their target.',
    );
    expect(promisesKeptSentence(promisesKept([wifi, wifi]))).toBe(
      'All 2 dated initiatives moved their target. Together the moves add 6 quarters of delay.',
    );
    expect(promisesKeptSentence(promisesKept([kiosks]))).toBe('No initiative has a target yet.');
  });
});

describe('quarters', () => {
  it('counts the quarters between two, across years', () => {
    expect(quartersBetween('2026-Q4', '2027-Q2')).toBe(2);
    expect(quartersBetween('2027-Q1', '2026-Q4')).toBe(-1);
    expect(quartersBetween('2027-Q3', '2027-Q3')).toBe(0);
  });

  it('steps to the next quarter, into the next year after Q4', () => {
    expect(quarterAfter('2027-Q1')).toBe('2027-Q2');
    expect(quarterAfter('2026-Q4')).toBe('2027-Q1');
  });
});
