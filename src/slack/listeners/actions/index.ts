import type { App } from '@slack/bolt';
import { ACTION } from '../../render/action-ids.js';
import type { Attache } from '../../attache.js';
import { shareAnswer } from './share-answer.js';
import { showSource } from './show-source.js';
import { askSuggestion } from './ask-suggestion.js';
import { moreOfAnswer } from './more.js';
import { answerFeedback } from './feedback.js';
import { openSubscribeForm, resumeFromHome, unsubscribeFromHome } from './home-subscriptions.js';

export function registerActions(app: App, attache: Attache): void {
  app.action(ACTION.share, shareAnswer(attache));
  app.action(ACTION.showSource, showSource(attache));
  app.action(ACTION.more, moreOfAnswer(attache));
  app.action(new RegExp(`^${ACTION.feedback}(_up|_down)?$`), answerFeedback(attache));
  app.action(new RegExp(`^${ACTION.askSuggestion}_\\d+$`), askSuggestion(attache));
  app.action(ACTION.openSubscribe, openSubscribeForm(attache));
  app.action(ACTION.unsubscribe, unsubscribeFromHome(attache));
  app.action(ACTION.resume, resumeFromHome(attache));
}
