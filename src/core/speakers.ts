// Who says something in a quote: "…," Kairat Abdrakhmanov said; Tokayev underscored … and emphasized …; stated
// Minister Nurtleu. Asked what one person said, a quote in which another says it is someone else's statement.
import type { KnowledgeBase } from './knowledge.js';
import { CLAUSE_BREAK, clauseWords, fold } from './normalise.js';
import { tokenize } from './understand.js';
import type { Fact } from './schema.js';

/** How many items after a saying word its speaker may stand ("stated Minister Nurtleu"). */
const SPEAKER_AFTER = 3;

const known = new WeakMap<KnowledgeBase, Map<string, string[]>>();

/**
 * The people a fact's quotes have say something: for each saying word (a word meaning "said" in the lexicon), the
 * person who is the subject of its clause, or else one named just after it ("stated Minister Nurtleu").
 */
export function speakersOf(kb: KnowledgeBase, fact: Fact): string[] {
  let byFact = known.get(kb);
  if (!byFact) known.set(kb, (byFact = new Map()));
  let speakers = byFact.get(fact.id);
  if (!speakers) byFact.set(fact.id, (speakers = fact.quotes.flatMap((q) => speakersIn(kb, q))));
  return speakers;
}

/** The same read of a question ("what did Rahmon say to Fidan?" asks what Rahmon said). */
export function speakersIn(kb: KnowledgeBase, quote: string): string[] {
  const say = kb.lexicon.term('said');
  const items = tokenize(kb, clauseWords(fold(quote)), { fuzzy: false });
  const isPerson = (n: number) => {
    const it = items[n];
    return it !== undefined && 'entity' in it && it.entity.type === 'person' ? it.entity.id : undefined;
  };
  const isBreak = (n: number) => {
    const it = items[n];
    return it !== undefined && 'word' in it && it.word === CLAUSE_BREAK;
  };
  /** Whether another person stands before `k` in its clause (then `k` is not the clause's first person). */
  const subjectLater = (k: number) => {
    for (let j = k - 1; j >= 0 && !isBreak(j); j--) if (isPerson(j)) return true;
    return false;
  };
  const out = new Set<string>();
  items.forEach((it, n) => {
    if (!('word' in it) || kb.lexicon.isStopword(it.word) || kb.lexicon.term(it.word) !== say) return;
    // The subject: the first person of the clause before the word, with those joined to it by "and"
    // ("Ministers Nurtleu and Muhriddin emphasised"); not the one met ("Osmonov met Karimov and stressed").
    let start = n;
    while (start > 0 && !isBreak(start - 1)) start--;
    const subject: string[] = [];
    for (let k = start; k < n; k++) {
      const p = isPerson(k);
      if (p) subject.push(p);
      else if (subject.length && !('word' in items[k]! && kb.lexicon.isStopword((items[k] as { word: string }).word))) break;
    }
    if (subject.length) {
      for (const p of subject) out.add(p);
      return;
    }
    for (let k = n + 1; k <= n + SPEAKER_AFTER && k < items.length && !isBreak(k); k++) {
      const p = isPerson(k);
      if (p) return void out.add(p);
    }
    // "Hakan Fidan, who visited …, announced": the person of the nearest clause before that names one.
    for (let k = start - 2; k >= 0; k--) {
      const p = isPerson(k);
      if (p && !subjectLater(k)) return void out.add(p);
    }
  });
  return [...out];
}
