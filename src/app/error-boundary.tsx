/**
 * No failure ever leaves a blank page: the error is shown, with a way back. React itself logs
 * what a boundary catches (console.error), so nothing is logged here.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';

// On the first page, so kept tiny: the recovery loads only once offered. Should it fail to
// load (offline), the offer is left out rather than failing the page.
const Recovery = lazy(() => import('../lib/screen-recovery').catch(() => ({ default: () => null })));

interface State {
  readonly error: Error | null;
  /** "Try again" was pressed: failing again, the screen's own saved data may be the cause. */
  readonly retried?: boolean;
  /** Where that data went, once set aside: shown above the screen. */
  readonly notice?: ReactNode;
}

const button = 'rounded-md border border-red-400 px-3 py-1';
const alert =
  'mx-auto max-w-2xl rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100';

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error, notice } = this.state;
    // The notice stays above, even should the screen fail once more: its old link is only there.
    return (
      <>
        {notice}
        {error ? (
          <div role="alert" className={alert}>
            <h2 className="text-lg font-semibold">Something went wrong on this screen.</h2>
            <p className="mt-1 text-sm">{error.message || 'An unexpected error occurred.'}</p>
            <p className="mt-3 flex gap-3 text-sm">
              <button type="button" className={button} onClick={() => this.setState({ error: null, retried: true })}>
                Try again
              </button>
              {this.state.retried && (
                <Suspense>
                  <Recovery
                    className={button}
                    onCleared={(cleared) => this.setState({ error: null, retried: false, notice: cleared })}
                  />
                </Suspense>
              )}
              <a className={button} href="/">
                Start over with the defaults
              </a>
            </p>
          </div>
        ) : (
          this.props.children
        )}
      </>
    );
  }
}
