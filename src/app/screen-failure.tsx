/**
 * What a screen that failed shows instead (the error boundary's view, loaded only then): the
 * error, "Try again", and once that failed too, the offer to set the screen's saved data aside.
 */
import type { ReactNode } from 'react';
import ScreenRecovery from '../lib/screen-recovery';

const button = 'rounded-md border border-red-400 px-3 py-1';
const alert =
  'mx-auto max-w-2xl rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100';

interface ScreenFailureProps {
  readonly message: string;
  /** "Try again" was pressed and the screen failed again. */
  readonly retried: boolean;
  readonly onRetry: () => void;
  readonly onCleared: (notice: ReactNode) => void;
}

export default function ScreenFailure({ message, retried, onRetry, onCleared }: ScreenFailureProps) {
  return (
    <div role="alert" className={alert}>
      <h2 className="text-lg font-semibold">Something went wrong on this screen.</h2>
      <p className="mt-1 text-sm">{message || 'An unexpected error occurred.'}</p>
      <p className="mt-3 flex flex-wrap gap-3 text-sm">
        <button type="button" className={button} onClick={onRetry}>
          Try again
        </button>
        {retried ? <ScreenRecovery className={button} onCleared={onCleared} /> : null}
        <a className={button} href="/">
          Start over with the defaults
        </a>
      </p>
    </div>
  );
}
