// Composition root: open the database, build the services, start the HTTP listener.
// Electron (main/electron/) and the headless CLI (main/cli.ts) both start Fanfare here.
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb } from '../db/open';
import { prepareDataDir, loadOrCreateAdminToken, type DataDir } from './data-dir';
import { createLogger, type Log } from './logger';
import { AdminAuth } from './server/auth';
import { createFanfareServer, type FanfareServer } from './server/http-server';
import { StaticFiles } from './server/static-files';
import { ChangeBus } from './services/bus';
import type { DesktopShell, ServiceContext } from './services/context';
import { seedDemo, startDemoTrickle } from './services/demo';
import { startDesktopNotifier } from './services/gamification/desktop-notifier';
import { createDispatch, type Dispatch } from './services/handler-map';
import { buildHandlers } from './services/handlers';
import { startImports, stopImports } from './services/imports/runtime';
import { buildRepHandlers, createRepDispatch } from './services/rep-view/handlers';
import { ensureWorkspace } from './services/workspace';
import { ManagerLock } from './services/manager-lock';
import { ensurePortfolio } from './services/portfolio/adopt';

export interface AppOptions {
  dataDir: string;
  port: number;
  host: string;
  demo: boolean;
  /** Folder holding db/ and dist/ (the repository or the packaged app). */
  appRoot: string;
  version: string;
  electron: boolean;
  /** Print info lines too (headless mode); warnings and errors always go to stderr. */
  verbose?: boolean;
  now?: () => number;
  /** What the Electron shell can do (kiosk windows, screens); absent when headless. */
  desktop?: DesktopShell;
  /** better-sqlite3 compiled for Electron (see scripts/start.mjs). */
  sqliteBinding?: string;
  /** The built CSV reader worker (dist/main/csv-reader.cjs); without it files are read on the main thread. */
  csvWorkerFile?: string;
}

export interface RunningApp {
  baseUrl: string;
  dataDir: DataDir;
  adminToken: string;
  ctx: ServiceContext;
  dispatch: Dispatch;
  bus: ChangeBus;
  http: FanfareServer;
  /** A fresh one-time login link for a browser. */
  loginUrl(): string;
  close(): Promise<void>;
}

/** The address other machines use to reach this one when listening on every interface. */
function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return lanAddress();
  return host.includes(':') ? `[${host}]` : host;
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const dataDir = prepareDataDir(options.dataDir);
  const logger = createLogger(dataDir.logsDir, options.verbose ?? false);
  const log: Log = logger.log;
  const db = openDb({
    file: dataDir.dbFile,
    migrationsFolder: join(options.appRoot, 'db', 'migrations'),
    ...(options.sqliteBinding ? { nativeBinding: options.sqliteBinding } : {}),
  });
  const bus = new ChangeBus();
  let baseUrl = '';
  const ctx: ServiceContext = {
    db,
    bus,
    now: options.now ?? Date.now,
    baseUrl: () => baseUrl,
    version: options.version,
    electron: options.electron,
    log,
    ...(options.desktop ? { desktop: options.desktop } : {}),
  };
  ensureWorkspace(ctx, Intl.DateTimeFormat().resolvedOptions().timeZone);

  await startImports(ctx, { uploadsDir: join(dataDir.root, 'imports'), ...(options.csvWorkerFile ? { workerFile: options.csvWorkerFile } : {}) });

  const adminToken = loadOrCreateAdminToken(dataDir.adminTokenFile);
  const auth = new AdminAuth(adminToken, ctx.now);
  ensurePortfolio(ctx);
  const dispatch = createDispatch(ctx, buildHandlers(), new ManagerLock());
  const repDispatch = createRepDispatch(ctx, buildRepHandlers());
  const http = createFanfareServer({ ctx, dispatch, repDispatch, auth, files: new StaticFiles(join(options.appRoot, 'dist', 'renderer')) });

  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(options.port, options.host, () => {
      http.server.off('error', reject);
      resolve();
    });
  });
  const { port } = http.server.address() as AddressInfo;
  baseUrl = `http://${urlHost(options.host)}:${port}`;
  log('info', `listening on ${baseUrl} (data in ${dataDir.root})`);

  let stopDemo: (() => void) | null = null;
  if (options.demo) {
    const seeded = seedDemo(ctx);
    if (!seeded.seeded && seeded.reason !== 'already a demo workspace') log('warn', `--demo ignored: ${seeded.reason}`);
    else stopDemo = startDemoTrickle(ctx);
  }
  // Started after the demo history, which is not news.
  const stopNotifier = startDesktopNotifier(ctx);

  let closing: Promise<void> | null = null;
  return {
    baseUrl,
    dataDir,
    adminToken,
    ctx,
    dispatch,
    bus,
    http,
    loginUrl: () => `${baseUrl}/login?code=${auth.issueLoginCode()}`,
    close: () => {
      closing ??= (async () => {
        stopDemo?.();
        stopNotifier();
        await http.close();
        stopImports(ctx);
        closeDb(db);
        log('info', 'stopped');
        logger.close();
      })();
      return closing;
    },
  };
}
