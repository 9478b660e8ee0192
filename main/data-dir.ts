import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';
import { newToken } from './services/tokens';

/** The OS's per-user app-data folder for Fanfare (what Electron calls userData). */
export function defaultDataDir(): string {
  const home = homedir();
  switch (platform()) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Fanfare');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Fanfare');
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Fanfare');
  }
}

export interface DataDir {
  root: string;
  dbFile: string;
  logsDir: string;
  backupsDir: string;
  adminTokenFile: string;
}

export function prepareDataDir(root: string): DataDir {
  const dir: DataDir = {
    root,
    dbFile: join(root, 'fanfare.db'),
    logsDir: join(root, 'logs'),
    backupsDir: join(root, 'backups'),
    adminTokenFile: join(root, 'admin-token'),
  };
  for (const folder of [dir.root, dir.logsDir, dir.backupsDir]) mkdirSync(folder, { recursive: true });
  return dir;
}

/**
 * The admin token for the browser-mode API, kept in `admin-token` (mode 0600) so scripts on
 * this machine can read it. Reused across restarts; delete the file to rotate it.
 */
export function loadOrCreateAdminToken(file: string): string {
  if (existsSync(file)) {
    const existing = readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{32,}$/.test(existing)) {
      chmodSync(file, 0o600);
      return existing;
    }
  }
  const token = newToken(32);
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return token;
}
