/**
 * The localStorage keys each screen keeps its own data under, by path: a screen that keeps
 * failing can have them moved aside together (`set-aside-screen-data`), so they live here,
 * below the features that write them.
 */

/** The Estimates screen's account balance, when the user keeps it in this browser. */
export const BALANCE_KEY = 'kling-calc:balance:v1';

/** The Estimates screen's saved estimates (a list of them, each with its estimate file). */
export const SAVED_ESTIMATES_KEY = 'kling-calc:estimates:v1';

export const SCREEN_STORAGE_KEYS: Readonly<Record<string, readonly string[]>> = {
  '/estimates': [BALANCE_KEY, SAVED_ESTIMATES_KEY],
};
