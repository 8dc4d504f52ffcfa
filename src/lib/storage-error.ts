/**
 * Words for people when the browser's storage refuses a read or a write. The browser's own
 * text ("Failed to execute 'setItem' on 'Storage'…") never reaches the screen: it names
 * nothing a person can act on, and differs from one browser to the next.
 */

// Chrome and Safari name it QuotaExceededError (code 22); older Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

const FULL = "The browser's storage for this site is full: nothing more can be kept until space is freed.";
const BLOCKED =
  'This browser does not allow saving here (private mode or blocked storage): nothing can be kept in this browser.';

// Read by shape, not `instanceof`: a DOMException may come from another realm (a frame, a test's window).
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (typeof name === 'string' && QUOTA_NAMES.has(name)) || code === 22 || code === 1014;
}

/** One sentence: the storage is full, or saving is not allowed here (anything else is taken as that). */
export function describeStorageError(error: unknown): string {
  return isQuotaError(error) ? FULL : BLOCKED;
}
