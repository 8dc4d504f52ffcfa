/**
 * The difference at each volume: which configuration has the lowest price, the lowest vendor
 * cost and the highest margin, and by how much it beats the next one, in words.
 */
import { volumeWinners, WINNER_METRICS } from '../../../engine';
import type { PricedConfig, VolumeRow } from '../scenario-rows';
import { METRIC_NAMES, winnerWords } from '../winner-words';

const count = new Intl.NumberFormat('en-US');
const th = 'ui-th align-top';
const td = 'border-b border-slate-100 px-2 py-2 align-top dark:border-slate-800';

export function WinnersTable({
  captionId,
  priced,
  rows,
}: {
  readonly captionId: string;
  readonly priced: readonly PricedConfig[];
  readonly rows: readonly VolumeRow[];
}) {
  const labels = priced.map((p) => p.label);
  return (
    <table className="w-full text-sm" aria-labelledby={captionId}>
      <thead>
        <tr>
          <th scope="col" className={`${th} w-20`}>
            Clips kept / month
          </th>
          <th scope="col" className={th}>
            Who wins, and by how much
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const winners = volumeWinners(r.costs);
          return (
            <tr key={r.volume}>
              <th scope="row" className={`${td} text-left font-normal tabular-nums`}>
                {count.format(r.volume)}
              </th>
              <td className={td}>
                <ul className="flex flex-col gap-1.5">
                  {WINNER_METRICS.map((metric) => {
                    const words = winnerWords(winners[metric], labels, r.volume);
                    return (
                      <li key={metric}>
                        <span className="font-semibold">{METRIC_NAMES[metric]}:</span> {words.sentence}
                        {words.note ? (
                          <span className="block text-xs text-slate-700 dark:text-slate-300">{words.note}</span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
