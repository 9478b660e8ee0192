import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { signGeneric } from '../ingest/generic/signature';
import { startTestApp } from '../../tests/support/app';

describe('graceful shutdown', () => {
  it('stops accepting, finishes the request in flight (committed and answered), then closes', async () => {
    const t = await startTestApp();
    await t.call('reps.create', { name: 'Ana', email: 'ana@example.com' });
    const source = await t.call('sources.create', { kind: 'generic', name: 'CRM' });
    const body = JSON.stringify({ id: 'in-flight', type: 'quote.sent', occurredAt: '2026-11-24T12:00:00Z', rep: { email: 'ana@example.com' } });
    const url = new URL(`${t.url}/hooks/generic/${source.id}`);

    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-fanfare-signature': signGeneric(source.secret, body) } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      // Half the body now; the rest only once shutdown has begun.
      req.write(body.slice(0, 40));
      setTimeout(() => {
        closing = t.app.close();
        setTimeout(() => req.end(body.slice(40)), 50);
      }, 50);
    });
    let closing: Promise<void> | undefined;

    const answer = await answered;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ id: 'in-flight', status: 'accepted' });
    await closing;
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
    await t.stop();
  });
});
