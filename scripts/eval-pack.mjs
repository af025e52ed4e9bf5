#!/usr/bin/env node
// Installs a source pack into a temporary copy of the project and scores its questions, in one command:
//   npm run eval:pack -- ../shared/eval/pack-dev            # text only: the pack's sources and entities
//   npm run eval:pack -- PACK --curated                     # also the pack's curated/*.yaml facts
//   npm run eval:pack -- PACK --min-accuracy 0.9            # further arguments go to the scorer
// A pack is sources/<id>.txt + <id>.yaml, entities.yaml (installed as facts/entities/<pack>.yaml, so it wins
// over world.yaml) and questions.jsonl; quotes are checked against the seed texts plus the pack's texts.
// The copy's own launcher answers (npx cannot resolve a package whose node_modules is a link).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const take = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const curated = args.includes('--curated') && args.splice(args.indexOf('--curated'), 1).length > 0;
const keep = args.includes('--keep') && args.splice(args.indexOf('--keep'), 1).length > 0;
const scorerArg = take('--scorer');
const packArg = args.shift();
if (!packArg || packArg === '--help' || packArg === '-h') {
  process.stdout.write('Usage: npm run eval:pack -- PACK_DIR [--curated] [--keep] [--scorer score.mjs] [scorer options…]\n');
  process.exit(packArg ? 0 : 2);
}
const pack = resolve(packArg);
const name = basename(pack);
const scorer = resolve(scorerArg ?? [join(pack, '..', 'score.mjs'), join(root, '..', 'shared', 'eval', 'score.mjs')].find(existsSync) ?? 'score.mjs');
for (const need of [join(pack, 'sources'), join(pack, 'questions.jsonl'), scorer]) {
  if (!existsSync(need)) {
    process.stderr.write(`eval:pack: ${need} is missing\n`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), `attache-pack-${name}-`));
const proj = join(work, 'proj');
mkdirSync(proj);
for (const part of ['package.json', 'bin', 'dist', 'facts', 'intents', 'lang']) {
  if (existsSync(join(root, part))) cpSync(join(root, part), join(proj, part), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(proj, 'node_modules'));
const packSources = readdirSync(join(pack, 'sources'));
for (const f of packSources) cpSync(join(pack, 'sources', f), join(proj, 'facts', 'sources', f));
if (existsSync(join(pack, 'entities.yaml'))) {
  mkdirSync(join(proj, 'facts', 'entities'), { recursive: true });
  cpSync(join(pack, 'entities.yaml'), join(proj, 'facts', 'entities', `${name}.yaml`));
}
if (curated && existsSync(join(pack, 'curated'))) cpSync(join(pack, 'curated'), join(proj, 'facts', 'curated'), { recursive: true });
const seeds = join(work, 'seeds');
mkdirSync(seeds);
const seedDir = join(dirname(scorer), '..', 'seeds');
for (const dir of [seedDir, join(pack, 'sources')]) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) cpSync(join(dir, f), join(seeds, f));
}

let status = 0;
try {
  execFileSync(process.execPath, [join(proj, 'bin', 'attache.js'), 'facts', 'check'], { cwd: proj, stdio: ['ignore', 'inherit', 'inherit'] });
  const run = spawnSync(
    process.execPath,
    [
      scorer,
      '--questions',
      join(pack, 'questions.jsonl'),
      '--seeds',
      seeds,
      '--cmd',
      `${process.execPath} ${join(proj, 'bin', 'attache.js')} ask --jsonl`,
      ...args,
    ],
    { cwd: proj, stdio: 'inherit' },
  );
  status = run.status ?? 1;
} catch {
  process.stderr.write(`eval:pack: the pack does not pass facts check in ${proj}\n`);
  status = 1;
}
if (keep) process.stderr.write(`eval:pack: kept ${work}\n`);
else rmSync(work, { recursive: true, force: true });
process.exit(status);
