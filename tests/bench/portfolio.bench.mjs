// The portfolio at the scale of a 30-rep team: ingest with customer resolution, a whole
// portfolio handed over with a past effective date (events re-attributed), a distribution
// of 1,000 new leads (preview and apply), and the rep view of a 300-customer portfolio.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fmt, sign, startBuiltApp, summarize } from './support.mjs';

/** CPU milliseconds the app process has used (user + system), from /proc: a shared machine's load does not inflate it. */
function appCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

const app = await startBuiltApp();
const time = async (work) => {
  const t0 = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
};
try {
  const reps = [];
  for (let i = 0; i < 30; i += 1) reps.push(await app.api('reps.create', { name: `Rep ${i}`, email: `rep${i}@example.com` }));
  const source = await app.api('sources.create', { kind: 'generic', name: 'bench' });
  const post = async (events) => {
    const body = JSON.stringify(events);
    const response = await fetch(`${app.url}/hooks/generic/${source.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fanfare-signature': sign(source.secret, body) }, body });
    if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
  };
  // 9,000 events over 3,000 customers (100 per rep), spread over the last 30 days, in batches of 1,000.
  const now = Date.now();
  const events = [];
  for (let i = 0; i < 9000; i += 1) {
    const c = i % 3000;
    events.push({ id: `e${i}`, type: i % 3 === 0 ? 'deal.won' : 'quote.sent', occurredAt: new Date(now - ((i * 7919) % (30 * 86_400_000))).toISOString(), rep: { email: `rep${c % 30}@example.com` }, customer: { id: `c${c}`, name: `Customer ${c}` }, ...(i % 3 === 0 ? { amount: { value: '1200.00', currency: 'USD' } } : {}) });
  }
  const batches = [];
  const cpuBefore = appCpuMs(app.child.pid);
  for (let i = 0; i < events.length; i += 1000) batches.push((await time(() => post(events.slice(i, i + 1000)))).ms);
  const cpu = appCpuMs(app.child.pid) - cpuBefore;
  const b = summarize(batches);
  console.log(`machine load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`ingest with customer resolution (1,000 events per delivery, 3,000 customers): p50 ${fmt(b.p50)} per delivery, max ${fmt(b.max)}; app CPU ${(cpu / events.length).toFixed(2)} ms per event`);

  const rt = [];
  for (let i = 0; i < 300; i += 1) {
    const body = JSON.stringify({ id: `rt${i}`, type: 'quote.sent', occurredAt: new Date().toISOString(), rep: { email: 'rep1@example.com' }, customer: { id: `c${i}`, name: `Customer ${i}` } });
    rt.push((await time(() => fetch(`${app.url}/hooks/generic/${source.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fanfare-signature': sign(source.secret, body) }, body }).then((r) => r.arrayBuffer()))).ms);
  }
  const r = summarize(rt.slice(30));
  console.log(`webhook round trip for an owned customer (${r.n} sequential): p50 ${fmt(r.p50)}, p95 ${fmt(r.p95)}`);

  const day = new Date(now - 10 * 86_400_000).toISOString().slice(0, 10);
  const preview = await time(() => app.api('portfolio.previewTransfer', { fromRepId: reps[0].id, toRepId: reps[1].id, effective: { kind: 'day', day } }));
  const cpuHandover = appCpuMs(app.child.pid);
  const handover = await time(() => app.api('portfolio.transfer', { fromRepId: reps[0].id, toRepId: reps[1].id, effective: { kind: 'day', day }, reason: 'bench' }));
  const handoverCpu = appCpuMs(app.child.pid) - cpuHandover;
  console.log(`whole-portfolio hand-over (${handover.value.customers} customers, ${handover.value.movedEvents} events re-attributed 10 days back): preview ${fmt(preview.ms)}, transfer ${fmt(handover.ms)} (app CPU ${fmt(handoverCpu)})`);

  const leads = Array.from({ length: 1000 }, (_, i) => ({ id: `lead${i}`, type: 'appointment.booked', occurredAt: new Date().toISOString(), customer: { id: `lead${i}`, name: `Lead ${i}` } }));
  await post(leads);
  const input = { strategy: 'round_robin', pool: { kind: 'all' } };
  const plan = await time(() => app.api('distribution.preview', input));
  const cpuApply = appCpuMs(app.child.pid);
  const applied = await time(() => app.api('distribution.apply', { ...input, assignments: plan.value.assignments.map(({ customerId, repId }) => ({ customerId, repId })) }));
  const applyCpu = appCpuMs(app.child.pid) - cpuApply;
  const sizes = plan.value.balance.map((row) => row.added);
  console.log(`distribution of 1,000 leads round-robin over ${sizes.length} reps: preview ${fmt(plan.ms)}, apply ${fmt(applied.ms)} (app CPU ${fmt(applyCpu)}); added per rep ${Math.min(...sizes)}-${Math.max(...sizes)}`);

  const list = await time(() => app.api('portfolio.customers', { owner: { kind: 'rep', repId: reps[1].id }, limit: 200 }));
  console.log(`portfolio page of a ${list.value.total}-customer rep (200 rows with deals, payments, last activity): ${fmt(list.ms)}`);
} finally {
  await app.stop();
}
