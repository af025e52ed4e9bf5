// The `attache` process: reads .env, runs the command line with the process's own streams, exits with its code.
import { config as loadDotenv } from 'dotenv';
import { processIo } from './io.js';
import { run } from './run.js';

loadDotenv({ quiet: true });
run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
