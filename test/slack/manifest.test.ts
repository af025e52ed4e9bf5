// manifest.yaml asks Slack for what the app uses: the assistant pane, its scope and its events.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

it('declares the assistant pane, the assistant:write scope and every event the app listens to', () => {
  const m = parse(readFileSync(join(ROOT, 'manifest.yaml'), 'utf8'));
  expect(m.features.assistant_view.assistant_description).toMatch(/quoting its source/);
  expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['assistant:write', 'chat:write', 'im:history', 'app_mentions:read', 'commands']));
  expect(m.settings.event_subscriptions.bot_events).toEqual(
    expect.arrayContaining(['app_mention', 'message.im', 'app_home_opened', 'assistant_thread_started', 'assistant_thread_context_changed']),
  );
  expect(m.settings.interactivity.is_enabled).toBe(true);
});
