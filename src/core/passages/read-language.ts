// Reading lang/<code>/passages.yaml at start-up: the one place this module touches the disk.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { compilePassageLanguage, type PassageLanguage } from './language.js';

/** The folder that holds lang/ (found upwards from this file, so it works from src/ and from dist/). */
export function langRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'lang'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`could not find the lang/ folder above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

/** The passage language data for a language code ("en"), validated and compiled. */
export function readPassageLanguage(code = 'en', root = langRoot()): PassageLanguage {
  const file = join(root, 'lang', code, 'passages.yaml');
  if (!existsSync(file)) throw new Error(`no passage language data for "${code}": ${file} is missing`);
  return compilePassageLanguage(YAML.parse(readFileSync(file, 'utf8')));
}
