import { BrowserWindow, powerSaveBlocker, screen, type Rectangle } from 'electron';
import { join } from 'node:path';

export interface WindowPaths {
  preloadDir: string;
  iconFile: string;
}

const secure = (preload: string) => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  spellcheck: false,
});

export function createManagerWindow(paths: WindowPaths, url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 1024,
    minHeight: 680,
    title: 'Fanfare',
    icon: paths.iconFile,
    show: false,
    backgroundColor: '#f5f6fa',
    webPreferences: secure(join(paths.preloadDir, 'manager.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}

export function screenBounds(screenId: number | undefined): Rectangle {
  const displays = screen.getAllDisplays();
  const chosen = displays.find((d) => d.id === screenId) ?? displays.find((d) => d.id !== screen.getPrimaryDisplay().id) ?? screen.getPrimaryDisplay();
  return chosen.bounds;
}

/**
 * The TV window: full screen in kiosk mode on the chosen screen, no menu, no cursor. It
 * leaves kiosk only with a deliberate shortcut (Ctrl+Shift+Q, or Cmd+Shift+Q on macOS).
 */
export function createKioskWindow(paths: WindowPaths, url: string, screenId: number | undefined): BrowserWindow {
  const bounds = screenBounds(screenId);
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    title: 'Fanfare wallboard',
    icon: paths.iconFile,
    backgroundColor: '#070b1a',
    // An unattended TV plays celebration sounds without anyone clicking first.
    webPreferences: { ...secure(join(paths.preloadDir, 'kiosk.cjs')), autoplayPolicy: 'no-user-gesture-required', backgroundThrottling: false },
  });
  // The TV must not dim or sleep while it shows the board.
  const blocker = powerSaveBlocker.start('prevent-display-sleep');
  window.on('closed', () => powerSaveBlocker.stop(blocker));
  window.setMenuBarVisibility(false);
  window.webContents.on('did-finish-load', () => {
    void window.webContents.insertCSS('*, *::before, *::after { cursor: none !important; }');
  });
  window.webContents.on('before-input-event', (event, input) => {
    if (input.type === 'keyDown' && input.shift && (input.control || input.meta) && input.key.toLowerCase() === 'q') {
      event.preventDefault();
      window.close();
    }
  });
  // Fanfare not reachable yet (the PC is still booting): try again, never leave an error page up.
  let retry = 2000;
  window.webContents.on('did-fail-load', (_event, _code, _description, _url, isMainFrame) => {
    if (!isMainFrame) return;
    setTimeout(() => {
      if (!window.isDestroyed()) void window.loadURL(url);
    }, retry);
    retry = Math.min(retry * 2, 30_000);
  });
  window.webContents.on('did-finish-load', () => {
    retry = 2000;
  });
  // An unattended TV recovers by itself if the page dies.
  window.webContents.on('render-process-gone', () => {
    setTimeout(() => {
      if (!window.isDestroyed()) void window.loadURL(url);
    }, 2000);
  });
  void window.loadURL(url);
  return window;
}
