/** The input-type derivation of SPEC §2.1: the first rule that matches decides. */
import { INPUT_TYPES, type InputType } from './vocabulary';

export interface References {
  /** A valid explicit `input_type`, when the envelope had one. */
  readonly explicit: InputType | undefined;
  /** Stills: `image`, `image_tail` and each non-empty entry of `image_list`. */
  readonly stills: number;
  /** Source videos: `video`, `video_url` and each non-empty entry of `video_list`. */
  readonly videos: number;
}

export interface InputTypeDerivation {
  readonly inputType: InputType;
  /** 1 to 5, the number of the rule in SPEC §2.1 that fired. */
  readonly rule: 1 | 2 | 3 | 4 | 5;
  readonly reason: string;
}

function stills(n: number): string {
  return n === 1 ? '1 still' : `${n} stills`;
}

// The answers that do not depend on counts, written once: bulk pricing derives one per envelope.
const explicit = (t: InputType): InputTypeDerivation => ({
  inputType: t,
  rule: 1,
  reason: `explicit input_type "${t}"`,
});
const EXPLICIT: Readonly<Record<string, InputTypeDerivation | undefined>> = Object.assign(
  Object.create(null) as object,
  Object.fromEntries(INPUT_TYPES.map((t) => [t, Object.freeze(explicit(t))])),
);
const ONE_VIDEO: InputTypeDerivation = Object.freeze({
  inputType: 'video',
  rule: 2,
  reason: 'has a source video → video',
});
const ONE_STILL: InputTypeDerivation = Object.freeze({ inputType: 'image', rule: 4, reason: '1 still → image' });
const TEXT: InputTypeDerivation = Object.freeze({
  inputType: 'text',
  rule: 5,
  reason: 'no stills and no source video → text',
});

export function deriveInputType(refs: References): InputTypeDerivation {
  if (refs.explicit !== undefined) return EXPLICIT[refs.explicit] ?? explicit(refs.explicit);
  if (refs.videos > 0) {
    if (refs.videos === 1 && refs.stills === 0) return ONE_VIDEO;
    const beside = refs.stills > 0 ? `, even with ${stills(refs.stills)}` : '';
    const count = refs.videos === 1 ? 'a source video' : `${refs.videos} source videos`;
    return { inputType: 'video', rule: 2, reason: `has ${count} → video${beside}` };
  }
  if (refs.stills >= 2) {
    return { inputType: 'multi-image', rule: 3, reason: `${stills(refs.stills)} → multi-image` };
  }
  if (refs.stills === 1) return ONE_STILL;
  return TEXT;
}
