/**
 * The screens' navigation: a row of links from `sm` up; below it, a "Menu" button that opens the
 * same list (the current screen marked), closed by Escape, by the button, or by choosing a screen.
 */
import { useRef, useState } from 'react';

const SCREENS = [
  { path: '/', label: 'Quote' },
  { path: '/compare', label: 'Compare at scale' },
  { path: '/estimates', label: 'Estimates' },
  { path: '/margins', label: 'Margin map' },
  { path: '/explain', label: 'Explain a charge' },
  { path: '/rate-cards', label: 'Rate cards' },
] as const;

interface ScreenNavProps {
  readonly path: string;
  /** The link's what-if query, carried to every screen (SPEC §10); '' for none. */
  readonly whatIf: string;
}

export function ScreenNav({ path, whatIf }: ScreenNavProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The Plan screen's links open as estimates.
  const here = path === '/plan' ? '/estimates' : path;
  return (
    <nav
      aria-label="Screens"
      className="ui-nav"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="ui-button sm:hidden"
        aria-expanded={open}
        aria-controls="screen-list"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰ </span>Menu
      </button>
      <span className="ml-3 text-sm font-medium sm:hidden">{SCREENS.find((s) => s.path === here)?.label}</span>
      <ul id="screen-list" className={open ? 'open' : undefined}>
        {SCREENS.map((s) => (
          <li key={s.path}>
            <a
              href={whatIf ? `${s.path}?${whatIf}` : s.path}
              aria-current={here === s.path ? 'page' : undefined}
              onClick={() => setOpen(false)}
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
