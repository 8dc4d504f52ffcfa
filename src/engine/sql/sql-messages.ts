/**
 * The engine's own refusal texts, read from the engine: each is asked of the parser with a
 * probe value, and the text before the probe is what the SQL writes before the line's value.
 * So a changed message in `request/` changes the SQL with it.
 */
import { parseEnvelope } from '../request/envelope';
import { readChargeFields } from '../request/charge-fields';
import { readInstant } from '../request/instant';

const PROBE = 123456789;
const PROBE_TEXT = String(PROBE);

function envelopeError(input: unknown): string {
  const parsed = parseEnvelope(input, { details: false });
  if (parsed.ok) throw new Error(`the probe ${JSON.stringify(input)} was accepted`);
  return parsed.error;
}

/** The text before the probe's value in the error for `input`. */
function before(error: string): string {
  const at = error.lastIndexOf(PROBE_TEXT);
  if (at < 0) throw new Error(`no probe in "${error}"`);
  return error.slice(0, at);
}

const valid = { model_name: 'm', duration: 5 };
const fieldPrefix = (field: string) => before(envelopeError({ ...valid, [field]: PROBE }));

/** For a list's entry: the words after `field[i]: ` and before the value. */
function entryWords(field: string): string {
  const error = envelopeError({ ...valid, [field]: ['a', PROBE] });
  return before(error).slice(`${field}[1]: `.length);
}

function chargePrefix(field: string): string {
  const read = readChargeFields({ [field]: -PROBE });
  if (read.ok) throw new Error(`the probe of ${field} was accepted`);
  return read.error.slice(0, read.error.lastIndexOf(`-${PROBE_TEXT}`));
}

function instantPrefix(value: unknown, shown: string): string {
  const read = readInstant(value);
  if (typeof read !== 'string') throw new Error('the probe of created_at was accepted');
  return read.slice(0, read.lastIndexOf(shown));
}

export interface RefusalTexts {
  readonly notObject: string;
  readonly modelRequired: string;
  readonly modelNotName: string;
  readonly modelTooLong: string;
  readonly durationRequired: string;
  /** By field: the text before the value (mode, duration, resolution, references, lists, input_type). */
  readonly field: Readonly<Record<string, string>>;
  readonly entry: Readonly<Record<string, string>>;
  readonly listTooLong: Readonly<Record<string, string>>;
  readonly charge: Readonly<Record<string, string>>;
  readonly instantType: string;
  readonly instantText: string;
  readonly notADate: string;
  readonly msExpected: string;
}

export function refusalTexts(): RefusalTexts {
  const fields = ['mode', 'duration', 'resolution', 'image', 'image_tail', 'video', 'video_url', 'input_type'];
  const lists = ['image_list', 'video_list'];
  const tooLong = (field: string) => envelopeError({ ...valid, [field]: Array.from({ length: 1001 }, () => 'a') });
  return {
    notObject: before(envelopeError(PROBE)),
    modelRequired: envelopeError({ duration: 5 }),
    modelNotName: fieldPrefix('model_name'),
    modelTooLong: envelopeError({ ...valid, model_name: 'm'.repeat(1000) }),
    durationRequired: envelopeError({ model_name: 'm' }),
    field: Object.fromEntries([...fields, ...lists].map((f) => [f, fieldPrefix(f)])),
    entry: Object.fromEntries(lists.map((f) => [f, entryWords(f)])),
    listTooLong: Object.fromEntries(lists.map((f) => [f, tooLong(f)])),
    charge: Object.fromEntries(['charged_usd', 'final_unit_deduction'].map((f) => [f, chargePrefix(f)])),
    instantType: instantPrefix(true, 'true'),
    instantText: instantPrefix('x', '"x"'),
    notADate: instantPrefix(8.64e15 + 1, '8640000000000001'),
    msExpected: instantPrefix(5, '5'),
  };
}
