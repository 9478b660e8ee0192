// The real app on a free port with a settable clock, one vendor source, and the team of the
// fixtures, for the vendor webhook tests.
import type { EventView, ProcedureInput } from '../../preload/contract';
import { startTestApp, type TestApp } from './app';

export const TEAM = [
  { name: 'Emily Carter', email: 'emily.carter@example.com' },
  { name: 'Bruno Lima', email: 'bruno.lima@example.com' },
  { name: 'Ana Souza', email: 'ana.souza@example.com' },
  { name: 'Kenji Sato', email: 'kenji.sato@example.com' },
  { name: 'Carla Mendes', email: 'carla.mendes@example.com' },
  { name: 'Diego Alves', email: 'diego.alves@example.com' },
  { name: 'Rafael Costa', email: 'rafael.costa@example.com' },
];

export interface VendorApp {
  t: TestApp;
  source: { id: string; secret: string; webhookUrl: string };
  setNow(ms: number): void;
  post(body: Buffer | string, headers: Record<string, string>): Promise<{ status: number; json: any }>;
  events(): Promise<EventView[]>;
  /** Points of a rep over all time (the year of the fixtures). */
  points(name: string): Promise<number>;
  deliveries(): Promise<{ id: number; outcome: string; httpStatus: number; reason: string | null; held?: { pending: number; resolved: number } }[]>;
  stop(): Promise<void>;
}

export async function startVendorApp(kind: ProcedureInput<'sources.create'>['kind'], settings: ProcedureInput<'sources.create'>['settings'], startAt: number): Promise<VendorApp> {
  let now = startAt;
  const t = await startTestApp({ now: () => now });
  await t.call('workspace.update', { baseCurrency: 'BRL', timeZone: 'America/Sao_Paulo' });
  for (const rep of TEAM) await t.call('reps.create', rep);
  const source = await t.call('sources.create', { kind, name: `${kind} test`, ...(settings ? { settings } : {}) });
  return {
    t,
    source,
    setNow: (ms) => {
      now = ms;
    },
    async post(body, headers) {
      const response = await fetch(`${t.url}/hooks/${kind}/${source.id}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : null };
    },
    events: async () => (await t.call('events.list', { limit: 500 })).events,
    async points(name) {
      const board = await t.call('leaderboard.get', { period: 'year', at: new Date(now).toISOString() });
      return board.rows.find((r) => r.name === name)?.points ?? 0;
    },
    deliveries: () => t.call('sources.deliveries', { sourceId: source.id, limit: 100 }),
    stop: () => t.stop(),
  };
}
