// Ingest throughput: this process sends signed generic events over keep-alive HTTP (autocannon)
// to the built app running in its own process, for a fixed time, then does the same for
// GET /healthz. Prints events/s, p50/p99 latency, and the ratio to /healthz.
// Every 200 answer means the event was committed (group commit never acknowledges before).
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { sign, startBuiltApp } from './support.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

function run(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/**
 * CPU time the app process has used (ms), from /proc on Linux: on a shared machine the wall-clock
 * rate depends on the neighbours, the CPU spent per request does not.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

const line = (name, r) =>
  `${name.padEnd(34)} ${String(Math.round(r.requests.average)).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   (${r['2xx']} ok, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts)`;

const app = await startBuiltApp();
try {
  await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  const source = await app.api('sources.create', { kind: 'generic', name: 'bench' });
  let sequence = 0;
  const occurredAt = new Date().toISOString();
  const cpuBefore = cpuMs(app.child.pid);
  const ingest = await run({
    url: `${app.url}/hooks/generic/${source.id}`,
    method: 'POST',
    requests: [
      {
        setupRequest(request) {
          sequence += 1;
          const body = `{"id":"bench-${sequence}","type":"deal.won","occurredAt":"${occurredAt}","rep":{"email":"ana@example.com"},"amount":{"value":"1250.00","currency":"BRL"}}`;
          return { ...request, body, headers: { 'content-type': 'application/json', 'x-fanfare-signature': sign(source.secret, body) } };
        },
      },
    ],
  });
  const cpuIngest = cpuMs(app.child.pid) - cpuBefore;
  const cpuHealthBefore = cpuMs(app.child.pid);
  const health = await run({ url: `${app.url}/healthz` });
  const cpuHealth = cpuMs(app.child.pid) - cpuHealthBefore;
  const stored = (await app.api('events.list', { limit: 1 })).events[0]?.externalId;
  console.log(`${SECONDS} s each, ${CONNECTIONS} keep-alive connections, app and load generator in separate processes, ${process.platform} ${(await import('node:os')).cpus().length} cores`);
  console.log(line('POST /hooks/generic (signed deal.won)', ingest));
  console.log(line('GET /healthz', health));
  console.log(`ingest is ${((ingest.requests.average / health.requests.average) * 100).toFixed(0)}% of /healthz throughput; last stored event ${stored}`);
  if (Number.isFinite(cpuIngest)) {
    const perEvent = (cpuIngest * 1000) / ingest['2xx'];
    const perHealth = (cpuHealth * 1000) / health['2xx'];
    console.log(
      `app CPU per request: ingest ${perEvent.toFixed(0)} µs, /healthz ${perHealth.toFixed(0)} µs (one core's worth: ${Math.round(1e6 / perEvent)} events/s, ${((perHealth / perEvent) * 100).toFixed(0)}% of /healthz)`,
    );
  }
  console.log(`load average during the run: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  await app.stop();
}
