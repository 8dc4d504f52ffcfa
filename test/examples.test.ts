/** The worked examples of shared/examples (copied to test/fixtures), through the engine and the CLI. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEnvelope, quote } from '../src/engine';
import { cards } from './helpers/cards';
import { jsonLines, runCli } from './helpers/cli';

interface Example {
  envelope: unknown;
  expected: {
    ok: boolean;
    input_type?: string;
    internal_usd_as_billed?: string;
    internal_usd_at_requested_resolution?: string;
  };
  why: string;
}

const examples = JSON.parse(
  readFileSync(new URL('./fixtures/internal-price.examples.json', import.meta.url), 'utf8'),
) as Example[];

describe('worked examples (SPEC §2, §2.1)', () => {
  it.each(examples.map((e) => [e.why, e] as const))('%s', (_why, example) => {
    const parsed = parseEnvelope(example.envelope);
    expect(parsed.ok).toBe(example.expected.ok);
    if (!parsed.ok) return;
    const result = quote(parsed.request, cards);
    if (!result.ok) throw new Error(result.error);
    expect(parsed.request.inputType).toBe(example.expected.input_type);
    expect(result.quote.internal.asBilled.usd).toBe(example.expected.internal_usd_as_billed);
    expect(result.quote.internal.atRequested.usd).toBe(example.expected.internal_usd_at_requested_resolution);
  });

  it('the command line gives the same answers, line for line, with and without --honor-resolution', () => {
    const input = examples.map((e) => JSON.stringify(e.envelope)).join('\n');
    for (const honor of [false, true]) {
      const run = runCli(['--jsonl', ...(honor ? ['--honor-resolution'] : [])], input);
      expect(run.status).toBe(1); // the refused examples fail their lines
      const lines = jsonLines(run.stdout);
      expect(lines).toHaveLength(examples.length);
      lines.forEach((line, i) => {
        const expected = examples[i].expected;
        expect(line.line).toBe(i + 1);
        expect(line.ok).toBe(expected.ok);
        if (!expected.ok) {
          expect(line.error).toMatch(/\S/);
          return;
        }
        const internal = line.internal as Record<string, string>;
        expect(line.input_type).toBe(expected.input_type);
        expect(internal.usd).toBe(
          honor ? expected.internal_usd_at_requested_resolution : expected.internal_usd_as_billed,
        );
      });
    }
  });
});
