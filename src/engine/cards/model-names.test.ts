import { describe, expect, it } from 'vitest';
import { cards } from '../../../test/helpers/cards';
import { modelDisplayName } from './model-names';

describe('a model by its name', () => {
  it.each([
    ['kling-video-o1', 'Kling O1'],
    ['kling-v1', 'Kling 1.0'], // the exact card's name, before the approximate card's "Standard tier (Kling 1.0)"
    ['kling-someday', 'kling-someday'],
    ['constructor', 'constructor'],
  ])('%s → %s', (model, name) => {
    expect(modelDisplayName(cards, model)).toBe(name);
  });
});
