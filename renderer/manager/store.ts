import { create } from 'zustand';
import type { AppError, Workspace } from '../../preload/contract';
import { call, transport } from '../api/client';

type Session = 'checking' | 'signed-out' | 'ready' | 'failed';

interface ManagerState {
  session: Session;
  workspace: Workspace | null;
  error: AppError | null;
  connected: boolean;
  baseUrl: string;
  electron: boolean;
  /** Loads the workspace; an `unauthorized` answer means the browser must sign in. */
  load(): Promise<void>;
  setWorkspace(workspace: Workspace): void;
}

export const useManager = create<ManagerState>((set) => ({
  session: 'checking',
  workspace: null,
  error: null,
  connected: false,
  baseUrl: '',
  electron: false,
  async load() {
    const [workspace, info] = await Promise.all([call('workspace.get', {}), call('app.info', {})]);
    if (!workspace.ok) {
      set({ session: workspace.error.code === 'unauthorized' ? 'signed-out' : 'failed', error: workspace.error });
      return;
    }
    set({
      session: 'ready',
      workspace: workspace.value,
      error: null,
      ...(info.ok ? { baseUrl: info.value.baseUrl, electron: info.value.electron } : {}),
    });
  },
  setWorkspace: (workspace) => set({ workspace }),
}));

// Keep the workspace (name, language, time zone) and the live indicator current.
transport.onConnection((connected) => useManager.setState({ connected }));
transport.onPush((event) => {
  if (event.name === 'changed' && event.payload.tables.includes('workspace') && useManager.getState().session === 'ready') {
    void call('workspace.get', {}).then((result) => {
      if (result.ok) useManager.setState({ workspace: result.value });
    });
  }
});
