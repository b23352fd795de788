import { describe, expect, it } from 'vitest';
import { imagesAsPaths, initiativeSchema } from '../../../src/schemas/index.ts';

const schema = initiativeSchema(imagesAsPaths);
const valid = {
  title: 'New Wi-Fi in older warehouses',
  summary: 'Pickers work a full shift without dropping out.',
  status: 'now',
  strategy: 'reliable-warehouses',
  owner: 'emre-yilmaz',
  team: 'platform',
  target: '2027-Q2',
};
const slip = { date: '2026-10-14', target: '2027-Q1', reason: 'The supplier delivered the access points late.' };

function problemsOf(input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('an initiative’s target history', () => {
  it('is optional: an initiative that never moved its target has none', () => {
    expect(schema.parse(valid).targetHistory).toBeUndefined();
  });

  it('takes earlier targets in any order, each with the day it moved, the quarter promised before and why', () => {
    const earlier = { date: '2026-05-12', target: '2026-Q4', reason: 'Peak season came first.' };
    const parsed = schema.parse({ ...valid, targetHistory: [slip, earlier] });
    expect(parsed.target).toBe('2027-Q2');
    expect(parsed.targetHistory).toEqual([
      { ...slip, date: new Date('2026-10-14T00:00:00Z') },
      { ...earlier, date: new Date('2026-05-12T00:00:00Z') },
    ]);
  });

  it('holds an earlier target to the same quarter format as the target', () => {
    expect(problemsOf({ ...valid, targetHistory: [{ ...slip, target: '2027 Q1' }] })).toEqual({
      'targetHistory.0.target': 'must be a quarter written YYYY-Qn, found "2027 Q1" → e.g. 2026-Q4',
    });
    expect(problemsOf({ ...valid, target: 'Q2 2027' })).toEqual({
      target: 'must be a quarter written YYYY-Qn, found "Q2 2027" → e.g. 2027-Q1',
    });
  });

  it('needs a date, a target and a reason in each item, and names any other field', () => {
    expect(problemsOf({ ...valid, targetHistory: [{ target: '2027-Q1', why: 'Late.' }] })).toEqual({
      'targetHistory.0.date': 'is required → add it, e.g. 2026-10-14',
      'targetHistory.0.reason':
        'is required → add it, e.g. The supplier delivered the new access points six weeks late.',
      'targetHistory.0': '"why" is not a field → remove it (fields: date, target, reason)',
    });
    expect(problemsOf({ ...valid, targetHistory: [{ ...slip, date: 'mid-October' }] })).toEqual({
      'targetHistory.0.date': 'must be a date written YYYY-MM-DD, found "mid-October" → e.g. 2026-10-14',
    });
  });

  it('is a list: one earlier quarter written on its own is refused with an example', () => {
    expect(problemsOf({ ...valid, targetHistory: '2027-Q1' })).toEqual({
      targetHistory: 'must be a list of earlier targets → e.g. [{ date: 2026-10-14, target: 2026-Q4, reason: … }]',
    });
  });

  it('needs the current target beside it, and suggests the quarter after the latest earlier one', () => {
    const { target: _, ...undated } = valid;
    expect(problemsOf({ ...undated, targetHistory: [slip] })).toEqual({
      targetHistory:
        'lists earlier targets, but there is no current `target` → add the quarter promised now, e.g. target: 2027-Q2',
    });
  });

  it('refuses two moves on the same day, naming the other one', () => {
    const sameDay = { date: '2026-10-14', target: '2026-Q4', reason: 'Twice in one day.' };
    expect(problemsOf({ ...valid, targetHistory: [slip, sameDay] })).toMatchObject({
      'targetHistory.1.date':
        '2026-10-14 is also the date of targetHistory.0 → keep one move per day: remove one of them, or correct its date',
    });
  });

  it('refuses a move that moved nothing: an earlier target equal to the one that followed it', () => {
    expect(problemsOf({ ...valid, targetHistory: [{ ...slip, target: '2027-Q2' }] })).toEqual({
      'targetHistory.0.target':
        '"2027-Q2" is also the quarter it moved to on 2026-10-14, so nothing moved → write the quarter promised before that day, or remove this item',
    });
  });
});
