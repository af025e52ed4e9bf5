// `npm run bench:state`: only the state section of bench/results.md, measured again and put in its place.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../src/core/index.js';
import { defaultDataRoot } from '../src/core/load.js';
import { stateSections } from './state.js';
import { section } from './report.js';

const root = defaultDataRoot();
const [state] = await stateSections(loadEngine(root).kb, (line) => process.stderr.write(`bench: ${line}\n`));
const path = join(root, 'bench', 'results.md');
const text = readFileSync(path, 'utf8');
const heading = `## ${state!.title}`;
const fresh = section(state!);
const start = text.indexOf(heading);
const next = start < 0 ? -1 : text.indexOf('\n## ', start + heading.length);
const updated = start >= 0 ? `${text.slice(0, start)}${fresh}${next < 0 ? '\n' : text.slice(next)}` : text.replace('\n## Method', `\n${fresh}\n## Method`);
writeFileSync(path, updated);
process.stdout.write(fresh);
