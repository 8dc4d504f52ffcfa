/**
 * The margin map's settings in its link (SPEC §10): the duration (`duration`), the package the
 * vendor cost is taken at (`package`), the resolutions shown (`res`, comma-separated) and audio
 * (`audio`: `both`, `off`, `on`). The target and any what-if are the page's (`target`, `mult`).
 * Anything invalid is dropped and named.
 */
import { isValidDuration, RESOLUTIONS, toSeconds, type Resolution } from '../../engine';
import { paramReader } from '../../lib/url-params';

export type AudioFilter = 'both' | 'off' | 'on';

export interface MarginsState {
  /** As typed, so "7.5" stays "7.5". */
  readonly duration: string;
  readonly packageId: string;
  readonly resolutions: readonly Resolution[];
  readonly audio: AudioFilter;
}

export const DEFAULT_MARGINS: MarginsState = {
  duration: '10',
  packageId: 'list',
  resolutions: RESOLUTIONS,
  audio: 'both',
};

const PACKAGE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function readResolutions(text: string): Resolution[] | null {
  const list = text.split(',').map((r) => r.trim());
  const known = (r: string): r is Resolution => (RESOLUTIONS as readonly string[]).includes(r);
  if (list.length === 0 || !list.every(known)) return null;
  return RESOLUTIONS.filter((r) => list.includes(r));
}

export function parseMarginsUrl(search: string): { state: MarginsState; ignored: string[] } {
  const ignored: string[] = [];
  const read = paramReader(new URLSearchParams(search), ignored);
  return {
    state: {
      duration: read(
        'duration',
        (t) => (t.length <= 20 && /^\d+(\.\d+)?$/.test(t) && isValidDuration(toSeconds(t)) ? t : null),
        DEFAULT_MARGINS.duration,
      ),
      packageId: read('package', (t) => (PACKAGE_ID.test(t) ? t : null), DEFAULT_MARGINS.packageId),
      resolutions: read('res', readResolutions, DEFAULT_MARGINS.resolutions),
      audio: read('audio', (t) => (t === 'both' || t === 'off' || t === 'on' ? t : null), DEFAULT_MARGINS.audio),
    },
    ignored,
  };
}

export function toMarginsSearch(s: MarginsState): string {
  const params = new URLSearchParams();
  params.set('duration', s.duration.trim());
  params.set('package', s.packageId);
  if (s.resolutions.length < RESOLUTIONS.length) params.set('res', s.resolutions.join(','));
  if (s.audio !== 'both') params.set('audio', s.audio);
  return `?${params.toString()}`;
}
