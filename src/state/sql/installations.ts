// Workspace installations (OAuth) on the database, as opaque JSON under a key that names the workspace
// (`T:<team>`) or, for an org-wide install, the enterprise (`E:<enterprise>`). The Slack side is
// src/slack/installation-store.ts.
import type { StateDatabase } from '../database.js';

export class SqlInstallations {
  constructor(private readonly state: StateDatabase) {}

  async save(key: string, ids: { teamId?: string; enterpriseId?: string }, installation: unknown): Promise<void> {
    const db = await this.state.kysely();
    const values = {
      team_id: ids.teamId ?? null,
      enterprise_id: ids.enterpriseId ?? null,
      installation: JSON.stringify(installation),
      updated_at: new Date().toISOString(),
    };
    await db
      .insertInto('installations')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
  }

  async fetch(key: string): Promise<unknown | undefined> {
    const db = await this.state.kysely();
    const row = await db.selectFrom('installations').select('installation').where('key', '=', key).executeTakeFirst();
    return row ? (JSON.parse(row.installation) as unknown) : undefined;
  }

  async delete(key: string): Promise<void> {
    const db = await this.state.kysely();
    await db.deleteFrom('installations').where('key', '=', key).execute();
  }
}
