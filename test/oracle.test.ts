/**
 * Ten thousand envelopes through `--jsonl`, checked against an independent oracle: integer
 * arithmetic written here from SPEC §2 and §2.1 alone (no engine code, no money library).
 */
import { describe, expect, it } from 'vitest';
import { generate, MODEL, oracleLines, type Case } from './helpers/oracle-corpus';
import { jsonLines, runCli } from './helpers/cli';

// Every factor of the internal card has at most two decimals: keep each as hundredths.
const BASE: Record<string, bigint> = { std: 5n, pro: 12n };
const RES: Record<string, bigint> = { '480p': 80n, '720p': 100n, '1080p': 150n, '4k': 250n };
const INPUT: Record<string, bigint> = { text: 100n, image: 100n, 'multi-image': 115n, video: 125n, chisel: 110n };

/** Cents, half-up, clamped to [1, 1000]. */
function expectedCents(c: Case, resolution: string): string {
  const product = BigInt(c.seconds) * BASE[c.mode] * RES[resolution] * INPUT[c.inputType] * (MODEL[c.model] ?? 100n);
  // BASE is in cents already; the three multipliers in hundredths add 10^6: cents = product / 10^6, half up.
  let cents = (product + 500_000n) / 1_000_000n;
  if (cents < 1n) cents = 1n;
  if (cents > 1000n) cents = 1000n;
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

describe('ten thousand envelopes against an independent oracle', () => {
  const { lines, expectations } = oracleLines(generate(10_000));

  it.each([false, true])('every line to the cent (honor resolution: %s)', (honor) => {
    const run = runCli(['--jsonl', ...(honor ? ['--honor-resolution'] : [])], lines.join('\n'));
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(lines.length);
    expect(run.status).toBe(1);
    const mismatches: string[] = [];
    out.forEach((line, i) => {
      const c = expectations[i];
      if (c === null) {
        if (line.ok !== false) mismatches.push(`line ${i + 1}: malformed line priced`);
        return;
      }
      const internal = line.internal as Record<string, string> | undefined;
      const want = {
        input_type: c.inputType,
        usd: expectedCents(c, honor ? c.resolution : '720p'),
        usd_as_billed: expectedCents(c, '720p'),
        usd_at_requested_resolution: expectedCents(c, c.resolution),
      };
      const got = {
        input_type: line.input_type,
        usd: internal?.usd,
        usd_as_billed: internal?.usd_as_billed,
        usd_at_requested_resolution: internal?.usd_at_requested_resolution,
      };
      if (JSON.stringify(got) !== JSON.stringify(want))
        mismatches.push(`line ${i + 1} ${lines[i]}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      if (line.line !== i + 1) mismatches.push(`line ${i + 1}: numbered ${String(line.line)}`);
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
