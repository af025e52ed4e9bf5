// Word order, kept in two small signals: which terms stand next to each other ("kazakhstan>export"
// differs from "export>kazakhstan"), and which countries a word is tied to ("Kazakhstan's capital").
import type { KnowledgeBase } from './knowledge.js';
import type { Entity } from './schema.js';
import { CLAUSE_BREAK, fold, words } from './normalise.js';

export type Item = { entity: Entity; text: string; fuzzy: boolean } | { word: string };
export type Bindings = Map<string, Set<string>>;

/** "of" ties a word to the country after it ("the capital of Kazakhstan"). */
const OF = '#of';
/** Other prepositions part a country from what follows or precedes it ("the embassy in Kyrgyzstan functions"). */
const PREP = '#prep';
const PREPOSITIONS = new Set(['in', 'at', 'from', 'with', 'between', 'on', 'by', 'for', 'among', 'within']);
/** "to", "into": a preposition like the others, which also says where a visit went ("visit … to Tajikistan"). */
const TO = '#to';
const TOWARDS = new Set(['to', 'into', 'towards']);
const isPrep = (k: Key | undefined) => k === PREP || k === TO;
/** "from" parts a country like any preposition, but ties a national before it to that country ("students from Kyrgyzstan"). */
const FROM = '#from';
/** Where a preposition stood before a demonym (see keysOf). */
const QUALIFIER = '#qualifier';
/** A possessive ("Kazakhstan's capital") ties the word after it to the country, whatever stood before. */
const POSSESSIVE = '#s';
/** A comma or full stop: nothing is tied across it ("Turkic-speaking Kyrgyzstan, has provided"). */
const BREAK = '#break';
/**
 * After the second of two people joined by "and", the first of them: both do what follows ("Tokayev and President
 * of Turkmenistan Serdar Berdimuhamedov held talks" pairs Tokayev with the talks too).
 */
const JOINED = '#joined:';
/** How many keys after "and" the second person may come (an office may stand before the name). */
const AND_REACH = 5;

export type Key = string;

/**
 * The sequence a text is compared by: entity ids and content terms, with a marker where "of" or another
 * preposition stood; other stopwords ("the", "and", "did") leave nothing.
 */
export function keysOf(kb: KnowledgeBase, items: Item[]): Key[] {
  const keys: Key[] = [];
  let and: { first: string; at: number } | undefined;
  for (const it of items) {
    if ('entity' in it && it.entity.type === 'person' && and && keys.length - and.at <= AND_REACH) {
      keys.push(it.entity.id, `${JOINED}${and.first}`);
      and = undefined;
    } else if ('entity' in it) {
      // "by the Kazakh side": a demonym qualifies the noun after it; the preposition before governs that noun,
      // and nothing before is tied to it ("students at Chinese universities" are no Chinese students).
      if ((isPrep(keys[keys.length - 1]) || keys[keys.length - 1] === FROM) && words(fold(it.text)).join(' ') !== words(fold(it.entity.name)).join(' '))
        keys[keys.length - 1] = QUALIFIER;
      keys.push(it.entity.id);
    } else if (it.word === CLAUSE_BREAK) {
      keys.push(BREAK);
      and = undefined;
    } else if (it.word === 'and' && kb.entity(keys[keys.length - 1] ?? '')?.type === 'person') and = { first: keys[keys.length - 1]!, at: keys.length };
    // "Kazakhstan mainly sells": an adverb leaves nothing, so the verb is still Kazakhstan's (it is a term all the same).
    else if (!kb.lexicon.isStopword(it.word) && !kb.lexicon.adverbs.has(it.word)) keys.push(kb.lexicon.term(it.word));
    else if (it.word === 'of') keys.push(OF);
    else if (it.word === 's') keys.push(POSSESSIVE);
    else if (it.word === 'from') keys.push(FROM);
    else if (TOWARDS.has(it.word)) keys.push(TO);
    else if (PREPOSITIONS.has(it.word)) keys.push(PREP);
  }
  return keys;
}

const isMarker = (k: Key | undefined) => k === OF || isPrep(k) || k === FROM || k === QUALIFIER || k === POSSESSIVE || k === BREAK || !!k?.startsWith(JOINED);

export function pairsOf(keys: Key[], into = new Set<string>()): Set<string> {
  let previous: Key | undefined;
  let joined: Key | undefined;
  for (const k of keys) {
    if (k === BREAK) [previous, joined] = [undefined, undefined];
    else if (k.startsWith(JOINED)) joined = k.slice(JOINED.length);
    else if (!isMarker(k)) {
      if (previous !== undefined) into.add(`${previous}>${k}`);
      if (joined !== undefined) into.add(`${joined}>${k}`);
      [previous, joined] = [k, undefined];
    }
  }
  return into;
}

/**
 * The countries each attribute word (see `attributes` in the lexicon: capital, embassy, minister…) is
 * tied to — verbs are left out, as "Turkey provided Kyrgyzstan" ties "provided" to both. A word right after a country ("Tajik embassy", "Kazakhstan's
 * capital") unless a preposition stands before the country ("the embassy in Kyrgyzstan functions"), and a
 * word right before a country or before "of" and a country ("the capital of Kazakhstan"). Countries side
 * by side ("Kazakhstan and Tajikistan signed") form one group.
 */
export function bindingsOf(kb: KnowledgeBase, keys: Key[], into: Bindings = new Map()): Bindings {
  const isCountry = (k: Key | undefined) => k !== undefined && !isMarker(k) && kb.entity(k)?.type === 'country';
  const bind = (term: Key | undefined, countries: string[]) => {
    if (term === undefined || !kb.lexicon.attributes.has(term)) return;
    const set = into.get(term) ?? new Set<string>();
    for (const c of countries) set.add(c);
    into.set(term, set);
  };
  for (let i = 0; i < keys.length; ) {
    if (!isCountry(keys[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < keys.length && isCountry(keys[end + 1])) end++;
    const group = keys.slice(i, end + 1);
    const before = keys[i - 1];
    if (before === OF) bind(keys[i - 2], group);
    else if (before === FROM) {
      if (kb.lexicon.nationals.has(keys[i - 2] ?? '')) bind(keys[i - 2], group);
    } else bind(before, group);
    if (keys[end + 1] === POSSESSIVE) bind(keys[end + 2], group);
    else if (!isPrep(before) && before !== FROM) bind(keys[end + 1], group);
    i = end + 1;
  }
  return converses(kb, destinations(kb, keys, into), keys);
}

/**
 * The other end of a flow (the lexicon's `converses`): "the import articles of Tajikistan from Kazakhstan" ties
 * "export" to Kazakhstan — the countries right after the preposition, before the clause or the next such word ends.
 */
function converses(kb: KnowledgeBase, into: Bindings, keys: Key[]): Bindings {
  const marker = (preposition: string) => (preposition === 'from' ? FROM : TOWARDS.has(preposition) ? TO : undefined);
  const isCountry = (k: Key | undefined) => k !== undefined && !isMarker(k) && kb.entity(k)?.type === 'country';
  keys.forEach((term, i) => {
    for (const { preposition, is } of kb.lexicon.converses.get(term) ?? []) {
      let at = i + 1;
      while (at < keys.length && keys[at] !== marker(preposition) && keys[at] !== BREAK && !kb.lexicon.converses.has(keys[at]!)) at++;
      const countries: string[] = [];
      for (let k = at + 1; keys[at] === marker(preposition) && isCountry(keys[k]); k++) countries.push(keys[k]!);
      if (countries.length) into.set(is, new Set([...(into.get(is) ?? []), ...countries]));
    }
  });
  return into;
}

/**
 * Where a visit went: a word of `motions` (visit, trip) is tied to the country, or the country of the place, that
 * it takes as object ("visited Kazakhstan") or that follows "to" before the clause or the next such word ends
 * ("the visit of the President of Kazakhstan … to the Republic of Tajikistan" went to Tajikistan, not Kazakhstan).
 */
function destinations(kb: KnowledgeBase, keys: Key[], into: Bindings): Bindings {
  const countryOf = (k: Key | undefined) => {
    const e = k === undefined || isMarker(k) ? undefined : kb.entity(k);
    return e?.type === 'country' ? e.id : e?.type === 'place' ? e.country : undefined;
  };
  for (let i = 0; i < keys.length; i++) {
    const motion = keys[i]!;
    if (!kb.lexicon.motions.has(motion)) continue;
    let at = countryOf(keys[i + 1]) ? i + 1 : -1;
    for (let k = i + 1; at < 0 && k < keys.length && keys[k] !== BREAK && !kb.lexicon.motions.has(keys[k]!); k++)
      if (keys[k] === TO && countryOf(keys[k + 1])) at = k + 1;
    if (at < 0) continue;
    const set = into.get(motion) ?? new Set<string>();
    for (let k = at; countryOf(keys[k]); k++) set.add(countryOf(keys[k])!);
    into.set(motion, set);
  }
  return into;
}
