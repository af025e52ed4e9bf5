// The first schema: every table of schema.ts. Per-workspace tables lead with team_id.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subscriptions')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('paused_reason', 'text')
    .addColumn('paused_at', 'text')
    .addPrimaryKeyConstraint('subscriptions_pk', ['team_id', 'channel_id'])
    .execute();

  await db.schema
    .createTable('daily_posts')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('first_claimed_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('claim_token', 'text')
    .addColumn('ts', 'text')
    .addColumn('fact_ids', 'text')
    .addColumn('posted_at', 'text')
    .addPrimaryKeyConstraint('daily_posts_pk', ['team_id', 'channel_id', 'day'])
    .execute();
  // For pruning old days.
  await db.schema.createIndex('daily_posts_day').on('daily_posts').column('day').execute();

  await db.schema
    .createTable('seen_events')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('seen_events_expiry').on('seen_events').column('expires_at').execute();

  await db.schema
    .createTable('conversations')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_expiry').on('conversations').column('expires_at').execute();

  await db.schema
    .createTable('feedback')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('message_ts', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_pk', ['team_id', 'channel_id', 'message_ts', 'user_id'])
    .execute();
  await db.schema.createIndex('feedback_verdict_at').on('feedback').columns(['verdict', 'at']).execute();

  await db.schema
    .createTable('asked_questions')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('asked_questions_declined').on('asked_questions').columns(['answered', 'folded']).execute();

  await db.schema
    .createTable('installations')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text')
    .addColumn('enterprise_id', 'text')
    .addColumn('installation', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['meta', 'installations', 'asked_questions', 'feedback', 'conversations', 'seen_events', 'daily_posts', 'subscriptions']) {
    await db.schema.dropTable(table).execute();
  }
}
