/** `npm run quote`: the command line (src/cli/main.ts), run from its bundle (run-cli.mjs). */
import { runCli } from './run-cli.mjs';

await runCli('main');
