/**
 * The yardstick of SPEC §7: a bare Node loop that reads JSON lines from stdin, parses each and
 * writes it back re-serialized, in one thread. `quote --jsonl` must stay within 1.5× of it.
 */
import { createInterface } from 'node:readline';

let out = '';
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  out += `${JSON.stringify(JSON.parse(line))}\n`;
  if (out.length > 1 << 16) {
    process.stdout.write(out);
    out = '';
  }
}
process.stdout.write(out);
