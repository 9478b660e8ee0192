import type { AppError, ErrorCode, Result } from '../../preload/contract';

/** A use-case failure the caller can act on; thrown inside services, returned as a value at the edges. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toError(): AppError {
    return { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) };
  }
}

export function fail(code: ErrorCode, message: string, details?: unknown): never {
  throw new AppFailure(code, message, details);
}

/** Runs a use-case and turns its outcome into a Result; unexpected errors become `internal`. */
export async function toResult<T>(work: () => T | Promise<T>, onUnexpected: (error: unknown) => void): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppFailure) return { ok: false, error: error.toError() };
    onUnexpected(error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Fanfare; the details are in the log.' } };
  }
}
