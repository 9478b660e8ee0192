import { expect, test } from '@playwright/test';
import { launchApp } from './support/app-process';

test('kill -9 mid-delivery loses no acknowledged event and duplicates none', async () => {
  let app = await launchApp();
  const dataDir = app.dataDir;
  try {
    await app.api('reps.create', { name: 'Diego Alves', email: 'diego@example.com' });
    const source = await app.api('sources.create', { kind: 'generic', name: 'CRM' });
    const acknowledged = new Set<string>();
    const sent: string[] = [];
    let stop = false;

    // Four concurrent senders, each delivering events one after another until the crash.
    const sender = async (lane: number) => {
      for (let i = 0; !stop; i += 1) {
        const id = `lane${lane}-ev${i}`;
        sent.push(id);
        try {
          const answer = await app.postGeneric(source.id, source.secret, { id, type: 'reply.sent', occurredAt: new Date().toISOString(), rep: { email: 'diego@example.com' } });
          if (answer.status === 200) acknowledged.add(id);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const lanes = [0, 1, 2, 3].map(sender);
    // Crash mid-stream: once a good number of events are acknowledged, whatever the machine's speed.
    await expect.poll(() => acknowledged.size, { timeout: 60_000, intervals: [20] }).toBeGreaterThan(50);
    await app.crash();
    stop = true;
    await Promise.all(lanes);

    app = await launchApp({ dataDir });
    const stored: { externalId: string }[] = [];
    let beforeId: number | undefined;
    for (;;) {
      const page = await app.api('events.list', { limit: 500, ...(beforeId ? { beforeId } : {}) });
      stored.push(...page.events);
      if (page.events.length < 500) break;
      beforeId = page.events[page.events.length - 1].id;
    }
    const ids = stored.map((e) => e.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of acknowledged) expect(ids).toContain(id);

    // Points agree with the log: 2 per reply, nothing counted twice.
    const board = await app.api('leaderboard.get', { period: 'week' });
    expect(board.rows[0].points).toBe(2 * ids.length);

    // Senders retry what was not acknowledged: stored ones come back as duplicates.
    for (const id of sent.filter((s) => !acknowledged.has(s))) {
      const answer = await app.postGeneric(source.id, source.secret, { id, type: 'reply.sent', occurredAt: new Date().toISOString(), rep: { email: 'diego@example.com' } });
      expect(answer.status).toBe(200);
      expect(answer.json.duplicate).toBe(ids.includes(id));
    }
    console.log(`crash test: ${acknowledged.size} acknowledged before kill -9, ${ids.length} stored after restart`);
  } finally {
    await app.stop();
    app.cleanup();
  }
});
