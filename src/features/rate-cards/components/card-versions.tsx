/** Every version of every card with its date, and where each stands today (SPEC §8). */
import type { CardVersionRow } from '../card-versions';

const cardClass = 'grid gap-x-4 gap-y-1 border-t border-slate-200 py-2 sm:grid-cols-[18rem_1fr] dark:border-slate-700';

function standing(row: CardVersionRow): string {
  if (row.status === 'in force') return row.until ? `in force until ${row.until}` : 'in force';
  if (row.status === 'future') return 'future: not yet in force';
  return row.until ? `superseded on ${row.until}` : 'superseded';
}

/** The rows of one card id together, newest first, as `cardVersionRows` gives them. */
function byCard(rows: readonly CardVersionRow[]): Array<[string, CardVersionRow[]]> {
  const groups = new Map<string, CardVersionRow[]>();
  for (const row of rows) groups.set(row.card.id, [...(groups.get(row.card.id) ?? []), row]);
  return [...groups];
}

export function CardVersions({ rows, today }: { readonly rows: readonly CardVersionRow[]; readonly today: string }) {
  return (
    <section aria-labelledby="versions-heading" className="ui-panel flex min-w-0 flex-col gap-3">
      <h2 id="versions-heading" className="text-lg font-semibold">
        Versions and dates
      </h2>
      <p className="text-sm">
        A card is in force from its date (UTC) until its next version’s. Standing as of today, {today}.
      </p>
      <ul className="flex flex-col text-sm" data-testid="card-versions">
        {byCard(rows).map(([id, versions]) => (
          <li key={id} aria-label={id} className={cardClass}>
            <span className="font-mono font-medium break-all">{id}</span>
            <ul className="flex flex-col gap-1">
              {versions.map((row) => (
                <li key={row.card.version} className={row.status === 'in force' ? 'font-semibold' : undefined}>
                  Version <span className="font-mono whitespace-nowrap">{row.from ?? row.card.version}</span>:{' '}
                  {standing(row)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
