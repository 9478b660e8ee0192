import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app';
import { csvCell } from '../services/audit/audit-log';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.stop();
});

describe('audit log', () => {
  it('records every manager change to reps, teams, rules, identities and displays with who, when, before and after', async () => {
    const ana = await t.call('reps.create', { name: 'Ana Souza', email: 'ana@example.com' });
    const team = await t.call('teams.create', { name: 'Inside sales' });
    await t.call('reps.update', { id: ana.id, teamId: team.id, capacity: 40 });
    const rule = (await t.call('rules.list')).find((r) => r.eventType === 'quote.sent');
    await t.call('rules.update', { id: rule?.id as number, points: 12 });
    const source = await t.call('sources.create', { kind: 'generic', name: 'CRM' });
    await t.call('identities.map', { sourceId: source.id, kind: 'external_id', value: '42', repId: ana.id });
    const display = await t.call('displays.create', { name: 'Office TV' });
    await t.call('displays.revoke', { id: display.id });

    const { entries } = await t.call('audit.list', {});
    expect(entries.map((e) => e.action)).toEqual(['display.revoke', 'display.create', 'identity.map', 'source.create', 'rule.update', 'rep.update', 'team.create', 'rep.create']);
    expect(entries.every((e) => e.actor === 'api' && e.at > 0)).toBe(true);
    const repUpdate = entries.find((e) => e.action === 'rep.update');
    expect(repUpdate?.changes).toEqual([
      { field: 'team', before: 'null', after: '"Inside sales"' },
      { field: 'capacity', before: 'null', after: '40' },
    ]);
    expect(entries.find((e) => e.action === 'rule.update')?.changes).toEqual([{ field: 'points', before: '10', after: '12' }]);
    // Secrets never reach the log.
    expect(JSON.stringify(entries)).not.toContain(source.secret);
    expect(JSON.stringify(entries)).not.toContain(display.token);

    // Filters: by kind of thing and by text.
    expect((await t.call('audit.list', { entityType: 'rep' })).entries.map((e) => e.action)).toEqual(['rep.update', 'rep.create']);
    expect((await t.call('audit.list', { search: 'Office' })).entries).toHaveLength(2);
    expect((await t.call('audit.list', { search: '%' })).entries).toHaveLength(0);
  });

  it('exports the log as CSV a spreadsheet opens safely', async () => {
    await t.call('reps.create', { name: '=HYPERLINK("http://evil.example","x")' });
    await t.call('teams.create', { name: 'Sales, "North"' });
    const file = await t.call('audit.exportCsv', {});
    expect(file.rows).toBe(2);
    expect(file.filename).toMatch(/^fanfare-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.csv.startsWith('\uFEFFtime,time_utc,actor,action,entity_type,entity_id,entity,changes,before_json,after_json\r\n')).toBe(true);
    const lines = file.csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Sales, ""North"""');
    // A formula is written as text, never run.
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
