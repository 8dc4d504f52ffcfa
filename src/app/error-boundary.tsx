/**
 * No failure ever leaves a blank page: the error is shown, with a way back. React itself logs
 * what a boundary catches (console.error), so nothing is logged here.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';

// On the first page, so kept tiny: the failure's view loads only when a screen fails. Should it
// fail to load too (offline), the error is still named, with the way back.
const ScreenFailure = lazy(() =>
  import('./screen-failure').catch(() => ({
    default: ({ message }: { readonly message: string }) => (
      <p role="alert">
        Something went wrong on this screen: {message || 'an unexpected error occurred'}.{' '}
        <a className="underline" href="/">
          Start over with the defaults
        </a>
      </p>
    ),
  })),
);

interface State {
  readonly error: Error | null;
  /** "Try again" was pressed: failing again, the screen's own saved data may be the cause. */
  readonly retried?: boolean;
  /** Where that data went, once set aside: shown above the screen. */
  readonly notice?: ReactNode;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error, notice, retried = false } = this.state;
    // The notice stays above, even should the screen fail once more: its old link is only there.
    return (
      <>
        {notice}
        {error ? (
          <Suspense fallback={<p role="status">Something went wrong on this screen…</p>}>
            <ScreenFailure
              message={error.message}
              retried={retried}
              onRetry={() => this.setState({ error: null, retried: true })}
              onCleared={(cleared) => this.setState({ error: null, retried: false, notice: cleared })}
            />
          </Suspense>
        ) : (
          this.props.children
        )}
      </>
    );
  }
}
