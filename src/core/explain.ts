// `attache ask --explain`: how a question was understood, what it was weighed against, and why it was
// answered or declined — the curator's tool for "why does it not answer this?".
import type { Answer } from './answer.js';
import type { Engine, Trace } from './engine.js';

export function explain(engine: Engine, question: string, today?: string): { answer: Answer; report: string } {
  const trace: Trace = {};
  const answer = engine.ask(question, { ...(today ? { today } : {}), trace });
  const u = trace.understanding;
  const lines: string[] = [];
  if (u) {
    lines.push(`question:   ${u.question}`);
    lines.push(
      `intent:     ${u.intent.name}${u.asks ? `, asks for ${u.asks}` : ''}${u.ordinal !== undefined ? `, position ${u.ordinal}` : ''}${u.end ? ', the end of a range' : ''}${u.present ? ', about now' : ''}`,
    );
    lines.push(
      `entities:   ${u.mentions.map((m) => `${m.entity.id}${m.fuzzy ? ` (from "${m.text}")` : ''}`).join(', ') || '—'}${u.outOfScope.length ? `; out of scope: ${u.outOfScope.map((m) => m.entity.id).join(', ')}` : ''}`,
    );
    lines.push(
      `dates:      ${[...u.spans.map((s) => `${s.from}..${s.to}`), ...u.monthDays.map((m) => `--${m.monthDay}`)].join(', ') || '—'}${u.excluded.length ? `; excluded: ${u.excluded.map((s) => `${s.from}..${s.to}`).join(', ')}` : ''}`,
    );
    if (u.sources) lines.push(`sources:    ${u.sources.join(', ') || '—'} (the question names them)`);
    lines.push(
      `terms:      ${u.terms.map((t) => `${t.term}${t.word !== t.term ? ` (${t.word})` : ''}${t.known ? '' : t.name ? ' [unknown name]' : t.unheard ? ' [no source uses it]' : ' [unknown]'}`).join(', ') || '—'}`,
    );
  }
  if (trace.candidates?.length) {
    lines.push('candidates:');
    for (const c of trace.candidates) {
      lines.push(
        `  ${c.score.toFixed(2)}  cover ${pct(c.coverage)} topic ${pct(c.topicCoverage)}${c.kindMatch ? '' : ' other-kind'}${c.hasKeyTopic ? '' : ' no-key-word'}${c.missing.length ? ` lacks ${c.missing.map((t) => t.word).join('/')}` : ''}  ${c.fact.id} (${c.fact.kind}) ${c.fact.title.slice(0, 70)}`,
      );
    }
  }
  lines.push(`decision:   ${answer.answered ? 'answered' : 'declined'}${trace.why ? ` — ${trace.why}` : ''}`);
  return { answer, report: lines.join('\n') };
}

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);
