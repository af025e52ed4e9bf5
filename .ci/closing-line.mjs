// Prints CI's one closing line, `N passed, M failed` (the plain form CI reads, alone on its line), from vitest's JSON report and the score floors
// (each `<name>.floor` file holds pass or fail). A missing vitest report counts as one failed test.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let vitestPassed = 0;
let vitestTotal = 0;
let floorsHeld = 0;
let floorsTotal = 0;
const report = join(dir, 'vitest.json');
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  vitestPassed = r.numPassedTests;
  vitestTotal = r.numTotalTests;
  // A file that failed before running any test (a syntax or import error) counts as one failed test.
  const broken = (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).length).length;
  failed += r.numFailedTests + broken;
} else {
  failed += 1;
}
for (const f of readdirSync(dir).filter((f) => f.endsWith('.floor'))) {
  floorsTotal += 1;
  if (readFileSync(join(dir, f), 'utf8').trim() === 'pass') {
    passed += 1;
    floorsHeld += 1;
  } else failed += 1;
}
console.log(`(vitest: ${vitestPassed} of ${vitestTotal} passed; score floors: ${floorsHeld} of ${floorsTotal} held)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
