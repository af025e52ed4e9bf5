// `attache treaty [words]`: the list, or the one treaty the words name.
import { parseArgs } from 'node:util';
import { treaty } from '../core/treaty.js';
import { readConfig } from '../config.js';
import { renderText } from '../render/text.js';
import { processIo, type Io } from './io.js';

export async function runTreaty(args: string[], io: Io = processIo()): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const config = readConfig(io.env);
  const answer = treaty(await io.loadEngine(readConfig(io.env).DATA_DIR), positionals.join(' '));
  io.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${renderText(answer, { publicBaseUrl: config.PUBLIC_BASE_URL })}\n`);
  return 0;
}
