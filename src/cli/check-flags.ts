/**
 * Every flag's value and every flag's place, checked before anything is priced or any input
 * is read: a flag that is wrong, missing or meaningless where it is given is exit status 2
 * (README "Command line"), never a priced line nor a flag silently ignored.
 */
import {
  DecimalStringSchema,
  DURATION_RULE,
  INPUT_TYPES,
  isMarginTarget,
  isValidDuration,
  MARGIN_TARGET_RULE,
  ModelNameInputSchema,
  MODES,
  ORDERINGS,
  readInstant,
  RESOLUTIONS,
  toSeconds,
  type CardSet,
} from '../engine';
import type { CliOptions } from './args';
import { readResolutions } from './margin-map';

/** The highest `--count` (the engine's own limit for a service line). */
const MAX_COUNT = 1_000_000;

/** What the command line does, chosen by its first mode flag in this order. */
type Task = 'list-cards' | 'estimate' | 'margin-map' | 'service' | 'alternatives' | 'jsonl' | 'quote';

const REQUEST_FLAGS = ['model', 'mode', 'duration', 'resolution', 'input', 'audio'];

/** The flags each task reads; any other flag given with it is refused. */
const ANY_TASK = ['as-of', 'rate-cards'];
const READS: Record<Task, readonly string[]> = {
  'list-cards': [...ANY_TASK],
  estimate: ['json', ...ANY_TASK],
  'margin-map': ['duration', 'package', 'target', 'resolutions', 'audio', 'json', ...ANY_TASK],
  service: ['duration', 'count', 'package', 'json', ...ANY_TASK],
  alternatives: [
    ...['duration', 'resolution', 'input', 'audio', 'order', 'max-usd', 'vendor-card', 'package', 'json'],
    ...ANY_TASK,
  ],
  jsonl: ['honor-resolution', 'vendor-card', 'package', 'threads', ...ANY_TASK],
  quote: [...REQUEST_FLAGS, 'honor-resolution', 'vendor-card', 'package', 'json', ...ANY_TASK],
};
const REQUIRED: Record<Task, readonly string[]> = {
  'list-cards': [],
  estimate: [],
  'margin-map': ['duration'],
  service: [],
  alternatives: ['duration'],
  jsonl: [],
  quote: ['model', 'duration'],
};

function taskOf(options: CliOptions): Task {
  if (options.listCards) return 'list-cards';
  if (options.estimate !== undefined) return 'estimate';
  if (options.marginMap) return 'margin-map';
  if (options.service !== undefined) return 'service';
  if (options.alternatives) return 'alternatives';
  return options.jsonl ? 'jsonl' : 'quote';
}

/** `"a", "b" or "c"`, as the envelope's own errors list the allowed values. */
function oneOf(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function choice(flag: string, value: string | undefined, allowed: readonly string[]): string | null {
  if (value === undefined || allowed.includes(value)) return null;
  const rule = allowed.length === 2 ? `must be ${oneOf(allowed)}` : `must be one of ${oneOf(allowed)}`;
  return `--${flag} ${rule}, got ${JSON.stringify(value)}`;
}

function isCalendarDate(text: string): boolean {
  const read = readInstant(text, '--as-of');
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && typeof read !== 'string';
}

/** The first flag whose value breaks its rule; the same rules whatever the task. */
function badValue(o: CliOptions, set: CardSet): string | null {
  if (o.model !== undefined) {
    const name = ModelNameInputSchema.safeParse(o.model);
    if (!name.success) return `--model: ${name.error.issues[0].message}`;
  }
  if (o.asOf !== undefined && !isCalendarDate(o.asOf)) {
    return `--as-of must be a date written YYYY-MM-DD (UTC), got ${JSON.stringify(o.asOf)}`;
  }
  if (o.duration !== undefined && !isValidDuration(toSeconds(o.duration))) {
    return `--duration ${DURATION_RULE}, got ${JSON.stringify(o.duration)}`;
  }
  const packages = [...new Set(set.packages.flatMap((card) => card.packages.map((p) => p.id)))];
  const refused =
    choice('mode', o.mode, MODES) ??
    choice('resolution', o.resolution, RESOLUTIONS) ??
    choice('input', o.input, INPUT_TYPES) ??
    choice(
      'vendor-card',
      o.vendorCard,
      set.vendor.map((card) => card.id),
    ) ??
    choice('package', o.package, packages) ??
    choice('order', o.order, Object.keys(ORDERINGS)) ??
    choice('audio', o.audioFilter, ['on', 'off']);
  if (refused) return refused;
  if (o.target !== undefined && !isMarginTarget(o.target)) {
    return `--target ${MARGIN_TARGET_RULE}, got ${JSON.stringify(o.target)}`;
  }
  if (o.resolutions !== undefined && readResolutions(o.resolutions) === null) {
    const list = `${oneOf(RESOLUTIONS)}, separated by commas`;
    return `--resolutions must list resolutions from ${list}, got ${JSON.stringify(o.resolutions)}`;
  }
  if (o.maxUsd !== undefined && !DecimalStringSchema.safeParse(o.maxUsd).success) {
    return `--max-usd must be an amount such as 1.50, got ${JSON.stringify(o.maxUsd)}`;
  }
  if (o.count !== undefined && !(/^\d{1,7}$/.test(o.count) && Number(o.count) >= 1 && Number(o.count) <= MAX_COUNT)) {
    const most = MAX_COUNT.toLocaleString('en-US');
    return `--count must be a whole number from 1 to ${most}, got ${JSON.stringify(o.count)}`;
  }
  return null;
}

/** Why `flag` has no place in `task`, naming the task that reads it when only one does. */
function misplaced(flag: string, task: Task): string {
  if (task === 'jsonl' && REQUEST_FLAGS.includes(flag)) {
    return `--${flag} cannot be used with --jsonl: each line carries its own request`;
  }
  if (task === 'estimate' && (REQUEST_FLAGS.includes(flag) || flag === 'package' || flag === 'service')) {
    const what = flag === 'package' ? 'its "package" chooses the unit price' : 'its lines carry the clips and services';
    return `--${flag} cannot be used with --estimate: the file says what to price (${what})`;
  }
  if (task === 'jsonl' && flag === 'json') {
    return '--json cannot be used with --jsonl: --jsonl already prints JSON lines';
  }
  const readers = (Object.keys(READS) as Task[]).filter((t) => READS[t].includes(flag));
  const owner = readers.length === 1 && readers[0] !== 'quote' ? `--${readers[0]}` : null;
  if (task === 'quote') return owner ? `--${flag} is only for ${owner}` : `--${flag} cannot be used in a single quote`;
  return `--${flag} cannot be used with --${task}${owner ? `: it is for ${owner}` : ''}`;
}

/** The first problem with the flags, worded for `error: …`; null when they all hold. */
export function checkFlags(options: CliOptions, set: CardSet): string | null {
  const task = taskOf(options);
  // `--audio on|off` filters a margin map; a request's `--audio` takes no value.
  if (options.audioFilter !== undefined && task !== 'margin-map') {
    const value = JSON.stringify(options.audioFilter);
    return `--audio takes no value here, got ${value} (--audio on|off is for --margin-map)`;
  }
  if (options.audio && task === 'margin-map') {
    return '--audio with --margin-map must be "on" or "off" (without it the map shows both)';
  }
  const value = badValue(options, set);
  if (value) return value;
  // The task's own flag (`--jsonl` for the jsonl task) is in its place by definition.
  const stray = options.given.find((flag) => flag !== task && flag !== 'help' && !READS[task].includes(flag));
  if (stray) return misplaced(stray, task);
  const missing = REQUIRED[task].find((flag) => !options.given.includes(flag));
  if (missing === 'duration') return `--duration is required: it ${DURATION_RULE}`;
  return missing ? `--${missing} is required` : null;
}
