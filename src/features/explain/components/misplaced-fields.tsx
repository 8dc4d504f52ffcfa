/** Fields of the paste found in the wrong place: each named, with whether it was read all the same. */
import type { Misplaced } from '../../../engine';

const warningBox =
  'rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';

export function MisplacedFields({ misplaced }: { readonly misplaced: readonly Misplaced[] }) {
  if (misplaced.length === 0) return null;
  return (
    <section aria-labelledby="misplaced-heading" className={warningBox} data-testid="misplaced-fields">
      <h3 id="misplaced-heading" className="font-semibold">
        {misplaced.length === 1 ? 'A field in the wrong place' : `${misplaced.length} fields in the wrong place`}
      </h3>
      <ul className="mt-1 list-disc pl-5">
        {misplaced.map((m) => (
          <li key={m.at} className="break-words">
            {m.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
