// "Which of them comes up in all three texts?" after a list gathered from several sources: the names every fact
// of the answer before has, not the facts again.
import { decline, type Answer } from './answer.js';
import { built } from './combine.js';
import type { KnowledgeBase } from './knowledge.js';
import { fold, words } from './normalise.js';
import type { Fact } from './schema.js';
import { joinList } from './slots.js';
import type { Understanding } from './understand.js';

/** How many words may stand between the cue and its source noun ("in all three Kazakh–Tajik texts"). */
const NOUN_WITHIN = 4;

/**
 * The entities every fact before names, of the kind the question's intent names (organisations for
 * membership), leaving out those the question names itself; undefined when the question asks no such thing.
 */
export function commonToBefore(kb: KnowledgeBase, alone: Understanding, u: Understanding, before: Fact[]): Answer | undefined {
  if (before.length < 2 || !asksCommon(kb, alone.question)) return undefined;
  const named = new Set(u.mentions.map((m) => m.entity.id));
  const [first, ...rest] = before;
  const shared = first!.entities
    .filter((id) => !named.has(id) && rest.every((f) => f.entities.includes(id)))
    .flatMap((id) => kb.entity(id) ?? [])
    .filter((e) => !u.intent.names || e.type === u.intent.names);
  const count = before.length;
  if (!shared.length) return decline(alone.question, u.intent.name, kb.wording.say('commonNone', { count }), []);
  const names = joinList(
    kb,
    shared.map((e) => e.name),
  );
  return built(u, before, names, kb.wording.say('common', { names, count }), kb);
}

/** Whether a cue of `followUp.common` stands shortly before a source noun or a plural pronoun. */
function asksCommon(kb: KnowledgeBase, question: string): boolean {
  const { common, sources, plural } = kb.lexicon.followUp;
  const ws = words(fold(question));
  return common.some((cue) => {
    const c = cue.split(' ');
    return ws.some(
      (_, i) =>
        c.every((w, k) => ws[i + k] === w) &&
        ws.slice(i + c.length, i + c.length + NOUN_WITHIN).some((w) => sources.includes(w.replace(/s$/, '')) || plural.includes(w)),
    );
  });
}
