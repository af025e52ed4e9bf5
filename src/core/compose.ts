// Turning the facts found into the answer's words: the asked slot first, then the fact, with its sources.
import type { KnowledgeBase } from './knowledge.js';
import type { Understanding } from './understand.js';
import { citationsFor, type Answer, type Citation, type Conflict } from './answer.js';
import { formatIso, formatRange } from './dates.js';
import type { AnswerSlot, Fact } from './schema.js';

/** "The Astana Times of 12 February 2025", or the publisher alone for an undated source. */
export function describeSource(kb: KnowledgeBase, id: string): string {
  const s = kb.source(id);
  return s.published.date ? `${s.publisher} of ${formatIso(s.published.date)}` : `${s.publisher} (undated)`;
}

/** When a fact happened, as exactly as its source allows, saying how a relative date was resolved. */
export function dateLead(kb: KnowledgeBase, fact: Fact): string | undefined {
  const d = fact.date;
  if (!d) return undefined;
  if (d.on) {
    let when = formatRange(d.on, d.to);
    if (d.text && d.derived) when += ` (${describeSource(kb, fact.source)} says “${d.text}”)`;
    return fact.status === 'planned' ? `Planned for ${when}, not yet done` : when;
  }
  const said = `“${d.text}”`;
  return fact.status === 'planned'
    ? `Not yet: expected ${said} — the source gives no exact date`
    : `${said} — the source gives no calendar date`;
}

function valueLead(kb: KnowledgeBase, fact: Fact): string | undefined {
  if (!fact.value) return undefined;
  if (fact.date?.on) return `${fact.value.text} (${dateLead(kb, fact)})`;
  return fact.date?.text ? `${fact.value.text} (“${fact.date.text}”)` : fact.value.text;
}

function namesOf(kb: KnowledgeBase, fact: Fact, type: 'person' | 'place', u: Understanding): string | undefined {
  const mentioned = new Set(u.mentions.map((m) => m.entity.id));
  const names = fact.entities
    .filter((e) => !mentioned.has(e))
    .map((e) => kb.entity(e))
    .filter((e) => e?.type === type)
    .map((e) => e!.name);
  return names.length ? names.join(', ') : undefined;
}

/** The lead for the slot the question asks, falling back to the fact's summary when the fact lacks that slot. */
export function leadFor(kb: KnowledgeBase, fact: Fact, slot: AnswerSlot, u: Understanding): string | undefined {
  switch (slot) {
    case 'date':
      return dateLead(kb, fact) ?? valueLead(kb, fact);
    case 'value':
      return valueLead(kb, fact) ?? dateLead(kb, fact);
    case 'person':
      return namesOf(kb, fact, 'person', u);
    case 'place':
      return namesOf(kb, fact, 'place', u);
    default:
      return undefined;
  }
}

/** What one side of a disagreement says: its value, else its calendar date; nothing to compare otherwise. */
function says(kb: KnowledgeBase, fact: Fact): string | undefined {
  return valueLead(kb, fact) ?? (fact.date?.on ? dateLead(kb, fact) : undefined);
}

/** Facts that answer the same thing (`about`): the others are cited too, and differences become conflicts. */
export function withSameAbout(kb: KnowledgeBase, facts: Fact[]): { facts: Fact[]; conflicts: Conflict[] } {
  const all: Fact[] = [];
  const conflicts: Conflict[] = [];
  for (const f of facts) {
    const group = kb.sameAbout(f);
    for (const g of group) if (!all.includes(g)) all.push(g);
    if (group.length > 1 && f.about && !conflicts.some((c) => c.about === f.about)) {
      // Only sides that state a value or a date can disagree; the rest are cited as support.
      const sides = group.flatMap((g) => {
        const said = says(kb, g);
        return said ? [{ factId: g.id, says: said, citation: citationsFor(kb, [g])[0]! }] : [];
      });
      if (new Set(sides.map((s) => s.says)).size > 1) conflicts.push({ about: f.about, sides });
    }
  }
  return { facts: all, conflicts };
}

export function conflictText(kb: KnowledgeBase, conflicts: Conflict[]): string {
  return conflicts
    .map((c) => `Sources differ: ${c.sides.map((s) => `${s.says} (${kb.source(s.citation.source.id).publisher})`).join(' vs ')}.`)
    .join(' ');
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…”"]$/.test(t) ? t : `${t}.`;
}

/** An answer from one or more facts, the first being the best. */
export function answerFrom(kb: KnowledgeBase, u: Understanding, chosen: Fact[], slot: AnswerSlot, givenLead?: string): Answer {
  const main = chosen[0]!;
  const lead = givenLead || leadFor(kb, main, slot, u);
  const { facts, conflicts } = withSameAbout(kb, chosen);
  const summaries = chosen.map((f) => sentence(f.summary));
  const body = u.intent.template
    .replace('{lead}', lead ?? '')
    .replace('{summary}', summaries.join(' '))
    .replace('{title}', main.title)
    .replace(/^\s*[.:—-]\s*/, '')
    .trim();
  const text = [lead ? sentence(body) : summaries.join(' '), conflictText(kb, conflicts)].filter(Boolean).join(' ');
  return {
    question: u.question,
    intent: u.intent.name,
    answered: true,
    ...(lead ? { lead } : {}),
    text,
    facts,
    citations: dedupe(citationsFor(kb, facts)),
    conflicts,
    suggestions: [],
  };
}

/** A list answer: one line a fact, in date order. */
export function listAnswer(kb: KnowledgeBase, u: Understanding, facts: Fact[], heading: string): Answer {
  const lines = facts.map((f) => `• ${f.date ? (dateLead(kb, f) ?? '') + ' — ' : ''}${f.title}`);
  return {
    question: u.question,
    intent: u.intent.name,
    answered: true,
    lead: heading,
    text: `${heading}\n${lines.join('\n')}`,
    facts,
    citations: dedupe(citationsFor(kb, facts)),
    conflicts: [],
    suggestions: [],
  };
}

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source.id}\u0000${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

