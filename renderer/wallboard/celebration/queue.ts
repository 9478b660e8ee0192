import { useCallback, useRef, useState } from 'react';
import type { Celebration } from '../../../preload/contract';

const REMEMBER = 500;

export interface CelebrationQueue {
  current: Celebration | null;
  waiting: number;
  push(celebration: Celebration): void;
  /** The current one finished: show the next. */
  next(): void;
}

/**
 * Celebrations in arrival order, one on screen at a time: five wins at once play one after
 * another, none is dropped. An id already played (a resent one) is not played again.
 */
export function useCelebrationQueue(): CelebrationQueue {
  const [queue, setQueue] = useState<Celebration[]>([]);
  const seen = useRef<string[]>([]);
  const push = useCallback((celebration: Celebration) => {
    if (seen.current.includes(celebration.id)) return;
    seen.current.push(celebration.id);
    if (seen.current.length > REMEMBER) seen.current.splice(0, seen.current.length - REMEMBER);
    setQueue((q) => [...q, celebration]);
  }, []);
  const next = useCallback(() => setQueue((q) => q.slice(1)), []);
  return { current: queue[0] ?? null, waiting: Math.max(0, queue.length - 1), push, next };
}
