import type { Db } from '../../db/open';
import type { ChangeBus } from './bus';

/** What every use-case runs with. The clock is injected so tests control time. */
export interface ServiceContext {
  db: Db;
  bus: ChangeBus;
  now: () => number;
  /** Where the app's HTTP listener is reachable, e.g. http://127.0.0.1:4870 (for webhook and display URLs). */
  baseUrl: () => string;
  version: string;
  electron: boolean;
  log: (level: 'info' | 'warn' | 'error', message: string, detail?: unknown) => void;
}
