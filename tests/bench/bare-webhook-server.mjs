// The least a Node webhook receiver can do, for the ingest bench's ceiling: read the POST body,
// check its HMAC-SHA256 signature, parse the JSON, answer. Nothing is stored or scored. Run
// as its own process (`node bare-webhook-server.mjs <secret>`); it prints its URL and serves
// GET /healthz the way the app does, so the two can be compared in one run.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const secret = process.argv[2] ?? '';

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') return send(res, 200, { ok: true, version: 'bare' });
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    const given = Buffer.from(String(req.headers['x-fanfare-signature'] ?? '').replace(/^sha256=/, ''), 'hex');
    const expected = createHmac('sha256', secret).update(body).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return send(res, 401, { error: { code: 'bad_signature' } });
    let event;
    try {
      event = JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, { error: { code: 'invalid_input' } });
    }
    if (typeof event?.id !== 'string' || typeof event.type !== 'string') return send(res, 400, { error: { code: 'invalid_input' } });
    send(res, 200, { ok: true, duplicate: false, events: [{ externalId: event.id, status: 'accepted' }] });
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`bare webhook server at http://127.0.0.1:${server.address().port}`));
