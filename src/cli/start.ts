// `attache start` (npm start): the Slack app when credentials are set; otherwise say what is missing.
import { readConfig } from '../config.js';
import { runChat } from './chat.js';

export async function runStart(_args: string[]): Promise<number> {
  const config = readConfig();
  const missing = (['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'] as const).filter((k) => !config[k]);
  if (missing.length) {
    process.stderr.write(
      `Slack is not configured: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (copy .env.example to .env; ` +
        'the values are in your Slack app settings: Basic Information → Signing Secret, OAuth & Permissions → Bot User OAuth Token).\n',
    );
    if (process.stdin.isTTY) {
      process.stderr.write('Starting the local chat instead.\n\n');
      return runChat();
    }
    return 1;
  }
  process.stderr.write('The Slack app is not built yet.\n');
  return 1;
}
