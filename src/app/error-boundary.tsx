/** No failure ever leaves a blank page: the error is shown, with a way back. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unexpected error in the page', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="mx-auto max-w-2xl rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100">
        <h2 className="text-lg font-semibold">Something went wrong on this screen.</h2>
        <p className="mt-1 text-sm">{this.state.error.message || 'An unexpected error occurred.'}</p>
        <p className="mt-3 flex gap-3 text-sm">
          <button type="button" className="rounded-md border border-red-400 px-3 py-1" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <a className="rounded-md border border-red-400 px-3 py-1" href="/">
            Start over with the defaults
          </a>
        </p>
      </div>
    );
  }
}
