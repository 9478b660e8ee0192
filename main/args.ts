export interface Args {
  headless: boolean;
  port: number;
  host: string;
  dataDir: string | null;
  demo: boolean;
  kiosk: boolean;
  connect: string | null;
  help: boolean;
}

export type ArgsResult = { ok: true; value: Args } | { ok: false; error: string };

export const DEFAULT_PORT = 4870;

export function usage(): string {
  return [
    'Usage: npm start -- [options]',
    '',
    '  --headless         serve the manager UI to a browser instead of opening the Electron window',
    `  --port N           HTTP port (env FANFARE_PORT; default ${DEFAULT_PORT}; 0 = any free port)`,
    '  --host ADDR        address to listen on (default 127.0.0.1; 0.0.0.0 to serve TVs and CRMs on the LAN)',
    '  --data-dir DIR     where the database, logs and admin token live (env FANFARE_DATA_DIR; default: the OS app-data folder)',
    '  --demo             fill an empty workspace with a demo team and live demo events',
    '  --kiosk --connect URL   a TV machine: show only the wallboard at a display link, full screen',
    '                          (the Electron app, or else the system Chromium / Chrome / Edge in kiosk mode)',
    '  --help             this text',
  ].join('\n');
}

function parsePort(text: string, from: string): number | string {
  if (!/^\d+$/.test(text)) return `${from} must be a whole number between 0 and 65535 (got "${text}")`;
  const port = Number(text);
  return port <= 65_535 ? port : `${from} must be between 0 and 65535 (got ${port})`;
}

/** Flags win over environment variables, which win over defaults. */
export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ArgsResult {
  const args: Args = { headless: false, port: DEFAULT_PORT, host: '127.0.0.1', dataDir: env.FANFARE_DATA_DIR || null, demo: false, kiosk: false, connect: null, help: false };
  if (env.FANFARE_PORT) {
    const port = parsePort(env.FANFARE_PORT, 'FANFARE_PORT');
    if (typeof port === 'string') return { ok: false, error: port };
    args.port = port;
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i += 1;
      return next;
    };
    switch (flag) {
      case '--headless':
        args.headless = true;
        break;
      case '--demo':
        args.demo = true;
        break;
      case '--kiosk':
        args.kiosk = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--port': {
        const text = value();
        if (text === null) return { ok: false, error: '--port needs a number, e.g. --port 4870' };
        const port = parsePort(text, '--port');
        if (typeof port === 'string') return { ok: false, error: port };
        args.port = port;
        break;
      }
      case '--host': {
        const text = value();
        if (!text) return { ok: false, error: '--host needs an address, e.g. --host 0.0.0.0' };
        args.host = text;
        break;
      }
      case '--data-dir': {
        const text = value();
        if (!text) return { ok: false, error: '--data-dir needs a folder, e.g. --data-dir ./fanfare-data' };
        args.dataDir = text;
        break;
      }
      case '--connect': {
        const text = value();
        if (!text || !/^https?:\/\/.+\/wall\/[A-Za-z0-9_-]+\/?$/.test(text)) return { ok: false, error: '--connect needs a display link, e.g. --connect http://192.168.0.10:4870/wall/<token>' };
        args.connect = text;
        break;
      }
      default:
        return { ok: false, error: `unknown option "${arg}"` };
    }
  }
  if (args.connect && !args.kiosk) args.kiosk = true;
  if (args.kiosk && !args.connect) return { ok: false, error: '--kiosk needs --connect <display link>' };
  return { ok: true, value: args };
}
