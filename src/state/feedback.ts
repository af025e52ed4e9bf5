// What readers say of answers (👍/👎, with an optional note) and which questions were declined, for curators.
export type Verdict = 'up' | 'down';

export type Feedback = {
  teamId: string;
  channelId: string;
  /** The answer message's ts, so one reader's second click replaces the first. */
  messageTs: string;
  userId: string;
  question: string;
  answerText: string;
  answered: boolean;
  verdict: Verdict;
  /** "What was wrong", from the 👎 modal. */
  comment?: string;
  /** ISO timestamp. */
  at: string;
};

export type AskedQuestion = { teamId: string; question: string; answered: boolean; at: string };

export interface FeedbackStore {
  /** Stores a reader's verdict; the same reader on the same message replaces their earlier one. */
  recordFeedback(f: Feedback): Promise<void>;
  /** Every question asked, answered or not: `mostDeclined` counts from it. */
  recordAsked(q: AskedQuestion): Promise<void>;
  /** Answers marked 👎, newest first. */
  markedWrong(limit: number): Promise<Feedback[]>;
  /** Declined questions (folded to lower case and single spaces), most often first. */
  mostDeclined(limit: number): Promise<{ question: string; count: number }[]>;
}

/** In memory, for one process and for tests. */
export class MemoryFeedbackStore implements FeedbackStore {
  private readonly feedback = new Map<string, Feedback>();
  private readonly declined = new Map<string, number>();

  async recordFeedback(f: Feedback): Promise<void> {
    this.feedback.set(`${f.teamId}/${f.channelId}/${f.messageTs}/${f.userId}`, f);
  }

  async recordAsked(q: AskedQuestion): Promise<void> {
    if (q.answered) return;
    const key = foldQuestion(q.question);
    this.declined.set(key, (this.declined.get(key) ?? 0) + 1);
  }

  async markedWrong(limit: number): Promise<Feedback[]> {
    return [...this.feedback.values()]
      .filter((f) => f.verdict === 'down')
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, limit);
  }

  async mostDeclined(limit: number): Promise<{ question: string; count: number }[]> {
    return [...this.declined]
      .map(([question, count]) => ({ question, count }))
      .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
      .slice(0, limit);
  }
}

/** Declined questions are counted by this form, so case and spacing do not split them. */
export function foldQuestion(q: string): string {
  return q.trim().toLowerCase().replace(/\s+/g, ' ');
}
