// Publishing the App Home tab for one user: help, examples, sources, and the daily posts of their channels.
import type { webApi } from '@slack/bolt';
import { homeView } from './render/home-view.js';
import { describeSubscription } from './daily-posts.js';
import { channelsOf } from './membership.js';
import type { Attache } from './attache.js';

/** `notice`: the outcome of what the user just did there (mrkdwn), shown at the top. */
export async function publishHome(attache: Attache, client: webApi.WebClient, userId: string, teamId: string, notice?: string): Promise<void> {
  const now = attache.now();
  const [all, theirs] = await Promise.all([attache.subscriptions.inTeam(teamId), channelsOf(client, userId)]);
  const subscriptions = all.filter((s) => theirs.has(s.channelId)).map((s) => describeSubscription(s, now));
  const view = homeView({
    help: attache.engine.help(),
    sources: [...attache.engine.kb.sources.values()],
    calendar: attache.engine.kb.calendar,
    subscriptions,
    ...(notice ? { notice } : {}),
    ...(attache.links.publicBaseUrl ? { publicBaseUrl: attache.links.publicBaseUrl } : {}),
  });
  await client.views.publish({ user_id: userId, view });
}
