/** Serves `rate-cards/` to code under test that calls fetch, as the dev server would. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';
// Tests run from the repository root (jsdom gives modules no file: URL to resolve from).
const RATE_CARDS_DIR = resolve(process.cwd(), 'rate-cards');

/** `overrides` replaces a file's text by name; `null` answers 404. */
export function stubFetchFromDisk(overrides: Record<string, string | null> = {}) {
  const requested: string[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    const name = url.replace(/^.*\/rate-cards\//, '');
    const text = Object.hasOwn(overrides, name) ? overrides[name] : readOrNull(name);
    if (text === null) return new Response('not found', { status: 404 });
    return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { fetchStub, requested };
}

function readOrNull(name: string): string | null {
  try {
    return readFileSync(join(RATE_CARDS_DIR, name), 'utf8');
  } catch {
    return null;
  }
}
