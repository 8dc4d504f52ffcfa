import { describe, expect, it } from 'vitest';
import type { MetricWinner } from '../../engine';
import { winnerWords } from './winner-words';

const labels = ['O3', 'Kling 3.0', 'O1', 'Mine'];
const winner = (w: Partial<MetricWinner>): MetricWinner => ({
  metric: 'internal',
  best: [],
  bestUsd: null,
  next: [],
  nextUsd: null,
  differenceUsd: null,
  unpriced: [],
  ...w,
});

describe('who wins, in words', () => {
  it('says who is cheaper, by how much, than whom, at how many clips', () => {
    const w = winner({ metric: 'vendor', best: [0], bestUsd: '1250.00', next: [1], differenceUsd: '250.00' });
    expect(winnerWords(w, labels, 1000)).toEqual({
      sentence: 'O3 is $250.00 cheaper at the vendor than Kling 3.0 at 1,000 clips a month.',
      note: null,
    });
  });

  it('names every winner of a tie and every runner-up of a tie', () => {
    const w = winner({ best: [0, 2], bestUsd: '120', next: [1, 3], differenceUsd: '36.00' });
    expect(winnerWords(w, labels, 100).sentence).toBe(
      'O3 and O1 are $36.00 cheaper than Kling 3.0 and Mine at 100 clips a month.',
    );
  });

  it('says when all cost the same, or earn the same margin', () => {
    expect(winnerWords(winner({ best: [0, 1, 2], bestUsd: '125.00' }), labels, 100).sentence).toBe(
      'O3, Kling 3.0, and O1 cost the same: $125.00 at 100 clips a month.',
    );
    expect(winnerWords(winner({ metric: 'margin', best: [0, 1], bestUsd: '-5' }), labels, 100).sentence).toBe(
      'O3 and Kling 3.0 earn the same margin: -$5.00 at 100 clips a month.',
    );
  });

  it('shows a difference smaller than a cent with every digit, never as $0.00', () => {
    const w = winner({ metric: 'vendor', best: [1], bestUsd: '97.9879', next: [0], differenceUsd: '0.0021' });
    expect(winnerWords(w, labels, 1).sentence).toBe(
      'Kling 3.0 is $0.0021 cheaper at the vendor than O3 at 1 clip a month.',
    );
  });

  it('leaves out a configuration that cannot be priced, and says so', () => {
    const w = winner({ best: [1], bestUsd: '10.00', next: [2], differenceUsd: '2.00', unpriced: [0, 3] });
    expect(winnerWords(w, labels, 10)).toEqual({
      sentence: 'Kling 3.0 is $2.00 cheaper than O1 at 10 clips a month.',
      note: 'Left out: O3 and Mine (cannot be priced).',
    });
    const only = winner({ metric: 'margin', best: [1], bestUsd: '4.00', unpriced: [0] });
    expect(winnerWords(only, labels, 10)).toEqual({
      sentence: 'Only Kling 3.0 has a margin: $4.00 at 10 clips a month.',
      note: 'Left out: O3 (no margin without a vendor cost).',
    });
    expect(winnerWords(winner({ unpriced: [0, 1] }), labels, 10)).toEqual({
      sentence: 'No configuration can be priced at 10 clips a month.',
      note: null,
    });
  });

  it('says more margin, not cheaper, for the margin', () => {
    const w = winner({ metric: 'margin', best: [1], bestUsd: '60.00', next: [0], differenceUsd: '110.00' });
    expect(winnerWords(w, labels, 1000).sentence).toBe(
      'Kling 3.0 earns $110.00 more margin than O3 at 1,000 clips a month.',
    );
  });
});
