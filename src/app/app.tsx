/** The first page: the product's name and what it does. The Quote screen comes next. */
export function App() {
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto max-w-5xl px-4 py-4">
          <h1 className="text-xl font-semibold tracking-tight">Kling video cost calculator</h1>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8">
        <p className="max-w-prose leading-relaxed text-slate-700 dark:text-slate-300">
          Price a Kling video request exactly: our internal price (seconds rounded up × base rate × resolution,
          input and model multipliers, rounded half-up to the cent and kept between $0.01 and $10.00, charged at
          720p as billing does today) beside the vendor cost in Kling units at the unit price of a prepaid package,
          with the margin and every step of the calculation. The same engine runs the command line
          (<code className="font-mono text-sm">npm run --silent quote</code>) and reads its rate cards from{' '}
          <code className="font-mono text-sm">rate-cards/</code>.
        </p>
      </main>
    </div>
  );
}
