import { describe, expect, it } from 'vitest';
import { formatTick, formatValue } from '../../../src/lib/charts/chart-numbers.ts';

describe('how a chart writes its figures', () => {
  it('reads percent values as 0–100, as survey shares are written', () => {
    expect(formatValue(62, 'percent')).toBe('62%');
    expect(formatValue(62.4, 'percent')).toBe('62%');
    expect(formatTick(100, 'percent')).toBe('100%');
  });

  it('groups thousands in counts, in the reader’s locale', () => {
    expect(formatValue(1204, 'count')).toBe('1,204');
    expect(formatValue(1204, 'count', 'de-DE')).toBe('1.204');
  });

  it('writes hours in full in labels and tables, and short on an axis', () => {
    expect(formatValue(12, 'hours')).toBe('12 hrs');
    expect(formatTick(12, 'hours')).toBe('12h');
  });

  it('says "no data" where a series has no figure', () => {
    expect(formatValue(null, 'percent')).toBe('no data');
  });
});
