import { ipcMain, type BrowserWindow } from 'electron';
import type { ChangeBus } from '../services/bus';
import type { Dispatch } from '../services/handler-map';
import { IPC_CALL, IPC_PUSH } from '../../preload/window-api';

/**
 * The IPC adapter: the same dispatch as POST /api/<name>, answering only the manager
 * window's own page; and every pushed event forwarded to that window.
 */
export function connectIpc(dispatch: Dispatch, bus: ChangeBus, managerWindow: () => BrowserWindow | null, managerOrigin: string): () => void {
  ipcMain.handle(IPC_CALL, (event, name: unknown, input: unknown) => {
    const window = managerWindow();
    const origin = event.senderFrame ? new URL(event.senderFrame.url).origin : '';
    if (!window || event.sender !== window.webContents || origin !== managerOrigin || typeof name !== 'string') {
      return { ok: false, error: { code: 'forbidden', message: 'Only the manager window may call Fanfare.' } };
    }
    return dispatch(name, input, { actor: 'desktop', session: 'desktop' });
  });
  const unsubscribe = bus.subscribe((push) => {
    const window = managerWindow();
    if (window && !window.isDestroyed()) window.webContents.send(IPC_PUSH, push);
  });
  return () => {
    ipcMain.removeHandler(IPC_CALL);
    unsubscribe();
  };
}
