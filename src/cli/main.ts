/** `npm run --silent quote -- …`: the engine from a terminal (SPEC §6). */
import { cardsInForce, formatStamp, parseEnvelope, quote, toErrorRecord, toQuoteRecord, utcDate } from '../engine';
import { runAlternatives } from './alternatives';
import { runEstimate } from './estimate';
import { runMarginMap } from './margin-map';
import { runService } from './service';
import { flagsToEnvelope, parseCliArgs, type CliOptions } from './args';
import { USAGE } from './usage';
import { checkFlags } from './check-flags';
import { formatQuoteText } from './format-text';
import { BATCH_BYTES, priceJsonl } from './jsonl';
import { loadCardSet, refusedCardsText } from './load-cards';
import { inThreadPricer } from './price-line';
import { inputFileBytes, poolAfterFirstBatch, workerPoolPricer } from './worker-pool';
import type { CardSet, Service } from '../engine';

/** A service's id is what `--service` takes; its units, and its own price when it has one, say what it costs. */
function serviceLine(s: Service): string {
  const own = s.usdPerUnit ? ` at $${s.usdPerUnit} a unit` : '';
  const units = `${s.units} ${s.units === '1' ? 'unit' : 'units'} ${s.basis.replace('-', ' ')}`;
  return `service   ${s.id}  ${units}${own}  ${s.label}`;
}

/** Loaded versions not in force on the set's date (SPEC §8): later ones, and those they replaced. */
function otherVersions(set: CardSet): string[] {
  const inForce = new Set<unknown>([...set.internal, ...set.vendor, ...set.packages, ...set.services]);
  const { internal, vendor, packages, services } = set.versions;
  return [...internal, ...vendor, ...packages, ...services]
    .filter((c) => !inForce.has(c))
    .map((c) => {
      const when = set.asOf !== null && c.version > set.asOf ? 'takes effect' : 'superseded; dated';
      return `version   ${formatStamp(c)}  not in force on ${set.asOf ?? 'this date'} (${when} ${c.version})`;
    });
}

function listCards(set: CardSet): string {
  const lines = [
    ...set.internal.map((c) => `internal  ${formatStamp(c)}  ${c.title}`),
    ...set.vendor.map(
      (c) =>
        `vendor    ${formatStamp(c)}  ${c.title}` +
        (c.approximate && !/approximate/i.test(c.title) ? ' (approximate)' : ''),
    ),
    ...set.packages.flatMap((c) =>
      c.packages.map((p) => `package   ${p.id}  $${p.unitPriceUsd} per ${c.unit}  ${p.label}`),
    ),
    ...set.services.flatMap((c) => [`services  ${formatStamp(c)}  ${c.title}`, ...c.services.map(serviceLine)]),
    ...otherVersions(set),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Bad flags (status 2) are told on stderr only, with or without --json: nothing was priced,
 * so there is no quote or line to answer on stdout. A request that was read but could not be
 * priced (status 1) is answered as one --jsonl line would be: a JSON error object with --json.
 */
function refuse(error: string, usage = false): number {
  process.stderr.write(`error: ${error}\n${usage ? `\n${USAGE}\n` : ''}`);
  return 2;
}

function single(set: CardSet, options: CliOptions): number {
  // The flags were checked (check-flags.ts); the envelope parser only turns them into a request.
  const parsed = parseEnvelope(flagsToEnvelope(options));
  if (!parsed.ok) return refuse(parsed.error);
  const result = quote(parsed.request, set, quoteOptions(options));
  if (!result.ok) {
    const error = toErrorRecord(result.error, undefined, set.asOf ?? undefined);
    if (options.json) process.stdout.write(`${JSON.stringify(error)}\n`);
    else process.stderr.write(`error: ${result.error}\n`);
    return 1;
  }
  process.stdout.write(
    options.json
      ? `${JSON.stringify(toQuoteRecord(result.quote, parsed.derivation))}\n`
      : formatQuoteText(result.quote),
  );
  return 0;
}

function quoteOptions(options: CliOptions) {
  return { honorResolution: options.honorResolution, vendorCardId: options.vendorCard, packageId: options.package };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) return refuse(args.error, true);
  const options = args.options;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const loaded = loadCardSet(options.rateCards);
  if (!loaded.ok) {
    process.stderr.write(refusedCardsText(loaded.problems));
    return 2;
  }
  // Before any input is read: --jsonl refuses a bad flag without waiting for stdin.
  const badFlag = checkFlags(options, loaded.set);
  if (badFlag) return refuse(badFlag);
  // SPEC §8: the cards in force today (UTC), or on the date asked for.
  const asOf = options.asOf ?? utcDate(Date.now());
  const set = cardsInForce(loaded.set, asOf);
  if (options.listCards) {
    process.stdout.write(listCards(set));
    return 0;
  }
  if (options.estimate !== undefined) {
    const result = runEstimate(set, options);
    process.stdout.write(result.out);
    process.stderr.write(result.err);
    return result.code;
  }
  if (options.marginMap) {
    const result = runMarginMap(set, options);
    process.stdout.write(result.out);
    process.stderr.write(result.err);
    return result.code;
  }
  if (options.service !== undefined) {
    const result = runService(set, options);
    process.stdout.write(result.out);
    process.stderr.write(result.err);
    return result.code;
  }
  if (options.alternatives) {
    const result = runAlternatives(set, options);
    process.stdout.write(result.out);
    process.stderr.write(result.err);
    return result.code;
  }
  if (options.jsonl) {
    // The flags hold; what else a quote needs (an internal card) is checked once, before any input.
    const sample = {
      model: 'kling-v3',
      mode: 'std',
      durationSeconds: 5,
      resolution: '720p',
      inputType: 'text',
      audio: false,
    } as const;
    // (Lines with created_at may find other cards in force: each line answers for itself.)
    const probe = quote(sample, loaded.set, quoteOptions(options));
    if (!probe.ok) return refuse(probe.error);
    const here = inThreadPricer(loaded.set, asOf, quoteOptions(options));
    const pool = () => workerPoolPricer(loaded.set, asOf, quoteOptions(options), options.threads);
    const inputBytes = options.threads === undefined ? inputFileBytes() : null;
    const pricer =
      options.threads === 1
        ? here
        : poolAfterFirstBatch(here, pool, { size: options.threads, fullBatch: BATCH_BYTES, inputBytes });
    try {
      const summary = await priceJsonl(process.stdin, process.stdout, pricer, { reuseWritten: true });
      return summary.failed > 0 || summary.mismatched > 0 ? 1 : 0;
    } finally {
      await pricer.close();
    }
  }
  return single(set, options);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
