import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { candidateModels } from './candidate-models';

describe('the models an alternatives search tries', () => {
  it('are every model the shipped cards price, sorted, without the app-credit-only kling-pro and kling-v1.5', () => {
    expect(candidateModels(cards)).toEqual([
      'kling-v1',
      'kling-v1-5',
      'kling-v1-6',
      'kling-v1-6-multi-elements',
      'kling-v2-1',
      'kling-v2-1-master',
      'kling-v2-5-turbo',
      'kling-v2-6',
      'kling-v2-6-motion-control',
      'kling-v2-master',
      'kling-v3',
      'kling-v3-motion-control',
      'kling-v3-omni',
      'kling-video-o1',
    ]);
  });

  it('include the models with an internal multiplier, even without a vendor card', () => {
    expect(candidateModels({ ...cards, vendor: [] })).toEqual([
      'kling-v1-6',
      'kling-v2-5-turbo',
      'kling-v2-6',
      'kling-v3',
      'kling-video-o1',
    ]);
  });

  it('leave out every model of an approximate card', () => {
    const approximate = cards.vendor.filter((c) => c.approximate);
    expect(approximate.length).toBeGreaterThan(0);
    expect(candidateModels({ ...cards, internal: [], vendor: approximate })).toEqual([]);
  });
});
