// Global middleware: each Events API delivery (event_id) reaches the listeners once, however often Slack retries it.
// Bolt has acknowledged events before middleware runs, so stopping here answers the retry with a 200 and nothing else.
import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SeenEvents } from '../../state/seen-events.js';

export function oncePerEvent(seen: SeenEvents): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, logger, next }: AnyMiddlewareArgs & AllMiddlewareArgs) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && (await seen.seen(eventId))) {
      logger.info(`event ${eventId} was handled already (retry ${context.retryNum ?? '?'}, ${context.retryReason ?? 'no reason given'}); skipped`);
      return;
    }
    await next();
  };
}
