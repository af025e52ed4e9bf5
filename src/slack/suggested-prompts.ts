// The questions offered when an assistant thread starts: the intents' examples that the engine, asked them
// once, answers with a source — so a prompt never leads to "I don't know" — varied from thread to thread.
import type { KnowledgeBase } from '../core/knowledge.js';
import type { EngineCalls } from '../worker/engine-worker.js';

/** Slack shows up to four suggested prompts. */
export const MAX_PROMPTS = 4;

export type Prompt = { title: string; message: string };

/** Answerable examples grouped by intent, checked once (the base does not change while the app runs). */
export async function answerableExamples(kb: KnowledgeBase, answers: EngineCalls, today: string): Promise<string[][]> {
  const groups = await Promise.all(
    kb.intents.map(async (intent) => {
      const checked = await Promise.all(intent.examples.map((q) => answers.ask(q, { today })));
      return intent.examples.filter((_, i) => checked[i]!.answered && checked[i]!.citations.length > 0);
    }),
  );
  return groups.filter((examples) => examples.length > 0);
}

/**
 * Up to four prompts from different intents, chosen by `seed` (the thread's ts): another thread starts at
 * another intent and another example, the same thread always gets the same.
 */
export function pickPrompts(groups: string[][], seed: string): Prompt[] {
  if (!groups.length) return [];
  const n = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, 7);
  const picked: string[] = [];
  for (let i = 0; i < Math.min(MAX_PROMPTS, groups.length); i++) {
    const group = groups[(n + i) % groups.length]!;
    picked.push(group[Math.floor(n / groups.length) % group.length]!);
  }
  return picked.map((q) => ({ title: q.length > 60 ? `${q.slice(0, 59)}…` : q, message: q }));
}
