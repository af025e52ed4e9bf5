// Turning the facts found into the answer's words: the asked slot first, then the fact, with its sources.
import type { KnowledgeBase } from './knowledge.js';
import type { Understanding } from './understand.js';
import { citationsFor, type Answer, type Conflict } from './answer.js';
import { dateLead, slotLead } from './slots.js';
import type { AnswerSlot, Fact } from './schema.js';

/** What one side of a disagreement says, briefly: its value (with when), else its calendar date; nothing to compare otherwise. */
function says(kb: KnowledgeBase, fact: Fact): string | undefined {
  const d = fact.date;
  const when = d?.on ? `${kb.calendar.date(d.on, d.to)}${d.text && d.derived ? `, “${d.text}”` : ''}` : d?.text ? `“${d.text}”` : undefined;
  if (fact.value) return when ? `${fact.value.text} (${when})` : fact.value.text;
  return d?.on ? when : undefined;
}

/** Facts that answer the same thing (`about`): the others are cited too, and differences become conflicts. */
export function withSameAbout(kb: KnowledgeBase, facts: Fact[]): { facts: Fact[]; conflicts: Conflict[] } {
  const all: Fact[] = [];
  const conflicts: Conflict[] = [];
  for (const f of facts) {
    const group = kb.sameAbout(f);
    // The fact chosen leads its group: what follows (a Russian lead, "it" in the next question) reads the first.
    for (const g of [f, ...group]) if (!all.includes(g)) all.push(g);
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
  const w = kb.wording;
  const side = (s: Conflict['sides'][number]) => w.say('conflictSide', { publisher: kb.source(s.citation.source.id).publisher, says: s.says });
  return conflicts.map((c) => w.say('conflict', { sides: c.sides.map(side).join('; ') })).join(' ');
}

/** The lead is said first, so it starts the sentence with a capital ("approximately one-third …"). */
function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…”"]$/.test(t) ? t : `${t}.`;
}

/** An answer from one or more facts, the first being the best. */
export function answerFrom(kb: KnowledgeBase, u: Understanding, chosen: Fact[], slot: AnswerSlot): Answer {
  const main = chosen[0]!;
  // A plan is always said to be one, whatever was asked: where of a plan with its date ("Kazakhstan, Planned for 2024").
  // (Not who: "which leader plans to visit" is answered by who plans, which is no plan.)
  const asked = slotLead(kb, main, slot, u);
  const planned = main.status === 'planned' && slot === 'place';
  const lead =
    asked && planned
      ? `${asked}, ${dateLead(kb, main) ?? kb.wording.say('plannedOnly')}`
      : (asked ?? (main.status === 'planned' ? (slotLead(kb, main, 'value', u) ?? slotLead(kb, main, 'date', u)) : undefined));
  const { facts, conflicts } = withSameAbout(kb, chosen);
  const summaries = chosen.map((f) => sentence(f.summary));
  const body = u.intent.template
    .replace('{lead}', lead ?? '')
    .replace('{summary}', summaries.join(' '))
    .replace('{title}', main.title)
    .replace(/^\s*[.:—-]\s*/, '')
    .trim();
  const text = capitalised([lead ? sentence(body) : summaries.join(' '), conflictText(kb, conflicts)].filter(Boolean).join(' '));
  return {
    question: u.question,
    intent: u.intent.name,
    answered: true,
    ...(lead ? { lead } : {}),
    text,
    facts,
    citations: citationsFor(kb, facts),
    conflicts,
    suggestions: [],
  };
}

/** Facts the question cannot tell apart, each with its own lead: "Depending on which you mean: …". */
export function choicesAnswer(kb: KnowledgeBase, u: Understanding, facts: Fact[], slot: AnswerSlot): Answer {
  const lines = facts.map((f) => `• ${slotLead(kb, f, slot, u) ?? f.title} — ${sentence(f.summary)}`);
  return {
    question: u.question,
    intent: u.intent.name,
    answered: true,
    text: `${kb.wording.say('choicesHeader')}\n${lines.join('\n')}`,
    facts,
    citations: citationsFor(kb, facts),
    conflicts: [],
    suggestions: [],
  };
}

/** A list answer: one line a fact, in date order. */
export function listAnswer(kb: KnowledgeBase, u: Understanding, facts: Fact[], heading: string): Answer {
  const items = facts.map((f) => `${f.date ? `${dateLead(kb, f) ?? ''} — ` : ''}${itemName(kb, u, f)}`);
  return {
    question: u.question,
    intent: u.intent.name,
    answered: true,
    lead: heading,
    text: `${heading}\n${items.map((i) => `• ${i}`).join('\n')}`,
    items,
    facts,
    citations: citationsFor(kb, facts),
    conflicts: [],
    suggestions: [],
  };
}

/**
 * A list item by its title; by its summary when only that has the words the list is of: in a list of
 * agreements, "Diplomatic relations … established" is named by "… established by the signing of the Protocol".
 */
function itemName(kb: KnowledgeBase, u: Understanding, f: Fact): string {
  const of = kb.intentTerms.get(u.intent.name) ?? new Set<string>();
  const has = (text: string) => kb.lexicon.terms(text).some((t) => of.has(t));
  return has(f.title) || !has(f.summary) ? f.title : sentence(f.summary);
}
