import { useState } from 'react';
import type { AppError, Result } from '../../preload/contract';

/** Runs procedure calls from a form or a button, keeping the last error to show (cleared on success). */
export function useAction(): { error: AppError | null; setError: (error: AppError | null) => void; run: <T>(call: Promise<Result<T>>) => Promise<T | undefined> } {
  const [error, setError] = useState<AppError | null>(null);
  const run = async <T,>(call: Promise<Result<T>>): Promise<T | undefined> => {
    const result = await call;
    setError(result.ok ? null : result.error);
    return result.ok ? result.value : undefined;
  };
  return { error, setError, run };
}
