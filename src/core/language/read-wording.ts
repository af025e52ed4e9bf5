// Reading the answer wording from lang/<code>/: done when a base is loaded from its YAML (load.ts), never on a
// start from a snapshot, which holds what these read (so the hot path imports no YAML parser).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { langRoot } from '../passages/read-language.js';
import type { Templates } from './wording.js';

/** lang/<code>/<name>.yaml, read at start-up (the engine cannot answer without its language's words). */
function readLanguageFile(name: string, code: string, root: string): Templates {
  const file = join(root, 'lang', code, `${name}.yaml`);
  if (!existsSync(file)) throw new Error(`no answer wording for "${code}": ${file} is missing`);
  return YAML.parse(readFileSync(file, 'utf8')) ?? {};
}

/** lang/<code>/templates.yaml: the sentences of answers. */
export function readTemplates(code = 'en', root = langRoot()): Templates {
  return readLanguageFile('templates', code, root);
}

/** lang/<code>/format.yaml: how answers write dates, numbers and units. */
export function readFormat(code = 'en', root = langRoot()): Templates {
  return readLanguageFile('format', code, root);
}
