/**
 * What support pastes on Explain a charge (SPEC §4.3, §8): a bare envelope, or
 * `{ request, response }` with Kling's task answer (wrapped in `data` or not), and what was
 * charged. Each value comes with the place it was read from. A known field in the wrong place
 * (`videos` at the top level, `final_unit_deduction` inside `task_result`) is named, and read
 * from there when its right place has none: never silently dropped.
 */
import { readAmount } from '../request/charge-fields';
import { readInstant, type Instant } from '../request/instant';
import { describeValue } from '../request/describe-value';
import {
  isObject,
  type Place,
  ReadError,
  type Reader,
  readDurations,
  readObject,
  readSeconds,
  where,
} from './explain-places';

/** A value read from the paste, with where: "response.data.final_unit_deduction". */
export interface Pasted<T> {
  readonly value: T;
  readonly from: string;
}

/** What the paste says about the charge and Kling's answer; null where it says nothing. */
export interface PastedFields {
  readonly chargedUsd: Pasted<string> | null;
  readonly createdAt: Pasted<Instant> | null;
  readonly unitsDeducted: Pasted<string> | null;
  /** The duration of each video Kling returned, seconds. */
  readonly videoSeconds: Pasted<readonly number[]> | null;
  readonly status: string | null;
}

/** A known field found where it does not belong. */
export interface Misplaced {
  readonly field: string;
  /** Where it was found: "videos" (the top level), "response.data.task_result.final_unit_deduction". */
  readonly at: string;
  /** true: read from there (its right place has none); false: not read, the right place's value is used. */
  readonly read: boolean;
  readonly message: string;
}

export type ExplainInput =
  | {
      readonly ok: true;
      readonly envelope: unknown;
      readonly fields: PastedFields;
      readonly misplaced: readonly Misplaced[];
    }
  | { readonly ok: false; readonly error: string };

const BELONGS: Record<string, string> = {
  charged_usd: 'at the top level: it is our bill, not part of Kling’s answer',
  created_at: 'at the top level, or in Kling’s answer (response.data.created_at)',
  final_unit_deduction: 'in Kling’s answer beside task_result (response.data.final_unit_deduction)',
  task_result: 'in Kling’s answer (response.data.task_result)',
  videos: 'under task_result (response.data.task_result.videos)',
  duration: 'on each video under task_result (response.data.task_result.videos[].duration)',
  data: 'under response (response.data)',
};

function misplacedMessage(field: string, at: string, read: boolean): string {
  return read
    ? `${field} is ${where(at)}, but it belongs ${BELONGS[field]}: read from there all the same.`
    : `${field} ${where(at)} is not read: it belongs ${BELONGS[field]}, where it is given too.`;
}

/** Reads each field from its right places, then names it wherever else it is. */
class Picker {
  readonly misplaced: Misplaced[] = [];
  error: string | null = null;

  name(field: string, at: string, read: boolean) {
    this.misplaced.push({ field, at, read, message: misplacedMessage(field, at, read) });
  }

  pick<T>(
    field: string,
    right: ReadonlyArray<Place | null>,
    wrong: ReadonlyArray<Place | null>,
    read: Reader<T>,
    have: Pasted<unknown> | null = null,
  ): Pasted<T> | null {
    let found: Pasted<T> | null = null;
    const take = (place: Place, misplaced: boolean) => {
      const value = place.obj[field];
      // Empty strings, null and empty lists count as absent, as in an envelope (SPEC §2.1).
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
      const at = place.path === '' ? field : `${place.path}.${field}`;
      const taken = found !== null || have !== null;
      if (misplaced) this.name(field, at, !taken);
      if (taken) return;
      const got = read(value, at);
      if (got instanceof ReadError) this.error ??= got.message;
      else found = { value: got, from: at };
    };
    for (const place of right) if (place) take(place, false);
    for (const place of wrong) if (place) take(place, true);
    return found;
  }
}

const amount =
  (what: string): Reader<string> =>
  (value, at) => {
    const read = readAmount(value, at, what);
    return typeof read === 'string' ? read : new ReadError(read.error);
  };
const instant: Reader<Instant> = (value, at) => {
  const read = readInstant(value, at);
  return typeof read === 'string' ? new ReadError(read) : read;
};

const KLING_ALONE =
  'This is Kling’s task answer without the request it answers: paste ' +
  '{ "request": <the request body>, "response": <this answer> }.';

const NONE: PastedFields = { chargedUsd: null, createdAt: null, unitsDeducted: null, videoSeconds: null, status: null };

/** Kling's answer: `response.data`, or `response` itself when not wrapped; `data` at the top level is named. */
function klingAnswer(p: Picker, top: Place, wrapped: boolean): { outer: Place | null; data: Place | null } {
  const response = isObject(top.obj.response) ? { obj: top.obj.response, path: 'response' } : null;
  if (response) {
    const data = isObject(response.obj.data) ? { obj: response.obj.data, path: 'response.data' } : null;
    return data ? { outer: response, data } : { outer: null, data: response };
  }
  if (wrapped && isObject(top.obj.data)) {
    p.name('data', 'data', true);
    return { outer: null, data: { obj: top.obj.data, path: 'data' } };
  }
  return { outer: null, data: null };
}

/** Reads a paste (parsed JSON). The envelope is handed on unread, for `parseEnvelope`. */
export function readExplainInput(json: unknown): ExplainInput {
  if (!isObject(json)) return { ok: true, envelope: json, fields: NONE, misplaced: [] };
  const wrapped = 'request' in json && !('model_name' in json);
  if (!wrapped && !('model_name' in json) && (isObject(json.data) || 'task_result' in json || 'task_id' in json))
    return { ok: false, error: KLING_ALONE };
  const response = json.response;
  if (wrapped && response !== undefined && response !== null && !isObject(response))
    return { ok: false, error: `response: must be a JSON object, got ${describeValue(response)}` };
  const p = new Picker();
  const top: Place = { obj: json, path: '' };
  const request: Place | null = wrapped && isObject(json.request) ? { obj: json.request, path: 'request' } : null;
  const { outer, data } = klingAnswer(p, top, wrapped);
  const taskObj = p.pick('task_result', [data], [top, request, outer], readObject);
  const task: Place | null = taskObj ? { obj: taskObj.value, path: taskObj.from } : null;

  const chargedUsd = p.pick('charged_usd', [top, request], [outer, data, task], amount('an amount in USD'));
  const createdAt = p.pick('created_at', [top, request, data, outer], [task], instant);
  const unitsDeducted = p.pick(
    'final_unit_deduction',
    [data, top, request],
    [outer, task],
    amount('a number of units'),
  );
  const videos = p.pick('videos', [task], [top, request, outer, data], readDurations);
  const seconds = p.pick('duration', [], [outer, data, task], readSeconds, videos);
  if (p.error !== null) return { ok: false, error: p.error };
  const status = data && typeof data.obj.task_status === 'string' ? data.obj.task_status : null;
  return {
    ok: true,
    envelope: wrapped ? json.request : json,
    fields: { chargedUsd, createdAt, unitsDeducted, videoSeconds: videos ?? seconds, status },
    misplaced: p.misplaced,
  };
}
