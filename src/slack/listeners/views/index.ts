import type { App } from '@slack/bolt';
import { VIEW } from '../../render/action-ids.js';
import type { Attache } from '../../attache.js';
import { subscribeFormSubmitted } from './subscribe-form.js';
import { feedbackFormSubmitted } from './feedback-form.js';

export function registerViews(app: App, attache: Attache): void {
  app.view(VIEW.subscribe, subscribeFormSubmitted(attache));
  app.view(VIEW.feedback, feedbackFormSubmitted(attache));
}
