// `/treaty` and `attache treaty`: every treaty, agreement and programme, or the one the words name.
import type { Engine } from './engine.js';
import { byDate } from './engine.js';
import { understand } from './understand.js';
import { rank } from './search.js';
import { answerFrom } from './compose.js';
import { dateLead } from './slots.js';
import { citationsFor, decline, type Answer } from './answer.js';

/** A treaty named by the words must account for this share of them: "treaty of Versailles" must not match another treaty. */
const MIN_NAME_COVERAGE = 0.6;

export function treaty(engine: Engine, query: string, opts: { today?: string } = {}): Answer {
  const kb = engine.kb;
  const intent = kb.intents.find((i) => i.name === 'treaty');
  if (!intent) throw new Error('intents/treaty.yaml is missing');
  const kinds = new Set(intent.kinds);
  if (!query.trim()) {
    // One line per treaty: of facts about the same one (`about`), the dated one.
    const all = byDate(kb.facts.filter((f) => kinds.has(f.kind)));
    const facts = all.filter((f) => !f.about || all.find((g) => g.about === f.about) === f);
    const lines = facts.map((f) => {
      const parties = f.entities
        .map((e) => kb.entity(e))
        .filter((e) => e?.type === 'country')
        .map((e) => e!.name);
      return `• ${dateLead(kb, f) ?? kb.wording.say('undated')} — ${f.title}${parties.length ? ` (${parties.join(', ')})` : ''}`;
    });
    return {
      question: '',
      intent: 'treaty',
      answered: facts.length > 0,
      lead: kb.wording.say('treatyLead', { count: facts.length }),
      text: `${kb.wording.say('treatyHeader', { count: facts.length })}\n${lines.join('\n')}`,
      facts,
      citations: citationsFor(kb, facts),
      conflicts: [],
      suggestions: [],
    };
  }
  // Russian words ("/treaty договор о союзнических отношениях") are read as a Russian question is, and answered in Russian.
  const russian = engine.inRussian(query);
  const u = { ...understand(kb, russian?.pivot ?? query, opts.today), intent };
  const said = (a: Answer, as = u) => (russian ? russian.say({ ...a, question: query }, as) : a);
  if (u.outOfScope.length)
    return said(
      decline(u.question, 'treaty', kb.wording.say('treatyOutOfScope', { names: u.outOfScope.map((m) => m.entity.name).join(', ') }), engine.suggest(u)),
    );
  const best = rank(kb, u).find((s) => s.kindMatch && s.coverage >= MIN_NAME_COVERAGE);
  if (!best) return said(decline(u.question, 'treaty', kb.wording.say('treatyNoMatch', { words: u.question.trim() }), engine.suggest(u)));
  // The treaty named is answered with its date.
  return said(answerFrom(kb, u, [best.fact], 'date'), { ...u, asks: 'date' });
}
