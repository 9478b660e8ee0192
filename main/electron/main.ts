// Electron entry point: the same app as headless mode, plus a manager window (IPC
// transport) and an optional full-screen kiosk window for the office TV. Kept thin:
// everything it composes runs, and is tested, in plain Node.
import { app, dialog, Menu, Notification, screen, type BrowserWindow } from 'electron';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, type RunningApp } from '../app';
import { parseArgs, usage } from '../args';
import { createDisplay, listDisplays } from '../services/displays';
import type { DesktopShell } from '../services/context';
import { VERSION } from '../version';
import { Autostart } from './autostart';
import { connectIpc } from './ipc';
import { buildMenu } from './menu';
import { guardWebContents } from './security';
import { createKioskWindow, createManagerWindow, type WindowPaths } from './windows';

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const paths: WindowPaths = { preloadDir: join(appRoot, 'dist', 'preload'), iconFile: join(appRoot, 'assets', 'icon.png') };

let running: RunningApp | null = null;

/** better-sqlite3 built for Electron: beside the app when packaged, from npm start otherwise. */
function sqliteBinding(): string | undefined {
  if (process.env.FANFARE_SQLITE_BINDING) return process.env.FANFARE_SQLITE_BINDING;
  return app.isPackaged ? join(process.resourcesPath, 'better_sqlite3.node') : undefined;
}
let managerWindow: BrowserWindow | null = null;
let kioskWindow: BrowserWindow | null = null;
const origins: string[] = [];

function refreshMenu(): void {
  Menu.setApplicationMenu(
    buildMenu({
      openKiosk: (screenId) => openWallboard(screenId),
      leaveKiosk: () => kioskWindow?.close(),
      kioskOpen: () => kioskWindow !== null && !kioskWindow.isDestroyed(),
    }),
  );
}

function showKiosk(url: string, screenId?: number): void {
  if (kioskWindow && !kioskWindow.isDestroyed()) kioskWindow.close();
  kioskWindow = createKioskWindow(paths, url, screenId);
  kioskWindow.on('closed', () => {
    kioskWindow = null;
    refreshMenu();
  });
  refreshMenu();
}

/** The Display menu's wallboard: the newest display link, or a new "Office TV" one. */
function openWallboard(screenId: number): void {
  if (!running) return;
  const active = listDisplays(running.ctx).find((d) => d.revokedAt === null);
  const url = active?.url ?? createDisplay(running.ctx, { name: 'Office TV' }).url;
  showKiosk(url, screenId);
}

let autostart: Autostart | null = null;

const desktop: DesktopShell = {
  screens: () =>
    screen.getAllDisplays().map((d, i) => ({
      id: d.id,
      label: d.label || `Screen ${i + 1}`,
      primary: d.id === screen.getPrimaryDisplay().id,
      width: d.size.width,
      height: d.size.height,
    })),
  openKiosk: (url, screenId) => showKiosk(url, screenId),
  autostart: () => autostart?.read() ?? null,
  setAutostart: (choice) => autostart?.write(choice),
  notify: (title, body) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title, body, icon: paths.iconFile, silent: false });
    // Clicking a pop-up brings the manager window forward.
    notification.on('click', () => managerWindow?.show());
    notification.show();
  },
};

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(app.isPackaged ? 1 : 2), process.env);
  if (!parsed.ok) {
    dialog.showErrorBox('Fanfare', `${parsed.error}\n\n${usage()}`);
    app.exit(2);
    return;
  }
  const args = parsed.value;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  guardWebContents(() => origins);

  if (args.kiosk && args.connect) {
    // A TV machine: no local workspace, only the remote wallboard.
    origins.push(new URL(args.connect).origin);
    showKiosk(args.connect);
    app.on('window-all-closed', () => app.quit());
    return;
  }

  const dataDir = args.dataDir ?? app.getPath('userData');
  autostart = new Autostart(join(dataDir, 'wallboard-autostart.json'));
  running = await startApp({
    dataDir,
    port: args.port,
    host: args.host,
    demo: args.demo,
    appRoot,
    version: VERSION,
    electron: true,
    desktop,
    // The worker is unpacked from the asar archive (electron-builder.yml, asarUnpack).
    csvWorkerFile: join(appRoot, 'dist', 'main', 'csv-reader.cjs').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`),
    ...(sqliteBinding() ? { sqliteBinding: sqliteBinding() } : {}),
  });
  origins.push(new URL(running.baseUrl).origin);
  connectIpc(running.dispatch, running.bus, () => managerWindow, new URL(running.baseUrl).origin);
  refreshMenu();
  managerWindow = createManagerWindow(paths, `${running.baseUrl}/`);
  managerWindow.on('closed', () => {
    managerWindow = null;
  });
  // Chosen in a display's editor: this computer drives a TV from the moment it starts.
  const onStart = autostart.read();
  const startDisplay = onStart ? listDisplays(running.ctx).find((d) => d.id === onStart.displayId && d.revokedAt === null) : undefined;
  if (onStart && startDisplay) showKiosk(startDisplay.url, onStart.screenId ?? undefined);
  app.on('second-instance', () => {
    if (managerWindow) {
      if (managerWindow.isMinimized()) managerWindow.restore();
      managerWindow.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!running) return;
    event.preventDefault();
    const closing = running;
    running = null;
    void closing.close().finally(() => app.quit());
  });
}

main().catch((error: unknown) => {
  dialog.showErrorBox('Fanfare could not start', String((error as Error)?.stack ?? error));
  app.exit(1);
});
