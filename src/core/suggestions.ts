// What to suggest when a question is declined: questions about the same entities that the engine has checked it
// can answer. They come from the intents' examples, as written or with the question's entities put in place
// of theirs ("… Tajikistan and Kyrgyzstan …" → "… Kazakhstan and Kyrgyzstan …"); each is asked before it is offered.
import type { Answer } from './answer.js';
import type { KnowledgeBase } from './knowledge.js';
import { fold, words } from './normalise.js';
import { tokenize, type Understanding } from './understand.js';
import type { Entity } from './schema.js';
import { ENGINE_OPTIONS } from './options.js';

/** An example with the entities it names, each with the pattern that finds its words in the question (made once: a decline tries every example). */
type Example = { question: string; mentions: { entity: Entity; pattern: RegExp }[] };

const SUGGESTIONS = ENGINE_OPTIONS.suggestions;

export class Suggester {
  /** The examples with the entities they name, read on the first decline. */
  private read: Example[] | undefined;
  /** Whether a question is answered, asked once (the base does not change while the engine lives). */
  private readonly checked = new Map<string, boolean>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly questions: readonly string[],
    private readonly ask: (question: string) => Answer,
  ) {}

  /** Reads the examples now rather than on the first decline. */
  prepare(): void {
    void this.examples;
  }

  private get examples(): Example[] {
    this.read ??= this.questions.map((question) => ({
      question,
      mentions: tokenize(this.kb, words(fold(question)), { fuzzy: false }).flatMap((it) =>
        'entity' in it ? [{ entity: it.entity, pattern: wordsPattern(it.text) }] : [],
      ),
    }));
    return this.read;
  }

  private answers(question: string): boolean {
    let ok = this.checked.get(question);
    if (ok === undefined) this.checked.set(question, (ok = this.ask(question).answered));
    return ok;
  }

  /**
   * Up to three questions it can answer, about what the question named when it named anything, varied by the
   * question so that two declines do not offer the same three.
   */
  suggest(u?: Understanding): string[] {
    const named = (u?.mentions ?? []).map((m) => m.entity);
    const candidates: { question: string; shared: number }[] = [];
    for (const ex of this.examples) {
      const shared = ex.mentions.filter((m) => named.some((n) => n.id === m.entity.id)).length;
      candidates.push({ question: ex.question, shared });
      // The question's entities in place of the example's of the same type.
      let variant = ex.question;
      let put = 0;
      const free = named.filter((n) => !ex.mentions.some((m) => m.entity.id === n.id));
      for (const m of ex.mentions) {
        if (named.some((n) => n.id === m.entity.id)) continue;
        const swap = free.find((n) => n.type === m.entity.type);
        if (!swap) continue;
        variant = variant.replace(m.pattern, swap.name);
        free.splice(free.indexOf(swap), 1);
        put++;
      }
      if (put) candidates.push({ question: variant, shared: shared + put });
    }
    const seed = hash(u?.question ?? '');
    const ordered = candidates.map((c, i) => ({ ...c, turn: (i * 7919 + seed) % 997 })).sort((a, b) => b.shared - a.shared || a.turn - b.turn);
    const out: string[] = [];
    for (const c of ordered) {
      if (out.length >= SUGGESTIONS) break;
      // A question that named something gets only suggestions about it.
      if (named.length && !c.shared) break;
      if (!out.includes(c.question) && c.question !== u?.question && this.answers(c.question)) out.push(c.question);
    }
    return out;
  }
}

/** The first place a text has these folded words, whatever the case and the punctuation between them. */
function wordsPattern(folded: string): RegExp {
  const pattern = folded
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu');
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}
