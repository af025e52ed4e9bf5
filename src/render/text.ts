// Plain-text rendering for the terminal: the answer, then each quote with its source and link.
import type { Answer } from '../core/answer.js';
import { attribution, sourcePageUrl, type LinkOptions } from './links.js';

export function renderText(answer: Answer, opts: LinkOptions = {}): string {
  const out = [answer.text];
  for (const c of answer.citations) {
    out.push('', `  “${c.quote.trim()}”`, `    — ${c.source.title} (${attribution(c)})`);
    const page = sourcePageUrl(c, opts);
    if (page) out.push(`    ${page}`);
    out.push(`    ${c.source.url || `no link: ${c.source.urlNote ?? 'no reliable address is known'}`}`);
  }
  if (answer.suggestions.length) {
    out.push('', answer.answered ? 'Try:' : 'I can answer, for example:');
    for (const s of answer.suggestions) out.push(`  • ${s}`);
  }
  return out.join('\n');
}
