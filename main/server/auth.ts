import type { IncomingMessage } from 'node:http';
import { safeEqual } from '../ingest/signature';
import type { Caller } from '../services/handler-map';
import { newToken } from '../services/tokens';

export const SESSION_COOKIE = 'fanfare_session';
const ONE_TIME_CODE_TTL_MS = 24 * 3_600_000;

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return cookies;
}

/**
 * Who may use the manager API in browser mode: a caller with the admin token (scripts,
 * `Authorization: Bearer`), or a browser holding a session cookie obtained with a one-time
 * login code (the link printed at start) or with the admin token.
 */
export class AdminAuth {
  private readonly sessions = new Set<string>();
  private readonly codes = new Map<string, number>();

  constructor(
    private readonly adminToken: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new one-time login code (for the printed login link). */
  issueLoginCode(): string {
    const code = newToken(24);
    this.codes.set(code, this.now() + ONE_TIME_CODE_TTL_MS);
    return code;
  }

  /** Spends a one-time code; returns a session id, or null if the code is unknown, used or expired. */
  redeemLoginCode(code: string): string | null {
    for (const [known, expiresAt] of this.codes) {
      if (safeEqual(known, code)) {
        this.codes.delete(known);
        return expiresAt >= this.now() ? this.openSession() : null;
      }
    }
    return null;
  }

  /** Exchanges the admin token for a session id (the login screen's "paste the token"). */
  loginWithToken(token: string): string | null {
    return safeEqual(token, this.adminToken) ? this.openSession() : null;
  }

  private openSession(): string {
    const session = newToken(24);
    this.sessions.add(session);
    return session;
  }

  isAdmin(req: IncomingMessage): boolean {
    return this.callerOf(req) !== null;
  }

  /** Who the request comes from: a script with the admin token, a signed-in browser session, or nobody. */
  callerOf(req: IncomingMessage): Caller | null {
    const authorization = req.headers.authorization;
    if (authorization?.startsWith('Bearer ')) return safeEqual(authorization.slice(7).trim(), this.adminToken) ? { actor: 'api', session: 'api' } : null;
    const session = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
    if (!session) return null;
    for (const known of this.sessions) if (safeEqual(known, session)) return { actor: 'browser', session: known };
    return null;
  }

  sessionCookie(session: string): string {
    return `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`;
  }
}
