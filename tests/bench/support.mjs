import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1], mean };
}

export const fmt = (ms) => `${ms.toFixed(2)} ms`;

export function sign(secret, body) {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Starts the built app headless on a free port in a fresh data dir. */
export async function startBuiltApp(extraArgs = []) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fanfare-bench-'));
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(ROOT, 'dist/main/cli.js'), '--headless', '--port', '0', '--data-dir', dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /running at (http:\/\/\S+?)\/ /.exec(text);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`app exited ${code}`)));
  });
  // Ready means /healthz answers.
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  const startupMs = Number(process.hrtime.bigint() - started) / 1e6;
  const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
  const api = async (name, input = {}) => {
    const response = await fetch(`${url}/api/${name}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const result = await response.json();
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  return {
    url,
    dataDir,
    startupMs,
    api,
    child,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
