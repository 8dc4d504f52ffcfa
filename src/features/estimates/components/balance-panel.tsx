/**
 * Account balance: paste Kling's account-costs answer; see each resource pack's remaining
 * units, expiry, what would be forfeited at the monthly volume, and how long the balance
 * lasts. Kept in this link (compressed, in the fragment) or in this browser; nothing leaves
 * the browser.
 */
import { useState } from 'react';
import { parseAccountCosts, projectBalance, type BalanceProjection } from '../../../engine';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import { Panel } from '../../../components/ui/panel';
import { parseJson } from '../../../lib/parse-json';
import { BALANCE_KEY } from '../../../lib/screen-storage-keys';
import { useKeptText } from '../../../lib/use-kept-text';
import { ScrollTable } from '../../../components/ui/scroll-table';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';
const LINK_WORDS = { carried: 'account balance', paste: 'account-costs answer' };
const tooLarge = { ok: false, error: 'The paste is over 1 MB.' } as const;
const COLUMNS = ['Pack', 'Status', 'Remaining / total', 'Expires (UTC)', 'Used before expiry', 'Forfeited'];

export function BalancePanel({ defaultUnitsPerMonth }: { readonly defaultUnitsPerMonth: string }) {
  const { text, keptIn, problem, keep } = useKeptText({
    storageKey: BALANCE_KEY,
    fragment: 'balance',
    words: LINK_WORDS,
    reads: (linked) => parseJson(linked).ok,
  });
  const [units, setUnits] = useState(defaultUnitsPerMonth);
  const [now] = useState(() => Date.now());

  const unitsError = /^\s*\d{1,9}(\.\d+)?\s*$/.test(units) ? undefined : 'A number of units, such as 40000.';
  // The bounded parser: a saved or linked balance nested thousands deep is named, never a crash.
  const json = text.trim() === '' ? null : text.length > 1_000_000 ? tooLarge : parseJson(text);
  const parsed = json && json.ok ? parseAccountCosts(json.value) : null;
  const notBalance = parsed && !parsed.ok ? `This is not an account balance: ${parsed.error}.` : undefined;
  const error = json && !json.ok ? json.error : notBalance;
  const perMonth = Number(units);
  const projection = parsed && parsed.ok && !unitsError ? projectBalance(parsed.packs, now, perMonth) : null;

  return (
    <Panel title="Account balance" headingId="balance-heading">
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="flex flex-col gap-3">
          <Field
            id="balance-json"
            label="Kling's account-costs answer (JSON)"
            error={error}
            hint="Remaining figures lag up to 12 hours at Kling."
          >
            <textarea
              id="balance-json"
              className={`${controlClass} min-h-40 font-mono text-sm`}
              spellCheck={false}
              value={text}
              aria-invalid={error ? true : undefined}
              aria-describedby={fieldDescribedBy('balance-json', error, 'hint')}
              onChange={(e) => keep(e.target.value, keptIn)}
            />
          </Field>
          <Field id="balance-units" label="Units used per month" error={unitsError}>
            <input
              id="balance-units"
              className={controlClass}
              inputMode="decimal"
              value={units}
              aria-invalid={unitsError ? true : undefined}
              aria-describedby={fieldDescribedBy('balance-units', unitsError)}
              onChange={(e) => setUnits(e.target.value)}
            />
          </Field>
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="mb-1 font-medium">Keep the balance in</legend>
            {(['link', 'browser'] as const).map((where) => {
              const choose = () => keep(text, where);
              return (
                <label key={where} className="inline-flex items-center gap-2">
                  <input type="radio" name="balance-keep" checked={keptIn === where} onChange={choose} /> this {where}
                </label>
              );
            })}
          </fieldset>
          <p role="status" className="text-sm">
            {problem}
          </p>
        </div>
        {projection ? <ProjectionView projection={projection} perMonth={perMonth} /> : null}
      </div>
    </Panel>
  );
}

interface ProjectionViewProps {
  readonly projection: BalanceProjection;
  readonly perMonth: number;
}

function ProjectionView({ projection, perMonth }: ProjectionViewProps) {
  const lasts = Number.isFinite(projection.lastsDays) && projection.lastsUntil !== null ? projection.lastsUntil : null;
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="balance">
      <p>
        <strong>{number.format(projection.remaining)}</strong> units usable;{' '}
        {lasts !== null ? (
          <>
            at {number.format(perMonth)} units a month they last{' '}
            <strong>{number.format(projection.lastsDays)} days</strong> (until {date.format(lasts)} UTC)
          </>
        ) : (
          'at no volume they are not used'
        )}
        ; <strong data-testid="balance-forfeited">{number.format(projection.forfeited)}</strong> units would expire
        unused.
      </p>
      <ScrollTable caption="Resource packs, the first to expire first" captionId="balance-packs">
        <table className="w-full" aria-labelledby="balance-packs">
          <thead>
            <tr>
              {COLUMNS.map((h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {projection.packs.map((p) => (
              <tr key={p.pack.id}>
                <th scope="row" className={`${th} font-normal`}>
                  {p.pack.name}
                </th>
                <td className={td}>{p.pack.status}</td>
                <td className={td}>
                  {number.format(p.pack.remaining)} / {number.format(p.pack.total)}
                </td>
                <td className={td}>{date.format(p.pack.expiryTime)}</td>
                <td className={td}>{p.usable ? number.format(p.used) : '—'}</td>
                <td className={td}>{p.usable ? number.format(p.forfeited) : 'expired'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
