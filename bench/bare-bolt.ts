// The bare Bolt apps the Slack receiver is measured beside: the same HTTP receiver and signing secret, a
// /ask that only acks (`noop`) or acks and replies to response_url (`reply`), and GET /healthz.
// Run as `node dist/bench/bare-bolt.js noop|reply` with PORT, SLACK_SIGNING_SECRET and SLACK_API_URL set.
import bolt from '@slack/bolt';

const mode = process.argv[2];
if (mode !== 'noop' && mode !== 'reply') throw new Error('usage: bare-bolt.js noop|reply');

const receiver = new bolt.HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
  customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => res.writeHead(200).end('ok') }],
});
const app = new bolt.App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: bolt.LogLevel.ERROR,
});
app.command('/ask', async ({ ack, respond, command }) => {
  await ack();
  if (mode === 'reply') await respond({ response_type: 'ephemeral', text: `You asked: ${command.text}` });
});
await app.start(Number(process.env.PORT));
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
