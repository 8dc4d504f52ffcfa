/**
 * The form's estimate priced: the file it says, read by the engine's one reader, then priced on
 * the cards in force. Either the estimate, or every problem with the path of its field.
 */
import {
  parseEstimate,
  priceEstimate,
  readEstimateFile,
  type CardSet,
  type Estimate,
  type EstimateFile,
  type EstimateIssue,
} from '../../engine';
import { draftToFile } from './draft-file';
import type { EstimateDraft } from './estimate-draft';

export type PricedDraft =
  | { readonly ok: true; readonly file: EstimateFile; readonly estimate: Estimate }
  | { readonly ok: false; readonly issues: readonly EstimateIssue[] };

export function priceDraft(draft: EstimateDraft, set: CardSet): PricedDraft {
  const value = draftToFile(draft);
  const parsed = parseEstimate(value);
  if (!parsed.ok) return parsed;
  const priced = priceEstimate(parsed.estimate, set);
  if (!priced.ok) return priced;
  // The file as the schema reads it (trimmed text): what a link or a saved estimate keeps.
  const file = readEstimateFile(value);
  return file.ok ? { ok: true, file: file.file, estimate: priced.estimate } : file;
}

/** The id of the control for a field's path: `lines[1].clips_per_month` → `est-lines-1-clips_per_month`. */
export function fieldId(path: string): string {
  return `est-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

/** The message for one field, if the engine named it. */
export function issueAt(issues: readonly EstimateIssue[], path: string): string | undefined {
  return issues.find((i) => i.path === path)?.message;
}
