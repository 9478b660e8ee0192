import { app } from 'electron';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface AutostartChoice {
  displayId: number;
  screenId: number | null;
}

/**
 * "Open the wallboard full screen when this computer starts": Fanfare starts at login (the
 * OS login item; on Linux an XDG autostart entry) and, once running, opens the chosen
 * display on the chosen screen. The choice lives in the data folder beside the database.
 */
export class Autostart {
  constructor(private readonly file: string) {}

  read(): AutostartChoice | null {
    if (!existsSync(this.file)) return null;
    try {
      const value = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<AutostartChoice>;
      return typeof value.displayId === 'number' ? { displayId: value.displayId, screenId: typeof value.screenId === 'number' ? value.screenId : null } : null;
    } catch {
      return null;
    }
  }

  write(choice: AutostartChoice | null): void {
    if (choice) writeFileSync(this.file, JSON.stringify(choice));
    else rmSync(this.file, { force: true });
    setOpenAtLogin(choice !== null);
  }
}

function setOpenAtLogin(enabled: boolean): void {
  if (process.platform !== 'linux') {
    app.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  const dir = join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'autostart');
  const entry = join(dir, 'fanfare.desktop');
  if (!enabled) {
    rmSync(entry, { force: true });
    return;
  }
  mkdirSync(dir, { recursive: true });
  const exec = app.isPackaged ? `"${process.execPath}"` : `"${process.execPath}" "${app.getAppPath()}"`;
  writeFileSync(entry, ['[Desktop Entry]', 'Type=Application', 'Name=Fanfare', `Exec=${exec}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n'));
}
