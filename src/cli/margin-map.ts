/**
 * `--margin-map --duration S [--package ID] [--target PCT] [--resolutions LIST] [--audio on|off]
 * [--json]` (SPEC §10): the engine's `marginMap`, the function the /margins screen calls, as SPEC's
 * JSON or a table per model. Status 2: an option the map refuses (as a flag the parser refuses);
 * 1: the cards cannot price it (not in force on the date); 0: a map.
 */
import { marginMap, RESOLUTIONS, toMarginMapRecord, toSeconds, type CardSet, type Resolution } from '../engine';
import type { CliOptions } from './args';
import type { CliAnswer } from './estimate';
import { formatMarginMapText } from './margin-map-text';

/** The target when none is given, percent (README, docs/decisions/0051). */
export const DEFAULT_TARGET_PCT = '30';

/** "720p,1080p" → ['720p', '1080p']; null when a name is not a resolution or none is given. */
export function readResolutions(text: string): Resolution[] | null {
  const names = text.split(',').map((name) => name.trim());
  const known = (name: string): name is Resolution => (RESOLUTIONS as readonly string[]).includes(name);
  return names.every(known) ? names : null;
}

export function runMarginMap(set: CardSet, options: CliOptions): CliAnswer {
  const resolutions = options.resolutions === undefined ? undefined : readResolutions(options.resolutions);
  const result = marginMap(set, {
    durationSeconds: toSeconds(options.duration),
    packageId: options.package,
    targetPct: options.target ?? DEFAULT_TARGET_PCT,
    ...(resolutions ? { resolutions } : {}),
    ...(options.audioFilter === undefined ? {} : { audio: options.audioFilter === 'on' }),
  });
  if (!result.ok) {
    // Every option's message starts with the option's name: "package: no package …" is "--package: …".
    if (result.field) return { code: 2, out: '', err: `error: --${result.error}\n` };
    const record = { ok: false, ...(set.asOf ? { as_of: set.asOf } : {}), error: result.error };
    return options.json
      ? { code: 1, out: `${JSON.stringify(record)}\n`, err: '' }
      : { code: 1, out: '', err: `error: ${result.error}\n` };
  }
  const out = options.json
    ? `${JSON.stringify(toMarginMapRecord(result.map))}\n`
    : formatMarginMapText(result.map, set);
  return { code: 0, out, err: '' };
}
