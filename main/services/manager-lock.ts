// The optional manager PIN. When set, settings changes need an unlocked window (Electron)
// or browser session: reading the boards and reports stays open, so the office PC can
// show Fanfare without anyone being able to change rules, reps or portfolios. Scripts with
// the admin token are not asked for the PIN (the token is the stronger secret). Only a
// salted scrypt hash of the PIN is stored; unlocks live in memory and end after a quiet
// spell, on "Lock now", and when the app restarts.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LockStatus } from '../../preload/contract';
import { managerLock } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { audit } from './audit/audit';
import type { ServiceContext } from './context';
import { fail } from './errors';

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const FREE_TRIES = 5;
const MAX_WAIT_MS = 15 * 60_000;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(pin, salt, KEY_LENGTH, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/**
 * A procedure that only reads is never locked. The rule goes by the verb (the part after
 * the dot, e.g. list, getSettings, previewTransfer, exportCsv): anything not named like a
 * read is a change, so a new procedure is locked by default rather than left open by mistake.
 * `markRead` changes nothing anyone configured (it clears the manager's own bell).
 */
const READ_VERB = /^(list|get|preview|export|info|summary|customers?|history|employment|status|screens|deliveries|openKiosk|statement|period|whatIf|query|chart|settings|ofRep|feed|widget|markRead)([A-Z]\w*)?$/;
export function isSettingsChange(procedure: string): boolean {
  const [domain, verb = ''] = procedure.split('.');
  if (domain === 'lock') return false;
  return !READ_VERB.test(verb);
}

export class ManagerLock {
  private readonly unlockedUntil = new Map<string, number>();
  private failures = 0;
  private retryAt = 0;

  constructor(private readonly idleMs = 15 * 60_000) {}

  private storedHash(ctx: ServiceContext): string | null {
    return ctx.db.select().from(managerLock).where(eq(managerLock.id, 1)).get()?.pinHash ?? null;
  }

  isUnlocked(ctx: ServiceContext, session: string): boolean {
    if (this.storedHash(ctx) === null) return true;
    return (this.unlockedUntil.get(session) ?? 0) > ctx.now();
  }

  /** A settings change was made: the unlock lasts another quiet spell from now. */
  touch(ctx: ServiceContext, session: string): void {
    if (this.unlockedUntil.has(session)) this.unlockedUntil.set(session, ctx.now() + this.idleMs);
  }

  status(ctx: ServiceContext, session: string): LockStatus {
    return { pinSet: this.storedHash(ctx) !== null, unlocked: this.isUnlocked(ctx, session), retryAt: this.retryAt > ctx.now() ? this.retryAt : null };
  }

  /** Checks a PIN, with a growing wait after repeated wrong tries (against guessing). */
  private check(ctx: ServiceContext, pin: string, stored: string): void {
    const now = ctx.now();
    if (this.retryAt > now) {
      fail('locked', `Too many wrong PINs. Try again in ${Math.ceil((this.retryAt - now) / 1000)} seconds.`, { retryAt: this.retryAt });
    }
    if (verifyPin(pin, stored)) {
      this.failures = 0;
      return;
    }
    this.failures += 1;
    if (this.failures >= FREE_TRIES) this.retryAt = now + Math.min(MAX_WAIT_MS, 30_000 * 2 ** (this.failures - FREE_TRIES));
    const left = Math.max(0, FREE_TRIES - this.failures);
    fail('forbidden', left > 0 ? `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before a wait.` : 'That PIN is not right. Wait a little before the next try.', { path: 'pin' });
  }

  unlock(ctx: ServiceContext, session: string, pin: string): LockStatus {
    const stored = this.storedHash(ctx);
    if (stored === null) return this.status(ctx, session);
    this.check(ctx, pin, stored);
    this.unlockedUntil.set(session, ctx.now() + this.idleMs);
    return this.status(ctx, session);
  }

  lock(ctx: ServiceContext, session: string): LockStatus {
    this.unlockedUntil.delete(session);
    return this.status(ctx, session);
  }

  setPin(ctx: ServiceContext, session: string, currentPin: string | undefined, newPin: string): LockStatus {
    const stored = this.storedHash(ctx);
    if (stored !== null) {
      if (currentPin === undefined) fail('invalid_input', 'Enter the current PIN to change it.', { path: 'currentPin' });
      this.check(ctx, currentPin, stored);
    }
    const pinHash = hashPin(newPin);
    inTransaction(ctx.db, () => {
      ctx.db.insert(managerLock).values({ id: 1, pinHash, updatedAt: ctx.now() }).onConflictDoUpdate({ target: managerLock.id, set: { pinHash, updatedAt: ctx.now() } }).run();
      audit(ctx, { action: stored === null ? 'pin.set' : 'pin.change', entity: { type: 'settings', id: 'pin', label: 'Manager PIN' }, before: { pin: stored === null ? 'not set' : 'set' }, after: { pin: stored === null ? 'set' : 'changed' } });
    });
    // Whoever set the PIN stays unlocked; every other window and browser is locked now.
    this.unlockedUntil.clear();
    this.unlockedUntil.set(session, ctx.now() + this.idleMs);
    ctx.bus.changed('lock', 'audit');
    return this.status(ctx, session);
  }

  clearPin(ctx: ServiceContext, session: string, currentPin: string): LockStatus {
    const stored = this.storedHash(ctx);
    if (stored === null) return this.status(ctx, session);
    this.check(ctx, currentPin, stored);
    inTransaction(ctx.db, () => {
      ctx.db.delete(managerLock).where(eq(managerLock.id, 1)).run();
      audit(ctx, { action: 'pin.remove', entity: { type: 'settings', id: 'pin', label: 'Manager PIN' }, before: { pin: 'set' }, after: { pin: 'not set' } });
    });
    this.unlockedUntil.clear();
    ctx.bus.changed('lock', 'audit');
    return this.status(ctx, session);
  }
}
