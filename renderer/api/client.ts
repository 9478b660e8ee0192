import type { AppError, ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../preload/contract';
import { chooseTransport, type Transport } from './transport';

export const transport: Transport = chooseTransport();

/** Fired when a settings change was refused because the manager PIN lock is closed (the shell asks for the PIN). */
export const LOCKED_EVENT = 'fanfare:locked';

export async function call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<Result<ProcedureOutput<N>>> {
  const result = await transport.call(name, input);
  if (!result.ok && result.error.code === 'locked' && !name.startsWith('lock.')) window.dispatchEvent(new CustomEvent(LOCKED_EVENT));
  return result;
}

/** An error from the app, thrown by `callOrThrow` for the UI to show. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

export async function callOrThrow<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
  const result = await call(name, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
