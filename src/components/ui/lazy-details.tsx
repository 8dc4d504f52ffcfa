/**
 * A disclosure whose content renders (and so loads, when it is a lazy component) only once it
 * has been opened; it stays rendered after that.
 */
import { Suspense, useState, type ReactNode } from 'react';

interface LazyDetailsProps {
  readonly summary: ReactNode;
  readonly defaultOpen?: boolean;
  readonly loading?: string;
  readonly children: ReactNode;
}

export function LazyDetails({ summary, defaultOpen = false, loading = 'Loading…', children }: LazyDetailsProps) {
  const [opened, setOpened] = useState(defaultOpen);
  return (
    <details
      open={defaultOpen}
      className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpened((was) => was || isOpen);
      }}
    >
      <summary className="cursor-pointer font-medium">{summary}</summary>
      {opened ? (
        <Suspense
          fallback={
            <p role="status" className="mt-3 text-sm">
              {loading}
            </p>
          }
        >
          {children}
        </Suspense>
      ) : null}
    </details>
  );
}
