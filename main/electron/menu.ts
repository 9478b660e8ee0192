import { Menu, screen, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openKiosk(screenId: number): void;
  leaveKiosk(): void;
  kioskOpen(): boolean;
}

/** The app menu with a Display menu: show the wallboard on a chosen screen, or leave kiosk. */
export function buildMenu(actions: MenuActions): Menu {
  const screens = screen.getAllDisplays();
  const primaryId = screen.getPrimaryDisplay().id;
  const display: MenuItemConstructorOptions = {
    label: 'Display',
    submenu: [
      {
        label: 'Show wallboard on',
        submenu: screens.map((s, i) => ({
          label: `Screen ${i + 1}${s.id === primaryId ? ' (main)' : ''} — ${s.size.width}×${s.size.height}`,
          click: () => actions.openKiosk(s.id),
        })),
      },
      { label: 'Leave kiosk', accelerator: 'CmdOrCtrl+Shift+Q', enabled: actions.kioskOpen(), click: () => actions.leaveKiosk() },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    display,
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
