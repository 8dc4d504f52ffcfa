/** `npm run reprice`: re-pricing in DuckDB (src/cli/reprice.ts), run from its bundle (run-cli.mjs). */
import { runCli } from './run-cli.mjs';

await runCli('reprice');
