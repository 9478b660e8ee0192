import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';

export type Log = (level: 'info' | 'warn' | 'error', message: string, detail?: unknown) => void;

/** Appends to `logs/fanfare.log` and echoes warnings and errors to stderr. */
export function createLogger(logsDir: string, echoInfo: boolean): { log: Log; close: () => void } {
  const file: WriteStream = createWriteStream(join(logsDir, 'fanfare.log'), { flags: 'a' });
  const log: Log = (level, message, detail) => {
    const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}${detail === undefined ? '' : ` ${inspect(detail, { depth: 4, breakLength: Infinity })}`}`;
    file.write(`${line}\n`);
    if (level !== 'info') console.error(line);
    else if (echoInfo) console.log(line);
  };
  return { log, close: () => file.end() };
}
