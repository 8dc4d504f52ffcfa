/**
 * What the Explain screen keeps in the address bar's query: the "As of" date and the fields
 * of the charge, as typed (a value that does not read is shown in its field, with why). The
 * envelope itself travels in the fragment, compressed, only when a link is asked for.
 */
export interface ChargeInputs {
  /** Our bill, USD (charged_usd). */
  readonly chargedUsd: string;
  /** ISO 8601 or epoch milliseconds (created_at). */
  readonly createdAt: string;
  /** Kling's final_unit_deduction. */
  readonly unitsDeducted: string;
  /** The duration of the video Kling returned, seconds. */
  readonly videoSeconds: string;
}

export interface ExplainState extends ChargeInputs {
  /** YYYY-MM-DD (UTC): the cards in force on it price a request without created_at. */
  readonly asOf: string;
}

export const NO_CHARGE_INPUTS: ChargeInputs = { chargedUsd: '', createdAt: '', unitsDeducted: '', videoSeconds: '' };

/** Each field and its name in the query (the names of the JSON fields, so a link reads plainly). */
export const PARAMS: ReadonlyArray<readonly [keyof ExplainState, string]> = [
  ['asOf', 'as_of'],
  ['chargedUsd', 'charged_usd'],
  ['createdAt', 'created_at'],
  ['unitsDeducted', 'final_unit_deduction'],
  ['videoSeconds', 'video_duration'],
];

const MAX_PARAM_LENGTH = 64;

/** The state a query gives; absent fields empty, the date today's. */
export function parseExplainSearch(search: string, today: string): ExplainState {
  const params = new URLSearchParams(search);
  const read = (name: string) => (params.get(name) ?? '').slice(0, MAX_PARAM_LENGTH);
  const state = { ...NO_CHARGE_INPUTS, asOf: today };
  for (const [key, name] of PARAMS) {
    const value = read(name);
    if (value !== '') state[key] = value;
  }
  return state;
}

/** The query for a state: the fields that are filled (the date is, unless cleared: a link keeps its day). */
export function toExplainSearch(state: ExplainState): string {
  const params = new URLSearchParams();
  for (const [key, name] of PARAMS) if (state[key].trim() !== '') params.set(name, state[key].trim());
  return `?${params}`;
}
