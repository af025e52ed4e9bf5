// Readers' verdicts on answers, and every question asked, on the database (per workspace).
import { foldQuestion, type AskedQuestion, type Feedback, type FeedbackStore, type Verdict } from '../feedback.js';
import type { StateDatabase } from '../database.js';

type AskedRow = { team_id: string; question: string; folded: string; answered: number; at: string };

export class SqlFeedbackStore implements FeedbackStore {
  /**
   * The questions asked in this turn of the event loop, and the one insert that writes them all in the next: under
   * load a commit per question cost a slash command more than its answer (each waits for its row, as before).
   */
  private pending: { rows: AskedRow[]; written: Promise<void> } | undefined;

  constructor(private readonly state: StateDatabase) {}

  async recordFeedback(f: Feedback): Promise<void> {
    const db = await this.state.kysely();
    const changes = { question: f.question, answer_text: f.answerText, answered: f.answered ? 1 : 0, verdict: f.verdict, comment: f.comment ?? null, at: f.at };
    await db
      .insertInto('feedback')
      .values({ team_id: f.teamId, channel_id: f.channelId, message_ts: f.messageTs, user_id: f.userId, ...changes })
      .onConflict((oc) => oc.columns(['team_id', 'channel_id', 'message_ts', 'user_id']).doUpdateSet(changes))
      .execute();
  }

  recordAsked(q: AskedQuestion): Promise<void> {
    if (!this.pending) {
      const batch = { rows: [] as AskedRow[], written: Promise.resolve() };
      batch.written = new Promise((resolve) => setImmediate(resolve)).then(async () => {
        this.pending = undefined;
        const db = await this.state.kysely();
        await db.insertInto('asked_questions').values(batch.rows).execute();
      });
      this.pending = batch;
    }
    this.pending.rows.push({ team_id: q.teamId, question: q.question, folded: foldQuestion(q.question), answered: q.answered ? 1 : 0, at: q.at });
    return this.pending.written;
  }

  async markedWrong(limit: number): Promise<Feedback[]> {
    const db = await this.state.kysely();
    const rows = await db.selectFrom('feedback').selectAll().where('verdict', '=', 'down').orderBy('at', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      teamId: r.team_id,
      channelId: r.channel_id,
      messageTs: r.message_ts,
      userId: r.user_id,
      question: r.question,
      answerText: r.answer_text,
      answered: r.answered === 1,
      verdict: r.verdict as Verdict,
      ...(r.comment !== null ? { comment: r.comment } : {}),
      at: r.at,
    }));
  }

  async mostDeclined(limit: number): Promise<{ question: string; count: number }[]> {
    const db = await this.state.kysely();
    const rows = await db
      .selectFrom('asked_questions')
      .select((eb) => ['folded', eb.fn.countAll().as('count')])
      .where('answered', '=', 0)
      .groupBy('folded')
      .orderBy('count', 'desc')
      .orderBy('folded')
      .limit(limit)
      .execute();
    // PostgreSQL counts in bigint, which its driver returns as a string.
    return rows.map((r) => ({ question: r.folded, count: Number(r.count) }));
  }
}
