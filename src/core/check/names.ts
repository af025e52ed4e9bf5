// Capitalised names in a source's text that no entity knows: what a curator should add as an entity or an
// alias (or knowingly leave out, like an award or a newspaper). Warnings, never errors.
import type { BaseRecords, SourceRecord } from '../load.js';
import { fold, words } from '../normalise.js';
import { Calendar, type DateFormat } from '../language/calendar.js';
import { splitPassages, type PassageLanguage } from '../passages/index.js';
import { shown, type DataProblem } from './problem.js';
import { aliasKey, effectiveEntities, namesOf } from './entities.js';
import { CHECK_OPTIONS } from './options.js';

export type UnknownName = { name: string; count: number; sentences: string[] };

/** What the names are checked against: the entities' names as folded phrases, the words that are no names, and how sentences are cut. */
export type NameIndex = { aliases: Set<string>; longest: number; common: Set<string>; language: PassageLanguage };

/**
 * Known names are every entity's name and aliases; common words are those any source writes in lower case,
 * and the lexicon's words (a capitalised "Foreign" is no name when the sources say "foreign" elsewhere).
 */
export function nameIndex(records: BaseRecords): NameIndex {
  const aliases = new Set(effectiveEntities(records.entities).flatMap((r) => namesOf(r.valid).map(({ name }) => aliasKey(name))));
  const common = new Set<string>();
  for (const s of records.sources) for (const m of (s.text ?? '').matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu)) common.add(fold(m[0]));
  const lexicon = records.lexicon?.data;
  const lexiconWords = [
    ...(lexicon?.stopwords ?? []),
    ...Object.entries(lexicon?.synonyms ?? {}).flat(2),
    ...(lexicon?.roles ?? []),
    ...(lexicon?.attributes ?? []),
  ];
  for (const w of lexiconWords) for (const x of words(fold(String(w)))) common.add(x);
  // Capitalised for being dates, not names: the months (and their short forms) and the weekdays of format.yaml.
  const format = records.format as DateFormat;
  for (const w of [...new Calendar(format).monthWords, ...(format.weekdays ?? [])]) common.add(fold(w));
  return { aliases, longest: Math.max(1, ...[...aliases].map((a) => a.split(' ').length)), common, language: records.passageLanguage };
}

/** The sentences of a text as the engine cuts its passages, whitespace collapsed. */
const sentences = (text: string, lang: PassageLanguage) => splitPassages(text, lang).map((p) => p.quote.replace(/\s+/g, ' ').trim());

/** The capitalised names of `text` that no entity has, each with how often it occurs and where. `ignore`: folded words to pass over (the publisher's name). */
export function unknownNames(text: string, index: NameIndex, ignore: ReadonlySet<string> = new Set()): UnknownName[] {
  const found = new Map<string, UnknownName>();
  // A lone capitalised word opening a sentence ("Thus", "Owing") is a name only if the text also has it mid-sentence.
  // Names are told apart folded ("ALMATY" in a dateline is "Almaty"); the first mid-sentence spelling is shown.
  const openers: { name: string; sentence: string }[] = [];
  for (const sentence of sentences(text, index.language)) {
    for (const group of nameGroups(sentence, index, ignore)) {
      if (group.start === 0 && group.names === 1) openers.push({ name: group.name, sentence });
      else note(found, group.name, sentence);
    }
  }
  for (const { name, sentence } of openers) if (found.has(fold(name))) note(found, name, sentence);
  return [...found.values()];
}

/** Small words inside a name ("Order of Dostyk", "Republic of Kyrgyzstan"). */
const CONNECTORS = new Set(['of', 'the', 'for', 'on', 'and', 'de']);

type Item = { kind: 'name' | 'known' | 'connector' | 'other'; text: string; at: number };

/**
 * The unknown names of one sentence: runs of capitalised unknown words, joined across connectors, and with
 * a known name they are tied to by a connector ("Republic" + "of" + "Kyrgyzstan").
 */
function nameGroups(sentence: string, index: NameIndex, ignore: ReadonlySet<string>): { name: string; start: number; names: number }[] {
  // Words as the engine splits them (hyphens and apostrophes apart), keeping their case.
  const raw = sentence
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((w) => w.replace(/['’]s$/u, '').replace(/['’]/g, ''))
    .filter(Boolean);
  const folded = raw.map(fold);
  const items: Item[] = [];
  for (let i = 0; i < raw.length; ) {
    let known = 0;
    for (let n = Math.min(index.longest, raw.length - i); n > 0 && !known; n--) if (index.aliases.has(folded.slice(i, i + n).join(' '))) known = n;
    if (known) {
      items.push({ kind: 'known', text: raw.slice(i, i + known).join(' '), at: i });
      i += known;
      continue;
    }
    const w = raw[i]!;
    const isName = /^\p{Lu}/u.test(w) && w.length > 1 && !index.common.has(folded[i]!) && !ignore.has(folded[i]!);
    items.push({ kind: isName ? 'name' : CONNECTORS.has(w) ? 'connector' : 'other', text: w, at: i });
    i++;
  }
  const groups: { name: string; start: number; names: number }[] = [];
  let group: Item[] = [];
  let pending: Item[] = [];
  let lastKnown: Item | undefined;
  const close = () => {
    const names = group.filter((g) => g.kind === 'name').length;
    if (names) groups.push({ name: group.map((g) => g.text).join(' '), start: group[0]!.at, names });
    [group, pending] = [[], []];
  };
  for (const item of items) {
    if (item.kind === 'name') {
      if (!group.length && lastKnown && pending.length) group.push(lastKnown, ...pending);
      else if (group.length) group.push(...pending);
      group.push(item);
      pending = [];
      lastKnown = undefined;
    } else if (item.kind === 'connector') {
      if (group.length || lastKnown) pending.push(item);
    } else if (item.kind === 'known') {
      if (group.length && pending.length) group.push(...pending, item);
      close();
      lastKnown = item;
    } else {
      close();
      lastKnown = undefined;
    }
  }
  close();
  return groups;
}

function note(found: Map<string, UnknownName>, name: string, sentence: string): void {
  const entry = found.get(fold(name)) ?? { name, count: 0, sentences: [] };
  entry.count++;
  if (entry.sentences.length < CHECK_OPTIONS.sentencesPerName && !entry.sentences.includes(sentence)) entry.sentences.push(sentence);
  found.set(fold(name), entry);
}

/** The unknown names of one source (its publisher's name aside: a newspaper names itself in a dateline). */
export function sourceNames(source: SourceRecord, index: NameIndex): UnknownName[] {
  return source.text === undefined ? [] : unknownNames(source.text, index, new Set(words(fold(source.data.publisher ?? ''))));
}

/** One warning per unknown name of each source (or of those `only` keeps). */
export function checkNames(records: BaseRecords, only?: (s: SourceRecord) => boolean): DataProblem[] {
  const index = nameIndex(records);
  return records.sources.flatMap((s) =>
    only && !only(s)
      ? []
      : sourceNames(s, index).map((n) => ({
          file: s.textFile,
          ...(s.data.id ? { source: s.data.id } : {}),
          message: `"${n.name}" is a name no entity knows${n.count > 1 ? ` (${n.count} times)` : ''}, as in: ${shown(n.sentences[0], 240)}`,
          fix: 'add it as an entity or an alias (facts/entities/<file>.yaml), or leave it if it names no country, person, organisation or place',
          severity: 'warning' as const,
        })),
  );
}
