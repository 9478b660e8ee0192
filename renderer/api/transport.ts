import type { ProcedureInput, ProcedureName, ProcedureOutput, PushEvent, Result } from '../../preload/contract';

/** How the manager UI reaches the app: IPC inside Electron, HTTP + SSE in a browser. */
export interface Transport {
  kind: 'ipc' | 'http';
  call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<Result<ProcedureOutput<N>>>;
  onPush(listener: (event: PushEvent) => void): () => void;
  onConnection(listener: (connected: boolean) => void): () => void;
}

function ipcTransport(api: NonNullable<Window['fanfare']>): Transport {
  return {
    kind: 'ipc',
    call: (name, input) => api.call(name, input),
    onPush: (listener) => api.onPush(listener),
    onConnection: (listener) => {
      listener(true);
      return () => undefined;
    },
  };
}

const PUSH_NAMES = ['changed', 'delivery', 'importProgress'] as const;

/** Browser mode: POST /api/<name> with the session cookie, and one shared EventSource. */
function httpTransport(): Transport {
  const listeners = new Set<(event: PushEvent) => void>();
  const connectionListeners = new Set<(connected: boolean) => void>();
  let source: EventSource | null = null;
  let connected = false;
  let retry = 1000;

  const setConnected = (value: boolean) => {
    if (value === connected) return;
    connected = value;
    for (const l of connectionListeners) l(value);
  };

  const open = () => {
    source = new EventSource('/api/events');
    source.addEventListener('hello', () => {
      retry = 1000;
      setConnected(true);
      // Anything may have changed while we were away.
      for (const l of listeners) l({ name: 'changed', payload: { tables: ['workspace', 'reps', 'teams', 'repLinks', 'sources', 'events', 'ledger', 'rules', 'displays', 'deliveries', 'identities', 'commissions', 'imports'] } });
    });
    for (const name of PUSH_NAMES) {
      source.addEventListener(name, (message) => {
        const event = { name, payload: JSON.parse((message as MessageEvent<string>).data) } as PushEvent;
        for (const l of listeners) l(event);
      });
    }
    source.onerror = () => {
      setConnected(false);
      // EventSource retries by itself unless the server refused it (closed): then back off.
      if (source?.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(open, retry);
        retry = Math.min(retry * 2, 30_000);
      }
    };
  };

  return {
    kind: 'http',
    async call(name, input) {
      try {
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
        return (await response.json()) as Result<ProcedureOutput<typeof name>>;
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `Fanfare is not reachable (${(error as Error).message}).` } };
      }
    },
    onPush(listener) {
      listeners.add(listener);
      if (!source) open();
      return () => listeners.delete(listener);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(connected);
      return () => connectionListeners.delete(listener);
    },
  };
}

export function chooseTransport(): Transport {
  return window.fanfare ? ipcTransport(window.fanfare) : httpTransport();
}
