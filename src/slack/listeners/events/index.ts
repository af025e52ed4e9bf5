import type { App } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { appMention } from './app-mention.js';
import { directMessage } from './direct-message.js';
import { appHomeOpened } from './app-home-opened.js';

export function registerEvents(app: App, attache: Attache): void {
  app.event('app_mention', appMention(attache));
  app.event('message', directMessage(attache));
  app.event('app_home_opened', appHomeOpened(attache));
}
