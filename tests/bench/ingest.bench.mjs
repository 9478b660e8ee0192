// Ingest throughput: this process sends signed generic events over keep-alive HTTP (autocannon)
// to the built app running in its own process, for a fixed time, then does the same for
// GET /healthz. Prints events/s, p50/p99 latency, and the ratio to /healthz.
// Every 200 answer means the event was committed (group commit never acknowledges before).
// Then the two floors under the target (ingest-floors.mjs): a bare Node receiver that stores
// nothing, and the writes alone, so the printed ratio can be read against what is reachable.
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBareServer, storageFloorMicros } from './ingest-floors.mjs';
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

let sequence = 0;
const occurredAt = new Date().toISOString();

/** Signed deal.won events, a new id each, for `seconds`; with the CPU (ms) process `pid` used meanwhile. */
async function postEvents(pid, url, secret) {
  const before = cpuMs(pid);
  const result = await run({
    url,
    method: 'POST',
    requests: [
      {
        setupRequest(request) {
          sequence += 1;
          const body = `{"id":"bench-${sequence}","type":"deal.won","occurredAt":"${occurredAt}","rep":{"email":"ana@example.com"},"amount":{"value":"1250.00","currency":"BRL"}}`;
          return { ...request, body, headers: { 'content-type': 'application/json', 'x-fanfare-signature': sign(secret, body) } };
        },
      },
    ],
  });
  return { result, cpu: cpuMs(pid) - before };
}

async function getHealth(pid, url) {
  const before = cpuMs(pid);
  const result = await run({ url: `${url}/healthz` });
  return { result, cpu: cpuMs(pid) - before };
}

const micros = ({ result, cpu }) => (cpu * 1000) / result['2xx'];
const floorDir = mkdtempSync(join(tmpdir(), 'fanfare-ingest-floor-'));
const floorDb = join(floorDir, 'fanfare.db');
let floorIds = null;
let appMicros = NaN;
let appHealthMicros = NaN;

const app = await startBuiltApp();
try {
  const rep = await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  const source = await app.api('sources.create', { kind: 'generic', name: 'bench' });
  const posted = await postEvents(app.child.pid, `${app.url}/hooks/generic/${source.id}`, source.secret);
  const ingest = posted.result;
  const healthRun = await getHealth(app.child.pid, app.url);
  const health = healthRun.result;
  const stored = (await app.api('events.list', { limit: 1 })).events[0]?.externalId;
  console.log(`${SECONDS} s each, ${CONNECTIONS} keep-alive connections, app and load generator in separate processes, ${process.platform} ${(await import('node:os')).cpus().length} cores`);
  console.log(line('POST /hooks/generic (signed deal.won)', ingest));
  console.log(line('GET /healthz', health));
  console.log(`ingest is ${((ingest.requests.average / health.requests.average) * 100).toFixed(0)}% of /healthz throughput; last stored event ${stored}`);
  appMicros = micros(posted);
  appHealthMicros = micros(healthRun);
  if (Number.isFinite(appMicros)) {
    console.log(
      `app CPU per request: ingest ${appMicros.toFixed(0)} µs, /healthz ${appHealthMicros.toFixed(0)} µs (one core's worth: ${Math.round(1e6 / appMicros)} events/s, ${((appHealthMicros / appMicros) * 100).toFixed(0)}% of /healthz)`,
    );
  }
  console.log(`load average during the run: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  // A copy of the database as the bench left it (its source, rep and rules), for the storage floor.
  const Database = createRequire(import.meta.url)('better-sqlite3');
  const live = new Database(join(app.dataDir, 'fanfare.db'), { readonly: true });
  await live.backup(floorDb);
  live.close();
  floorIds = { sourceId: source.id, repId: rep.id };
} finally {
  await app.stop();
}

try {
  const bare = await startBareServer('bench-secret');
  let bareMicros = NaN;
  let bareHealthMicros = NaN;
  try {
    const posted = await postEvents(bare.pid, `${bare.url}/hooks`, 'bench-secret');
    const health = await getHealth(bare.pid, bare.url);
    bareMicros = micros(posted);
    bareHealthMicros = micros(health);
    console.log(`\nfloor 1, HTTP: a bare Node receiver (read the POST, check the HMAC, parse the JSON, answer; nothing stored)`);
    console.log(line('  POST (same signed events)', posted.result));
    console.log(line('  GET /healthz', health.result));
    console.log(`  CPU per request: POST ${bareMicros.toFixed(0)} µs, /healthz ${bareHealthMicros.toFixed(0)} µs: ${((bareHealthMicros / bareMicros) * 100).toFixed(0)}% of /healthz with no storage at all`);
  } finally {
    await bare.stop();
  }
  const storage = floorIds ? storageFloorMicros(floorDb, floorIds) : NaN;
  console.log(`floor 2, storage: the rows of one scored event (event, ledger row, delivery log row, day total, 4 day metrics + month roll-ups), 32 per commit, better-sqlite3 prepared statements, no reads: ${storage.toFixed(0)} µs CPU per event`);
  const least = bareMicros + storage;
  console.log(`least CPU per event any Node + SQLite receiver of this needs: ${least.toFixed(0)} µs (${bareMicros.toFixed(0)} + ${storage.toFixed(0)})`);
  if (Number.isFinite(appMicros)) {
    console.log(
      `against the app's /healthz (${appHealthMicros.toFixed(0)} µs) that is ${((appHealthMicros / least) * 100).toFixed(0)}% at best; ` +
        `the app itself: ${appMicros.toFixed(0)} µs per event = ${((appHealthMicros / appMicros) * 100).toFixed(0)}%`,
    );
  }
} finally {
  rmSync(floorDir, { recursive: true, force: true });
}
