/**
 * Price a file of envelopes in a Web Worker, streamed, with a progress bar and Cancel. Rows
 * that say what was charged are checked against the cards in force on their date (SPEC §8).
 */
import { useEffect, useRef, useState } from 'react';
import type { CardSet } from '../../../engine';
import { FileButton } from '../../../components/ui/file-button';
import { Panel } from '../../../components/ui/panel';
import type { FromWorker, ToWorker } from '../batch-protocol';
import { BatchResults } from './batch-results';

type Done = Extract<FromWorker, { type: 'done' }> & {
  csvUrl: string;
  mismatchCsvUrl: string | null;
  /** The date rows without created_at were priced as of. */
  asOf: string | null;
};
type State =
  | { phase: 'idle' }
  | { phase: 'running'; name: string; bytes: number; total: number; rows: number }
  | { phase: 'done'; name: string; result: Done }
  | { phase: 'stopped'; message: string };

export type WorkerFactory = () => Worker;
const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('../batch-worker.ts', import.meta.url), { type: 'module' });
const count = new Intl.NumberFormat('en-US');
const dropZone = 'rounded-md border-2 border-dashed p-4 text-sm';
const dropActive = 'border-blue-600 bg-blue-50 dark:bg-blue-950';
const dropIdle = 'border-slate-300 dark:border-slate-600';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface BatchPanelProps {
  readonly set: CardSet;
  /** The date (YYYY-MM-DD) rows without created_at are priced as of; default: the set's own. */
  readonly asOf?: string;
  readonly createWorker?: WorkerFactory;
}

export function BatchPanel({ set, asOf, createWorker = defaultWorker }: BatchPanelProps) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | null>(null);
  const csvUrl = state.phase === 'done' ? state.result.csvUrl : null;
  const mismatchCsvUrl = state.phase === 'done' ? state.result.mismatchCsvUrl : null;
  const pricedAsOf = asOf !== undefined && DATE.test(asOf) ? asOf : set.asOf;

  useEffect(() => () => worker.current?.terminate(), []);
  useEffect(() => () => (csvUrl ? URL.revokeObjectURL(csvUrl) : undefined), [csvUrl]);
  useEffect(() => () => (mismatchCsvUrl ? URL.revokeObjectURL(mismatchCsvUrl) : undefined), [mismatchCsvUrl]);

  const start = (file: File) => {
    worker.current?.terminate();
    const w = createWorker();
    worker.current = w;
    setState({ phase: 'running', name: file.name, bytes: 0, total: file.size, rows: 0 });
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress')
        setState({ phase: 'running', name: file.name, bytes: message.bytes, total: message.total, rows: message.rows });
      else if (message.type === 'done') {
        const urls = {
          csvUrl: URL.createObjectURL(message.csv),
          mismatchCsvUrl: message.mismatchCsv ? URL.createObjectURL(message.mismatchCsv) : null,
        };
        setState({ phase: 'done', name: file.name, result: { ...message, ...urls, asOf: pricedAsOf } });
        w.terminate();
      } else if (message.type === 'refused') {
        const why = `${file.name} was not priced: ${message.message}. Fix it and choose it again.`;
        setState({ phase: 'stopped', message: why });
        w.terminate();
      } else {
        setState({ phase: 'stopped', message: `The file could not be priced: ${message.message}` });
        w.terminate();
      }
    };
    w.onerror = () =>
      setState({
        phase: 'stopped',
        message: 'The pricing worker stopped unexpectedly; the page is still usable. Try again.',
      });
    const message: ToWorker = { type: 'start', file, name: file.name, set, options: {}, asOf: pricedAsOf };
    w.postMessage(message);
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setState({ phase: 'stopped', message: 'Cancelled. Nothing was kept from the file.' });
    document.getElementById('batch-file')?.focus();
  };

  return (
    <Panel title="Price a file" headingId="batch-heading">
      <div className="flex flex-col gap-3">
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file) start(file);
          }}
          className={`${dropZone} ${dragging ? dropActive : dropIdle}`}
        >
          <label htmlFor="batch-file" className="font-medium">
            A JSON Lines or CSV file of envelopes
          </label>
          <p id="batch-file-hint" className="text-slate-700 dark:text-slate-300">
            Drop it here or choose it. CSV columns are named after the envelope fields (model_name, mode, duration, …).
            Rows with charged_usd or final_unit_deduction are checked against the cards in force on their created_at
            {pricedAsOf ? `, or on ${pricedAsOf} without one` : ''}. It is read in your browser only.
          </p>
          <div className="mt-2">
            <FileButton
              id="batch-file"
              label="Choose a file"
              accept=".jsonl,.ndjson,.json,.csv,text/csv,application/json"
              describedBy="batch-file-hint"
              onChoose={(input) => {
                const file = input.files?.[0];
                if (file) start(file);
                input.value = '';
              }}
            />
          </div>
        </div>
        {state.phase === 'running' ? (
          <div className="flex flex-wrap items-center gap-3">
            <label htmlFor="batch-progress" className="text-sm">
              Pricing {state.name}: {count.format(state.rows)} rows
            </label>
            <progress id="batch-progress" className="w-64" max={Math.max(1, state.total)} value={state.bytes} />
            <button
              type="button"
              onClick={cancel}
              className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600"
            >
              Cancel
            </button>
          </div>
        ) : null}
        <p role="status" className="text-sm">
          {state.phase === 'stopped' ? state.message : state.phase === 'done' ? `${state.name}: done.` : ''}
        </p>
        {state.phase === 'done' ? (
          <BatchResults
            totals={state.result.totals}
            errors={state.result.errors}
            csvUrl={state.result.csvUrl}
            mismatchCsvUrl={state.result.mismatchCsvUrl}
            asOf={state.result.asOf}
            staleAsOf={pricedAsOf !== state.result.asOf ? pricedAsOf : null}
          />
        ) : null}
      </div>
    </Panel>
  );
}
