import { describe, expect, it } from 'vitest';
import { canHydrate } from './can-hydrate';

function storage(entries: Record<string, string> = {}): () => Storage {
  // Object.keys of a Storage lists its entries: a plain object stands in for it here.
  return () => ({ ...entries }) as unknown as Storage;
}

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('whether a prerendered page is hydrated', () => {
  it('is, at the path it was rendered for, with no query, fragment or saved entry', () => {
    expect(canHydrate('/compare', at('/compare'), storage())).toBe(true);
    expect(canHydrate('/', at('/'), storage({ 'other-site': 'x', 'kling-calc:backup:link:2026': 'y' }))).toBe(true);
  });

  it('is not elsewhere, with a query or a fragment', () => {
    expect(canHydrate('/', at('/nothing'), storage())).toBe(false);
    expect(canHydrate('/estimates', at('/plan'), storage())).toBe(false);
    expect(canHydrate('/', at('/', '?duration=7'), storage())).toBe(false);
    expect(canHydrate('/explain/customer', at('/explain/customer', '', '#e=abc'), storage())).toBe(false);
  });

  it('is not when this browser keeps something of the app, or its storage cannot be read', () => {
    expect(canHydrate('/', at('/'), storage({ 'kling-calc:margin-target:v1': '45' }))).toBe(false);
    expect(canHydrate('/', at('/'), storage({ 'kling-calc:overrides:v1': '{}' }))).toBe(false);
    expect(canHydrate('/estimates', at('/estimates'), storage({ 'kling-calc:balance:v1': '{}' }))).toBe(false);
    const blocked = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(canHydrate('/', at('/'), blocked)).toBe(false);
  });
});
