// `attache start` in OAuth mode: what is missing, or contradictory, is said before anything starts.
import { expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const oauth = { SLACK_CLIENT_ID: '111.222', SLACK_CLIENT_SECRET: 'client-secret', SLACK_SIGNING_SECRET: 'signing', DATABASE_URL: '' };

it('names what an OAuth install still needs', () => {
  const r = runCli(['start'], { env: { ...oauth, SLACK_STATE_SECRET: '' } });
  expect(r.status).toBe(1);
  expect(r.stderr).toBe('Installing by OAuth needs SLACK_STATE_SECRET too (see .env.example).\n');
});

it('refuses a bot token and OAuth at once, and OAuth in Socket Mode', () => {
  const both = runCli(['start'], { env: { ...oauth, SLACK_STATE_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' } });
  expect(both.status).toBe(1);
  expect(both.stderr).toContain('Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (installed by OAuth), not both.');
  const socket = runCli(['start'], { env: { ...oauth, SLACK_STATE_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1' } });
  expect(socket.status).toBe(1);
  expect(socket.stderr).toContain('Installing by OAuth needs HTTP mode');
});
