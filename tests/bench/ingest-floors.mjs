// The two floors under the ingest bench's "share of /healthz" target, measured on this machine
// in the same run (printed, never asserted):
// - HTTP: a bare Node receiver that only reads the POST, checks the HMAC and parses the JSON,
//   against its own GET /healthz;
// - storage: only the rows one scored webhook event must write (the event, its ledger row, its
//   delivery log row, its day total and four day metrics with their month roll-ups), through
//   better-sqlite3 prepared statements on a copy of the app's database, 32 events per commit
//   as the group commit does, with no reads, rules, badges or goals.
// Adding the two gives the least CPU per event any Node + SQLite design of this can reach.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { once } from 'node:events';

const require = createRequire(import.meta.url);

/** Starts the bare receiver; resolves with its URL, pid and a stop function. */
export async function startBareServer(secret) {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'bare-webhook-server.mjs'), secret], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /at (http:\/\/\S+)/.exec(text);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`bare server exited ${code}`)));
  });
  return {
    url,
    pid: child.pid,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * CPU µs per event for the writes alone, on `dbFile` (a copy of the app's database that holds
 * `sourceId`, `repId` and the deal.won scoring rule).
 */
export function storageFloorMicros(dbFile, { sourceId, repId, events = 40_000, perCommit = 32 }) {
  const Database = require('better-sqlite3');
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const ruleId = db.prepare("SELECT id FROM scoring_rules WHERE event_type = 'deal.won'").pluck().get() ?? null;
  const insertEvent = db.prepare(
    `INSERT INTO events (source_id, external_id, type, rep_id, attributed_by, identity_kind, identity_value, occurred_at, occurred_offset, received_at, amount_minor, currency, payload_json, subject_key)
     VALUES (?, ?, 'deal.won', ?, 'identity', 'email', 'ana@example.com', ?, 0, ?, 125000, 'BRL', ?, ?) ON CONFLICT DO NOTHING`,
  );
  const insertLedger = db.prepare(
    "INSERT INTO ledger (event_id, rep_id, rule_id, points, kind, occurred_at, explanation_json, created_at, rule_version) VALUES (?, ?, ?, 62, 'award', ?, ?, ?, 0)",
  );
  const insertDelivery = db.prepare(
    "INSERT INTO deliveries (source_id, received_at, outcome, http_status, reason, event_count, external_ids_json, summary_json) VALUES (?, ?, 'accepted', 200, NULL, 1, ?, ?)",
  );
  const addDayTotal = db.prepare(
    `INSERT INTO rep_day_totals (day, rep_id, points, last_scored_at) VALUES (?, ?, 62, ?)
     ON CONFLICT (day, rep_id) DO UPDATE SET points = points + excluded.points, last_scored_at = max(last_scored_at, excluded.last_scored_at)`,
  );
  const addDayMetric = db.prepare(
    `INSERT INTO rep_day_metrics (metric, day, rep_id, value, last_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (metric, day, rep_id) DO UPDATE SET value = value + excluded.value, last_at = max(last_at, excluded.last_at)`,
  );
  const now = Date.now();
  const iso = new Date(now).toISOString();
  const day = iso.slice(0, 10);
  const explanation = JSON.stringify({ kind: 'award', eventType: 'deal.won', fixedPoints: 50, amountPoints: { pointsPerStep: 1, stepMinor: 10000, amountMinor: 125000, currency: 'BRL' } });
  const commit = db.transaction((from) => {
    for (let i = from; i < from + perCommit; i += 1) {
      const id = `floor-${i}`;
      const payload = `{"id":"${id}","type":"deal.won","occurredAt":"${iso}","rep":{"email":"ana@example.com"},"amount":{"value":"1250.00","currency":"BRL"}}`;
      const eventId = insertEvent.run(sourceId, id, repId, now, now, payload, id).lastInsertRowid;
      insertLedger.run(eventId, repId, ruleId, now, explanation, now);
      insertDelivery.run(sourceId, now, `["${id}"]`, '{"accepted":1}');
      addDayTotal.run(day, repId, now);
      addDayMetric.run('type:deal.won', day, repId, 1, now);
      addDayMetric.run('active', day, repId, 1, now);
      addDayMetric.run('deals_won', day, repId, 1, now);
      addDayMetric.run('revenue', day, repId, 125000, now);
    }
  });
  for (let i = 0; i < 2_000; i += perCommit) commit(-10_000_000 + i); // warm the page cache and statements
  const before = process.cpuUsage();
  for (let i = 0; i < events; i += perCommit) commit(i);
  const used = process.cpuUsage(before);
  db.close();
  return (used.user + used.system) / events;
}
