import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dodgeLabels } from '../../../src/lib/charts/direct-labels.ts';

describe('labels beside line ends', () => {
  it('stay where their lines end when there is room', () => {
    expect(dodgeLabels([20, 80, 150], 14, [0, 200])).toEqual([20, 80, 150]);
  });

  it('move apart around where two close lines end', () => {
    const [a, b] = dodgeLabels([100, 104], 14, [0, 200]);
    expect(b! - a!).toBe(14);
    // Centred on the lines: each moves about as far as the other.
    expect((a! + b!) / 2).toBe(102);
  });

  it('keep their order top to bottom, so each stays beside its own line', () => {
    const [upper, lower] = dodgeLabels([104, 100], 14, [0, 200]);
    expect(lower).toBeLessThan(upper!);
  });

  it('stay inside the plot when lines end at its edge', () => {
    expect(dodgeLabels([200, 199, 198], 14, [0, 200])).toEqual([200, 186, 172]);
    expect(dodgeLabels([0, 1], 14, [0, 200])).toEqual([0, 14]);
  });

  it('never overlap, wherever four lines end', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 200, noNaN: true }), { minLength: 1, maxLength: 4 }), (wanted) => {
        const placed = [...dodgeLabels(wanted, 14, [0, 200])].sort((a, b) => a - b);
        for (let index = 1; index < placed.length; index += 1) {
          expect(placed[index]! - placed[index - 1]!).toBeGreaterThanOrEqual(14 - 1e-9);
        }
        for (const y of placed) expect(y).toBeGreaterThanOrEqual(0);
        for (const y of placed) expect(y).toBeLessThanOrEqual(200 + 1e-9);
      }),
    );
  });
});
