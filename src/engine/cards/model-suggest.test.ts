import { describe, expect, it } from 'vitest';
import { cardSetWith } from '../../../test/helpers/card-fixtures';
import { didYouMean, knownModels, suggestModels } from './model-suggest';

const set = cardSetWith();

describe('the nearest known model', () => {
  it('finds the id behind the name people know it by', () => {
    expect(suggestModels(set, 'Kling 3.0')).toEqual(['kling-v3']);
    expect(suggestModels(set, 'kling 2.6')).toEqual(['kling-v2-6']);
  });

  it('finds an id one slip away', () => {
    expect(suggestModels(set, 'kling-v33')).toEqual(['kling-v3']);
    expect(suggestModels(set, 'kling-video-01')[0]).toBe('kling-video-o1');
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggestModels(set, 'sora-2')).toEqual([]);
    expect(suggestModels(set, 'runway-gen4-turbo')).toEqual([]);
    expect(suggestModels(set, '')).toEqual([]);
  });

  it('knows the models of every loaded card', () => {
    const known = knownModels(set);
    expect(known.has('kling-v3')).toBe(true);
    expect(known.has('kling-v2-1')).toBe(true); // vendor card only
    expect(known.has('Kling 3.0')).toBe(false);
    expect(known.has('kling-v33')).toBe(false);
  });

  it('says it in words', () => {
    expect(didYouMean(['kling-v3'])).toBe('did you mean kling-v3?');
    expect(didYouMean(['a', 'b', 'c'])).toBe('did you mean a, b or c?');
    expect(didYouMean([])).toBeNull();
  });
});
