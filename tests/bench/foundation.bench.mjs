// Start-up time (spawn -> /healthz answers) and one signed webhook's round trip
// (POST -> 200 after commit), sequential, on loopback.
import { fmt, sign, startBuiltApp, summarize } from './support.mjs';

const startups = [];
for (let i = 0; i < 5; i += 1) {
  const app = await startBuiltApp();
  startups.push(app.startupMs);
  await app.stop();
}
const s = summarize(startups);
console.log(`start-up (spawn to /healthz, fresh data dir, ${s.n} runs): p50 ${fmt(s.p50)}, max ${fmt(s.max)}`);

const app = await startBuiltApp();
try {
  await app.api('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
  const source = await app.api('sources.create', { kind: 'generic', name: 'bench' });
  const latencies = [];
  for (let i = 0; i < 500; i += 1) {
    const body = JSON.stringify({ id: `rt-${i}`, type: 'deal.won', occurredAt: new Date().toISOString(), rep: { email: 'ana@example.com' }, amount: { value: '1250.00', currency: 'USD' } });
    const t0 = process.hrtime.bigint();
    const response = await fetch(`${app.url}/hooks/generic/${source.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fanfare-signature': sign(source.secret, body) }, body });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const r = summarize(latencies.slice(50));
  console.log(`webhook round trip (signed deal.won, stored + scored + committed, ${r.n} sequential): p50 ${fmt(r.p50)}, p95 ${fmt(r.p95)}, p99 ${fmt(r.p99)}`);
} finally {
  await app.stop();
}
