import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, ProcedureInput, ProcedureName, ProcedureOutput, TableName } from '../../preload/contract';
import { call, transport } from './client';

export interface Query<T> {
  data: T | undefined;
  error: AppError | undefined;
  loading: boolean;
  refresh: () => void;
}

/**
 * Calls a procedure and keeps its answer fresh: it refetches whenever the app reports a
 * committed change to one of `tables` (coalesced, so a burst of events is one refetch).
 */
export function useQuery<N extends ProcedureName>(name: N, input: ProcedureInput<N>, tables: readonly TableName[]): Query<ProcedureOutput<N>> {
  const [data, setData] = useState<ProcedureOutput<N>>();
  const [error, setError] = useState<AppError>();
  const key = `${name}:${JSON.stringify(input)}`;
  // The query is loading until an answer for its current input has arrived.
  const [answeredKey, setAnsweredKey] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    const requested = key;
    void call(name, JSON.parse(key.slice(name.length + 1)) as ProcedureInput<N>).then((result) => {
      if (ticket !== latest.current) return;
      setAnsweredKey(requested);
      if (result.ok) {
        setData(result.value);
        setError(undefined);
      } else setError(result.error);
    });
  }, [name, key]);

  useEffect(() => {
    load();
  }, [load]);
  const loading = answeredKey !== key;

  const tableKey = tables.join(',');
  useEffect(() => {
    const watched = new Set(tableKey.split(','));
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = transport.onPush((event) => {
      if (event.name !== 'changed' || !event.payload.tables.some((t) => watched.has(t))) return;
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        load();
      }, 40);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [tableKey, load]);

  return { data, error, loading, refresh: load };
}
