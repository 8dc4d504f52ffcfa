/** A diff of two versions of one card, and what it does to a sample request's price. */
import { useState } from 'react';
import { diffCards, parseRateCardText, samplePrice, unitPriceFor, type CardSet, type RateCard } from '../../../engine';
import { controlClass, Field } from '../../../components/ui/field';
import { FileButton } from '../../../components/ui/file-button';
import { Panel } from '../../../components/ui/panel';
import { formatUsd } from '../../../lib/format-money';
import { readChosenFile } from '../../../lib/read-chosen-file';

const SAMPLE = {
  model: 'kling-v3',
  mode: 'pro',
  durationSeconds: 10,
  resolution: '1080p',
  inputType: 'video',
  audio: false,
} as const;
const th = 'ui-th';
const td = 'border-b border-slate-100 px-2 py-1 font-mono dark:border-slate-800';
const money = (text: string) => (/^-?\d+(\.\d+)?$/.test(text) ? formatUsd(text) : text);

interface CardDiffViewProps {
  /** Every loaded card, all versions. */
  readonly cards: readonly RateCard[];
  /** The cards with the user's overrides applied. */
  readonly withOverrides: CardSet;
}

const keyOf = (c: RateCard | undefined) => `${c?.id}@${c?.version}`;

/** What a card is compared with at first: its next version (or, for the newest, the one before), else overrides. */
function defaultAgainst(cards: readonly RateCard[], key: string): string {
  const i = cards.findIndex((c) => keyOf(c) === key);
  const other = [cards[i - 1], cards[i + 1]].find((c) => c !== undefined && c.id === cards[i]?.id);
  return other ? keyOf(other) : 'overrides';
}

export function CardDiffView({ cards, withOverrides }: CardDiffViewProps) {
  const [beforeKey, setBeforeKey] = useState(() => keyOf(cards[0]));
  const [imported, setImported] = useState<RateCard | null>(null);
  const [afterChoice, setAfterChoice] = useState(() => defaultAgainst(cards, keyOf(cards[0])));
  const [status, setStatus] = useState('');
  const before = cards.find((c) => `${c.id}@${c.version}` === beforeKey) ?? cards[0];
  const sameId = cards.filter((c) => c.id === before?.id && c !== before);
  const overridden = [...withOverrides.internal, ...withOverrides.vendor].find((c) => c.id === before?.id);
  const after: RateCard | undefined =
    afterChoice === 'imported'
      ? (imported ?? undefined)
      : afterChoice === 'overrides'
        ? overridden
        : sameId.find((c) => `${c.id}@${c.version}` === afterChoice);
  // The vendor discount is an override of every vendor card, not a field of one.
  const discount =
    afterChoice === 'overrides' && before?.kind === 'vendor' ? withOverrides.vendorDiscountPct : undefined;
  const afterCard = after ?? (discount ? before : undefined);
  const changes = [
    ...(before && afterCard ? diffCards(before, afterCard) : []),
    ...(discount ? [{ path: '(your discount on vendor cost)', before: 'none', after: `${discount}%` }] : []),
  ];
  const unitPrice = before?.kind === 'vendor' ? unitPriceFor(withOverrides, before) : null;
  const sample = before && afterCard ? samplePrice(before, afterCard, SAMPLE, unitPrice, discount) : null;

  return (
    <Panel title="Compare two versions of a card" headingId="diff-heading">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="diff-before" label="Card">
          <select
            id="diff-before"
            className={controlClass}
            value={beforeKey}
            onChange={(e) => {
              setBeforeKey(e.target.value);
              setAfterChoice(defaultAgainst(cards, e.target.value));
            }}
          >
            {cards.map((c) => (
              <option key={`${c.id}@${c.version}`} value={`${c.id}@${c.version}`}>
                {c.id}@{c.version}
              </option>
            ))}
          </select>
        </Field>
        <Field id="diff-after" label="Against">
          <select
            id="diff-after"
            className={controlClass}
            value={afterChoice}
            onChange={(e) => setAfterChoice(e.target.value)}
          >
            <option value="overrides">This card with your overrides</option>
            {sameId.map((c) => (
              <option key={c.version} value={`${c.id}@${c.version}`}>
                Version {c.version}
              </option>
            ))}
            <option value="imported">A card file you import</option>
          </select>
        </Field>
      </div>
      {afterChoice === 'imported' ? (
        <div className="mt-3">
          <p id="diff-import-what" className="mb-1 text-sm font-medium">
            Card file (JSON, checked by the card schema)
          </p>
          <FileButton
            id="diff-import"
            label="Choose a card file"
            describedBy="diff-import-what"
            accept="application/json,.json"
            onChoose={async (input) => {
              const file = await readChosenFile(input);
              if (!file) return;
              if ('error' in file) return setStatus(`Refused: ${file.error}`);
              const parsed = parseRateCardText(file.text, file.name);
              if (parsed.ok) {
                setImported(parsed.card);
                setStatus(`Imported ${parsed.card.id}@${parsed.card.version}.`);
              } else {
                const problems = parsed.problems.map((p) => `${p.file}: ${p.path}: ${p.reason}`).join('; ');
                setStatus(`Refused: ${problems}`);
              }
            }}
          />
        </div>
      ) : null}
      <p role="status" className="mt-2 text-sm">
        {status}
      </p>
      {afterCard ? (
        <div className="mt-3 flex flex-col gap-3 text-sm">
          {changes.length === 0 ? (
            <p>No differences.</p>
          ) : (
            <table className="w-full" data-testid="card-diff">
              <caption className="text-left font-medium">
                {changes.length} change{changes.length === 1 ? '' : 's'} from {keyOf(before)} to{' '}
                {afterChoice === 'overrides' ? 'it with your overrides' : keyOf(afterCard)}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Field
                  </th>
                  <th scope="col" className={th}>
                    Before
                  </th>
                  <th scope="col" className={th}>
                    After
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.path}>
                    <th scope="row" className={`${th} font-normal`}>
                      {c.path}
                    </th>
                    <td className={td}>{c.before}</td>
                    <td className={td}>{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {sample ? (
            <p data-testid="diff-sample">
              Sample request (kling-v3, pro, 10 s, 1080p, video): {sample.what} {money(sample.before)} before,{' '}
              {money(sample.after)} after.
            </p>
          ) : null}
        </div>
      ) : (
        <p className="mt-2 text-sm">
          {afterChoice === 'imported' ? 'Import a card file to compare.' : 'Your overrides do not change this card.'}
        </p>
      )}
    </Panel>
  );
}
