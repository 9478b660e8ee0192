import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { workspace } from '../schema';

export type WorkspaceRow = typeof workspace.$inferSelect;

export function readWorkspace(db: Db): WorkspaceRow | undefined {
  return db.select().from(workspace).where(eq(workspace.id, 1)).get();
}

export function insertWorkspace(db: Db, row: Omit<WorkspaceRow, 'id'>): void {
  db.insert(workspace).values({ id: 1, ...row }).run();
}

export function updateWorkspaceRow(db: Db, patch: Partial<Omit<WorkspaceRow, 'id'>>): void {
  db.update(workspace).set(patch).where(eq(workspace.id, 1)).run();
}
