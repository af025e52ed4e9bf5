// Who says something in a quote: "…," Kairat Abdrakhmanov said; Tokayev underscored … and emphasized …; stated
// Minister Nurtleu. Asked what one person said, a quote in which another says it is someone else's statement.
import type { KnowledgeBase } from './knowledge.js';
import { CLAUSE_BREAK, clauseWords, fold } from './normalise.js';
import { tokenize } from './understand.js';
import type { Fact } from './schema.js';

/** How many items after a saying word its speaker may stand ("stated Minister Nurtleu"). */
const SPEAKER_AFTER = 3;

const known = new WeakMap<KnowledgeBase, Map<string, { speakers: string[]; spokenOf: string[] }>>();

/**
 * The people a fact's quotes have say something — for each saying word (a word meaning "said" in the lexicon), the
 * person who is the subject of its clause, or else one named just after it ("stated Minister Nurtleu") — and those
 * they name only as spoken of.
 */
export function speakersOf(kb: KnowledgeBase, fact: Fact): { speakers: string[]; spokenOf: string[] } {
  let byFact = known.get(kb);
  if (!byFact) known.set(kb, (byFact = new Map()));
  let read = byFact.get(fact.id);
  if (!read) {
    // A quote that is part of a sentence is read in its whole sentence ("…, announced the news after meeting … Rahmon").
    const whole = kb.unit(fact)?.sentence?.text;
    const all = [...fact.quotes, ...(whole ? [whole] : [])].map((q) => readSaying(kb, q));
    const speakers = [...new Set(all.flatMap((r) => r.speakers))];
    read = { speakers, spokenOf: [...new Set(all.flatMap((r) => r.spokenOf))].filter((p) => !speakers.includes(p)) };
    byFact.set(fact.id, read);
  }
  return read;
}

/** The same read of a question ("what did Rahmon say to Fidan?" asks what Rahmon said). */
export function speakersIn(kb: KnowledgeBase, quote: string): string[] {
  return readSaying(kb, quote).speakers;
}

/**
 * The speakers of a quote, and the people it names only as what is spoken of: after its first saying word and
 * not as that word's speaker ("The officials …, emphasizing the agreements of Presidents Tokayev and Rahmon").
 */
function readSaying(kb: KnowledgeBase, quote: string): { speakers: string[]; spokenOf: string[] } {
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
  const firstSaying = items.findIndex((it) => 'word' in it && !kb.lexicon.isStopword(it.word) && kb.lexicon.term(it.word) === say);
  const before = new Set(items.slice(0, Math.max(0, firstSaying)).flatMap((it) => ('entity' in it ? [it.entity.id] : [])));
  const spokenOf =
    firstSaying < 0
      ? []
      : items
          .slice(firstSaying)
          .flatMap((it) => ('entity' in it && it.entity.type === 'person' && !out.has(it.entity.id) && !before.has(it.entity.id) ? [it.entity.id] : []));
  return { speakers: [...out], spokenOf };
}
