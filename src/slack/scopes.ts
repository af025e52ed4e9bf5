// The bot scopes the app asks for when installed by OAuth; manifest.yaml lists the same (a test checks).
// history scopes: the daily round reads a channel's recent messages to find a post whose answer was lost; assistant:write: the assistant pane.
export const BOT_SCOPES = [
  'app_mentions:read',
  'assistant:write',
  'chat:write',
  'commands',
  'im:history',
  'im:read',
  'im:write',
  'channels:read',
  'groups:read',
  'mpim:read',
  'channels:history',
  'groups:history',
  'mpim:history',
];
