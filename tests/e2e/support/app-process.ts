import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signGeneric } from '../../../main/ingest/generic/signature';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface AppProcess {
  url: string;
  loginUrl: string;
  dataDir: string;
  port: number;
  adminToken: string;
  process: ChildProcess;
  /** Milliseconds from spawn to "running" on stdout. */
  startupMs: number;
  api<T = any>(name: string, input?: unknown): Promise<T>;
  postGeneric(sourceId: string, secret: string, body: unknown): Promise<{ status: number; json: any }>;
  /** Graceful stop (SIGTERM) and wait for exit. */
  stop(): Promise<void>;
  /** kill -9 and wait for exit. */
  crash(): Promise<void>;
  /** Removes the data dir (call once the process is gone for good). */
  cleanup(): void;
}

/** Every event the app holds, newest first (all pages of events.list). */
export async function listAllEvents(app: Pick<AppProcess, 'api'>): Promise<{ id: number; externalId: string; sourceId: string; points: number }[]> {
  const all: { id: number; externalId: string; sourceId: string; points: number }[] = [];
  let beforeId: number | undefined;
  for (;;) {
    const page = await app.api('events.list', { limit: 500, ...(beforeId ? { beforeId } : {}) });
    all.push(...page.events);
    if (page.events.length < 500) return all;
    beforeId = page.events[page.events.length - 1].id;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the built app headless, as `npm start -- --headless` would, in its own data dir. */
export async function launchApp(options: { dataDir?: string; port?: number; demo?: boolean } = {}): Promise<AppProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fanfare-e2e-'));
  const args = [join(ROOT, 'dist/main/cli.js'), '--headless', '--port', String(options.port ?? 0), '--data-dir', dataDir];
  if (options.demo) args.push('--demo');
  const started = Date.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const { url, loginUrl } = await new Promise<{ url: string; loginUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const running = /running at (http:\/\/[^\s/]+)\//.exec(output);
      const login = /(http:\/\/\S+\/login\?code=\S+)/.exec(output);
      if (running?.[1] && login?.[1]) {
        clearTimeout(timer);
        resolve({ url: running[1], loginUrl: login[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${output}`));
    });
  });
  const startupMs = Date.now() - started;
  const adminToken = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    loginUrl,
    dataDir,
    port: Number(new URL(url).port),
    adminToken,
    process: child,
    startupMs,
    async api(name, input = {}) {
      const response = await fetch(`${url}/api/${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: any; error?: { message: string } };
      if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
      return result.value;
    },
    async postGeneric(sourceId, secret, body) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const response = await fetch(`${url}/hooks/generic/${sourceId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-fanfare-signature': signGeneric(secret, text) },
        body: text,
      });
      return { status: response.status, json: await response.json() };
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async crash() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
    cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
