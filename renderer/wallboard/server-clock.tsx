import { createContext, useContext, type ReactNode } from 'react';
import { useNow } from '../ui/use-now';

/**
 * How far the server's clock is ahead of this TV's (ms). Countdowns and "5 min ago" use
 * the server's time, so a TV whose clock is wrong still counts down to the right second.
 */
const OffsetContext = createContext(0);

export function ServerClock({ offset, children }: { offset: number; children: ReactNode }) {
  return <OffsetContext.Provider value={offset}>{children}</OffsetContext.Provider>;
}

export function useServerNow(everyMs: number): number {
  return useNow(everyMs) + useContext(OffsetContext);
}
