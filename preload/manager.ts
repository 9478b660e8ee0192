// Preload of the manager window (sandboxed, context-isolated): exposes exactly two
// functions, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PushEvent } from './contract';
import { IPC_CALL, IPC_PUSH, type FanfareWindowApi } from './window-api';

const api: FanfareWindowApi = {
  call: (name, input) => ipcRenderer.invoke(IPC_CALL, name, input),
  onPush(listener) {
    const handler = (_event: IpcRendererEvent, push: PushEvent) => listener(push);
    ipcRenderer.on(IPC_PUSH, handler);
    return () => {
      ipcRenderer.removeListener(IPC_PUSH, handler);
    };
  },
};

contextBridge.exposeInMainWorld('fanfare', api);
