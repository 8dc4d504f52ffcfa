/** The command line's flags (SPEC §6), parsed with node's own parser. */
import { parseArgs } from 'node:util';

const JSONL_REDIRECTS = '< envelopes.jsonl > priced.jsonl';

export const USAGE = `Usage:
  npm run --silent quote -- --model NAME --duration SECONDS [--mode std|pro] [--resolution 480p|720p|1080p|4k]
                            [--input text|image|multi-image|video|chisel] [--audio] [--honor-resolution]
                            [--vendor-card ID] [--package ID] [--as-of YYYY-MM-DD] [--json]
  npm run --silent quote -- --jsonl [--honor-resolution] [--vendor-card ID] [--package ID] [--as-of YYYY-MM-DD]
                            ${JSONL_REDIRECTS}
  npm run --silent quote -- --alternatives --duration SECONDS [--resolution R] [--input T] [--audio]
                            [--order cheapest-vendor|best-margin|quality] [--max-usd PRICE] [--json]
  npm run --silent quote -- --service ID [--duration SECONDS] [--count N] [--package ID] [--json]
  npm run --silent quote -- --estimate FILE.json [--as-of YYYY-MM-DD] [--json]
  npm run --silent quote -- --list-cards

  --json              print the quote as one JSON object (the same object as one --jsonl line)
  --jsonl             price one request envelope per input line; one JSON line out per line in
  --honor-resolution  charge at the requested resolution instead of billing's 720p
  --vendor-card ID    the vendor card to use (default: kling-official-units)
  --package ID        the prepaid package whose unit price applies (default: the card's list price)
  --alternatives      every model × mode that can make the clip, ranked; the others with the reason
  --order             ranking for --alternatives (default cheapest-vendor; quality is seed 004's tier rule)
  --max-usd PRICE     with --alternatives: the most a clip may cost (internal price as billed)
  --service ID        a seed 003 service (lip-sync, video-extension-pro, text-to-audio, kolors-text-to-image, …);
                      --duration for lip-sync and audio, --count for tasks or images
  --as-of DATE        price with the cards in force on this UTC date (default: today); a --jsonl line with
                      created_at is priced as of its own instant, and one with charged_usd or
                      final_unit_deduction is checked against it ("reconcile")
  --rate-cards DIR    read the rate cards from DIR instead of the repository's rate-cards/
  --threads N         worker threads for --jsonl (default: one per core; 1 prices in this thread)
  --estimate FILE     price a customer estimate (SPEC §9): lines of clips and services, a discount, 1–12 months,
                      and the prepaid packages for all of them; a table, or SPEC's JSON with --json
  --list-cards        list the loaded rate cards and packages`;

export interface CliOptions {
  readonly model?: string;
  readonly mode?: string;
  readonly duration?: string;
  readonly resolution?: string;
  readonly input?: string;
  readonly audio: boolean;
  readonly honorResolution: boolean;
  readonly json: boolean;
  readonly jsonl: boolean;
  readonly listCards: boolean;
  readonly help: boolean;
  readonly vendorCard?: string;
  readonly package?: string;
  /** Worker threads for --jsonl; undefined: one per core. */
  readonly threads?: number;
  readonly alternatives: boolean;
  readonly order?: string;
  readonly maxUsd?: string;
  readonly service?: string;
  readonly count?: string;
  readonly asOf?: string;
  readonly rateCards?: string;
  /** The estimate file to price (SPEC §9). */
  readonly estimate?: string;
  /** The flags given, as written without the dashes (`vendor-card`), in order: each at most once. */
  readonly given: readonly string[];
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

const TAKES_VALUE = new Set([
  '--model',
  '--mode',
  '--duration',
  '--resolution',
  '--input',
  '--vendor-card',
  '--package',
  '--threads',
  '--order',
  '--max-usd',
  '--service',
  '--count',
  '--as-of',
  '--rate-cards',
  '--estimate',
]);

/** `--duration -5` → `--duration=-5`, so that a negative value reaches validation. */
function joinDashValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const next = argv[i + 1];
    if (TAKES_VALUE.has(argv[i]) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${argv[i]}=${next}`);
      i += 1;
    } else joined.push(argv[i]);
  }
  return joined;
}

/** node's parser keeps the last of a repeated flag silently; `--duration 5 --duration 10` is more likely a slip. */
function repeated(given: readonly string[]): string | null {
  for (const name of new Set(given)) {
    const times = given.filter((g) => g === name).length;
    if (times > 1) return `--${name} is given ${times === 2 ? 'twice' : `${times} times`}`;
  }
  return null;
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  try {
    const { values, tokens } = parseArgs({
      args: joinDashValues(argv),
      strict: true,
      allowPositionals: false,
      tokens: true,
      options: {
        model: { type: 'string' },
        mode: { type: 'string' },
        duration: { type: 'string' },
        resolution: { type: 'string' },
        input: { type: 'string' },
        audio: { type: 'boolean', default: false },
        'honor-resolution': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        'list-cards': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        'vendor-card': { type: 'string' },
        package: { type: 'string' },
        threads: { type: 'string' },
        alternatives: { type: 'boolean', default: false },
        order: { type: 'string' },
        'max-usd': { type: 'string' },
        service: { type: 'string' },
        count: { type: 'string' },
        'as-of': { type: 'string' },
        'rate-cards': { type: 'string' },
        estimate: { type: 'string' },
      },
    });
    const given = tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
    const twice = repeated(given);
    if (twice) return { ok: false, error: twice };
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
      return {
        ok: false,
        error: `--threads must be a whole number from 1 to 64, got ${JSON.stringify(values.threads)}`,
      };
    }
    return {
      ok: true,
      options: {
        model: values.model,
        mode: values.mode,
        duration: values.duration,
        resolution: values.resolution,
        input: values.input,
        audio: values.audio,
        honorResolution: values['honor-resolution'],
        json: values.json,
        jsonl: values.jsonl,
        listCards: values['list-cards'],
        help: values.help,
        vendorCard: values['vendor-card'],
        package: values.package,
        threads,
        alternatives: values.alternatives,
        order: values.order,
        maxUsd: values['max-usd'],
        service: values.service,
        count: values.count,
        asOf: values['as-of'],
        rateCards: values['rate-cards'],
        estimate: values.estimate,
        given,
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The flags of a single quote, as the request envelope they stand for. */
export function flagsToEnvelope(options: CliOptions): Record<string, unknown> {
  return {
    model_name: options.model,
    mode: options.mode,
    duration: options.duration,
    resolution: options.resolution,
    input_type: options.input,
    ...(options.audio ? { sound: 'on' } : {}),
  };
}
