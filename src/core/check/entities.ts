// Entity files: facts/entities.yaml, facts/entities/*.yaml and facts/world.yaml. An id defined in an entity
// file wins over the same id in world.yaml (names recognised only to be declined); two other files defining
// one id, or one name leading to two entities, are errors.
import type { EntityRecord } from '../load.js';
import { WORLD_FILE } from '../load.js';
import type { Entity } from '../schema.js';
import { fold, words } from '../normalise.js';
import type { DataProblem } from './problem.js';
import { didYouMean } from './nearest.js';

type Valid = EntityRecord & { valid: Entity };

/** The entities the engine uses: one per id, an entity file's before world.yaml's, in file order. */
export function effectiveEntities(records: EntityRecord[]): Valid[] {
  const valid = records.filter((r): r is Valid => r.valid !== undefined);
  const own = new Set(valid.filter((r) => !r.world).map((r) => r.valid.id));
  const seen = new Set<string>();
  return valid.filter((r) => {
    if ((r.world && own.has(r.valid.id)) || seen.has(r.valid.id)) return false;
    seen.add(r.valid.id);
    return true;
  });
}

/** An alias as the engine matches it: folded words. */
export const aliasKey = (name: string) => words(fold(name)).join(' ');

/** Every name and alias of an entity, with the field it is written in. */
export function namesOf(e: Partial<Entity>): { name: string; field: string }[] {
  return [...(e.name ? [{ name: e.name, field: 'name' }] : []), ...(e.aliases ?? []).map((name, i) => ({ name, field: `aliases.${i}` }))];
}

export function checkEntities(records: EntityRecord[]): DataProblem[] {
  const problems: DataProblem[] = [];
  // The same id twice, other than an entity file's taking over world.yaml's.
  const first = new Map<string, EntityRecord>();
  for (const r of records) {
    const id = r.data.id;
    if (!id) continue;
    const earlier = first.get(id);
    if (!earlier) first.set(id, r);
    else if (earlier.world === r.world)
      problems.push({
        file: r.file,
        id,
        field: 'id',
        message: `entity id used twice: "${id}" is also defined in ${earlier.file}`,
        fix: r.world
          ? 'keep one of the two entries'
          : `keep one definition: merge the two entries, or give this one another id (only ${WORLD_FILE} may be overridden)`,
      });
    else if (earlier.world) first.set(id, r);
  }
  const effective = effectiveEntities(records);
  const ids = new Set(effective.map((r) => r.valid.id));
  const owner = new Map<string, Valid>();
  for (const r of effective) {
    const e = r.valid;
    for (const { name, field } of namesOf(e)) {
      const key = aliasKey(name);
      const other = owner.get(key);
      if (!key || other?.valid.id === e.id) continue;
      if (other) {
        problems.push({
          file: r.file,
          id: e.id,
          field,
          message: `one name for two entities: "${name}" is also a name of ${other.valid.id} (${other.file})`,
          value: JSON.stringify(name),
          fix: `keep it on one of them: a name must lead to one entity (as it is, it always means ${other.valid.id})`,
        });
      } else owner.set(key, r);
    }
    if (e.country && !ids.has(e.country))
      problems.push({
        file: r.file,
        id: e.id,
        field: 'country',
        message: 'unknown entity',
        value: JSON.stringify(e.country),
        fix: didYouMean(e.country, ids, 'use the id of a country defined in an entity file'),
      });
  }
  return problems;
}
