// What public screens (the office wallboard and every rep's link) may show of the board:
// names as the privacy setting allows (opt-in aliases), and only the top N when set.
import { listRepProfiles } from '../../../db/queries/game';
import { publicName } from '../../engine/gamification/privacy';
import type { ServiceContext } from '../context';
import { getGameSettings } from './settings';

export interface PublicView {
  /** A rep's name as public screens show it. */
  name(repId: number, fullName: string): string;
  /** Whether a row of this rank may be shown publicly. */
  shows(rank: number): boolean;
}

export function publicView(ctx: ServiceContext): PublicView {
  const settings = getGameSettings(ctx);
  const aliases = settings.namePrivacy === 'alias' ? new Map(listRepProfiles(ctx.db).map((p) => [p.repId, p.alias])) : new Map<number, string | null>();
  return {
    name: (repId, fullName) => publicName(fullName, settings.namePrivacy, aliases.get(repId) ?? null),
    // Ties at the cut-off stay together: with a top 3, two reps sharing third both show.
    shows: (rank) => settings.publicTopN === null || rank <= settings.publicTopN,
  };
}
