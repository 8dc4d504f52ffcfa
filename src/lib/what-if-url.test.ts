// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { replaceSearch } from './use-replace-url';
import { withPageParams } from './use-replace-url';
import { whatIfValues } from './what-if-url';
import { setWhatIfValues, withWhatIfValues } from './what-if-url-edit';

describe('the what-if in the address', () => {
  it('reads every mult value, decoded', () => {
    expect(whatIfValues('?model=x&mult=kling-v3:1.5&mult=kling-video-o1%3A2')).toEqual([
      'kling-v3:1.5',
      'kling-video-o1:2',
    ]);
  });

  it('replaces the mult values only, writing them readably', () => {
    expect(withWhatIfValues('?model=x&mult=a:1&duration=5', ['kling-v3:1.5', 'x/y:2'])).toBe(
      '?model=x&duration=5&mult=kling-v3:1.5&mult=x/y:2',
    );
    expect(withWhatIfValues('?mult=a:1', [])).toBe('');
  });

  it("keeps the current what-if through a screen's own query", () => {
    expect(withPageParams('?model=y', '?model=x&mult=kling-v3:1.5')).toBe('?model=y&mult=kling-v3:1.5');
    expect(withPageParams('', '?mult=kling-v3:1.5')).toBe('?mult=kling-v3:1.5');
    expect(withPageParams('?model=y', '?model=x')).toBe('?model=y');
    expect(withPageParams('?model=y&mult=b:2', '?mult=a:1')).toBe('?model=y&mult=b:2');
  });

  it('is kept when a screen rewrites its query, and removed when cleared', () => {
    window.history.replaceState(null, '', '/compare?c=1#frag');
    setWhatIfValues(['kling-v3:1.5']);
    expect(window.location.search).toBe('?c=1&mult=kling-v3:1.5');
    expect(replaceSearch('?c=2')).toBe(true);
    expect(window.location.search).toBe('?c=2&mult=kling-v3:1.5');
    expect(window.location.hash).toBe('#frag');
    setWhatIfValues([]);
    expect(window.location.search).toBe('?c=2');
  });
});
