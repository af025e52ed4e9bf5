// The Slack app as `npm start` runs it in HTTP mode, on a free port of 127.0.0.1, talking to a fake Slack.
import { startSlackApp, type RunningSlackApp } from '../../../src/slack/app.js';
import type { Attache } from '../../../src/slack/attache.js';
import type { Logger } from '../../../src/log.js';
import { sourcePages } from '../../../src/web/routes.js';
import { engine } from '../../helpers.js';
import { FakeSlack } from './fake-slack.js';

export type TestApp = { fake: FakeSlack; app: RunningSlackApp; origin: string; stop: () => Promise<void> };

export async function startTestApp(attache: Attache, signingSecret: string, logger: Logger): Promise<TestApp> {
  const fake = await FakeSlack.start();
  const app = await startSlackApp({
    attache,
    botToken: 'xoxb-test',
    signingSecret,
    slackApiUrl: fake.apiUrl,
    port: 0,
    host: '127.0.0.1',
    logger,
    sources: sourcePages(engine().kb),
  });
  return {
    fake,
    app,
    origin: `http://127.0.0.1:${app.port}`,
    stop: async () => {
      await app.stop();
      await fake.close();
    },
  };
}
