// A separate process that delivers events into a shared database file, as a second app
// instance or a burst of webhook retries would. Bundled by the test (esbuild) and run with
// node: `node worker.cjs <db file> <migrations> <source id> <events.json>`.
import { readFileSync } from 'node:fs';
import { openDb, closeDb } from '../../db/open';
import { parseGenericBody } from '../../main/ingest/generic/parse';
import { ChangeBus } from '../../main/services/bus';
import type { ServiceContext } from '../../main/services/context';
import { ingestEvents } from '../../main/services/ingest';
import { requireSource } from '../../main/services/sources';

const [file, migrationsFolder, sourceId, eventsFile] = process.argv.slice(2) as [string, string, string, string];
const db = openDb({ file, migrationsFolder });
const ctx: ServiceContext = { db, bus: new ChangeBus(), now: Date.now, baseUrl: () => '', version: 'test', electron: false, log: () => undefined };
const events = JSON.parse(readFileSync(eventsFile, 'utf8')) as object[];
let accepted = 0;
// One delivery per event, so the processes' transactions interleave.
for (const event of events) {
  const parsed = parseGenericBody(event);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  accepted += ingestEvents(ctx, requireSource(ctx, sourceId), parsed.value).outcomes.filter((o) => o.status !== 'duplicate').length;
}
closeDb(db);
process.stdout.write(JSON.stringify({ accepted }));
