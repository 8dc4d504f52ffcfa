/** Whether an element's content is wider than the element, and whether it is scrolled to its right end. */
import { useEffect, useState } from 'react';

export interface OverflowX {
  readonly overflows: boolean;
  readonly atEnd: boolean;
}

const FITS: OverflowX = { overflows: false, atEnd: true };

/** A callback ref for the scrolling element, and what it shows; measured on resize and on scroll. */
export function useOverflowX<T extends HTMLElement>(): [(element: T | null) => void, OverflowX] {
  const [element, setElement] = useState<T | null>(null);
  const [state, setState] = useState<OverflowX>(FITS);
  useEffect(() => {
    if (!element) return undefined;
    const measure = () => {
      const overflows = element.scrollWidth > element.clientWidth + 1;
      const atEnd = !overflows || element.scrollLeft + element.clientWidth >= element.scrollWidth - 1;
      setState((s) => (s.overflows === overflows && s.atEnd === atEnd ? s : { overflows, atEnd }));
    };
    // Measured now, then on every resize (where the browser has ResizeObserver) and scroll.
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    for (const child of element.children) observer?.observe(child);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer?.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [element]);
  return [setElement, state];
}
