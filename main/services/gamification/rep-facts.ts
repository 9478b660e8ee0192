// What the gamification checks read about a rep (team, goals, badges held, level reached),
// kept for the rep's next events in the same transaction.
import { badgeStatesOfRep, highestLevelRecorded } from '../../../db/queries/badges';
import type { Db } from '../../../db/open';
import { goalsOfRep, teamOfRep, type GoalRow } from '../../../db/queries/goals';

/**
 * A burst of webhooks is mostly a few reps' events, and every event would read the same
 * facts again. One instance serves one transaction that has no savepoint to roll back (a
 * rollback would leave it ahead of the database): nothing in such a transaction changes a
 * team or a goal, and awards and levels change only through the checks, which record here
 * what they wrote. A fresh instance per event reads everything once, as before.
 */
export class RepFacts {
  private readonly badges = new Map<number, Map<string, number | null>>();
  private readonly levels = new Map<number, number>();
  private readonly goals = new Map<number, GoalRow[] | null>();

  constructor(private readonly db: Db) {}

  /** Each badge the rep was ever awarded, with when it was withdrawn (null: held). */
  badgeStates(repId: number): Map<string, number | null> {
    let states = this.badges.get(repId);
    if (!states) this.badges.set(repId, (states = badgeStatesOfRep(this.db, repId)));
    return states;
  }

  badgeAwarded(repId: number, badgeId: string): void {
    this.badgeStates(repId).set(badgeId, null);
  }

  /** After withdrawals (rare): read again when next needed. */
  forgetBadges(repId: number): void {
    this.badges.delete(repId);
  }

  highestLevel(repId: number): number {
    let level = this.levels.get(repId);
    if (level === undefined) this.levels.set(repId, (level = highestLevelRecorded(this.db, repId)));
    return level;
  }

  levelRecorded(repId: number, level: number): void {
    this.levels.set(repId, Math.max(level, this.highestLevel(repId)));
  }

  /** The goals that concern the rep (see goalsOfRep); null when there is no such rep. */
  goalsOf(repId: number): GoalRow[] | null {
    let goals = this.goals.get(repId);
    if (goals === undefined) {
      const teamId = teamOfRep(this.db, repId);
      goals = teamId === undefined ? null : goalsOfRep(this.db, repId, teamId);
      this.goals.set(repId, goals);
    }
    return goals;
  }
}
