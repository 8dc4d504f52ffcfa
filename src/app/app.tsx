/** The shell: header, navigation, the current screen inside an error boundary. */
import { lazy, Suspense, useState } from 'react';
import { QuotePage } from '../features/quote/quote-page';
import { createRateCardsStore, RateCardsContext, type RateCardsStore } from '../lib/rate-cards/rate-cards-store';
import { useWhatIfSearch } from '../lib/what-if-url';
import { ErrorBoundary } from './error-boundary';
import { MarkReady } from './mark-ready';
import { ScreenNav } from './screen-nav';

// Each screen but Quote is its own chunk: the first page downloads only what it shows.
const ComparePage = lazy(() => import('../features/compare/compare-page'));
const EstimatesPage = lazy(() => import('../features/estimates/estimates-page'));
const MarginsPage = lazy(() => import('../features/margins/margins-page'));
const ExplainPage = lazy(() => import('../features/explain/explain-page'));
const RateCardsPage = lazy(() => import('../features/rate-cards/rate-cards-page'));
// Off the first page: an address with no screen is rare.
const NotFound = lazy(() => import('./not-found'));
const CustomerPage = lazy(() => import('../features/explain/customer-page'));

/** The page a customer is sent: shown without the internal screens' header and navigation. */
const CUSTOMER_PATH = '/explain/customer';

const LAZY: Record<string, React.LazyExoticComponent<() => React.JSX.Element>> = {
  '/compare': ComparePage,
  '/estimates': EstimatesPage,
  // The Plan screen's links open as estimates.
  '/plan': EstimatesPage,
  '/margins': MarginsPage,
  '/explain': ExplainPage,
  '/rate-cards': RateCardsPage,
  [CUSTOMER_PATH]: CustomerPage,
};

function Screen({ path }: { readonly path: string }) {
  if (path === '/' || path === '/index.html')
    return (
      <MarkReady>
        <QuotePage />
      </MarkReady>
    );
  const Lazy = LAZY[path] ?? NotFound;
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <MarkReady>
        <Lazy />
      </MarkReady>
    </Suspense>
  );
}

interface AppProps {
  /** The rate cards every screen reads; a store of its own, fetching them, when not given. */
  readonly cards?: RateCardsStore;
  /** The screen's path: the address bar's, or the one the build prerenders (`render-page.tsx`). */
  readonly path?: string;
}

export function App({ cards, path = window.location.pathname }: AppProps) {
  const [store] = useState(() => cards ?? createRateCardsStore());
  // The link's what-if goes with the user from screen to screen (SPEC §10); the customer page never has one.
  const whatIf = useWhatIfSearch();
  if (path === CUSTOMER_PATH)
    return (
      <RateCardsContext value={store}>
        <main className="min-h-screen bg-slate-50 px-4 py-6 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
          <ErrorBoundary>
            <Screen path={path} />
          </ErrorBoundary>
        </main>
      </RateCardsContext>
    );
  return (
    <RateCardsContext value={store}>
      <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b print:hidden border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <h1 className="text-xl font-semibold tracking-tight">Kling video cost calculator</h1>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Internal price against vendor cost, exact to the cent.
              </p>
            </div>
            <ScreenNav path={path} whatIf={whatIf} />
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">
          <ErrorBoundary>
            <Screen path={path} />
          </ErrorBoundary>
        </main>
      </div>
    </RateCardsContext>
  );
}
