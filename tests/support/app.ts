import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../main/app';
import { signGeneric } from '../../main/ingest/generic/signature';
import type { ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../preload/contract';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

export interface TestApp {
  app: RunningApp;
  url: string;
  /** Calls a procedure over HTTP as a script would (Bearer admin token). */
  api<N extends ProcedureName>(name: N, input?: ProcedureInput<N>): Promise<Result<ProcedureOutput<N>>>;
  /** Calls a procedure and fails the test if it did not succeed. */
  call<N extends ProcedureName>(name: N, input?: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  /** POSTs a body to a generic source, signed with its secret unless a signature is given. */
  postGeneric(sourceId: string, secret: string, body: string, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  stop(): Promise<void>;
}

export async function startTestApp(options: { now?: () => number } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fanfare-app-'));
  const app = await startApp({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    demo: false,
    appRoot: REPO_ROOT,
    version: '0.0.0-test',
    electron: false,
    ...(options.now ? { now: options.now } : {}),
  });
  const url = app.baseUrl;
  const api = async <N extends ProcedureName>(name: N, input?: ProcedureInput<N>) => {
    const response = await fetch(`${url}/api/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${app.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Result<ProcedureOutput<N>>;
  };
  return {
    app,
    url,
    api,
    async call(name, input) {
      const result = await api(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async postGeneric(sourceId, secret, body, headers = {}) {
      const response = await fetch(`${url}/hooks/generic/${sourceId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-fanfare-signature': signGeneric(secret, body), ...headers },
        body,
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : null };
    },
    async stop() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
