/**
 * A schema issue in a set of overrides, in words. The engine's decimal schema refuses "-0.6"
 * as "not a decimal written as text"; for an amount a person typed, the truth is that it is
 * negative, so that is what we say (SPEC §7: a clear message).
 */
import { formatIssuePath } from '../engine';

const NEGATIVE_DECIMAL = /^-\d{1,9}(\.\d{1,8})?$/;

/** "must be 0 or more, got -0.6" for a negative decimal written as text; null for anything else. */
export function negativeAmountProblem(text: string): string | null {
  return NEGATIVE_DECIMAL.test(text) && Number(text) < 0 ? `must be 0 or more, got ${text}` : null;
}

function valueAt(json: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = json;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface Issue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/** `path: reason` for an issue the overrides schema found in `json`, `whole` naming the root ("the file"). */
export function describeOverridesIssue(issue: Issue, json: unknown, whole: string): string {
  const value = valueAt(json, issue.path);
  const negative = typeof value === 'string' ? negativeAmountProblem(value) : null;
  return `${formatIssuePath(issue.path) || whole}: ${negative ?? issue.message}`;
}
