// The questions offered when an assistant thread starts: the intents' examples that the engine, asked them
// once, answers with a source — so a prompt never leads to "I don't know" — varied from thread to thread.
import type { Engine } from '../core/engine.js';

/** Slack shows up to four suggested prompts. */
export const MAX_PROMPTS = 4;

export type Prompt = { title: string; message: string };

/** Answerable examples grouped by intent, checked once (the base does not change while the app runs). */
export function answerableExamples(engine: Engine, today: string): string[][] {
  return engine.kb.intents
    .map((intent) =>
      intent.examples.filter((q) => {
        const answer = engine.ask(q, { today });
        return answer.answered && answer.citations.length > 0;
      }),
    )
    .filter((examples) => examples.length > 0);
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
