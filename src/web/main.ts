// `node dist/src/web/main.js`: the source pages alone, without Slack, on HOST (default 127.0.0.1) and PORT.
import { config as loadDotenv } from 'dotenv';
import { readConfig } from '../config.js';
import { loadEngine } from '../core/index.js';
import { sourcePages } from './routes.js';
import { serve } from './server.js';

loadDotenv({ quiet: true });
const config = readConfig();
const host = config.HOST ?? '127.0.0.1';
const server = await serve(sourcePages(loadEngine().kb, { publicBaseUrl: config.PUBLIC_BASE_URL }), config.PORT, host);
const address = server.address();
process.stdout.write(`Source pages at http://${host}:${typeof address === 'object' && address ? address.port : config.PORT}/sources\n`);
