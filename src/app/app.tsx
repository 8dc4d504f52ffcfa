/** The shell: header, navigation, the current screen inside an error boundary. */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QuotePage } from '../features/quote/quote-page';
import { createQueryClient } from '../lib/query-client';
import { ErrorBoundary } from './error-boundary';

const SCREENS = [{ path: '/', label: 'Quote' }] as const;

function Screen({ path }: { readonly path: string }) {
  if (path === '/' || path === '/index.html') return <QuotePage />;
  return (
    <div>
      <h2 className="text-lg font-semibold">Page not found</h2>
      <p className="mt-1 text-sm">
        There is no screen at this address. <a className="text-blue-700 underline dark:text-blue-300" href="/">Open the Quote screen</a>.
      </p>
    </div>
  );
}

export function App({ client }: { readonly client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  const path = window.location.pathname;
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <h1 className="text-xl font-semibold tracking-tight">Kling video cost calculator</h1>
              <p className="text-sm text-slate-600 dark:text-slate-400">Internal price against vendor cost, exact to the cent.</p>
            </div>
            <nav aria-label="Screens">
              <ul className="flex gap-2">
                {SCREENS.map((s) => (
                  <li key={s.path}>
                    <a
                      href={s.path}
                      aria-current={path === s.path ? 'page' : undefined}
                      className="rounded-md px-3 py-1.5 text-sm font-medium hover:bg-slate-100 aria-[current=page]:bg-blue-700 aria-[current=page]:text-white dark:hover:bg-slate-800"
                    >
                      {s.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">
          <ErrorBoundary>
            <Screen path={path} />
          </ErrorBoundary>
        </main>
      </div>
    </QueryClientProvider>
  );
}
