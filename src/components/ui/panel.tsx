import type { ReactNode } from 'react';

interface PanelProps {
  readonly title: string;
  readonly headingId?: string;
  readonly children: ReactNode;
  readonly actions?: ReactNode;
}

/** A titled section of a screen. */
export function Panel({ title, headingId, children, actions }: PanelProps) {
  return (
    <section aria-labelledby={headingId} className="ui-panel min-w-0">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
