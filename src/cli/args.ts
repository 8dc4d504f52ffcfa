/** The command line's flags (SPEC §6), parsed with node's own parser. */
import { parseArgs } from 'node:util';

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
  /** Worker threads for --jsonl; undefined: one per core (none for a small input file on two cores). */
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
  /** The margin map (SPEC §10) and its flags: the target, the resolutions (comma-separated), the audio filter. */
  readonly marginMap: boolean;
  readonly target?: string;
  readonly resolutions?: string;
  /** `--audio on|off` (a value, unlike the bare `--audio` of a request). */
  readonly audioFilter?: string;
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
  '--target',
  '--resolutions',
]);

/**
 * `--duration -5` → `--duration=-5`, so that a negative value reaches validation; `--audio on` (or
 * `--audio=on`, any value) → `--audio-filter=on`: `--audio` alone is a request's flag, with a value
 * the margin map's filter, and a value after it would otherwise be refused as a stray argument.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const next = argv[i + 1];
    if (argv[i].startsWith('--audio=')) joined.push(`--audio-filter=${argv[i].slice('--audio='.length)}`);
    else if (argv[i] === '--audio' && next !== undefined && !next.startsWith('-')) {
      joined.push(`--audio-filter=${next}`);
      i += 1;
    } else if (TAKES_VALUE.has(argv[i]) && next !== undefined && /^-\d/.test(next)) {
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
        'margin-map': { type: 'boolean', default: false },
        target: { type: 'string' },
        resolutions: { type: 'string' },
        'audio-filter': { type: 'string' },
      },
    });
    // `--audio on` is the flag `--audio`, as the user wrote it.
    const given = tokens.flatMap((t) => (t.kind === 'option' ? [t.name === 'audio-filter' ? 'audio' : t.name] : []));
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
        marginMap: values['margin-map'],
        target: values.target,
        resolutions: values.resolutions,
        audioFilter: values['audio-filter'],
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
