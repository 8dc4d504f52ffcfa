/** A warning or note attached to a result, with a stable code for screens and scripts. */
export type NoticeCode =
  | 'floor-applied'
  | 'cap-applied'
  | 'unknown-model'
  | 'audio-not-charged'
  | 'resolution-not-honored'
  | 'vendor-unavailable'
  | 'vendor-duration-adjusted'
  | 'vendor-duration-differs'
  | 'vendor-tier'
  | 'vendor-approximate'
  | 'sources-disagree'
  | 'package-not-applicable'
  | 'vendor-fallback'
  | 'vendor-discount';

export interface Notice {
  readonly code: NoticeCode;
  readonly severity: 'warning' | 'info';
  readonly message: string;
}

export function warning(code: NoticeCode, message: string): Notice {
  return { code, severity: 'warning', message };
}

export function info(code: NoticeCode, message: string): Notice {
  return { code, severity: 'info', message };
}

/** One factor of a calculation, shown as a line of "show the calculation". */
export interface Step {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly source: string;
}
