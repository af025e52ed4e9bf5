// Curated facts against the rest of the base: unique ids, known sources and entities (none only from
// world.yaml), quotes verbatim in their source, dates in order, and one title per treaty.
import type { BaseRecords, Located } from '../load.js';
import type { Fact } from '../schema.js';
import { fold, forQuoteMatch } from '../normalise.js';
import type { DataProblem } from './problem.js';
import { shown } from './problem.js';
import { didYouMean, nearestPassage } from './nearest.js';
import { aliasKey, effectiveEntities, namesOf } from './entities.js';
import { CHECK_OPTIONS, severity } from './options.js';
import { repeats } from './repeats.js';
import { WORLD_FILE } from '../load.js';

/** The kinds `attache treaty` lists one line per `about` for, under one title, when intents/treaty.yaml cannot be read. */
const TREATY_KINDS = ['treaty', 'programme'];

export function checkFacts(records: BaseRecords): DataProblem[] {
  const problems: DataProblem[] = [];
  const effective = effectiveEntities(records.entities);
  const entityIds = new Set(effective.map((r) => r.valid.id));
  const worldOnly = new Set(effective.filter((r) => r.world).map((r) => r.valid.id));
  const byAlias = new Map(effective.flatMap((r) => namesOf(r.valid).map(({ name }) => [aliasKey(name), r.valid.id] as const)));
  const texts = new Map(records.sources.flatMap((s) => (s.data.id && s.text !== undefined ? [[s.data.id, s.text] as const] : [])));
  const matchable = new Map([...texts].map(([id, text]) => [id, forQuoteMatch(text)]));
  const firstWithId = new Map<string, Located<Fact>>();

  for (const r of records.facts) {
    const f = r.data;
    const at = (field: string, p: Omit<DataProblem, 'file' | 'id' | 'field'>): DataProblem => ({
      file: r.file,
      ...(f.id ? { id: f.id } : {}),
      field,
      ...(f.source ? { source: f.source } : {}),
      ...p,
    });
    if (f.id) {
      const earlier = firstWithId.get(f.id);
      if (earlier)
        problems.push(
          at('id', {
            message: `fact id used twice: "${f.id}" is also a fact in ${earlier.file}`,
            fix: 'give this fact an id of its own (ids are unique across facts/curated)',
          }),
        );
      else firstWithId.set(f.id, r);
    }
    const text = f.source !== undefined ? matchable.get(f.source) : undefined;
    if (f.source !== undefined && text === undefined)
      problems.push(
        at('source', {
          message: 'unknown source',
          value: JSON.stringify(f.source),
          fix: didYouMean(f.source, texts.keys(), `add it first: attache sources add FILE --id ${f.source} …`),
        }),
      );
    f.quotes?.forEach((q, i) => {
      if (text === undefined || text.includes(forQuoteMatch(q))) return;
      problems.push(
        at(`quotes.${i}`, { message: `not found verbatim in source ${f.source}`, value: shown(q), fix: passageFix(q, texts.get(f.source!)!, f.source!) }),
      );
    });
    if (f.date?.on && f.date.to && f.date.to < f.date.on)
      problems.push(at('date.to', { message: 'ends before it begins', value: `${f.date.on} to ${f.date.to}`, fix: 'swap `on` and `to`' }));
    f.entities?.forEach((e, i) => {
      if (worldOnly.has(e))
        problems.push(
          at(`entities.${i}`, {
            message: `"${e}" is defined only in ${WORLD_FILE}, whose names are recognised only to be declined`,
            value: JSON.stringify(e),
            fix: `copy its entry into facts/entities.yaml or facts/entities/<file>.yaml: that definition takes precedence, ${WORLD_FILE} stays as it is`,
          }),
        );
      else if (!entityIds.has(e)) {
        const byName = byAlias.get(aliasKey(e.replace(/-/g, ' ')));
        problems.push(
          at(`entities.${i}`, {
            message: 'unknown entity',
            value: JSON.stringify(e),
            fix: byName ? `did you mean "${byName}"?` : didYouMean(e, entityIds, 'add the entity to facts/entities.yaml or facts/entities/<file>.yaml'),
          }),
        );
      }
    });
    for (const [field, list, key] of [
      ['keywords', f.keywords, fold],
      ['entities', f.entities, (s: string) => s],
    ] as const) {
      for (const { index, value } of repeats(list ?? [], key))
        problems.push(
          at(`${field}.${index}`, { message: `${JSON.stringify(value)} listed twice`, fix: 'remove one', ...severity(CHECK_OPTIONS.repeatSeverity) }),
        );
    }
  }
  problems.push(...checkTreatyTitles(records));
  return problems;
}

/** The nearest passage of the source, and what differs, or advice to copy the sentence when nothing is close. */
function passageFix(quote: string, text: string, sourceId: string): string {
  const near = nearestPassage(quote, text);
  const words = forQuoteMatch(quote).split(' ').length;
  if (!near || near.edits > words * CHECK_OPTIONS.passageMaxEdits)
    return `nothing in facts/sources/${sourceId}.txt comes close: copy the sentence from it exactly`;
  const shownDiffs = near.differences.slice(0, 3).join('; ') + (near.differences.length > 3 ? `; and ${near.differences.length - 3} more` : '');
  return `the nearest passage of facts/sources/${sourceId}.txt has ${shownDiffs}. It reads: "${near.text}"`;
}

/**
 * `attache treaty` lists treaties once per `about`, under the title of one of them: facts of those kinds
 * that share an `about` must share a title, or the list hides the others' titles.
 */
function checkTreatyTitles(records: BaseRecords): DataProblem[] {
  const kinds = new Set<string>(records.intents.find((i) => i.data.name === 'treaty')?.data.kinds ?? TREATY_KINDS);
  const firstOf = new Map<string, Located<Fact>>();
  const problems: DataProblem[] = [];
  for (const r of records.facts) {
    const f = r.data;
    if (!f.about || !f.title || !f.kind || !kinds.has(f.kind)) continue;
    const first = firstOf.get(f.about);
    if (!first) firstOf.set(f.about, r);
    else if (first.data.title !== f.title)
      problems.push({
        file: r.file,
        ...(f.id ? { id: f.id } : {}),
        field: 'title',
        ...(f.source ? { source: f.source } : {}),
        message: `a ${f.kind} with about "${f.about}" must have the title of ${first.data.id} (${first.file}): the treaty list shows one title for them all`,
        value: JSON.stringify(f.title),
        fix: `title: ${first.data.title}`,
      });
  }
  return problems;
}
