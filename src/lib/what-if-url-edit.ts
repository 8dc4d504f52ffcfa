/** Writing the what-if (SPEC §10) to the address bar: its `mult` parameters, every other one left as written. */
import { joinParts, partName, searchParts } from './url-params';
import { WHAT_IF_CHANGED, WHAT_IF_PARAM } from './what-if-url';

/** A value written readably: `kling-v3:1.5`, not `kling-v3%3A1.5` (both read alike). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/** `search` with its `mult` parameters replaced by `values` (none: removed); the rest untouched. */
export function withWhatIfValues(search: string, values: readonly string[]): string {
  const others = searchParts(search).filter((part) => partName(part) !== WHAT_IF_PARAM);
  return joinParts([...others, ...values.map((v) => `${WHAT_IF_PARAM}=${encodeValue(v)}`)]);
}

/** Writes the what-ifs to the address bar (a replaced entry, no new one) and tells every screen. */
export function setWhatIfValues(values: readonly string[]): void {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${withWhatIfValues(search, values)}${hash}`);
  window.dispatchEvent(new Event(WHAT_IF_CHANGED));
}
