/**
 * An old Plan link opened as an estimate: its lines become clip lines (label, clips, priority,
 * request) planned against its budget; what has no place in an estimate is said, not dropped silently.
 */
import { DEFAULT_GENERATION_SECONDS } from '../../engine';
import { newLineKey, type EstimateDraft } from './estimate-draft';
import { parsePlanUrl } from './plan-link';

const PLAN_ONLY = ['pc', 'clips', 'days'];

/** The estimate a Plan link's query describes, and what of it is not used; null when the query has none of it. */
export function planLinkDraft(search: string): { draft: EstimateDraft; ignored: string[] } | null {
  const params = new URLSearchParams(search);
  if (params.size === 0) return null;
  const { state, ignored } = parsePlanUrl(search);
  const notes = [...ignored];
  if (PLAN_ONLY.some((p) => params.has(p)))
    notes.push('the one-clip package planner (pc, clips, days): packages are now planned from all the lines');
  return {
    ignored: notes,
    draft: {
      customer: 'From a Plan link',
      months: '1',
      discountPct: '0',
      package: 'list',
      generationSeconds: String(params.has('gen') ? state.generationSeconds : DEFAULT_GENERATION_SECONDS),
      lines: state.lines.map((l) => ({
        kind: 'clip',
        key: newLineKey(),
        name: l.label,
        count: String(l.count),
        priority: String(l.priority),
        values: l.values,
      })),
      budget: {
        on: true,
        budgetUsd: state.budgetUsd,
        against: state.against,
        alerts: state.thresholds.join(', '),
      },
    },
  };
}
