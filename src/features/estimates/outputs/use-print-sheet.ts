/**
 * Prints one of the estimate's sheets: `print(kind)` puts the sheet in the page (the caller
 * renders it while `printing` names it), then the effect, once it is in the document, opens the
 * browser's print dialog; the sheet leaves the page on `afterprint`. The print CSS
 * (`[data-print-sheet]` in index.css) shows only the sheet on paper, and never on screen.
 */
import { useCallback, useEffect, useState } from 'react';

export type SheetKind = 'customer' | 'internal';

export interface PrintSheet {
  /** The sheet to render for printing now; null: none. */
  readonly printing: SheetKind | null;
  readonly print: (kind: SheetKind) => void;
}

export function usePrintSheet(): PrintSheet {
  // An object a request, so that printing the same sheet twice prints twice.
  const [request, setRequest] = useState<{ readonly kind: SheetKind } | null>(null);
  useEffect(() => {
    if (!request) return;
    const done = () => setRequest(null);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [request]);
  const print = useCallback((kind: SheetKind) => setRequest({ kind }), []);
  return { printing: request?.kind ?? null, print };
}
