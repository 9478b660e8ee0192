// The upload route the wizard uses in a browser: ticket, announced size, parts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app';
import { fixtureBytes } from '../../tests/support/csv-fixtures';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.stop());

async function announce(headers: Record<string, string>) {
  const response = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers } });
  return { status: response.status, json: (await response.json()) as any };
}

async function putPart(id: string, offset: number, body: Buffer, type = 'application/octet-stream') {
  const response = await fetch(`${t.url}/uploads/${id}?offset=${offset}`, { method: 'PUT', headers: { 'content-type': type }, body });
  return { status: response.status, json: (await response.json()) as any };
}

describe('POST /uploads and PUT /uploads/<id>', () => {
  it('takes a file in parts with a one-time ticket, then the wizard can inspect and dry-run it', async () => {
    const bytes = fixtureBytes('zoho_deals.csv');
    const { ticket } = await t.call('imports.uploadTicket');
    const begun = await announce({ 'x-upload-ticket': ticket, 'x-file-name': encodeURIComponent('negócios zoho.csv'), 'x-file-size': String(bytes.length) });
    expect(begun.status).toBe(201);
    expect(begun.json.partBytes).toBeGreaterThan(1024 * 1024);
    const half = Math.floor(bytes.length / 2);
    expect((await putPart(begun.json.id, 0, bytes.subarray(0, half))).json).toMatchObject({ received: half, complete: false });
    expect((await putPart(begun.json.id, half, bytes.subarray(half))).json).toMatchObject({ received: bytes.length, complete: true });

    const inspection = await t.call('imports.inspect', { uploadId: begun.json.id });
    expect(inspection.upload.name).toBe('negócios zoho.csv');
    expect(inspection.layout?.id).toBe('zoho-deals');
    const finished = new Promise<void>((resolve) => {
      const off = t.app.bus.subscribe((event) => {
        if (event.name === 'importProgress' && event.payload.state !== 'running') {
          off();
          resolve();
        }
      });
    });
    const { jobId } = await t.call('imports.start', { uploadId: begun.json.id, plan: inspection.plan, mode: 'dryRun' });
    await finished;
    const job = await t.call('imports.job', { jobId });
    expect(job.report?.events.won).toBe(9);

    // The ticket was spent.
    expect((await announce({ 'x-upload-ticket': ticket, 'x-file-size': '10' })).status).toBe(401);
  });

  it('refuses uploads without a ticket or login, of the wrong type, out of order, or larger than announced', async () => {
    expect((await announce({ 'x-file-size': '10' })).status).toBe(401);
    const admin = await announce({ authorization: `Bearer ${t.app.adminToken}`, 'x-file-size': '10' });
    expect(admin.status).toBe(201);
    expect((await putPart(admin.json.id, 0, Buffer.from('0123456789'), 'text/plain')).status).toBe(415);
    expect((await putPart(admin.json.id, 5, Buffer.from('56789'))).status).toBe(409);
    const tooLong = await putPart(admin.json.id, 0, Buffer.from('0123456789AB'));
    expect(tooLong.status).toBe(413);
    expect(tooLong.json.error.message).toMatch(/at most 10 bytes/);
    expect((await putPart(admin.json.id, 0, Buffer.from('0123456789'))).json.complete).toBe(true);
    const tooBig = await announce({ authorization: `Bearer ${t.app.adminToken}`, 'x-file-size': String(3 * 1024 ** 3) });
    expect(tooBig.status).toBe(413);
  });
});
