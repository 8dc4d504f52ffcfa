/**
 * A table that may be wider than its panel: it scrolls inside the panel, never the page. Its
 * caption stays above, outside the scrolling (the table names itself by `captionId`). When the
 * table is wider, a line says so and the right edge fades while columns are hidden there; the
 * scrolling area can then be focused and scrolled with the arrow keys.
 */
import type { ReactNode } from 'react';
import { useOverflowX } from './use-overflow-x';

interface ScrollTableProps {
  readonly caption: string;
  /** The id the table's `aria-labelledby` names. */
  readonly captionId: string;
  readonly children: ReactNode;
  /** The id of what the table belongs to, read before the caption in the scrolling region's name: a screen
   * with several tables of one caption (each card's "Packages") still names each region apart. */
  readonly ownerId?: string;
}

// Inline-size containment: the table's width never counts toward its ancestors' (a grid or flex column
// would otherwise grow to the table's and push the page wider than the screen); it scrolls here instead.
const scroller =
  'overflow-x-auto rounded [contain:inline-size] focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600';
const fade =
  'pointer-events-none absolute inset-y-0 right-0 w-12 bg-linear-to-l from-white to-transparent dark:from-slate-900';

export function ScrollTable({ caption, captionId, children, ownerId }: ScrollTableProps) {
  const [ref, { overflows, atEnd }] = useOverflowX<HTMLDivElement>();
  return (
    <div className="min-w-0">
      <p id={captionId} className="mb-2 text-sm font-medium">
        {caption}
      </p>
      {overflows ? (
        <p className="mb-1 text-xs text-slate-700 dark:text-slate-300">
          Wider than this panel: scroll the table sideways to see every column{atEnd ? '.' : ' →'}
        </p>
      ) : null}
      <div className="relative">
        <div
          ref={ref}
          className={scroller}
          {...(overflows
            ? { role: 'region', 'aria-labelledby': ownerId ? `${ownerId} ${captionId}` : captionId, tabIndex: 0 }
            : {})}
        >
          {children}
        </div>
        {overflows && !atEnd ? <div aria-hidden="true" className={fade} /> : null}
      </div>
    </div>
  );
}
