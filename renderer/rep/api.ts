import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../preload/contract';
import type { RepProcedureInput, RepProcedureName, RepProcedureOutput } from '../../preload/rep-contract';

/** The rep link's token: the page is served at /me/<token>. */
export const repToken = window.location.pathname.split('/')[2] ?? '';

export async function repCall<N extends RepProcedureName>(name: N, input: RepProcedureInput<N>): Promise<Result<RepProcedureOutput<N>>> {
  try {
    const response = await fetch(`/me/${repToken}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    // A revoked or unknown link answers { error } like every route; procedures answer a Result.
    const body = (await response.json()) as Result<RepProcedureOutput<N>> | { error: AppError };
    return 'ok' in body ? body : { ok: false, error: body.error };
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `Fanfare is not reachable (${(error as Error).message}).` } };
  }
}

type Listener = () => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;

/** Calls `listener` whenever the app commits a change (the rep's view then refetches). */
export function onRepChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!source) {
    source = new EventSource(`/me/${repToken}/events`);
    const notify = () => {
      for (const l of listeners) l();
    };
    source.addEventListener('changed', notify);
    source.addEventListener('hello', notify);
  }
  return () => listeners.delete(listener);
}

/** A rep procedure's answer, refetched live. */
export function useRepQuery<N extends RepProcedureName>(name: N, input: RepProcedureInput<N>): { data: RepProcedureOutput<N> | undefined; error: AppError | undefined } {
  const [data, setData] = useState<RepProcedureOutput<N>>();
  const [error, setError] = useState<AppError>();
  const key = JSON.stringify(input);
  const latest = useRef(0);
  const load = useCallback(() => {
    const ticket = ++latest.current;
    void repCall(name, JSON.parse(key) as RepProcedureInput<N>).then((result) => {
      if (ticket !== latest.current) return;
      if (result.ok) {
        setData(result.value);
        setError(undefined);
      } else setError(result.error);
    });
  }, [name, key]);
  useEffect(() => {
    load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = onRepChange(() => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        load();
      }, 60);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [load]);
  return { data, error };
}
