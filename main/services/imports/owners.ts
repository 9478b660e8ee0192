import type { OwnerLine } from '../../../preload/imports-contract';
import { findMappedRepId, findRepByEmail, listReps, type RepRow } from '../../../db/queries/reps';
import type { CsvIdentity } from '../../ingest/csv/row-mapper';
import { normaliseWords } from '../../ingest/csv/suggest-columns';
import type { ServiceContext } from '../context';

export interface OwnerResolution {
  repId: number | null;
  via: OwnerLine['via'];
}

/**
 * Who the owner named in a file is: the manager's choice in the wizard first, then the
 * import source's identity mappings, then a rep with that e-mail; a name with no mapping
 * gets a suggestion (a rep whose name is the same once case, accents and spacing are
 * ignored) that the wizard shows for confirmation.
 */
export class OwnerResolver {
  private readonly cache = new Map<string, OwnerResolution>();
  private readonly byName = new Map<string, RepRow[]>();
  /** Suggestions that decided an owner's rep (saved as mappings when the import commits). */
  readonly suggested = new Map<string, { identity: CsvIdentity; repId: number }>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly sourceId: string,
    private readonly planOwners: Readonly<Record<string, number | null>>,
  ) {
    for (const rep of listReps(ctx.db)) {
      const key = normaliseWords(rep.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), rep]);
    }
  }

  resolve(identity: CsvIdentity): OwnerResolution {
    const key = `${identity.kind}:${identity.value}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.lookup(identity);
      if (found.via === 'suggestion' && found.repId !== null) this.suggested.set(key, { identity, repId: found.repId });
      this.cache.set(key, found);
    }
    return found;
  }

  private lookup(identity: CsvIdentity): OwnerResolution {
    if (Object.hasOwn(this.planOwners, identity.value)) {
      const chosen = this.planOwners[identity.value] ?? null;
      return { repId: chosen, via: chosen === null ? 'none' : 'plan' };
    }
    const mapped = findMappedRepId(this.ctx.db, this.sourceId, identity.kind, identity.value);
    if (mapped !== undefined) return { repId: mapped, via: 'mapping' };
    if (identity.kind === 'email') {
      const rep = findRepByEmail(this.ctx.db, identity.value);
      return rep ? { repId: rep.id, via: 'email' } : { repId: null, via: 'none' };
    }
    const candidates = this.byName.get(normaliseWords(identity.value)) ?? [];
    const active = candidates.filter((r) => r.active);
    const pick = active.length === 1 ? active[0] : candidates.length === 1 ? candidates[0] : undefined;
    return pick ? { repId: pick.id, via: 'suggestion' } : { repId: null, via: 'none' };
  }
}
