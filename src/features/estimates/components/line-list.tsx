/** The estimate's lines, each folded under a summary of what it is; add, duplicate and remove them. */
import { useState } from 'react';
import { findServicesCard, MAX_ESTIMATE_LINES, modelLabel, type CardSet, type EstimateIssue } from '../../../engine';
import { REFERENCE_LABELS } from '../../../components/request-form/quote-form-schema';
import { DEFAULT_VALUES } from '../../../components/request-form/quote-form-schema';
import { newLineKey, type LineDraft } from '../estimate-draft';
import { ClipRequest } from './clip-request';
import { defaultDuration, LineFields } from './line-fields';

interface LineListProps {
  readonly set: CardSet;
  readonly lines: readonly LineDraft[];
  readonly budgetOn: boolean;
  readonly issues: readonly EstimateIssue[];
  readonly onChange: (lines: readonly LineDraft[]) => void;
}

const button =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
const card = 'rounded-lg border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-800 dark:bg-slate-900';

function what(line: LineDraft, set: CardSet): string {
  const count = /^\d+$/.test(line.count.trim()) ? Number(line.count).toLocaleString('en-US') : line.count || '?';
  if (line.kind === 'service') {
    const label = findServicesCard(set)?.services.find((s) => s.id === line.service)?.label ?? line.service;
    return `${count} a month · ${label}${line.duration.trim() ? ` · ${line.duration.trim()} s` : ''}`;
  }
  const v = line.values;
  const parts = [
    modelLabel(set, v.model),
    v.mode,
    `${v.duration} s`,
    v.resolution,
    REFERENCE_LABELS[v.input],
    v.audio ? 'audio' : '',
  ];
  return `${count} clips a month · ${parts.filter(Boolean).join(' · ')}`;
}

/** The problems of a line that no field of its own shows: its request, or the line as a whole. */
function lineProblems(issues: readonly EstimateIssue[], i: number): string[] {
  const at = `lines[${i}]`;
  return issues
    .filter((x) => x.path === at || x.path.startsWith(`${at}.request`))
    .map((x) => (x.path === at ? x.message : `${x.path.slice(at.length + 1)}: ${x.message}`));
}

export function LineList({ set, lines, budgetOn, issues, onChange }: LineListProps) {
  // Which lines are unfolded: those the user opened, and each line as it is added.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (key: string, isOpen: boolean) =>
    setOpen((s) => (s.has(key) === isOpen ? s : new Set(isOpen ? [...s, key] : [...s].filter((k) => k !== key))));
  const replace = (i: number, line: LineDraft) => onChange(lines.map((l, j) => (j === i ? line : l)));
  const insert = (at: number, line: LineDraft) => {
    setOpen((s) => new Set([...s, line.key]));
    onChange([...lines.slice(0, at), line, ...lines.slice(at)]);
  };
  const add = (line: LineDraft) => insert(lines.length, line);
  // What every new line starts with: its own key, a name by its place, the lowest priority.
  const fresh = () => ({ key: newLineKey(), name: `Line ${lines.length + 1}`, priority: '1' });
  const firstService = findServicesCard(set)?.services[0];
  const full = lines.length >= MAX_ESTIMATE_LINES;
  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-3">
        {lines.map((line, i) => {
          const problems = lineProblems(issues, i);
          const hasIssue = problems.length > 0 || issues.some((x) => x.path.startsWith(`lines[${i}].`));
          return (
            <li key={line.key} className={card} data-line-index={i}>
              <details open={open.has(line.key)} onToggle={(e) => toggle(line.key, e.currentTarget.open)}>
                <summary className="cursor-pointer">
                  <span className="font-semibold">
                    {i + 1}. {line.name.trim() || 'Unnamed line'}
                  </span>
                  <span className="block text-sm text-slate-700 dark:text-slate-300">{what(line, set)}</span>
                  {hasIssue ? <span className="text-sm text-red-700 dark:text-red-400">Needs a correction</span> : null}
                </summary>
                <div className="mt-3 flex flex-col gap-4">
                  <LineFields
                    set={set}
                    index={i}
                    line={line}
                    budgetOn={budgetOn}
                    issues={issues}
                    onChange={(next) => replace(i, next)}
                  />
                  {problems.map((p) => (
                    <p key={p} className="text-sm text-red-700 dark:text-red-400">
                      {p}
                    </p>
                  ))}
                  {line.kind === 'clip' ? (
                    <ClipRequest
                      set={set}
                      values={line.values}
                      idPrefix={`${line.key}-`}
                      label={`Clip of line ${i + 1}`}
                      onChange={(values) => replace(i, { ...line, values })}
                    />
                  ) : null}
                  <div className="flex flex-wrap gap-2">
                    <button
                      type="button"
                      className={button}
                      disabled={full}
                      onClick={() =>
                        onChange([
                          ...lines.slice(0, i + 1),
                          { ...line, key: newLineKey(), name: `${line.name} (copy)` },
                          ...lines.slice(i + 1),
                        ])
                      }
                    >
                      Duplicate line {i + 1}
                    </button>
                    <button
                      type="button"
                      className={button}
                      disabled={lines.length === 1}
                      onClick={() => onChange(lines.filter((_, j) => j !== i))}
                    >
                      Remove line {i + 1}
                    </button>
                  </div>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          disabled={full}
          onClick={() => add({ ...fresh(), kind: 'clip', count: '1000', values: DEFAULT_VALUES })}
        >
          Add clips
        </button>
        <button
          type="button"
          className={button}
          disabled={full}
          onClick={() =>
            add({
              ...fresh(),
              kind: 'service',
              count: '100',
              service: firstService?.id ?? 'lip-sync',
              duration: defaultDuration(firstService, ''),
            })
          }
        >
          Add a service
        </button>
        {full ? <p className="text-sm">An estimate holds at most {MAX_ESTIMATE_LINES} lines.</p> : null}
      </div>
    </div>
  );
}
