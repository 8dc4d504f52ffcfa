/**
 * The compiled SQL (SPEC §11) run through DuckDB against `--jsonl` on the same lines: every
 * line equal (internal amounts both ways, input type, vendor units and USD, refusals and their
 * words), on the oracle's ten thousand envelopes, the bench's distinct envelopes and the
 * command line's own hard cases, with and without honor resolution.
 */
import { describe, expect, it } from 'vitest';
import { createRandom, distinctEnvelope } from '../bench/envelopes';
import { generate, oracleLines } from './helpers/oracle-corpus';
import { cards } from './helpers/cards';
import { agreement } from './helpers/reprice-sql';
import { hardLines } from './helpers/reprice-cases';

const AS_OF = '2026-11-30';

describe('re-pricing in SQL agrees with --jsonl', () => {
  const oracle = oracleLines(generate(10_000)).lines;
  it.each([false, true])('on the oracle corpus (honor resolution: %s)', async (honorResolution) => {
    expect(await agreement(cards, oracle, { honorResolution, asOf: AS_OF })).toEqual([]);
  });

  it.each([false, true])('on 20,000 distinct bench envelopes (honor resolution: %s)', async (honorResolution) => {
    const random = createRandom(7);
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify(distinctEnvelope(random, i)));
    expect(await agreement(cards, lines, { honorResolution, asOf: AS_OF })).toEqual([]);
  });
});

describe('re-pricing in SQL on hard lines', () => {
  const lines = hardLines();
  it.each([false, true])('every hard line as --jsonl answers it (honor resolution: %s)', async (honorResolution) => {
    expect(await agreement(cards, lines, { honorResolution, asOf: AS_OF }, 20)).toEqual([]);
  });
});
