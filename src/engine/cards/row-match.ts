/**
 * Which row of a vendor card prices a kind of request (model, mode, input, audio), or why none
 * does: decided once per card when it is compiled, for every combination.
 */
import type { InputType, Mode } from '../request/vocabulary';
import { INPUT_TYPES } from '../request/vocabulary';
import type { VendorRow } from './rate-card-vendor';

/** What a row is matched on. */
export interface RequestKind {
  readonly model: string;
  readonly mode: Mode;
  readonly inputType: InputType;
  readonly audio: boolean;
}

export type RowChoice<R> = { readonly ok: true; readonly row: R } | { readonly ok: false; readonly reason: string };

const isVideoInput = (request: RequestKind): boolean => request.inputType === 'video';

const tests: ReadonlyArray<{
  readonly accepts: (row: VendorRow, r: RequestKind) => boolean;
  readonly why: (r: RequestKind) => string;
}> = [
  {
    accepts: (row, r) => row.audio === undefined || row.audio === r.audio,
    why: (r) => (r.audio ? 'with audio' : 'without audio'),
  },
  {
    accepts: (row, r) => row.videoInput === undefined || row.videoInput === isVideoInput(r),
    why: (r) => (isVideoInput(r) ? 'with a video input' : 'without a video input'),
  },
  {
    accepts: (row, r) => row.inputs === undefined || row.inputs.includes(r.inputType),
    why: (r) => `with input ${r.inputType}`,
  },
  {
    accepts: (row, r) => row.modes === undefined || row.modes.includes(r.mode),
    why: (r) => `in ${r.mode} mode`,
  },
];

const inputTest = tests[2];

/** What a model's rows take, in words: "it needs an image or a video reference". */
function inputsNeeded(rows: readonly VendorRow[], request: RequestKind): string {
  const accepted = INPUT_TYPES.filter((t) => rows.some((row) => row.inputs === undefined || row.inputs.includes(t)));
  const references = [
    ...(accepted.includes('image') || accepted.includes('multi-image') ? ['an image'] : []),
    ...(accepted.includes('video') ? ['a video'] : []),
  ];
  if (request.inputType === 'text' && references.length > 0) return `it needs ${references.join(' or ')} reference`;
  return `it takes input ${accepted.join(', ')}`;
}

/**
 * The first of the model's rows whose conditions all hold. When none does, the reason names
 * what no row offers at all, else the combination that no single row offers.
 */
export function chooseRow<R extends { readonly row: VendorRow }>(
  cardTitle: string,
  candidates: readonly R[],
  request: RequestKind,
): RowChoice<R> {
  for (const candidate of candidates) {
    if (tests.every((test) => test.accepts(candidate.row, request))) return { ok: true, row: candidate };
  }
  const rows = candidates.map((c) => c.row);
  const never = tests.filter((test) => !rows.some((candidate) => test.accepts(candidate, request)));
  if (never.length > 0) {
    const why = never.map((t) => t.why(request)).join(', ');
    const need = never.includes(inputTest) ? `: ${inputsNeeded(rows, request)}` : '';
    return { ok: false, reason: `${cardTitle} does not price ${request.model} ${why}${need}` };
  }
  const limiting = tests.filter((test) => rows.some((candidate) => !test.accepts(candidate, request)));
  const combination = limiting.map((t) => t.why(request)).join(' together ');
  return { ok: false, reason: `${cardTitle} does not price ${request.model} ${combination}` };
}
