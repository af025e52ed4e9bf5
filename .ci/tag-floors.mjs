// Checks the per-tag scores a scorer run printed ("  tag: 9/12") against floors given as tag=share,
// e.g. `node .ci/tag-floors.mjs out.txt ru=0.9 trap=1`. Exits non-zero, naming each tag below its floor.
import { readFileSync } from 'node:fs';

const [file, ...floors] = process.argv.slice(2);
const scores = new Map([...readFileSync(file, 'utf8').matchAll(/^ {2}([\w-]+): (\d+)\/(\d+)$/gm)].map((m) => [m[1], Number(m[2]) / Number(m[3])]));
let failed = 0;
for (const f of floors) {
  const [tag, min] = f.split('=');
  const got = scores.get(tag);
  if (got === undefined || got + 1e-9 < Number(min)) {
    console.log(`below the floor: ${tag} ${got === undefined ? 'not scored' : got.toFixed(3)} < ${min}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
