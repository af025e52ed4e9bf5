// Opening the app's Home tab publishes it afresh (the Messages tab opens the DM; nothing to do there).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { publishHome } from '../../home.js';

export const appHomeOpened =
  (attache: Attache) =>
  async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    await publishHome(attache, client, event.user, context.teamId ?? '');
  };
