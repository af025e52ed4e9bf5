// Reading Web API failures: the `error` code Slack returned, which failures will not go away by retrying,
// and what to tell a person about them.
import type { PostFailure } from '../onthisday/round.js';

/** The Web API's error code ("channel_not_found"), when the failure came from Slack rather than the network. */
export function slackErrorCode(err: unknown): string | undefined {
  const code = (err as { data?: { error?: unknown } } | undefined)?.data?.error;
  return typeof code === 'string' ? code : undefined;
}

export const INVITE_HINT = 'invite me with `/invite @Attaché`';

/** Failures that stay until someone acts, with the reason shown in `/onthisday status` and the App Home. */
const PERMANENT: Record<string, string> = {
  channel_not_found: `the channel was not found: it was deleted, or it is private and I am not in it (${INVITE_HINT})`,
  not_in_channel: `I am not a member of the channel (${INVITE_HINT})`,
  is_archived: 'the channel is archived',
  account_inactive: 'the app was uninstalled or its bot user deactivated',
  invalid_auth: 'the bot token is not valid',
  not_authed: 'no bot token was sent',
  token_revoked: 'the bot token was revoked',
  token_expired: 'the bot token expired',
  missing_scope: 'the app lacks a permission it needs (reinstall it from manifest.yaml)',
  restricted_action: 'the workspace does not allow me to post there',
  ekm_access_denied: 'the workspace administrators revoked access to this channel',
  team_access_not_granted: 'the app is not installed in that workspace',
};

/** A failed post: permanent when Slack's code says so; anything else (rate limits after retries, 5xx, network) is transient. */
export function explainPostError(err: unknown): PostFailure {
  const code = slackErrorCode(err);
  if (code && PERMANENT[code]) return { permanent: true, reason: PERMANENT[code] };
  return { permanent: false, reason: code ?? (err instanceof Error ? err.message : String(err)) };
}
