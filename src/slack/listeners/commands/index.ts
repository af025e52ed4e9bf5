import type { App } from '@slack/bolt';
import type { Attache } from '../../attache.js';
import { answerCommand } from './answer.js';
import { onThisDayCommand } from './onthisday.js';

export function registerCommands(app: App, attache: Attache): void {
  app.command('/ask', answerCommand(attache, 'ask'));
  app.command('/treaty', answerCommand(attache, 'treaty'));
  app.command('/onthisday', onThisDayCommand(attache));
}
