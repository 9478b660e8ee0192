import type { ProcedureInput, ProcedureName, ProcedureOutput, PushEvent, Result } from './contract';

/** What the manager window's preload exposes as `window.fanfare` (and nothing more). */
export interface FanfareWindowApi {
  call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<Result<ProcedureOutput<N>>>;
  onPush(listener: (event: PushEvent) => void): () => void;
}

/** What the kiosk window's preload exposes as `window.fanfareKiosk`. */
export interface FanfareKioskApi {
  kiosk: true;
}

export const IPC_CALL = 'fanfare:call';
export const IPC_PUSH = 'fanfare:push';
