// Bolt's InstallationStore on the database: what the OAuth installer saves for each workspace, and the bot
// token Bolt (and the daily round) fetch for a workspace's requests.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { SqlInstallations } from '../state/sql/installations.js';

/** An org-wide install is the enterprise's; any other is its workspace's. */
function keyOf(q: { isEnterpriseInstall?: boolean; enterpriseId?: string | undefined; teamId?: string | undefined }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `E:${q.enterpriseId}`;
  if (!q.teamId) throw new Error('an installation names neither a workspace nor an org-wide enterprise');
  return `T:${q.teamId}`;
}

export function sqlInstallationStore(installations: SqlInstallations): InstallationStore {
  return {
    storeInstallation: async (i: Installation) => {
      const isEnterpriseInstall = i.isEnterpriseInstall ?? false;
      await installations.save(
        keyOf({ isEnterpriseInstall, enterpriseId: i.enterprise?.id, teamId: i.team?.id }),
        { ...(i.team ? { teamId: i.team.id } : {}), ...(i.enterprise ? { enterpriseId: i.enterprise.id } : {}) },
        i,
      );
    },
    fetchInstallation: async (q: InstallationQuery<boolean>) => {
      const found = await installations.fetch(keyOf(q));
      if (!found) throw new Error(`Attaché is not installed in ${keyOf(q)}`);
      return found as Installation<'v2', boolean>;
    },
    deleteInstallation: async (q: InstallationQuery<boolean>) => installations.delete(keyOf(q)),
  };
}

/** The bot token installed for a workspace. */
export async function installedBotToken(installations: SqlInstallations, teamId: string): Promise<string | undefined> {
  const found = (await installations.fetch(keyOf({ teamId }))) as Installation | undefined;
  return found?.bot?.token;
}
