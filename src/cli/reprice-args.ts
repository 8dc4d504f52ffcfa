/** `npm run reprice`'s flags (SPEC §11), parsed with node's own parser; the shared ones as `quote`'s. */
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import type { SqlDialectName } from '../engine';
import type { CliOptions } from './args';

export const FORMATS = ['jsonl', 'csv', 'parquet'] as const;
export type FileFormat = (typeof FORMATS)[number];
const DIALECTS: readonly SqlDialectName[] = ['duckdb', 'spark', 'bigquery'];

export const REPRICE_USAGE = `Usage:
  npm run --silent reprice -- --in FILE --out FILE [--honor-resolution] [--as-of YYYY-MM-DD]
                              [--vendor-card ID] [--package ID] [--rate-cards DIR]
                              [--in-format jsonl|csv|parquet] [--out-format jsonl|csv|parquet]
                              [--memory-limit 1GB] [--threads N]
  npm run --silent reprice -- --emit-sql [--dialect duckdb|spark|bigquery] [--honor-resolution] [--as-of …]

  --in FILE           request envelopes: JSON Lines (.jsonl, .ndjson), CSV (.csv, a header row of envelope
                      fields, or one "envelope" column of JSON) or Parquet (.parquet: envelope fields as
                      columns, or one "envelope" column of JSON)
  --out FILE          priced rows: JSON Lines (the lines of quote --jsonl), CSV or Parquet (one column a field)
  --emit-sql          print the SQL (the cards as tables, one query over a relation envelopes(line, envelope))
  --dialect NAME      the SQL for DuckDB (checked here), Spark SQL or BigQuery (written to the same rules)
  --memory-limit SIZE DuckDB's memory limit (default 1GB); beyond it DuckDB spills to a temporary directory
  --threads N         DuckDB's threads (default: one per core)
  Other flags as quote --jsonl. Exit status: 0 every row priced, 1 some row refused, 2 a flag or file problem.`;

export interface RepriceOptions {
  readonly in?: string;
  readonly out?: string;
  readonly inFormat?: FileFormat;
  readonly outFormat?: FileFormat;
  readonly emitSql: boolean;
  readonly dialect: SqlDialectName;
  readonly memoryLimit: string;
  readonly threads?: number;
  readonly help: boolean;
  /** The flags `quote --jsonl` shares, for its own checks (check-flags.ts). */
  readonly shared: CliOptions;
}

export type ParsedReprice = { ok: true; options: RepriceOptions } | { ok: false; error: string };

/** The format a file's name says: .jsonl, .ndjson, .csv, .parquet; null when it says none. */
export function formatOf(file: string): FileFormat | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.parquet' || ext === '.pq') return 'parquet';
  return null;
}

const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

function format(flag: string, value: string | undefined, file: string | undefined): FileFormat | string | undefined {
  if (value !== undefined) {
    return (FORMATS as readonly string[]).includes(value)
      ? (value as FileFormat)
      : `--${flag} must be one of ${oneOf(FORMATS)}, got ${JSON.stringify(value)}`;
  }
  if (file === undefined) return undefined;
  return (
    formatOf(file) ??
    `cannot tell the format of ${file} from its name: give --${flag} jsonl, csv or parquet ` +
      '(or name it .jsonl, .csv or .parquet)'
  );
}

export function parseRepriceArgs(argv: readonly string[]): ParsedReprice {
  try {
    const { values, tokens } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      tokens: true,
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        'in-format': { type: 'string' },
        'out-format': { type: 'string' },
        'emit-sql': { type: 'boolean', default: false },
        dialect: { type: 'string' },
        'memory-limit': { type: 'string' },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        'honor-resolution': { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        'vendor-card': { type: 'string' },
        package: { type: 'string' },
        'rate-cards': { type: 'string' },
      },
    });
    const given = tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
    const twice = given.find((name, i) => given.indexOf(name) !== i);
    if (twice) return { ok: false, error: `--${twice} is given twice` };
    const emitSql = values['emit-sql'];
    if (values.dialect !== undefined && !emitSql) return { ok: false, error: '--dialect is only for --emit-sql' };
    const dialect = (values.dialect ?? 'duckdb') as SqlDialectName;
    if (!DIALECTS.includes(dialect)) {
      return { ok: false, error: `--dialect must be one of ${oneOf(DIALECTS)}, got ${JSON.stringify(values.dialect)}` };
    }
    if (!emitSql && !values.help && (values.in === undefined || values.out === undefined)) {
      return { ok: false, error: 'give both --in FILE and --out FILE (or --emit-sql to print the SQL)' };
    }
    const inFormat = format('in-format', values['in-format'], values.in);
    if (typeof inFormat === 'string' && !(FORMATS as readonly string[]).includes(inFormat)) {
      return { ok: false, error: inFormat };
    }
    const outFormat = format('out-format', values['out-format'], values.out);
    if (typeof outFormat === 'string' && !(FORMATS as readonly string[]).includes(outFormat)) {
      return { ok: false, error: outFormat };
    }
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
      return {
        ok: false,
        error: `--threads must be a whole number from 1 to 64, got ${JSON.stringify(values.threads)}`,
      };
    }
    const memoryLimit = values['memory-limit'] ?? '1GB';
    if (!/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memoryLimit)) {
      return {
        ok: false,
        error: `--memory-limit must be a size such as 512MB or 2GB, got ${JSON.stringify(memoryLimit)}`,
      };
    }
    const shared: CliOptions = {
      audio: false,
      honorResolution: values['honor-resolution'],
      json: false,
      jsonl: true,
      listCards: false,
      help: false,
      alternatives: false,
      marginMap: false,
      vendorCard: values['vendor-card'],
      package: values.package,
      asOf: values['as-of'],
      rateCards: values['rate-cards'],
      given: given.filter((g) => ['honor-resolution', 'as-of', 'vendor-card', 'package', 'rate-cards'].includes(g)),
    };
    return {
      ok: true,
      options: {
        in: values.in,
        out: values.out,
        inFormat: inFormat as FileFormat | undefined,
        outFormat: outFormat as FileFormat | undefined,
        emitSql,
        dialect,
        memoryLimit,
        threads,
        help: values.help,
        shared,
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
