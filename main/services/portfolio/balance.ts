import type { BalanceRow } from '../../../preload/contract';
import type { RepRow } from '../../../db/queries/reps';
import type { ServiceContext } from '../context';
import { avatarUrls } from '../organisation/avatars';

/** Portfolio size per rep before and after a change, for the "balance before you confirm" table. */
export function balanceRows(
  ctx: ServiceContext,
  reps: readonly RepRow[],
  loads: ReadonlyMap<number, number>,
  added: ReadonlyMap<number, number>,
  removed: ReadonlyMap<number, number>,
): BalanceRow[] {
  const avatars = avatarUrls(ctx);
  return [...reps]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
    .map((rep) => {
      const before = loads.get(rep.id) ?? 0;
      const plus = added.get(rep.id) ?? 0;
      const minus = removed.get(rep.id) ?? 0;
      return { repId: rep.id, name: rep.name, avatarUrl: avatars.get(rep.id) ?? null, capacity: rep.capacity, before, added: plus, removed: minus, after: before + plus - minus };
    });
}
