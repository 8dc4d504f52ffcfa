/**
 * A margin's standing against the target, in colour and in words (SPEC §10: not colour alone):
 * "loss" for any negative margin, "below target" under the target. Nothing for a margin that meets it.
 */
export type Standing = 'ok' | 'below-target' | 'loss';

const WORDS: Record<Exclude<Standing, 'ok'>, string> = { loss: 'loss', 'below-target': 'below target' };

/** The colour of a margin's figure. */
export function standingClass(standing: Standing): string {
  if (standing === 'loss') return 'text-red-700 dark:text-red-400';
  if (standing === 'below-target') return 'text-amber-800 dark:text-amber-300';
  return '';
}

const flagClass = 'inline-block rounded px-1 text-xs font-semibold uppercase tracking-wide';
const lossBg = 'bg-red-50 dark:bg-red-950';
const belowBg = 'bg-amber-50 dark:bg-amber-950';

export function MarginFlag({ standing, targetPct }: { readonly standing: Standing; readonly targetPct: string }) {
  if (standing === 'ok') return null;
  const title = standing === 'loss' ? 'The margin is negative' : `The margin is under the ${targetPct}% target`;
  return (
    <>
      {' '}
      <span
        title={title}
        data-standing={standing}
        className={`${flagClass} ${standingClass(standing)} ${standing === 'loss' ? lossBg : belowBg}`}
      >
        {WORDS[standing]}
      </span>
    </>
  );
}
