// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { replaceSearch, withPageParams } from './use-replace-url';

describe('writing the address', () => {
  it('writes a query that fits, and refuses one past the limit every server accepts', () => {
    window.history.replaceState(null, '', '/plan?a=1#keep');
    expect(replaceSearch('?a=2')).toBe(true);
    expect(window.location.search).toBe('?a=2');
    expect(window.location.hash).toBe('#keep');
    // RFC 9110's 8,000 octets, path and query together: "/plan" is 5, "?a=" 3.
    expect(replaceSearch(`?a=${'x'.repeat(8001 - 8)}`)).toBe(false);
    expect(window.location.search).toBe('?a=2');
    expect(replaceSearch(`?a=${'x'.repeat(8000 - 8)}`)).toBe(true);
    expect(window.location.search).toHaveLength(8000 - 5);
  });
});

describe('page-wide parameters', () => {
  it('are kept when a screen writes its own query, unless it writes them itself', () => {
    window.history.replaceState(null, '', '/?model=kling-v3&target=40&mult=kling-v3%3A1.5&mult=kling-v2-6%3A1.1');
    replaceSearch('?model=kling-v2-6&duration=5');
    const now = new URLSearchParams(window.location.search);
    expect([...now.keys()]).toEqual(['model', 'duration', 'target', 'mult', 'mult']);
    expect(now.getAll('mult')).toEqual(['kling-v3:1.5', 'kling-v2-6:1.1']);
    expect(withPageParams('?target=25', window.location.search)).toBe(
      '?target=25&mult=kling-v3%3A1.5&mult=kling-v2-6%3A1.1',
    );
    expect(withPageParams('target=25&x=a+b', '?mult=kling-v3:1.5&target=40')).toBe(
      '?target=25&x=a+b&mult=kling-v3:1.5',
    );
    expect(withPageParams('', '')).toBe('');
  });
});
