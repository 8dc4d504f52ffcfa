// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_URL_OCTETS, replaceSearch } from './use-replace-url';

describe('writing the address', () => {
  it('writes a query that fits, and refuses one past the limit every server accepts', () => {
    window.history.replaceState(null, '', '/plan?a=1#keep');
    expect(replaceSearch('?a=2')).toBe(true);
    expect(window.location.search).toBe('?a=2');
    expect(window.location.hash).toBe('#keep');
    expect(replaceSearch(`?a=${'x'.repeat(MAX_URL_OCTETS)}`)).toBe(false);
    expect(window.location.search).toBe('?a=2');
    expect(MAX_URL_OCTETS).toBe(8000);
  });
});
