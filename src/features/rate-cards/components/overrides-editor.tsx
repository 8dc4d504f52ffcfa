/** Overrides: model multipliers, custom vendor rates, a vendor discount; saved, exported, imported. */
import { useMemo, useState } from 'react';
import {
  hasOverrides,
  knownModels,
  modelLabel,
  modelMultiplierOf,
  NO_OVERRIDES,
  type CardSet,
  type Overrides,
} from '../../../engine';
import { FileButton } from '../../../components/ui/file-button';
import { Panel } from '../../../components/ui/panel';
import { downloadText } from '../../../lib/csv';
import type { SaveOptions } from '../../../lib/overrides-save';
import { readChosenFile } from '../../../lib/read-chosen-file';
import { fromDraft, parseOverridesFile, toDraft, type Draft } from '../overrides-draft';
import { useOverridesSaver } from '../use-overrides-saver';
import { DiscountField } from './discount-field';
import { ImportConfirm } from './import-confirm';
import { OverrideRows } from './override-rows';
import { UnreadableEntry } from './unreadable-entry';
import { checkModels, modelCheckMessage, type ModelCheck } from '../model-check';
import { ModelCheckActions, ModelOptions } from './model-check-actions';

const button = 'ui-button';
const primary = 'rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800';
const SAVED = 'Saved in this browser; every screen now uses them.';
const CLEARED = 'Overrides cleared: the cards are used as published.';
const UNCONFIRMED = 'Not saved: a model multiplier names a model no card knows. Correct it, or save it anyway.';
const MODEL_LIST = 'override-models';

// One fieldset per kind of override, each named by its key in the draft.
const ROWS = [
  { kind: 'multipliers', legend: 'Model multipliers (internal card)', valueLabel: 'Multiplier' },
  { kind: 'rates', legend: 'Custom vendor rates (for models no card prices)', valueLabel: 'USD per second' },
  {
    kind: 'services',
    keyLabel: 'Service id',
    legend: 'Internal prices for services, per task, image or 5-second block',
    valueLabel: 'USD',
  },
] as const;

interface OverridesEditorProps {
  readonly saved: Overrides;
  /** A saved entry that could be neither read nor backed up (see `overrides-save`). */
  readonly unreadable?: string;
  /** The cards as published, in force today: the models they know, the values they start from. */
  readonly cards: CardSet;
}

export function OverridesEditor({ saved, unreadable, cards }: OverridesEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(saved));
  // Saved elsewhere (a what-if saved as an override, another tab): the draft starts again from it.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setDraft(toDraft(saved));
  }
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<{ fileName: string; overrides: Overrides } | null>(null);
  const saver = useOverridesSaver();
  const { setStatus } = saver;
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [checks, setChecks] = useState<readonly ModelCheck[]>([]);
  const labels = useMemo(
    () => Object.fromEntries([...knownModels(cards)].sort().map((m) => [m, modelLabel(cards, m)])),
    [cards],
  );
  const startingValue = (model: string) => {
    const start = model === '' ? null : modelMultiplierOf(cards, model);
    if (!start) return null;
    return { value: start.factor, hint: `The card: × ${start.factor}${start.listed ? '' : ', its default'}` };
  };
  const apply = (overrides: Overrides, message: string, options?: SaveOptions) => {
    if (saver.save(overrides, message, options)) setDraft(toDraft(overrides));
  };
  /** Saves the draft, unless a multiplier names a model no card knows that is not in `sure`. */
  const save = (sure: ReadonlySet<string> = confirmed) => {
    const result = fromDraft(draft);
    const found = checkModels(draft.multipliers, cards, [...draft.rates.map((r) => r.model)], sure);
    const modelErrors: Record<string, string> = {};
    for (const check of found) {
      const message = modelCheckMessage(check);
      if (message) modelErrors[`multipliers.${check.index}.model`] = message;
    }
    setChecks(found);
    setErrors({ ...(result.ok ? {} : result.errors), ...modelErrors });
    if (result.ok && found.length === 0) apply(result.overrides, SAVED);
    else if (result.ok) setStatus(UNCONFIRMED);
    else setStatus(result.errors.form ?? 'Correct the fields marked to save.');
  };
  const confirm = (model: string) => {
    const sure = new Set([...confirmed, model]);
    setConfirmed(sure);
    save(sure);
  };
  const below = (index: number) => {
    const check = checks.find((c) => c.index === index);
    if (!check) return null;
    const use = (model: string) =>
      setDraft({ ...draft, multipliers: draft.multipliers.map((r, i) => (i === index ? { ...r, model } : r)) });
    return <ModelCheckActions check={check} onUse={use} onConfirm={() => confirm(check.model)} />;
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = await readChosenFile(input);
    if (!file) return;
    if ('error' in file) return setStatus(`${file.error} Not a set of overrides.`);
    const parsed = parseOverridesFile(file.text);
    if (!parsed.ok) return setStatus(parsed.error);
    // Nothing saved: nothing to replace, so nothing to ask.
    if (hasOverrides(saved)) setPending({ fileName: file.name, overrides: parsed.overrides });
    else apply(parsed.overrides, `Imported ${file.name}.`);
  };
  const closeConfirm = (message?: string) => {
    if (message) setStatus(message);
    setPending(null);
    document.getElementById('overrides-import')?.focus();
  };
  const exportSaved = () => {
    downloadText('kling-overrides.json', `${JSON.stringify(saved, null, 2)}\n`, 'application/json');
  };
  return (
    <Panel title="Overrides" headingId="overrides-heading">
      <form
        className="flex flex-col gap-4"
        noValidate
        aria-label="Overrides"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {ROWS.map(({ kind, ...labels }) => (
          <OverrideRows
            key={kind}
            kind={kind}
            {...labels}
            rows={draft[kind]}
            errors={errors}
            onChange={(rows) => setDraft({ ...draft, [kind]: rows })}
            {...(kind === 'multipliers' ? { startingValue, below, listId: MODEL_LIST } : {})}
          />
        ))}
        <ModelOptions id={MODEL_LIST} labels={labels} />
        <DiscountField
          value={draft.discount}
          error={errors.discount}
          onChange={(discount) => setDraft({ ...draft, discount })}
        />
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={primary}>
            Save overrides
          </button>
          <button type="button" className={button} onClick={exportSaved}>
            Export (JSON)
          </button>
          <FileButton
            id="overrides-import"
            label="Import (JSON)"
            accept="application/json,.json"
            onChoose={(input) => void importFile(input)}
          />
          <button
            type="button"
            className={button}
            onClick={() => apply(NO_OVERRIDES, CLEARED, { keepPrevious: 'clear' })}
          >
            Clear overrides
          </button>
          {unreadable !== undefined ? <UnreadableEntry raw={unreadable} onDownloaded={saver.markDownloaded} /> : null}
        </div>
        {pending ? (
          <ImportConfirm
            fileName={pending.fileName}
            saved={saved}
            incoming={pending.overrides}
            onReplace={() => {
              apply(pending.overrides, `Imported ${pending.fileName}.`, { keepPrevious: 'import' });
              closeConfirm();
            }}
            onCancel={() => closeConfirm('Import cancelled: your overrides are unchanged.')}
          />
        ) : null}
        <p role="status" className="text-sm">
          {saver.status}
        </p>
      </form>
    </Panel>
  );
}
