import { expect, test } from '@playwright/test';
import { launchApp, listAllEvents } from './support/app-process';

/**
 * Group commit under kill -9: many senders at once (so deliveries share commits), generic
 * arrays and Asaas vendor deliveries mixed. Every acknowledged event must be there after the
 * restart, counted once; nothing unacknowledged may be half there.
 */
test('kill -9 during concurrent deliveries sharing commits loses no acknowledged event', async () => {
  let app = await launchApp();
  const dataDir = app.dataDir;
  try {
    await app.api('reps.create', { name: 'Diego Alves', email: 'diego@example.com' });
    const generic = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
    const asaas = await app.api('sources.create', { kind: 'asaas', name: 'Asaas' });
    await app.api('identities.map', { sourceId: asaas.id, kind: 'external_id', value: 'cus_diego', repId: 1 });
    const acknowledged = new Set<string>();
    let stop = false;

    const asaasEvent = (id: string) =>
      JSON.stringify({ id, event: 'PAYMENT_RECEIVED', dateCreated: '2026-11-24 10:00:00', payment: { id: `pay_${id}`, customer: 'cus_diego', value: 100, billingType: 'PIX' } });
    const sender = async (lane: number) => {
      for (let i = 0; !stop; i += 1) {
        try {
          if (lane % 3 === 0) {
            const id = `asaas-${lane}-${i}`;
            const response = await fetch(`${app.url}/hooks/asaas/${asaas.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'asaas-access-token': asaas.secret }, body: asaasEvent(id) });
            if (response.status === 200) acknowledged.add(`asaas:${id}`);
          } else {
            const ids = [`g-${lane}-${i}-a`, `g-${lane}-${i}-b`];
            const answer = await app.postGeneric(
              generic.id,
              generic.secret,
              ids.map((id) => ({ id, type: 'reply.sent', occurredAt: new Date().toISOString(), rep: { email: 'diego@example.com' } })),
            );
            if (answer.status === 200) for (const id of ids) acknowledged.add(`generic:${id}`);
          }
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const lanes = Array.from({ length: 24 }, (_, lane) => sender(lane));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await app.crash();
    stop = true;
    await Promise.all(lanes);
    expect(acknowledged.size).toBeGreaterThan(100);

    app = await launchApp({ dataDir });
    const stored = await listAllEvents(app);
    const keys = stored.map((e) => `${e.sourceId === asaas.id ? 'asaas' : 'generic'}:${e.externalId}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of acknowledged) expect(keys).toContain(key);
    // A generic array is all-or-nothing: never one element of a delivery without the other.
    const generic2 = stored.filter((e) => e.sourceId === generic.id).map((e) => e.externalId.replace(/-[ab]$/, ''));
    for (const delivery of new Set(generic2)) expect(generic2.filter((d) => d === delivery)).toHaveLength(2);
    // Points agree with the log: 2 per reply, 20 per payment (reais in a dollar workspace with no rate: no amount points).
    const expected = stored.reduce((sum, e) => sum + (e.sourceId === asaas.id ? 20 : 2), 0);
    const board = await app.api('leaderboard.get', { period: 'year' });
    expect(board.rows[0].points).toBe(expected);
    console.log(`group-commit crash test: ${acknowledged.size} acknowledged before kill -9, ${stored.length} stored after restart`);
  } finally {
    await app.stop();
    app.cleanup();
  }
});
