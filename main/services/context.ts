import type { Db } from '../../db/open';
import type { Celebration } from '../../preload/contract';
import type { ChangeBus } from './bus';
import type { ManagerLock } from './manager-lock';

/** What every use-case runs with. The clock is injected so tests control time. */
export interface ServiceContext {
  db: Db;
  bus: ChangeBus;
  now: () => number;
  /** Where the app's HTTP listener is reachable, e.g. http://127.0.0.1:4870 (for webhook and display URLs). */
  baseUrl: () => string;
  version: string;
  electron: boolean;
  log: (level: 'info' | 'warn' | 'error', message: string, detail?: unknown) => void;
  desktop?: DesktopShell;
  /** Who is calling: the manager in the desktop app or a browser, a script, or Fanfare itself (audit log). */
  actor?: Actor;
  /** The manager window or browser session making the call (what the manager PIN unlocks). */
  session?: string;
  /** The manager PIN lock (absent in tests that do not need it). */
  managerLock?: ManagerLock;
  /** The live wallboard streams (set by the HTTP server once it runs). */
  wallboard?: WallboardControl;
}

export interface WallboardControl {
  /** TVs showing a display right now. */
  viewersOf(displayId: number): number;
  /** Plays a test celebration on the TVs showing a display: how many got it, and what they play. */
  test(displayId: number, repId?: number): { viewers: number; celebration: Celebration };
}

/** desktop: the Electron manager window; browser: a signed-in browser; api: the admin token; system: Fanfare on its own. */
export type Actor = 'desktop' | 'browser' | 'api' | 'system';

/** What only the desktop (Electron) app can do; absent in headless mode. */
export interface DesktopShell {
  screens(): { id: number; label: string; primary: boolean; width: number; height: number }[];
  /** Opens (or moves) the full-screen kiosk window showing `url` on the given screen. */
  openKiosk(url: string, screenId?: number): void;
  /** The display opened full screen when the computer starts (and the app with it), or null. */
  autostart(): { displayId: number; screenId: number | null } | null;
  setAutostart(choice: { displayId: number; screenId: number | null } | null): void;
  /** Shows a desktop notification (a goal reached, a badge, a level-up) on the manager's PC. */
  notify(title: string, body: string): void;
}
