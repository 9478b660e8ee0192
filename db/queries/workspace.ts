import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { columnsOf, prepared } from '../statements';
import { workspace } from '../schema';

export type WorkspaceRow = typeof workspace.$inferSelect;

export function readWorkspace(db: Db): WorkspaceRow | undefined {
  const c = columnsOf(workspace);
  const raw = prepared(db, 'workspace.read', () => `SELECT ${c.select} FROM workspace WHERE id = 1`).get();
  return raw ? c.map(raw as Record<string, unknown>) : undefined;
}

export function insertWorkspace(db: Db, row: Omit<WorkspaceRow, 'id'>): void {
  db.insert(workspace).values({ id: 1, ...row }).run();
}

export function updateWorkspaceRow(db: Db, patch: Partial<Omit<WorkspaceRow, 'id'>>): void {
  db.update(workspace).set(patch).where(eq(workspace.id, 1)).run();
}
