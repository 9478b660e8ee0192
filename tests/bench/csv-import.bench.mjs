// A million-row payments CSV imported by the built app (upload, then the import job: read
// in the worker thread, checked, stored, scored), next to `sqlite3 :memory: ".import --csv"`
// of the same file. Prints times, the ratio and the app's peak RSS; asserts nothing.
// For scale it also times sqlite3 itself writing the same rows into a copy of Fanfare's
// database (its events and ledger tables, with their indexes): what storing them costs in C,
// before any parsing, checking or scoring.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { startBuiltApp } from './support.mjs';

const ROWS = Number(process.env.BENCH_CSV_ROWS ?? 1_000_000);
const REPS = ['ana', 'bruno', 'carla', 'diego', 'elena', 'farid', 'grace', 'hiro'];
const dir = mkdtempSync(join(tmpdir(), 'fanfare-csv-bench-'));
const file = join(dir, 'payments.csv');

async function generate() {
  const out = createWriteStream(file);
  out.write('Payment ID,Date,Customer,Sales Rep,Amount,Currency,Status\n');
  const start = Date.UTC(2025, 0, 1);
  let buffer = '';
  for (let i = 0; i < ROWS; i += 1) {
    const at = new Date(start + i * 30_000).toISOString();
    const status = i % 20 === 0 ? 'Failed' : i % 50 === 7 ? 'Refunded' : 'Paid';
    const cents = 1000 + ((i * 7919) % 2_500_000);
    const amount = `${status === 'Refunded' ? '-' : ''}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    buffer += `PAY-${i},${at.slice(0, 10)} ${at.slice(11, 19)},Customer ${i % 5000},${REPS[i % 8]}@example.com,${amount},${i % 3 ? 'BRL' : 'USD'},${status}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** CPU seconds (user + system) a process has used: less sensitive to a busy machine than wall time. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN') / 1024;
}

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 'NaN');
  return kb / 1024;
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Runs sqlite3 with `sql` on stdin; its wall and CPU seconds (user + system), or null when it failed. */
function timedSqlite(database, sql) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; time sqlite3 ${database}`], { input: sql, encoding: 'utf8' });
  if (run.status !== 0 || /Error/.test(run.stderr.split('\n').slice(0, -2).join('\n'))) return { error: run.stderr.trim() };
  const [user = NaN, system = NaN] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, cpu: user + system };
}

/**
 * sqlite3 storing the file's rows as Fanfare does: one event per paid or refunded row (rep by
 * email, instant, amount in minor units, customer, the row as JSON) and one ledger row per
 * payment, in one transaction with the app's pragmas. The CSV is staged first (not timed).
 */
function storageFloor(database, sourceId) {
  const staged = spawnSync('sqlite3', [database, `.import --csv ${file} staged_rows`], { encoding: 'utf8' });
  if (staged.status !== 0) return { error: staged.stderr.trim() };
  return timedSqlite(
    database,
    `pragma foreign_keys = on; pragma synchronous = normal; pragma cache_size = -32768;
     insert or ignore into sources (id, kind, name, secret, enabled, config_json, created_at) values ('${sourceId}', 'csv', 'floor', '', 1, '{}', 0);
     begin;
     insert into events (source_id, external_id, type, rep_id, identity_kind, identity_value, occurred_at, occurred_offset, received_at,
       amount_minor, currency, reverses_event_id, reverses_external_id, product, customer_name, customer_id, payload_json, import_batch_id, subject_key)
     select '${sourceId}', "Payment ID", case when Status = 'Refunded' then 'payment.refunded' else 'payment.confirmed' end,
       (select id from reps where email = "Sales Rep"), 'email', "Sales Rep", unixepoch("Date") * 1000, 0, 0,
       cast(round(abs(Amount) * 100) as integer), Currency, null, null, null, Customer, null,
       json_object('row', rowid + 1, 'cells', json_array("Payment ID", "Date", Customer, "Sales Rep", Amount, Currency, Status)), null, "Payment ID"
     from staged_rows where Status <> 'Failed';
     insert into ledger (event_id, rep_id, rule_id, points, kind, reverses_ledger_id, occurred_at, explanation_json, created_at, rule_version)
     select id, rep_id, null, amount_minor / 1000, 'award', null, occurred_at,
       json_object('kind', 'award', 'eventType', type, 'amount', json_object('minor', amount_minor, 'currency', currency), 'perAmount', json_object('points', 1, 'per', 1000)), 0, 1
     from events where type = 'payment.confirmed';
     commit;`,
  );
}

await generate();
const bytes = statSync(file).size;
console.log(`file: ${ROWS.toLocaleString('en-US')} payment rows, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);

let sqliteMs = NaN;
let sqliteCpu = NaN;
const t0 = process.hrtime.bigint();
// bash's `time` reports the CPU the sqlite3 process used (user and system seconds) on stderr.
const sqlite = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; time sqlite3 :memory: ".import --csv ${file} payments"`], { encoding: 'utf8' });
if (sqlite.status === 0) {
  sqliteMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const [user = NaN, system = NaN] = sqlite.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  sqliteCpu = user + system;
  console.log(`sqlite3 :memory: ".import --csv": ${seconds(sqliteMs)} (${sqliteCpu.toFixed(2)} s CPU)`);
} else {
  console.log(`sqlite3 CLI not available (${sqlite.stderr.trim()}); install Debian's sqlite3 to compare`);
}

const app = await startBuiltApp();
try {
  for (const rep of REPS) await app.api('reps.create', { name: rep[0].toUpperCase() + rep.slice(1), email: `${rep}@example.com` });
  console.log(`app at rest: peak RSS ${peakRssMb(app.child.pid).toFixed(0)} MB`);

  const t0 = process.hrtime.bigint();
  const { ticket, uploadPath } = await app.api('imports.uploadTicket');
  const begun = await (await fetch(`${app.url}${uploadPath}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-upload-ticket': ticket, 'x-file-name': 'payments.csv', 'x-file-size': String(bytes) } })).json();
  const handle = await open(file, 'r');
  for (let offset = 0; offset < bytes; offset += begun.partBytes) {
    const part = Buffer.alloc(Math.min(begun.partBytes, bytes - offset));
    await handle.read(part, 0, part.length, offset);
    const response = await fetch(`${app.url}${uploadPath}/${begun.id}?offset=${offset}`, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: part });
    if (!response.ok) throw new Error(`upload part failed: ${await response.text()}`);
  }
  await handle.close();
  const uploadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`upload over HTTP (${Math.ceil(bytes / begun.partBytes)} parts): ${seconds(uploadMs)}`);

  const inspection = await app.api('imports.inspect', { uploadId: begun.id });
  // A copy of the app's database as it is before the import, for the storage floor below.
  const floorDb = join(dir, 'floor.db');
  spawnSync('sqlite3', [join(app.dataDir, 'fanfare.db'), `.backup ${floorDb}`]);
  const run = async (mode) => {
    const started = process.hrtime.bigint();
    const cpuBefore = cpuSeconds(app.child.pid);
    const { jobId } = await app.api('imports.start', { uploadId: begun.id, plan: inspection.plan, mode });
    let job;
    const rss = [];
    // The bench is a script outside the app: it polls, four times a second, and notes the
    // app's resident memory at each quarter of the file (flat memory: no growth with rows).
    for (;;) {
      job = await app.api('imports.job', { jobId });
      const quarter = Math.floor((job.bytesRead / job.totalBytes) * 4);
      if (job.state === 'running' && quarter > 0 && rss.length < quarter) rss.push(rssMb(app.child.pid).toFixed(0));
      if (job.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.log(`  ${mode}: app RSS at 25/50/75% of the file: ${rss.join(' / ')} MB`);
    if (job.state !== 'done') throw new Error(`${mode} ${job.state}: ${job.error}`);
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, cpu: cpuSeconds(app.child.pid) - cpuBefore, job };
  };

  const dry = await run('dryRun');
  console.log(`dry run (read + check every row, nothing written): ${seconds(dry.ms)} (${dry.cpu.toFixed(2)} s CPU), ${Math.round(ROWS / (dry.ms / 1000)).toLocaleString('en-US')} rows/s`);
  const commit = await run('commit');
  const report = commit.job.report;
  console.log(
    `import (read in a worker + store + score, ${report.newEvents.toLocaleString('en-US')} events, ${report.skipped.count.toLocaleString('en-US')} skipped): ${seconds(commit.ms)} (${commit.cpu.toFixed(2)} s CPU on two threads), ${Math.round(ROWS / (commit.ms / 1000)).toLocaleString('en-US')} rows/s`,
  );
  if (Number.isFinite(sqliteMs)) {
    console.log(`import / sqlite3 .import: ${(commit.ms / sqliteMs).toFixed(2)}x wall time, ${(commit.cpu / sqliteCpu).toFixed(2)}x CPU time (target <= 2.5x)`);
  }
  const floor = storageFloor(floorDb, inspection.plan.sourceId);
  if (floor.error) console.log(`storage floor not measured: ${floor.error}`);
  else {
    console.log(
      `storage floor: sqlite3 itself writing the same ${report.newEvents.toLocaleString('en-US')} events and their ledger rows into a copy of Fanfare's database (same tables and indexes, no parsing, checking or scoring): ${seconds(floor.ms)} (${floor.cpu.toFixed(2)} s CPU) = ${(floor.ms / sqliteMs).toFixed(2)}x the .import; the import is ${(commit.ms / floor.ms).toFixed(2)}x this floor`,
    );
  }
  console.log(`machine load average (1 min) at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]} on ${availableParallelism()} cores`);
  console.log(`app peak RSS during the run: ${peakRssMb(app.child.pid).toFixed(0)} MB (target < 400 MB)`);
  const board = await app.api('leaderboard.get', { period: 'year', at: '2025-06-01T12:00:00Z' });
  console.log(`leaderboard 2025 after the import: ${board.rows.map((r) => `${r.name} ${r.points.toLocaleString('en-US')}`).join(', ')}`);
} finally {
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
