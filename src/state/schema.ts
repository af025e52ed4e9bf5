// The tables, as Kysely sees them: one schema for SQLite and PostgreSQL. Times are ISO strings (they sort as
// text) or, where only compared in SQL, milliseconds since the epoch; booleans are 0/1 integers on both.

export interface SubscriptionsTable {
  team_id: string;
  channel_id: string;
  /** HH:MM, local. */
  time: string;
  time_zone: string;
  created_by: string;
  created_at: string;
  paused_reason: string | null;
  paused_at: string | null;
}

/** One row per channel and local day: the claim that makes a day's post happen once. */
export interface DailyPostsTable {
  team_id: string;
  channel_id: string;
  /** YYYY-MM-DD, the channel's local date. */
  day: string;
  /** When the day was first claimed: a later claimer looks in the channel's history from here. */
  first_claimed_at: string;
  /** When the current holder took or renewed it; the claim lapses a lease after this. */
  claimed_at: string;
  /** The holder's token; null once posted, or when the holder gave up not knowing whether it posted. */
  claim_token: string | null;
  ts: string | null;
  /** JSON array of the fact ids posted. */
  fact_ids: string | null;
  posted_at: string | null;
}

export interface SeenEventsTable {
  event_id: string;
  expires_at: number;
}

export interface ConversationsTable {
  key: string;
  /** JSON. */
  context: string;
  expires_at: number;
}

export interface FeedbackTable {
  team_id: string;
  channel_id: string;
  message_ts: string;
  user_id: string;
  question: string;
  answer_text: string;
  answered: number;
  verdict: string;
  comment: string | null;
  at: string;
}

export interface AskedQuestionsTable {
  team_id: string;
  question: string;
  /** The question folded (lower case, single spaces): what `mostDeclined` groups by. */
  folded: string;
  answered: number;
  at: string;
}

/** Workspace installations (OAuth), as Bolt's installer hands them over, keyed `T:<team>` or `E:<enterprise>`. */
export interface InstallationsTable {
  key: string;
  team_id: string | null;
  enterprise_id: string | null;
  /** JSON of the installation. */
  installation: string;
  updated_at: string;
}

/** Facts about the database itself, such as "the old subscriptions.json was imported". */
export interface MetaTable {
  key: string;
  value: string;
}

export interface Tables {
  subscriptions: SubscriptionsTable;
  daily_posts: DailyPostsTable;
  seen_events: SeenEventsTable;
  conversations: ConversationsTable;
  feedback: FeedbackTable;
  asked_questions: AskedQuestionsTable;
  installations: InstallationsTable;
  meta: MetaTable;
}
