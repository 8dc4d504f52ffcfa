/** The input-type derivation of SPEC §2.1: the first rule that matches decides. */
import type { InputType } from './vocabulary';

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

export function deriveInputType(refs: References): InputTypeDerivation {
  if (refs.explicit !== undefined) {
    return { inputType: refs.explicit, rule: 1, reason: `explicit input_type "${refs.explicit}"` };
  }
  if (refs.videos > 0) {
    const beside = refs.stills > 0 ? `, even with ${stills(refs.stills)}` : '';
    const count = refs.videos === 1 ? 'a source video' : `${refs.videos} source videos`;
    return { inputType: 'video', rule: 2, reason: `has ${count} → video${beside}` };
  }
  if (refs.stills >= 2) {
    return { inputType: 'multi-image', rule: 3, reason: `${stills(refs.stills)} → multi-image` };
  }
  if (refs.stills === 1) {
    return { inputType: 'image', rule: 4, reason: '1 still → image' };
  }
  return { inputType: 'text', rule: 5, reason: 'no stills and no source video → text' };
}
