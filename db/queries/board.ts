// The people and teams a leaderboard ranks, read with prepared statements: boards are read
// on every change by every open screen and TV.
import type { Db } from '../open';
import { prepared } from './prepared';

export interface BoardRep {
  id: number;
  name: string;
  active: boolean;
  teamId: number | null;
  createdAt: number;
}

export function boardReps(db: Db): BoardRep[] {
  const rows = prepared(db, 'SELECT id, name, active, team_id AS teamId, created_at AS createdAt FROM reps ORDER BY name, id').all() as (Omit<BoardRep, 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

export function boardTeams(db: Db): { id: number; name: string }[] {
  return prepared(db, 'SELECT id, name FROM teams ORDER BY name').all() as { id: number; name: string }[];
}
