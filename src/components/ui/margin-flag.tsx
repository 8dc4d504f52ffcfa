/**
 * A margin's standing against the target, in colour and in words (SPEC §10: not colour alone):
 * "loss" for any negative margin, "below target" under the target. Nothing for a margin that meets it.
 */
export type Standing = 'ok' | 'below-target' | 'loss';

/** The colour of a margin's figure. */
export function standingClass(standing: Standing): string {
  return standing === 'ok'
    ? ''
    : standing === 'loss'
      ? 'text-red-700 dark:text-red-400'
      : 'text-amber-800 dark:text-amber-300';
}

export function MarginFlag({ standing }: { readonly standing: Standing }) {
  if (standing === 'ok') return null;
  return (
    <>
      {' '}
      <span data-standing={standing} className={`text-xs font-semibold uppercase ${standingClass(standing)}`}>
        {standing === 'loss' ? 'loss' : 'below target'}
      </span>
    </>
  );
}
