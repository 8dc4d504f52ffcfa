/**
 * The estimate in a link: its file (SPEC §9), compressed in the fragment's `estimate` parameter,
 * read by the engine's one reader. The link reopens exactly what was shared.
 */
import { readEstimateFile, type EstimateFile } from '../../engine';
import { parseJson } from '../../lib/parse-json';

export const LINK_PARAM = 'estimate';
export const LINK_WORDS = { carried: 'estimate', paste: 'estimate (or open a saved one)' };

/** The file a link's text holds, or null when it is not an estimate this app would write. */
export function readLinkedEstimate(text: string): EstimateFile | null {
  const json = parseJson(text);
  if (!json.ok) return null;
  const read = readEstimateFile(json.value);
  return read.ok ? read.file : null;
}

export function linkText(file: EstimateFile): string {
  return JSON.stringify(file);
}
