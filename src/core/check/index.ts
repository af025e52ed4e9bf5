// Every check of the base that needs more than one record's schema: run together, so one run reports all.
import type { BaseRecords } from '../load.js';
import { LEXICON_FILE } from '../load.js';
import type { DataProblem } from './problem.js';
import { checkEntities } from './entities.js';
import { checkFacts } from './facts.js';
import { checkIntents } from './intents.js';
import { checkLexicon } from './lexicon.js';

export function checkBase(records: BaseRecords): DataProblem[] {
  return [
    ...checkSources(records),
    ...checkEntities(records.entities),
    ...checkFacts(records),
    ...checkIntents(records.intents),
    ...(records.lexicon ? checkLexicon(records.lexicon.data, records.lexicon.file ?? LEXICON_FILE) : []),
  ];
}

/** A source's id must be its file's name, and be used by one source only: facts cite sources by id. */
function checkSources(records: BaseRecords): DataProblem[] {
  const seen = new Map<string, string>();
  return records.sources.flatMap((s): DataProblem[] => {
    const id = s.data.id;
    if (!id) return [];
    const base = { file: s.file, id, field: 'id', source: id, value: JSON.stringify(id) };
    const expected = s.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    const other = seen.get(id);
    seen.set(id, s.file);
    if (other) return [{ ...base, message: `source id used twice: also in ${other}`, fix: 'give each source its own id' }];
    if (id !== expected)
      return [
        { ...base, message: `the id is not the file's name (${expected})`, fix: `write id: '${expected}', or rename the files to ${id}.yaml and ${id}.txt` },
      ];
    return [];
  });
}
