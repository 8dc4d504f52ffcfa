/**
 * Account balance (issue 6): paste Kling's account-costs answer; see each resource pack's
 * remaining units, expiry, what would be forfeited at the monthly volume, and how long the
 * balance lasts. Kept in this link (compressed, in the fragment) or in this browser; nothing
 * leaves the browser.
 */
import { useEffect, useState } from 'react';
import { parseAccountCosts, projectBalance } from '../../../engine';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import { Panel } from '../../../components/ui/panel';
import { parseJson } from '../../../lib/parse-json';
import { compressToUrl, decompressFromUrl } from '../../../lib/url-compress';

const KEY = 'kling-calc:balance:v1';
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 text-right tabular-nums dark:border-slate-800';

type Keep = 'link' | 'browser';

function readStored(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function BalancePanel({ defaultUnitsPerMonth }: { readonly defaultUnitsPerMonth: string }) {
  const [text, setText] = useState(() => readStored());
  const [keep, setKeep] = useState<Keep>(() => (readStored() ? 'browser' : 'link'));
  const [units, setUnits] = useState(defaultUnitsPerMonth);
  const [status, setStatus] = useState('');
  const [now] = useState(() => Date.now());

  useEffect(() => {
    const packed = new URLSearchParams(window.location.hash.slice(1)).get('balance');
    if (!packed) return;
    let live = true;
    void decompressFromUrl(packed).then((read) => {
      if (!live) return;
      if (read.ok) {
        setText(read.text);
        setKeep('link');
      } else setStatus(read.error);
    });
    return () => {
      live = false;
    };
  }, []);

  // Keep the paste where the user chose, and only there (called from the handlers).
  const persist = (nextText: string, nextKeep: Keep) => {
    setText(nextText);
    setKeep(nextKeep);
    const hash = new URLSearchParams(window.location.hash.slice(1));
    const write = (h: URLSearchParams) =>
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${h.size ? `#${h}` : ''}`);
    try {
      if (nextKeep === 'browser' && nextText.trim() !== '') localStorage.setItem(KEY, nextText);
      else localStorage.removeItem(KEY);
    } catch {
      setStatus('This browser refused to keep the balance.');
    }
    if (nextKeep === 'browser' || nextText.trim() === '') {
      hash.delete('balance');
      write(hash);
      return;
    }
    void compressToUrl(nextText).then((packed) => {
      hash.set('balance', packed);
      write(hash);
    });
  };

  const unitsError = /^\s*\d{1,9}(\.\d+)?\s*$/.test(units) ? undefined : 'A number of units, such as 40000.';
  const json = text.trim() === '' ? null : text.length > 1_000_000 ? { ok: false as const, error: 'The paste is over 1 MB.' } : parseJson(text);
  const parsed = json && json.ok ? parseAccountCosts(json.value) : null;
  const error = json && !json.ok ? json.error : parsed && !parsed.ok ? `This is not an account balance: ${parsed.error}.` : null;
  const projection = parsed && parsed.ok && !unitsError ? projectBalance(parsed.packs, now, Number(units)) : null;

  return (
    <Panel title="Account balance" headingId="balance-heading">
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="flex flex-col gap-3">
          <Field id="balance-json" label="Kling's account-costs answer (JSON)" error={error ?? undefined} hint="Remaining figures lag up to 12 hours at Kling.">
            <textarea id="balance-json" className={`${controlClass} min-h-40 font-mono text-sm`} spellCheck={false} value={text} aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy('balance-json', error ?? undefined, 'hint')} onChange={(e) => persist(e.target.value, keep)} />
          </Field>
          <Field id="balance-units" label="Units used per month" error={unitsError}>
            <input id="balance-units" className={controlClass} inputMode="decimal" value={units} aria-invalid={unitsError ? true : undefined} aria-describedby={fieldDescribedBy('balance-units', unitsError)} onChange={(e) => setUnits(e.target.value)} />
          </Field>
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="mb-1 font-medium">Keep the balance in</legend>
            <label className="inline-flex items-center gap-2"><input type="radio" name="balance-keep" checked={keep === 'link'} onChange={() => persist(text, 'link')} /> this link</label>
            <label className="inline-flex items-center gap-2"><input type="radio" name="balance-keep" checked={keep === 'browser'} onChange={() => persist(text, 'browser')} /> this browser</label>
          </fieldset>
          <p role="status" className="text-sm">{status}</p>
        </div>
        {projection ? (
          <div className="flex flex-col gap-2 text-sm" data-testid="balance">
            <p>
              <strong>{number.format(projection.remaining)}</strong> units usable;{' '}
              {Number.isFinite(projection.lastsDays) && projection.lastsUntil !== null
                ? <>at {number.format(Number(units))} units a month they last <strong>{number.format(projection.lastsDays)} days</strong> (until {date.format(projection.lastsUntil)} UTC)</>
                : 'at no volume they are not used'}
              ; <strong data-testid="balance-forfeited">{number.format(projection.forfeited)}</strong> units would expire unused.
            </p>
            <div className="overflow-x-auto">
              <table className="w-full">
                <caption className="mb-1 text-left font-medium">Resource packs, the first to expire first</caption>
                <thead>
                  <tr>{['Pack', 'Status', 'Remaining / total', 'Expires (UTC)', 'Used before expiry', 'Forfeited'].map((h) => <th key={h} scope="col" className={th}>{h}</th>)}</tr>
                </thead>
                <tbody>
                  {projection.packs.map((p) => (
                    <tr key={p.pack.id}>
                      <th scope="row" className={`${th} font-normal`}>{p.pack.name}</th>
                      <td className={td}>{p.pack.status}</td>
                      <td className={td}>{number.format(p.pack.remaining)} / {number.format(p.pack.total)}</td>
                      <td className={td}>{date.format(p.pack.expiryTime)}</td>
                      <td className={td}>{p.usable ? number.format(p.used) : '—'}</td>
                      <td className={td}>{p.usable ? number.format(p.forfeited) : 'expired'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
      </div>
    </Panel>
  );
}
