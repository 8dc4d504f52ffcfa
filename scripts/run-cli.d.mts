/** Imports program `name` (`src/cli/<name>.ts`) from the command line's bundle, which runs it. */
export function runCli(name: 'main' | 'reprice'): Promise<void>;
