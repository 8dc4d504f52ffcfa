/**
 * A wide table that scrolls sideways inside its panel (a phone is narrower than its columns),
 * with a visible cue while it does: a line of text above it and a shadow at the edge that
 * still hides columns. It can be focused, so that the keyboard scrolls it too.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

const edge =
  'shadow-[inset_-14px_0_10px_-10px_rgba(15,23,42,0.35)] dark:shadow-[inset_-14px_0_10px_-10px_rgba(0,0,0,0.8)]';

export function ScrollRegion({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const cueId = useId();
  const [overflow, setOverflow] = useState({ wider: false, atEnd: true });

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const wider = element.scrollWidth > element.clientWidth + 1;
      const atEnd = element.scrollLeft + element.clientWidth >= element.scrollWidth - 1;
      setOverflow((old) => (old.wider === wider && old.atEnd === atEnd ? old : { wider, atEnd }));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);

  return (
    <div className="flex flex-col gap-1">
      {overflow.wider ? (
        <p id={cueId} className="text-xs text-slate-700 dark:text-slate-300">
          The table is wider than the screen: scroll it sideways for every column →
        </p>
      ) : null}
      <div
        ref={ref}
        role="region"
        aria-label={label}
        aria-describedby={overflow.wider ? cueId : undefined}
        tabIndex={0}
        className={
          'overflow-x-auto rounded-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ' +
          (overflow.wider && !overflow.atEnd ? edge : '')
        }
      >
        {children}
      </div>
    </div>
  );
}
