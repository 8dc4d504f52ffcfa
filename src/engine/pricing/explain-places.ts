/** The pieces `readExplainInput` reads a paste with: places in the JSON, and readers of their values. */
import { describeValue } from '../request/describe-value';

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object in the paste and its path ("" for the top level, "response.data"). */
export interface Place {
  readonly obj: Readonly<Record<string, unknown>>;
  readonly path: string;
}

/** Why a value found at a place cannot be read. */
export class ReadError {
  constructor(readonly message: string) {}
}

/** Reads the value found at path `at`, or says why not. */
export type Reader<T> = (value: unknown, at: string) => T | ReadError;

/** "at the top level", "at response.videos". */
export function where(at: string): string {
  return at.includes('.') ? `at ${at}` : 'at the top level';
}

const DECIMAL = /^\d+(\.\d+)?$/;

function seconds(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return Number(value.trim());
  return null;
}

/** One duration in seconds ("10.0" or 10), as a list of one. */
export const readSeconds: Reader<readonly number[]> = (value, at) => {
  const read = seconds(value);
  return read === null ? new ReadError(`${at}: must be a number of seconds, got ${describeValue(value)}`) : [read];
};

/** Kling's `videos`: a list of objects, each with its `duration`. */
export const readDurations: Reader<readonly number[]> = (value, at) => {
  if (!Array.isArray(value)) return new ReadError(`${at}: must be a list of videos, got ${describeValue(value)}`);
  const durations: number[] = [];
  for (const [i, video] of value.entries()) {
    const read = isObject(video) ? seconds(video.duration) : null;
    if (read === null) {
      const got = describeValue(isObject(video) ? video.duration : video);
      return new ReadError(`${at}[${i}].duration: must be a number of seconds, got ${got}`);
    }
    durations.push(read);
  }
  return durations;
};

/** A JSON object (task_result, data). */
export const readObject: Reader<Readonly<Record<string, unknown>>> = (value, at) =>
  isObject(value) ? value : new ReadError(`${at}: must be a JSON object, got ${describeValue(value)}`);
