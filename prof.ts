import { readFileSync } from 'node:fs';
import { loadCardSet } from './src/cli/load-cards';
import { createLinePricer, priceBatchWith } from './src/cli/price-line';
const all = readFileSync('/tmp/1m.jsonl');
const l = loadCardSet(); if (!l.ok) throw 1;
const p = createLinePricer(l.set, {});
for (let pass=0; pass<3; pass++) {
let t=performance.now(); let off=0;
while (off < all.length) { let end = all.indexOf(10, Math.min(off + (1<<20), all.length-1)); if (end===-1) end = all.length-1; const b = all.subarray(off, end+1); priceBatchWith(p, {firstLine:1, bytes:b}); off=end+1; }
console.log('pass', pass, (performance.now()-t)/1e6*1e3, 'us/line');
}
